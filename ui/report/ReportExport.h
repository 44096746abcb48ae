// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

struct ReportDocument;

// Writing a report to a file in one of the formats leadership asks for; shared by the export
// dialog and `dealbench report`.
namespace ReportExport {

enum class Format
{
    Pdf,
    Html,
    Csv,
};

struct Options
{
    Format format = Format::Pdf;
    QPageSize::PageSizeId page = QPageSize::A4;
    bool byteOrderMark = false; // CSV for Excel
    QLocale locale;
};

QString formatKey(Format format); // "pdf", "html", "csv"
std::optional<Format> formatFromKey(const QString& key);
QString formatSuffix(Format format);
QString pageKey(QPageSize::PageSizeId page); // "a4", "letter"
std::optional<QPageSize::PageSizeId> pageFromKey(const QString& key);

// Writes `report` to `path` (CSV: one file per table, see ReportCsv). Returns the files
// written; empty with `error` set on failure.
QStringList write(const ReportDocument& report, const Options& options, const QString& path, QString* error);
bool writePdf(const ReportDocument& report, const Options& options, const QString& path, QString* error);

} // namespace ReportExport
