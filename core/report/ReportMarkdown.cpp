// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportMarkdown.h"

#include "ReportDocument.h"

#include <QRegularExpression>

namespace {
QStringList splitRow(const QString& line)
{
    // Split on pipes that are not escaped, dropping the outer ones.
    QStringList cells;
    QString cell;
    const QString body = line.trimmed();
    for (qsizetype i = 1; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == u'\\' && i + 1 < body.size() && body.at(i + 1) == u'|') {
            cell += u'|';
            ++i;
        } else if (c == u'|') {
            cells.append(ReportMarkdown::plain(cell.trimmed()));
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.trimmed().isEmpty()) {
        cells.append(ReportMarkdown::plain(cell.trimmed()));
    }
    return cells;
}

bool isSeparator(const QString& line)
{
    static const QRegularExpression pattern(QStringLiteral("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$"));
    return pattern.match(line.trimmed()).hasMatch();
}

bool looksNumeric(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[-+−]?[\\d.,\\s  ]+(%|×)?$"));
    return !text.isEmpty() && pattern.match(text).hasMatch();
}
} // namespace

namespace ReportMarkdown {

QString plain(const QString& text)
{
    QString result = text;
    result.replace(QStringLiteral("**"), QString());
    static const QRegularExpression emphasis(QStringLiteral("(^|[\\s(])_([^_]+)_(?=$|[\\s).,;:])"));
    result.replace(emphasis, QStringLiteral("\\1\\2"));
    result.replace(QStringLiteral("\\|"), QStringLiteral("|"));
    return result.trimmed();
}

void append(ReportDocument& document, const QString& markdown, const QString& keyPrefix)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^(\\s*)(\\d+\\.)\\s+(.*)$"));
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)[-*]\\s+(.*)$"));
    const QStringList lines = markdown.split(u'\n');
    int tables = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            continue;
        }
        if (line.trimmed().startsWith(u'|')) {
            ReportTable table;
            table.key = keyPrefix + u'-' + QString::number(++tables);
            table.header = splitRow(line);
            qsizetype j = i + 1;
            if (j < lines.size() && isSeparator(lines.at(j))) {
                ++j;
            }
            for (; j < lines.size() && lines.at(j).trimmed().startsWith(u'|'); ++j) {
                QStringList row = splitRow(lines.at(j));
                while (row.size() < table.header.size()) {
                    row.append(QString());
                }
                QList<ReportCell> cells;
                for (const QString& cell : std::as_const(row)) {
                    cells.append(cell);
                }
                table.appendRow(cells);
            }
            for (int c = 1; c < table.header.size(); ++c) {
                bool numeric = !table.rows.isEmpty();
                for (const QStringList& row : std::as_const(table.rows)) {
                    numeric = numeric && (looksNumeric(row.value(c)) || row.value(c) == QStringLiteral("–"));
                }
                if (numeric) {
                    table.numericColumns.append(c);
                }
            }
            document.addTable(table);
            i = j - 1;
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            document.addHeading(plain(m.captured(2)), std::min(2, int(m.captured(1).size())));
        } else if (const auto n = numbered.match(line); n.hasMatch()) {
            document.addBullet(n.captured(2) + u' ' + plain(n.captured(3)), n.captured(1).size() >= 2 ? 1 : 0);
        } else if (const auto b = bullet.match(line); b.hasMatch()) {
            document.addBullet(plain(b.captured(2)), b.captured(1).size() >= 2 ? 1 : 0);
        } else {
            document.addParagraph(plain(line));
        }
    }
}

} // namespace ReportMarkdown
