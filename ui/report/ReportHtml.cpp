// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtml.h"

#include "ReportFigurePainter.h"
#include "ReportTextBuilder.h"

#include "core/report/ReportDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QXmlStreamWriter>

namespace {
constexpr int kFigureDpi = 192;
constexpr qreal kFigureWidth = 900;

const char* const kStyle = R"(
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Segoe UI", Arial, sans-serif; color: #202020;
       background: #ffffff; max-width: 60em; margin: 1.5em auto; padding: 0 1em; font-size: 10.5pt; }
header { border-bottom: 1px solid #c8c8c8; color: #606060; font-size: 8.5pt; display: flex;
         justify-content: space-between; padding-bottom: 0.3em; }
h1 { color: #1f4e79; font-size: 18pt; margin: 0.6em 0 0.1em 0; }
h2 { color: #1f4e79; font-size: 14pt; margin: 1.2em 0 0.3em 0; }
h3 { font-size: 11.5pt; margin: 0.9em 0 0.3em 0; }
p.period { color: #606060; margin-top: 0; }
.tiles { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 0.4em 0 0.8em 0; }
.tile { background: #eef1f5; padding: 0.4em 0.7em; min-width: 9em; }
.tile .label { color: #606060; font-size: 8pt; display: block; }
.tile .value { color: #1f4e79; font-weight: bold; font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: 0.2em 0 0.9em 0; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th { background: #eef1f5; text-align: left; }
th, td { border: 1px solid #c8c8c8; padding: 0.2em 0.4em; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 0.5em 0 1em 0; }
figure img { width: 100%; height: auto; }
figcaption { font-weight: bold; padding-bottom: 0.3em; }
.more, footer { color: #606060; font-size: 8.5pt; }
footer { border-top: 1px solid #c8c8c8; margin-top: 2em; padding-top: 0.3em; }
)";

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportHtml", text);
}

void writeText(QXmlStreamWriter& xml, const QString& element, const QString& text, const QString& cssClass = {})
{
    xml.writeStartElement(element);
    if (!cssClass.isEmpty()) {
        xml.writeAttribute(QStringLiteral("class"), cssClass);
    }
    xml.writeCharacters(text);
    xml.writeEndElement();
}

void writeTable(QXmlStreamWriter& xml, const ReportTable& table)
{
    const int shown =
        table.displayLimit > 0 ? std::min<int>(table.displayLimit, int(table.rows.size())) : int(table.rows.size());
    xml.writeStartElement(QStringLiteral("table"));
    if (!table.title.isEmpty()) {
        writeText(xml, QStringLiteral("caption"), table.title);
    }
    xml.writeStartElement(QStringLiteral("thead"));
    xml.writeStartElement(QStringLiteral("tr"));
    for (int c = 0; c < table.header.size(); ++c) {
        writeText(
            xml, QStringLiteral("th"), table.header.at(c), table.isNumeric(c) ? QStringLiteral("num") : QString());
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("tbody"));
    for (int r = 0; r < shown; ++r) {
        xml.writeStartElement(QStringLiteral("tr"));
        const QStringList& row = table.rows.at(r);
        for (int c = 0; c < table.header.size(); ++c) {
            writeText(xml, QStringLiteral("td"), row.value(c), table.isNumeric(c) ? QStringLiteral("num") : QString());
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    if (shown < table.rows.size()) {
        writeText(xml,
                  QStringLiteral("p"),
                  ReportTextBuilder::moreRowsText(int(table.rows.size()) - shown),
                  QStringLiteral("more"));
    }
}

void writeFigure(QXmlStreamWriter& xml, const ReportFigure& figure, const QLocale& locale)
{
    const QImage image = ReportFigurePainter::toImage(figure, kFigureWidth, kFigureDpi, locale);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    xml.writeStartElement(QStringLiteral("figure"));
    if (!figure.title.isEmpty()) {
        writeText(xml, QStringLiteral("figcaption"), figure.title);
    }
    xml.writeEmptyElement(QStringLiteral("img"));
    xml.writeAttribute(QStringLiteral("alt"), figure.title);
    xml.writeAttribute(QStringLiteral("src"),
                       QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    xml.writeEndElement();
}

void writeBlocks(QXmlStreamWriter& xml, const ReportDocument& report, const QLocale& locale)
{
    bool inTiles = false;
    bool inList = false;
    for (const ReportDocument::Block& block : report.blocks) {
        const bool tile = block.kind == ReportDocument::Block::Kind::KeyFigure;
        const bool bullet = block.kind == ReportDocument::Block::Kind::Bullet;
        if (inTiles && !tile) {
            xml.writeEndElement();
            inTiles = false;
        }
        if (inList && !bullet) {
            xml.writeEndElement();
            inList = false;
        }
        switch (block.kind) {
        case ReportDocument::Block::Kind::Heading:
            writeText(xml, block.level <= 1 ? QStringLiteral("h2") : QStringLiteral("h3"), block.text);
            break;
        case ReportDocument::Block::Kind::Paragraph:
            writeText(xml, QStringLiteral("p"), block.text);
            break;
        case ReportDocument::Block::Kind::Bullet:
            if (!inList) {
                xml.writeStartElement(QStringLiteral("ul"));
                inList = true;
            }
            writeText(xml, QStringLiteral("li"), block.text, block.level > 0 ? QStringLiteral("nested") : QString());
            break;
        case ReportDocument::Block::Kind::KeyFigure:
            if (!inTiles) {
                xml.writeStartElement(QStringLiteral("div"));
                xml.writeAttribute(QStringLiteral("class"), QStringLiteral("tiles"));
                inTiles = true;
            }
            xml.writeStartElement(QStringLiteral("div"));
            xml.writeAttribute(QStringLiteral("class"), QStringLiteral("tile"));
            writeText(xml, QStringLiteral("span"), block.text, QStringLiteral("label"));
            writeText(xml, QStringLiteral("span"), block.value, QStringLiteral("value"));
            xml.writeEndElement();
            break;
        case ReportDocument::Block::Kind::Table:
            writeTable(xml, report.tables.at(block.index));
            break;
        case ReportDocument::Block::Kind::Figure:
            writeFigure(xml, report.figures.at(block.index), locale);
            break;
        }
    }
    if (inTiles || inList) {
        xml.writeEndElement();
    }
}
} // namespace

namespace ReportHtml {

QByteArray encode(const ReportDocument& report, const QLocale& locale)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"));
    xml.writeAttribute(QStringLiteral("lang"), locale.bcp47Name());
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("generator"));
    xml.writeAttribute(QStringLiteral("content"), QStringLiteral("Dealbench"));
    writeText(xml, QStringLiteral("title"), report.title + QStringLiteral(" — ") + report.workspaceName);
    writeText(xml, QStringLiteral("style"), QString::fromUtf8(kStyle));
    xml.writeEndElement(); // head
    xml.writeStartElement(QStringLiteral("body"));
    xml.writeStartElement(QStringLiteral("header"));
    writeText(xml, QStringLiteral("span"), report.workspaceName);
    writeText(xml, QStringLiteral("span"), report.periodLabel);
    xml.writeEndElement();
    writeText(xml, QStringLiteral("h1"), report.title);
    writeText(xml, QStringLiteral("p"), report.periodLabel, QStringLiteral("period"));
    writeBlocks(xml, report, locale);
    writeText(
        xml,
        QStringLiteral("footer"),
        tr("Generated %1 by Dealbench").arg(locale.toString(report.generatedAt.toLocalTime(), QLocale::ShortFormat)));
    xml.writeEndElement(); // body
    xml.writeEndElement(); // html
    xml.writeEndDocument();
    return out;
}

} // namespace ReportHtml
