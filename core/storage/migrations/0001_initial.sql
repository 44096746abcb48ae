-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1. Keys are UUID text (merge across reps' files); every row carries
-- created_at/updated_at (UTC ISO-8601 with milliseconds) and a tombstone; money is
-- amount_minor + ISO currency. Statements end with ";" at the end of a line.

CREATE TABLE workspace_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE exchange_rates (
    id TEXT PRIMARY KEY NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    -- units of the base currency per unit of `currency`, valid from that day on
    rate REAL NOT NULL CHECK (rate > 0),
    valid_from TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE pipelines (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stages (
    id TEXT PRIMARY KEY NOT NULL,
    pipeline_id TEXT NOT NULL REFERENCES pipelines(id),
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    milestone TEXT NOT NULL DEFAULT '',
    rotting_days INTEGER NOT NULL DEFAULT 0 CHECK (rotting_days >= 0),
    forecast_category TEXT NOT NULL DEFAULT 'pipeline'
        CHECK (forecast_category IN ('pipeline', 'best_case', 'commit', 'closed', 'omitted')),
    kind TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stages_pipeline ON stages(pipeline_id, sort_order);

CREATE TABLE owners (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager')),
    manager_id TEXT REFERENCES owners(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE accounts (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    industry TEXT NOT NULL DEFAULT '',
    size_band TEXT NOT NULL DEFAULT '',
    employees INTEGER,
    region TEXT NOT NULL DEFAULT '',
    segment TEXT NOT NULL DEFAULT '',
    owner_id TEXT REFERENCES owners(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX accounts_name ON accounts(name);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY NOT NULL,
    account_id TEXT REFERENCES accounts(id),
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    org_level TEXT NOT NULL DEFAULT 'unknown'
        CHECK (org_level IN ('unknown', 'executive', 'senior', 'middle', 'staff')),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_account ON contacts(account_id);

CREATE TABLE deals (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    account_id TEXT REFERENCES accounts(id),
    owner_id TEXT REFERENCES owners(id),
    pipeline_id TEXT NOT NULL REFERENCES pipelines(id),
    stage_id TEXT NOT NULL REFERENCES stages(id),
    amount_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    expected_close_date TEXT,
    forecast_category TEXT NOT NULL DEFAULT 'pipeline'
        CHECK (forecast_category IN ('pipeline', 'best_case', 'commit', 'closed', 'omitted')),
    source TEXT NOT NULL DEFAULT '',
    lost_reason TEXT NOT NULL DEFAULT '',
    lost_note TEXT NOT NULL DEFAULT '',
    competitor TEXT NOT NULL DEFAULT '',
    stage_entered_at TEXT NOT NULL,
    won_at TEXT,
    lost_at TEXT,
    external_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deals_pipeline_stage ON deals(pipeline_id, stage_id) WHERE deleted = 0;
CREATE INDEX deals_owner ON deals(owner_id);
CREATE INDEX deals_account ON deals(account_id);

-- Append-only history, written by the deal repository in the transaction of the change.
-- field: created | stage | amount | currency | close_date | owner | forecast_category
CREATE TABLE deal_events (
    id TEXT PRIMARY KEY NOT NULL,
    deal_id TEXT NOT NULL REFERENCES deals(id),
    occurred_at TEXT NOT NULL,
    field TEXT NOT NULL
        CHECK (field IN ('created', 'stage', 'amount', 'currency', 'close_date', 'owner', 'forecast_category')),
    old_value TEXT,
    new_value TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deal_events_deal ON deal_events(deal_id, occurred_at);
CREATE INDEX deal_events_time ON deal_events(occurred_at);

CREATE TABLE interactions (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT REFERENCES owners(id),
    deal_id TEXT REFERENCES deals(id),
    account_id TEXT REFERENCES accounts(id),
    scheduled_at TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'visit'
        CHECK (type IN ('visit', 'call', 'video', 'demo', 'workshop', 'email', 'event')),
    appointment_state TEXT NOT NULL DEFAULT 'planned'
        CHECK (appointment_state IN ('planned', 'confirmed', 'done', 'cancelled', 'no_show')),
    how_secured TEXT NOT NULL DEFAULT '',
    objective_best TEXT NOT NULL DEFAULT '',
    objective_minimum TEXT NOT NULL DEFAULT '',
    conversation_logic TEXT NOT NULL DEFAULT '',
    customer_needs TEXT NOT NULL DEFAULT '',
    advantages TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'yes', 'partly', 'no')),
    commitment TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_step_date TEXT,
    coach_note TEXT NOT NULL DEFAULT '',
    rating_planning INTEGER CHECK (rating_planning BETWEEN 1 AND 5),
    rating_questioning INTEGER CHECK (rating_questioning BETWEEN 1 AND 5),
    rating_value INTEGER CHECK (rating_value BETWEEN 1 AND 5),
    rating_objections INTEGER CHECK (rating_objections BETWEEN 1 AND 5),
    rating_commitment INTEGER CHECK (rating_commitment BETWEEN 1 AND 5),
    reviewed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX interactions_owner_time ON interactions(owner_id, scheduled_at);
CREATE INDEX interactions_deal_time ON interactions(deal_id, scheduled_at);

CREATE TABLE interaction_contacts (
    interaction_id TEXT NOT NULL REFERENCES interactions(id),
    contact_id TEXT NOT NULL REFERENCES contacts(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (interaction_id, contact_id)
);

CREATE TABLE leads (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    company TEXT NOT NULL DEFAULT '',
    owner_id TEXT REFERENCES owners(id),
    account_id TEXT REFERENCES accounts(id),
    source TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'converted', 'disqualified')),
    converted_deal_id TEXT REFERENCES deals(id),
    converted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX leads_source ON leads(source);
