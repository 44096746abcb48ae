-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9: the history of a period read in time order without touching event rows.
-- The funnel table, the weekly review and the flow waterfall read every event of the period
-- (a week is ~30k of the 100k-deal file's ~800k events, a quarter ~190k). Through
-- deal_events_time each one cost a look-up of its row, scattered over the whole table; this
-- index holds what they read, in the order they read it (occurred_at, then rowid).
CREATE INDEX deal_events_time_cover ON deal_events(occurred_at, deal_id, field, old_value, new_value, id)
    WHERE deleted = 0;
