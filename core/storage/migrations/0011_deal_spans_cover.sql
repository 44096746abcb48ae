-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 0011: the sales velocity chart reads every deal of its pipeline created before
-- its window and not closed before it began (81k of the 100k-deal file for this quarter).
-- Through deals_board_close each one cost a look-up of its wide row for the times; this index
-- holds what it reads. IF NOT EXISTS: a test rewinds a file to version 5 without dropping it.
CREATE INDEX IF NOT EXISTS deals_spans_cover ON deals(pipeline_id, deleted, created_at, won_at, lost_at, owner_id,
    currency, amount_minor);
