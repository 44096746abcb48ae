// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class Database;
struct ImportRevertResult;

// Taking an import back out: what an updated row held before (kept with the batch) and
// the revert of a whole batch. ImportStore is the public face of both.
namespace ImportRevert {

// The given columns of one row as compact JSON, to be put back by a revert.
QString snapshot(const Database& database, const QString& table, const QString& id, const QStringList& columns);
// Reverts the batch in one transaction (see ImportStore::revert). Throws StorageError.
ImportRevertResult revert(Database& database, const QString& batchId, const QDateTime& now);

} // namespace ImportRevert
