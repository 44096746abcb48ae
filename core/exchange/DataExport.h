// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ExportQuery.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class Database;

// Data leaving the workspace: tables as CSV, dates as iCalendar, people as vCard. Each
// write function returns an empty string on success, else a message for the user.
namespace DataExport {

// CSV with amounts in major units ("1234.50") so the file imports back as it was.
QByteArray csv(const Database& database, ExportQuery::Table table, bool bom = false);
// RFC 5545 calendar of planned interactions and dated next steps from `from` on.
QByteArray calendar(const Database& database, const QDateTime& from, const QDateTime& now);
// RFC 6350 vCards (version 4.0) of a deal's contacts.
QByteArray vcards(const Database& database, const QString& dealId);

QString writeFile(const QString& path, const QByteArray& bytes);

} // namespace DataExport
