-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 0012: the partial indexes the funnel table, the weekly review and the charts read
-- "from the index alone" were not covering. SQLite (3.40) counts a column that a query names
-- only to match the index's WHERE (deleted = 0, field = 'stage') as one the index lacks, so
-- every entry cost a look-up of its row: 816k wide event rows, 100k deal rows. Each index is
-- built again with those columns at the end: same order, same use, no row look-ups.
-- DROP ... IF EXISTS: a test rewinds a file to version 5 and applies the later migrations again.
DROP INDEX IF EXISTS deals_open_state;
CREATE INDEX deals_open_state ON deals(stage_id, created_at, id, owner_id, pipeline_id, account_id, amount_minor,
    currency, expected_close_date, forecast_category, stage_entered_at, name, deleted) WHERE deleted = 0;
DROP INDEX IF EXISTS deal_events_time_cover;
CREATE INDEX deal_events_time_cover ON deal_events(occurred_at, deal_id, field, old_value, new_value, id, deleted)
    WHERE deleted = 0;
DROP INDEX IF EXISTS deal_events_stage_time;
CREATE INDEX deal_events_stage_time ON deal_events(occurred_at, deal_id, old_value, new_value, field, deleted)
    WHERE field = 'stage' AND deleted = 0;
DROP INDEX IF EXISTS deal_events_stages;
CREATE INDEX deal_events_stages ON deal_events(deal_id, occurred_at, new_value, field, deleted)
    WHERE field IN ('created', 'stage') AND deleted = 0;
DROP INDEX IF EXISTS deal_events_close_date;
CREATE INDEX deal_events_close_date ON deal_events(deal_id, old_value, new_value, field, deleted)
    WHERE field = 'close_date' AND deleted = 0;
