-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 0015: five indexes on deals and deal_events that no read uses any more. Every
-- statement of the benchmark cases (board, search, charts, funnel table, what changed, weekly
-- report) was logged with its query plan on the 100k-deal file: none read these, because later
-- covering indexes serve the same reads (deals_board_close and deals_board_totals the board,
-- deals_won_cover and deals_lost_cover the closed deals, deal_events_time_cover every time range
-- of events, all of which skip deleted rows). Only the open forecast read deals_board_cards; it
-- now names deals_open_state, which covers it (ForecastQuery). Each index was written on every
-- change of a deal or event, and rebuilt after a bulk load: in sqlite3, on a 100k-deal import,
-- building these five took 0.74 s of the 3.34 s that all indexes of deals and deal_events took.
-- IF EXISTS: a test rewinds a file to an earlier version and applies the later ones again.
DROP INDEX IF EXISTS deals_board_cards;
DROP INDEX IF EXISTS deals_pipeline_stage;
DROP INDEX IF EXISTS deals_won_at;
DROP INDEX IF EXISTS deals_lost_at;
DROP INDEX IF EXISTS deal_events_time;
