// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// RFC 4180 reader over decoded text: fields in double quotes may hold the delimiter, doubled
// quotes and line breaks; records end in CRLF, LF or CR. It never fails: a quote left open
// at the end of the text and text after a closing quote are taken literally and reported.
class CsvReader final
{
public:
    struct Problem
    {
        int line = 0; // 1-based line where the record starts
        QString message;
    };

    CsvReader(QStringView text, QChar delimiter);

    // Reads the next record into `fields`; false at the end of the text.
    bool next(QStringList& fields);
    // Line (1-based) where the record last returned by next() started.
    int recordLine() const { return m_recordLine; }
    const QList<Problem>& problems() const { return m_problems; }

    // All records at once.
    static QList<QStringList> parse(QStringView text, QChar delimiter, QList<Problem>* problems = nullptr);
    // Comma, semicolon, tab or pipe: the one that splits the first lines into the same number
    // of fields most consistently (quotes respected).
    static QChar sniffDelimiter(QStringView text);

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QList<Problem> m_problems;
};
