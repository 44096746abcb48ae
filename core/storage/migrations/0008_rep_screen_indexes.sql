-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: covering indexes for the rep's screens at 100k deals / 1M interactions.

-- Board column totals with a text search, an owner or the stalled filter: the totals index
-- (0003) lacked the name, account and id columns, so a search read every deal row of the
-- pipeline (100k wide rows, ~3 s cold) to count the matches. Same leading columns, so the
-- plain totals stay an index-only scan in (stage, currency) order.
DROP INDEX deals_board_totals;
CREATE INDEX deals_board_totals ON deals(pipeline_id, deleted, stage_id, currency, amount_minor, owner_id,
    expected_close_date, name, account_id, stage_entered_at, id);

-- A column's cards in close-date order (PipelineBoardQuery::cards, the default sort), with
-- every column the filters read: a page, first or after a card (keyset), is a seek and a
-- walk of `limit` entries instead of reading and sorting the whole column (a 20k-card
-- column: ~30 ms per page, a visible hitch while scrolling). The order is the query's own
-- sort key, an expression; expected_close_date is kept as a column so the index covers.
CREATE INDEX deals_board_close ON deals(pipeline_id, deleted, stage_id, coalesce(expected_close_date, '9999-12-31'),
    id, expected_close_date, stage_entered_at, currency, amount_minor, owner_id, account_id, name);

-- The account-name half of the board search, matched without reading account rows.
CREATE INDEX accounts_search ON accounts(deleted, name, id);

-- The coaching summary (BehaviourQuery::weekly) over a window of weeks: every column it
-- reads, in time order, so 12 weeks of all reps (~400k interactions) are read from this
-- index instead of from as many scattered interaction rows. `deleted` is a column too:
-- SQLite 3.40 does not count a partial index's WHERE column as covered, and would read
-- every row again just to test it.
CREATE INDEX interactions_week_cover ON interactions(scheduled_at, owner_id, appointment_state, outcome,
    objective_best, rating_planning, rating_questioning, rating_value, rating_objections, rating_commitment, deleted)
    WHERE deleted = 0;
