-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 0013: the win/loss, win-scenario and performance charts read a span's closed deals
-- with their source, lost reason, competitor and account. deals_won_cover and deals_lost_cover
-- (0006) lacked those columns and `deleted` (see 0012), so each of the span's deals cost a
-- look-up of its wide row; leads_created lacked `deleted` too. Rebuilt with them at the end:
-- same order and use. accounts_segments gives the closed deals' account facts from an index.
-- DROP ... IF EXISTS: a test rewinds a file to an earlier version and applies the later ones again.
DROP INDEX IF EXISTS deals_won_cover;
CREATE INDEX deals_won_cover ON deals(won_at, pipeline_id, owner_id, id, created_at, currency, amount_minor, source,
    lost_reason, competitor, account_id, deleted) WHERE deleted = 0 AND won_at IS NOT NULL;
DROP INDEX IF EXISTS deals_lost_cover;
CREATE INDEX deals_lost_cover ON deals(lost_at, pipeline_id, owner_id, id, created_at, currency, amount_minor, source,
    lost_reason, competitor, account_id, deleted) WHERE deleted = 0 AND lost_at IS NOT NULL;
DROP INDEX IF EXISTS leads_created;
CREATE INDEX leads_created ON leads(created_at, owner_id, source, status, converted_deal_id, converted_at, deleted)
    WHERE deleted = 0;
DROP INDEX IF EXISTS accounts_segments;
CREATE INDEX accounts_segments ON accounts(id, segment, industry, size_band);
