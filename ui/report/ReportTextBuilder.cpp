// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTextBuilder.h"

#include "ReportFigureObject.h"

#include "core/report/ReportDocument.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace {
const QColor kText(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kRule(0xc8, 0xc8, 0xc8);
const QColor kHeaderFill(0xee, 0xf1, 0xf5);
const QColor kAccent(0x1f, 0x4e, 0x79);
constexpr int kTilesPerRow = 4;

QTextCharFormat textFormat(qreal pointSize, bool bold = false, const QColor& color = kText)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(color);
    return format;
}

QTextBlockFormat blockFormat(qreal top, qreal bottom, qreal indent = 0)
{
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    format.setLeftMargin(indent);
    return format;
}

void newBlock(QTextCursor& cursor, bool& first, const QTextBlockFormat& format, const QTextCharFormat& chars)
{
    if (first) {
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(chars);
        first = false;
    } else {
        cursor.insertBlock(format, chars);
    }
}

void insertTiles(QTextCursor& cursor, const QList<const ReportDocument::Block*>& tiles)
{
    const int columns = std::min<int>(kTilesPerRow, int(tiles.size()));
    const int rows = int((tiles.size() + columns - 1) / columns);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(4);
    format.setCellSpacing(6);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(4);
    format.setBottomMargin(6);
    QTextTable* table = cursor.insertTable(rows, columns, format);
    for (int i = 0; i < tiles.size(); ++i) {
        QTextTableCell cell = table->cellAt(i / columns, i % columns);
        QTextCharFormat cellFormat = cell.format();
        cellFormat.setBackground(kHeaderFill);
        cell.setFormat(cellFormat);
        QTextCursor c = cell.firstCursorPosition();
        c.insertText(tiles.at(i)->text, textFormat(7.5, false, kMuted));
        c.insertBlock(QTextBlockFormat(), textFormat(11, true, kAccent));
        c.insertText(tiles.at(i)->value);
    }
    cursor.movePosition(QTextCursor::End);
}

void insertTable(QTextCursor& cursor, const ReportTable& data)
{
    const int columns = std::max<int>(1, int(data.header.size()));
    const int shown =
        data.displayLimit > 0 ? std::min<int>(data.displayLimit, int(data.rows.size())) : int(data.rows.size());
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(2);
    format.setBottomMargin(8);
    QTextTable* table = cursor.insertTable(shown + 1, columns, format);
    const qreal size = columns > 7 ? 7.0 : 8.0;
    auto fillRow = [&](int row, const QStringList& cells, bool header) {
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(row, c);
            if (header) {
                QTextCharFormat cellFormat = cell.format();
                cellFormat.setBackground(kHeaderFill);
                cell.setFormat(cellFormat);
            }
            QTextCursor cellCursor = cell.firstCursorPosition();
            QTextBlockFormat align;
            align.setAlignment(data.isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft);
            cellCursor.setBlockFormat(align);
            cellCursor.insertText(cells.value(c), textFormat(size, header));
        }
    };
    fillRow(0, data.header, true);
    for (int r = 0; r < shown; ++r) {
        fillRow(r + 1, data.rows.at(r), false);
    }
    cursor.movePosition(QTextCursor::End);
    if (shown < data.rows.size()) {
        cursor.insertBlock(blockFormat(0, 6), textFormat(8, false, kMuted));
        cursor.insertText(ReportTextBuilder::moreRowsText(int(data.rows.size()) - shown));
    }
}
} // namespace

namespace ReportTextBuilder {

QString moreRowsText(int hidden)
{
    return QCoreApplication::translate(
        "ReportTextBuilder", "… and %n more row(s): the CSV export has them all.", "", hidden);
}

void fill(QTextDocument* document, const ReportDocument& report, const QLocale& locale)
{
    ReportFigureObject::install(document, report.figures, locale);
    // A report is written once and never edited: no undo history. One edit block has the
    // document laid out once at the end instead of after every insertion, which for the
    // cells of a few tables costs seconds (each edit lays out the whole table again).
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    bool first = true;
    newBlock(cursor, first, blockFormat(0, 2), textFormat(18, true, kAccent));
    cursor.insertText(report.title);
    cursor.insertBlock(blockFormat(0, 8), textFormat(10, false, kMuted));
    cursor.insertText(report.periodLabel);

    for (qsizetype i = 0; i < report.blocks.size(); ++i) {
        const ReportDocument::Block& block = report.blocks.at(i);
        switch (block.kind) {
        case ReportDocument::Block::Kind::Heading:
            cursor.insertBlock(blockFormat(block.level <= 1 ? 12 : 8, 4),
                               textFormat(block.level <= 1 ? 14 : 11.5, true, block.level <= 1 ? kAccent : kText));
            cursor.insertText(block.text);
            break;
        case ReportDocument::Block::Kind::Paragraph:
            cursor.insertBlock(blockFormat(2, 4), textFormat(9.5));
            cursor.insertText(block.text);
            break;
        case ReportDocument::Block::Kind::Bullet: {
            cursor.insertBlock(blockFormat(0, 2, 12 + 14 * block.level), textFormat(9.5));
            const bool numbered = !block.text.isEmpty() && block.text.front().isDigit();
            cursor.insertText(numbered ? block.text : QStringLiteral("• ") + block.text);
            break;
        }
        case ReportDocument::Block::Kind::KeyFigure: {
            QList<const ReportDocument::Block*> tiles;
            while (i < report.blocks.size() && report.blocks.at(i).kind == ReportDocument::Block::Kind::KeyFigure) {
                tiles.append(&report.blocks.at(i));
                ++i;
            }
            --i;
            insertTiles(cursor, tiles);
            break;
        }
        case ReportDocument::Block::Kind::Table: {
            const ReportTable& table = report.tables.at(block.index);
            if (!table.title.isEmpty()) {
                cursor.insertBlock(blockFormat(6, 2), textFormat(9.5, true));
                cursor.insertText(table.title);
            }
            insertTable(cursor, table);
            break;
        }
        case ReportDocument::Block::Kind::Figure:
            if (!block.text.isEmpty()) {
                cursor.insertBlock(blockFormat(6, 2), textFormat(9.5, true));
                cursor.insertText(block.text);
            }
            cursor.insertBlock(blockFormat(2, 6), textFormat(9.5));
            ReportFigureObject::insert(cursor, block.index);
            break;
        }
    }
    cursor.endEditBlock();
}

} // namespace ReportTextBuilder
