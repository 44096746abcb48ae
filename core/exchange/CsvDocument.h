// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "TextEncoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct CsvReadOptions
{
    std::optional<TextEncoding> encoding; // detected when empty
    std::optional<QChar> delimiter;       // sniffed when empty
    int headerRow = 0;                    // 0-based record that holds the column names
};

// A CSV file read for import: decoded, split, its header row apart from the data rows, and
// what was odd about it (ragged rows, a report footer after a blank line).
struct CsvDocument
{
    using Options = CsvReadOptions;

    QString path;
    TextEncoding encoding = TextEncoding::Utf8;
    bool decodedCleanly = true;
    QChar delimiter = u',';
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines;                // 1-based file line of each row
    QList<CsvReader::Problem> problems; // ragged rows, quoting
    int footerLines = 0;                // lines dropped after the last blank line (report footers)
    QString error;                      // non-empty: the file cannot be imported

    bool ok() const { return error.isEmpty(); }
    int column(const QString& name) const; // case- and space-insensitive, -1 when absent

    static CsvDocument read(const QString& path, const Options& options = {});
    static CsvDocument fromBytes(const QByteArray& bytes, const Options& options = {});
};
