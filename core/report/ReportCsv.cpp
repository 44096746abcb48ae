// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCsv.h"

#include "ReportDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {
// A spreadsheet runs "=…", "@…" and "+…"/"-…" as formulas; signed numbers stay numbers.
bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.front();
    if (first == u'=' || first == u'@') {
        return true;
    }
    if (first == u'+' || first == u'-') {
        return text.size() == 1 || !(text.at(1).isDigit() || text.at(1) == u'.');
    }
    return false;
}

void appendLine(QString& out, const QStringList& cells, int columns)
{
    for (int c = 0; c < columns; ++c) {
        if (c > 0) {
            out += u',';
        }
        out += ReportCsv::field(cells.value(c));
    }
    out += QStringLiteral("\r\n");
}
} // namespace

namespace ReportCsv {

QString field(const QString& text)
{
    QString value = looksLikeFormula(text) ? u'\'' + text : text;
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote) {
        return value;
    }
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QByteArray encode(const ReportTable& table, bool byteOrderMark)
{
    // Every record has the header's field count, as RFC 4180 asks.
    const int columns = int(table.header.size());
    QString out;
    appendLine(out, table.header, columns);
    const QList<QStringList>& rows = table.data.size() == table.rows.size() ? table.data : table.rows;
    for (const QStringList& row : rows) {
        appendLine(out, row, columns);
    }
    QByteArray bytes = byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += out.toUtf8();
    return bytes;
}

QString pathFor(const QString& path, const ReportTable& table, int index)
{
    if (index == 0) {
        return path;
    }
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
    return info.dir().filePath(info.completeBaseName() + u'-' + table.key + u'.' + suffix);
}

QStringList write(const ReportDocument& document, const QString& path, bool byteOrderMark, QString* error)
{
    QStringList written;
    if (document.tables.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("ReportCsv", "The report has no tables to write.");
        }
        return {};
    }
    for (int i = 0; i < document.tables.size(); ++i) {
        const ReportTable& table = document.tables.at(i);
        const QString target = pathFor(path, table, i);
        QSaveFile file(target);
        const QByteArray bytes = encode(table, byteOrderMark);
        // A full disk shows as a short write, not as -1: compare the count, or commit() would
        // put a cut-off file in place of the last good one.
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (error) {
                *error = QCoreApplication::translate("ReportCsv", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(target), file.errorString());
            }
            return {};
        }
        written.append(target);
    }
    return written;
}

} // namespace ReportCsv
