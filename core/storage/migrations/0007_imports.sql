-- SPDX-FileCopyrightText: 2026 Dealbench contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: CSV imports are recorded as batches so one can be reverted as a whole.

CREATE TABLE import_batches (
    id TEXT PRIMARY KEY NOT NULL,
    file_name TEXT NOT NULL,
    preset TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    rows_read INTEGER NOT NULL DEFAULT 0,
    deals_created INTEGER NOT NULL DEFAULT 0,
    deals_updated INTEGER NOT NULL DEFAULT 0,
    rows_skipped INTEGER NOT NULL DEFAULT 0,
    reverted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- One row per row the batch wrote. `stamp` is the row's updated_at right after the import:
-- a row whose updated_at differs was edited since and is left alone by a revert. `before`
-- holds an updated row's previous values (JSON) to put back.
CREATE TABLE import_batch_rows (
    batch_id TEXT NOT NULL REFERENCES import_batches(id),
    table_name TEXT NOT NULL
        CHECK (table_name IN ('deals', 'accounts', 'owners', 'contacts', 'stages', 'deal_events')),
    row_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
    stamp TEXT NOT NULL,
    before TEXT,
    PRIMARY KEY (batch_id, table_name, row_id)
) WITHOUT ROWID;
