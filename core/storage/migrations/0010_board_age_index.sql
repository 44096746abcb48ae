-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10: a board column sorted by age (longest in the stage first) is a seek and a
-- walk of one page, as the close-date order is with deals_board_close (0008). Without it a page
-- read and sorted the whole column (a 20k-card column: every page ~30 ms). Same covered columns
-- as deals_board_close, so the filters never read a deal row. The amount order needs no index
-- of its own: it walks deals_board_totals per currency (PipelineBoardQuery, BoardAmountPage).
CREATE INDEX deals_board_age ON deals(pipeline_id, deleted, stage_id, stage_entered_at, id, expected_close_date,
    currency, amount_minor, owner_id, account_id, name);
