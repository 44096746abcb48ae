-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: the manager's weekly review (DOMAIN.md §4, §8) and team consolidation.
-- Snapshots freeze deal states and forecast numbers when a review starts; review notes hang
-- off a snapshot; quotas are per rep and month or quarter; the merge log remembers what was
-- imported from whom, so a second import of a file changes nothing and conflicts are listed.
-- These tables belong to the manager's file and are never merged from a rep's file.

-- A workspace's own identity, copied along with the file (VACUUM INTO), so that the team file
-- knows which rep's workspace an imported file comes from even when it was renamed.
INSERT INTO workspace_meta (key, value, created_at, updated_at, deleted)
SELECT 'workspace_id',
       lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
           || '-8' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 0
WHERE NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'workspace_id');

CREATE TABLE review_snapshots (
    id TEXT PRIMARY KEY NOT NULL,
    taken_at TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    base_currency TEXT NOT NULL CHECK (length(base_currency) = 3),
    -- the forecast period whose numbers the snapshot stores: local days, end exclusive
    period_kind TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter')),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_snapshots_time ON review_snapshots(taken_at);

-- Every deal open when the snapshot was taken, as it was then.
CREATE TABLE review_snapshot_deals (
    snapshot_id TEXT NOT NULL REFERENCES review_snapshots(id),
    deal_id TEXT NOT NULL REFERENCES deals(id),
    owner_id TEXT,
    stage_id TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    -- in the snapshot's base currency; NULL when no exchange rate was known
    base_amount_minor INTEGER,
    expected_close_date TEXT,
    forecast_category TEXT NOT NULL
        CHECK (forecast_category IN ('pipeline', 'best_case', 'commit', 'closed', 'omitted')),
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    stage_entered_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (snapshot_id, deal_id)
);

-- The forecast for the snapshot's period per rep ('' = the whole team), in base currency.
CREATE TABLE review_snapshot_forecasts (
    snapshot_id TEXT NOT NULL REFERENCES review_snapshots(id),
    owner_id TEXT NOT NULL,
    closed_minor INTEGER NOT NULL,
    commit_minor INTEGER NOT NULL,
    best_case_minor INTEGER NOT NULL,
    weighted_minor INTEGER NOT NULL,
    pipeline_minor INTEGER NOT NULL,
    quota_minor INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (snapshot_id, owner_id)
);

-- The manager's comment and the agreed next step per deal, kept with the review's snapshot.
CREATE TABLE review_notes (
    id TEXT PRIMARY KEY NOT NULL,
    snapshot_id TEXT NOT NULL REFERENCES review_snapshots(id),
    deal_id TEXT NOT NULL REFERENCES deals(id),
    comment TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_step_date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX review_notes_deal ON review_notes(snapshot_id, deal_id) WHERE deleted = 0;

CREATE TABLE quotas (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL REFERENCES owners(id),
    period_kind TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter')),
    period_start TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX quotas_owner_period ON quotas(owner_id, period_kind, period_start) WHERE deleted = 0;

-- One row per import of a team member's file. source_high_water is the newest updated_at the
-- source held: a row not newer than it was already seen, so it cannot be a new conflict.
CREATE TABLE merge_imports (
    id TEXT PRIMARY KEY NOT NULL,
    source_key TEXT NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    source_path TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    source_high_water TEXT,
    inserted INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX merge_imports_source ON merge_imports(source_key, imported_at);

-- What an import could not settle silently: conflicts (both sides changed a row since the
-- last import; the newer version won, the other is kept in lost_values as JSON) and rows
-- of the source that failed validation and were left out.
CREATE TABLE merge_issues (
    id TEXT PRIMARY KEY NOT NULL,
    import_id TEXT NOT NULL REFERENCES merge_imports(id),
    kind TEXT NOT NULL CHECK (kind IN ('conflict', 'rejected')),
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    local_updated_at TEXT,
    source_updated_at TEXT,
    winner TEXT NOT NULL DEFAULT '' CHECK (winner IN ('', 'local', 'source')),
    reason TEXT NOT NULL DEFAULT '',
    lost_values TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX merge_issues_import ON merge_issues(import_id);

-- The funnel and the review read every open deal with these columns: from the index alone.
CREATE INDEX deals_open_state ON deals(stage_id, created_at, id, owner_id, pipeline_id, account_id, amount_minor,
    currency, expected_close_date, forecast_category, stage_entered_at, name) WHERE deleted = 0;
-- The funnel's stalled test asks, per deal, for the last interaction in the few weeks before
-- the period end: a covering index over time keeps that a range scan without row look-ups.
CREATE INDEX interactions_time_deal ON interactions(scheduled_at, deal_id, appointment_state) WHERE deleted = 0;
-- Close-date slips per deal (pushed later), read for every row of the funnel table.
CREATE INDEX deal_events_close_date ON deal_events(deal_id, old_value, new_value)
    WHERE field = 'close_date' AND deleted = 0;
-- Closed so far and historical win rates: deals won or lost in a span, by owner and currency.
CREATE INDEX deals_won_at ON deals(won_at, owner_id, currency, amount_minor) WHERE deleted = 0 AND won_at IS NOT NULL;
CREATE INDEX deals_lost_at ON deals(lost_at, owner_id) WHERE deleted = 0 AND lost_at IS NOT NULL;
