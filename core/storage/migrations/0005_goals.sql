-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: V2MOM goal sheets (年度目标, DOMAIN.md §6) and collections (回款, §1).
-- One sheet per person per fiscal year, with ordered child rows that carry their own UUID
-- and sort_order so that two people's edits merge row by row (as in 0002). Links between
-- sheets (a rep's method aligned to a manager's) have no foreign key on purpose: the
-- manager's sheet may reach a rep's file later than the rep's own sheet, and a removed
-- manager method stays behind as a tombstone that the cascade shows as "removed".

CREATE TABLE v2mom_sheets (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL REFERENCES owners(id),
    -- the fiscal year runs from the first day of start_month in fiscal_year for twelve months;
    -- the start month is kept per sheet so that changing the setting later moves no period
    fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 9999),
    start_month INTEGER NOT NULL DEFAULT 1 CHECK (start_month BETWEEN 1 AND 12),
    -- short rich text (HTML written by the editor)
    vision TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX v2mom_sheets_owner_year ON v2mom_sheets(owner_id, fiscal_year) WHERE deleted = 0;

CREATE TABLE v2mom_values (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES v2mom_sheets(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX v2mom_values_sheet ON v2mom_values(sheet_id, sort_order);

-- sort_order is the priority: 0 first
CREATE TABLE v2mom_methods (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES v2mom_sheets(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    -- the method of the manager's sheet this one supports (no foreign key, see above)
    parent_method_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX v2mom_methods_sheet ON v2mom_methods(sheet_id, sort_order);
CREATE INDEX v2mom_methods_parent ON v2mom_methods(parent_method_id) WHERE parent_method_id IS NOT NULL;

CREATE TABLE v2mom_obstacles (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES v2mom_sheets(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    -- the method of the same sheet it threatens; NULL: the whole sheet
    method_id TEXT REFERENCES v2mom_methods(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX v2mom_obstacles_sheet ON v2mom_obstacles(sheet_id, sort_order);

CREATE TABLE v2mom_measures (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES v2mom_sheets(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    target REAL NOT NULL DEFAULT 0,
    -- free text: a currency code for money, "deals", "%", "days" ...
    unit TEXT NOT NULL DEFAULT '',
    -- the measure's period: start_date (NULL: the fiscal year's first day) to due_date, local days
    start_date TEXT,
    due_date TEXT NOT NULL,
    -- '' for a measure entered by hand, else the key of a live binding (MeasureBinding.h)
    binding TEXT NOT NULL DEFAULT '',
    -- the binding's parameters as a JSON object, e.g. {"segment":"Enterprise"}
    binding_params TEXT NOT NULL DEFAULT '',
    -- whose data a binding reads: the sheet's owner, or the owner and everyone under them
    scope TEXT NOT NULL DEFAULT 'person' CHECK (scope IN ('person', 'team')),
    -- manual entries: 'sum' adds them up, 'latest' takes the most recent reading
    manual_mode TEXT NOT NULL DEFAULT 'sum' CHECK (manual_mode IN ('sum', 'latest')),
    method_id TEXT REFERENCES v2mom_methods(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX v2mom_measures_sheet ON v2mom_measures(sheet_id, sort_order);

-- progress of a measure without a binding, entered by hand with its date
CREATE TABLE v2mom_measure_entries (
    id TEXT PRIMARY KEY NOT NULL,
    measure_id TEXT NOT NULL REFERENCES v2mom_measures(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    entry_date TEXT NOT NULL,
    value REAL NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX v2mom_measure_entries_measure ON v2mom_measure_entries(measure_id, sort_order);

-- Mid-year refresh: the whole sheet as it was (JSON, with each measure's value then), so the
-- refresh can show what changed even after rows were edited or removed.
CREATE TABLE v2mom_snapshots (
    id TEXT PRIMARY KEY NOT NULL,
    sheet_id TEXT NOT NULL REFERENCES v2mom_sheets(id),
    taken_at TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX v2mom_snapshots_sheet ON v2mom_snapshots(sheet_id, taken_at);

-- Collections (回款) of a won deal: expected and received payments. B2B revenue counts when
-- the cash arrives; a payment not yet received has no received_date.
CREATE TABLE collections (
    id TEXT PRIMARY KEY NOT NULL,
    deal_id TEXT NOT NULL REFERENCES deals(id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    expected_amount_minor INTEGER NOT NULL DEFAULT 0 CHECK (expected_amount_minor >= 0),
    expected_date TEXT,
    received_amount_minor INTEGER CHECK (received_amount_minor >= 0),
    received_date TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX collections_deal ON collections(deal_id);
CREATE INDEX collections_received ON collections(received_date) WHERE deleted = 0 AND received_date IS NOT NULL;
