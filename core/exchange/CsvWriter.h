// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 writer: CRLF line ends, fields quoted when they hold the delimiter, a quote or a
// line break. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
// start) are neutralised with a leading apostrophe, the OWASP advice against CSV injection.
namespace CsvWriter {

QString field(const QString& value, QChar delimiter = u',', bool neutraliseFormulas = true);
QString line(const QStringList& fields, QChar delimiter = u',', bool neutraliseFormulas = true);
// The whole table as UTF-8, with a byte order mark when `bom` (Excel needs it to read UTF-8).
QByteArray document(const QStringList& header, const QList<QStringList>& rows, bool bom = false);

} // namespace CsvWriter
