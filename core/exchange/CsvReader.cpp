// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

CsvReader::CsvReader(QStringView text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{}

bool CsvReader::next(QStringList& fields)
{
    fields.clear();
    const qsizetype size = m_text.size();
    if (m_pos >= size) {
        return false;
    }
    m_recordLine = m_line;
    const QChar* data = m_text.data();
    const char16_t delimiter = m_delimiter.unicode();
    QString field;
    while (true) {
        // One field.
        field.clear();
        bool quoted = false;
        if (m_pos < size && data[m_pos] == u'"') {
            quoted = true;
            ++m_pos;
            bool closed = false;
            while (m_pos < size) {
                qsizetype run = m_pos;
                while (run < size && data[run] != u'"') {
                    if (data[run] == u'\n' || (data[run] == u'\r' && (run + 1 >= size || data[run + 1] != u'\n'))) {
                        ++m_line;
                    }
                    ++run;
                }
                field.append(data + m_pos, run - m_pos);
                m_pos = run;
                if (m_pos >= size) {
                    break;
                }
                if (m_pos + 1 < size && data[m_pos + 1] == u'"') {
                    field.append(u'"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // closing quote
                closed = true;
                break;
            }
            if (!closed) {
                m_problems.append({m_recordLine,
                                   QCoreApplication::translate("CsvReader",
                                                               "A quoted field is not closed before the "
                                                               "end of the file.")});
            }
        }
        // Unquoted text, or stray text after a closing quote (kept as written).
        const qsizetype start = m_pos;
        while (m_pos < size) {
            const char16_t c = data[m_pos].unicode();
            if (c == delimiter || c == u'\n' || c == u'\r') {
                break;
            }
            ++m_pos;
        }
        if (m_pos > start) {
            if (quoted) {
                m_problems.append(
                    {m_recordLine,
                     QCoreApplication::translate("CsvReader", "Text after a closing quote was kept as it is.")});
            }
            field.append(data + start, m_pos - start);
        }
        fields.append(field);
        if (m_pos >= size) {
            return true;
        }
        const char16_t c = data[m_pos].unicode();
        ++m_pos;
        if (c == delimiter) {
            continue;
        }
        if (c == u'\r' && m_pos < size && data[m_pos] == u'\n') {
            ++m_pos;
        }
        ++m_line;
        return true;
    }
}

QList<QStringList> CsvReader::parse(QStringView text, QChar delimiter, QList<Problem>* problems)
{
    CsvReader reader(text, delimiter);
    QList<QStringList> records;
    QStringList fields;
    while (reader.next(fields)) {
        records.append(fields);
    }
    if (problems) {
        *problems = reader.problems();
    }
    return records;
}

QChar CsvReader::sniffDelimiter(QStringView text)
{
    const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    double bestScore = 0;
    const QStringView sample = text.left(64 * 1024);
    for (QChar candidate : candidates) {
        CsvReader reader(sample, candidate);
        QStringList fields;
        std::map<qsizetype, int> widths;
        int records = 0;
        while (records < 30 && reader.next(fields)) {
            if (fields.size() == 1 && fields.first().isEmpty()) {
                continue;
            }
            ++widths[fields.size()];
            ++records;
        }
        if (records == 0) {
            continue;
        }
        const auto common = std::max_element(
            widths.begin(), widths.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        if (common->first < 2) {
            continue;
        }
        // Consistency first, then more columns (a comma inside a semicolon file splits less evenly).
        const double score = double(common->second) / records * 1000.0 + double(common->first);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}
