// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace CsvWriter {

QString field(const QString& value, QChar delimiter, bool neutraliseFormulas)
{
    QString text = value;
    if (neutraliseFormulas && !text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
            text.prepend(u'\'');
        }
    }
    if (text.contains(delimiter) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QString line(const QStringList& fields, QChar delimiter, bool neutraliseFormulas)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += delimiter;
        }
        out += field(fields.at(i), delimiter, neutraliseFormulas);
    }
    return out + QStringLiteral("\r\n");
}

QByteArray document(const QStringList& header, const QList<QStringList>& rows, bool bom)
{
    QString text = line(header);
    for (const QStringList& row : rows) {
        text += line(row);
    }
    QByteArray bytes = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

} // namespace CsvWriter
