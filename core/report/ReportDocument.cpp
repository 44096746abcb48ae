// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

void ReportDocument::addHeading(const QString& text, int level)
{
    blocks.append({Block::Kind::Heading, level, text, {}, -1});
}

void ReportDocument::addParagraph(const QString& text)
{
    blocks.append({Block::Kind::Paragraph, 0, text, {}, -1});
}

void ReportDocument::addBullet(const QString& text, int level)
{
    blocks.append({Block::Kind::Bullet, level, text, {}, -1});
}

void ReportDocument::addKeyFigure(const QString& label, const QString& value)
{
    blocks.append({Block::Kind::KeyFigure, 0, label, value, -1});
}

void ReportDocument::addTable(const ReportTable& table)
{
    blocks.append({Block::Kind::Table, 0, table.title, {}, int(tables.size())});
    tables.append(table);
}

void ReportDocument::addFigure(const ReportFigure& figure)
{
    blocks.append({Block::Kind::Figure, 0, figure.title, {}, int(figures.size())});
    figures.append(figure);
}

QString ReportDocument::plainText() const
{
    QStringList lines{title, workspaceName, periodLabel};
    for (const Block& block : blocks) {
        switch (block.kind) {
        case Block::Kind::KeyFigure:
            lines.append(block.text + QStringLiteral(": ") + block.value);
            break;
        case Block::Kind::Table: {
            const ReportTable& table = tables.at(block.index);
            lines.append(table.title);
            lines.append(table.header.join(u'\t'));
            for (const QStringList& row : table.rows) {
                lines.append(row.join(u'\t'));
            }
            break;
        }
        default:
            lines.append(block.text);
        }
    }
    return lines.join(u'\n');
}
