-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 0014: the funnel table's last contact per deal reads a month of interactions
-- (~200k of the 100k-deal file) from interactions_time_deal (0004), which lacked `deleted`, the
-- column of its own WHERE: as 0012 found, SQLite (3.40) then looks up the wide row behind every
-- entry, most of the cost of that read. Rebuilt with it at the end: same order and use. The big
-- deals' champions were a look-up of each stakeholder's row through strategy_stakeholders_sheet;
-- strategy_stakeholders_champions holds the columns of that test.
-- DROP ... IF EXISTS: a test rewinds a file to an earlier version and applies the later ones again.
DROP INDEX IF EXISTS interactions_time_deal;
CREATE INDEX interactions_time_deal ON interactions(scheduled_at, deal_id, appointment_state, deleted)
    WHERE deleted = 0;
DROP INDEX IF EXISTS strategy_stakeholders_champions;
CREATE INDEX strategy_stakeholders_champions ON strategy_stakeholders(sheet_id, role, attitude, deleted)
    WHERE deleted = 0;
