-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: indexes for the charts (issue 6) on a 100k-deal / 1M-event file. The
-- stage history is a minority of deal_events; partial indexes over it let the charts read it
-- without touching the wide event rows.

-- Stage changes in a span, with what the stage-conversion and funnel charts read.
CREATE INDEX deal_events_stage_time ON deal_events(occurred_at, deal_id, old_value, new_value)
    WHERE field = 'stage' AND deleted = 0;
-- A deal's stage history in order: when it entered the stage it left (time in stage), and the
-- stages a closed deal passed through (probability calibration).
CREATE INDEX deal_events_stages ON deal_events(deal_id, occurred_at, new_value)
    WHERE field IN ('created', 'stage') AND deleted = 0;
-- Deals won or lost in a span with their pipeline, owner and id, read without the deal rows.
CREATE INDEX deals_won_cover ON deals(won_at, pipeline_id, owner_id, id, created_at, currency, amount_minor)
    WHERE deleted = 0 AND won_at IS NOT NULL;
CREATE INDEX deals_lost_cover ON deals(lost_at, pipeline_id, owner_id, id) WHERE deleted = 0 AND lost_at IS NOT NULL;
-- Leads created in a span by owner and source, and what became of them (lead-source chart and
-- the leads lever of the performance formula).
CREATE INDEX leads_created ON leads(created_at, owner_id, source, status, converted_deal_id, converted_at)
    WHERE deleted = 0;
