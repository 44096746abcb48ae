// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"

#include <QString>
#include <QStringList>

struct ReportDocument;

// The tables behind a report as CSV (RFC 4180: comma separated, CRLF line ends, fields with a
// comma, quote or line break quoted, quotes doubled), UTF-8 with an optional byte-order mark
// for Excel. Cells a spreadsheet would run as a formula are prefixed with an apostrophe.
namespace ReportCsv {

// One table: its header and its machine-readable cells.
QByteArray encode(const ReportTable& table, bool byteOrderMark = false);
QString field(const QString& text);
// Writes every table of `document`: the first to `path`, each further one beside it as
// "<base>-<table key>.csv". Returns the files written; on failure, `error` says why and the
// list is empty.
QStringList write(const ReportDocument& document, const QString& path, bool byteOrderMark, QString* error);
// Where `write` puts table `index` of a document written to `path`.
QString pathFor(const QString& path, const ReportTable& table, int index);

} // namespace ReportCsv
