// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

// A failure of the store, with a message fit to show a user. Storage code throws it
// instead of returning a silent false; services and commands catch it at their edge.
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        NotFound,      // the file does not exist
        NotADatabase,  // not SQLite, truncated, encrypted or damaged
        Damaged,       // SQLite and ours, but failed the integrity check; only read-only opens
        Unreadable,    // SQLite and ours, but its list of tables is damaged: only a backup helps
        Foreign,       // holds triggers, views or virtual tables we never create, or is too big
        NotAWorkspace, // SQLite, but not written by Dealbench
        NewerSchema,   // written by a newer Dealbench; refused untouched
        ReadOnly,      // a write was attempted on a read-only workspace
        Busy,          // another process or window holds the lock
        Constraint,    // the data broke a rule of the schema
        InvalidInput,  // a service refused the input before touching the store
        QueryFailed,   // anything else SQLite reported
    };

    StorageError(Kind kind, const QString& message);

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};
