// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPages.h"

#include "ReportTextBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace {
constexpr qreal kMarginMm = 15.0;
constexpr qreal kHeaderMm = 20.0; // top margin, the header sits in it
constexpr qreal kFooterMm = 18.0;
const QColor kText(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kRule(0xc8, 0xc8, 0xc8);

qreal fromMm(qreal mm)
{
    return mm * ReportPages::kDpi / 25.4;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportPages", text);
}
} // namespace

ReportPages::ReportPages(const ReportDocument& report, const QPageSize& pageSize, const QLocale& locale)
    : m_report(report)
    , m_locale(locale)
    , m_document(std::make_unique<QTextDocument>())
{
    const QSizeF mm = pageSize.size(QPageSize::Millimeter);
    m_page = QSizeF(fromMm(mm.width()), fromMm(mm.height()));
    m_body = QRectF(fromMm(kMarginMm),
                    fromMm(kHeaderMm),
                    m_page.width() - 2 * fromMm(kMarginMm),
                    m_page.height() - fromMm(kHeaderMm) - fromMm(kFooterMm));
    QFont font = m_document->defaultFont();
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    m_document->setPageSize(m_body.size());
    ReportTextBuilder::fill(m_document.get(), m_report, m_locale);
}

ReportPages::~ReportPages() = default;

int ReportPages::pageCount() const
{
    return std::max(1, m_document->pageCount());
}

void ReportPages::paintHeader(QPainter* painter, int index) const
{
    // The painter works in kDpi units, scaled to the device: a point size would be resolved at
    // the device's resolution and then scaled again, so the size is given in those units.
    QFont font = m_document->defaultFont();
    font.setPixelSize(qRound(7.5 * kDpi / 72.0));
    painter->setFont(font);
    const qreal left = m_body.left();
    const qreal width = m_body.width();
    const QRectF header(left, fromMm(7), width, fromMm(kHeaderMm - 10));
    painter->setPen(kText);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_report.workspaceName);
    painter->setPen(kMuted);
    painter->drawText(
        header, Qt::AlignRight | Qt::AlignBottom, m_report.title + QStringLiteral(" · ") + m_report.periodLabel);
    painter->setPen(QPen(kRule, 0.75));
    painter->drawLine(QPointF(left, header.bottom() + 3), QPointF(left + width, header.bottom() + 3));

    const QRectF footer(left, m_page.height() - fromMm(kFooterMm) + fromMm(6), width, fromMm(6));
    painter->drawLine(QPointF(left, footer.top() - 3), QPointF(left + width, footer.top() - 3));
    painter->setPen(kMuted);
    painter->drawText(footer,
                      Qt::AlignLeft | Qt::AlignTop,
                      tr("Generated %1 by Dealbench")
                          .arg(m_locale.toString(m_report.generatedAt.toLocalTime(), QLocale::ShortFormat)));
    painter->drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
}

void ReportPages::paintPage(QPainter* painter, int index) const
{
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), m_page), Qt::white);
    paintHeader(painter, index);
    const qreal height = m_body.height();
    painter->translate(m_body.left(), m_body.top() - index * height);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, index * height, m_body.width(), height);
    context.palette.setColor(QPalette::Text, kText);
    painter->setClipRect(context.clip);
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
}

bool ReportPages::print(QPagedPaintDevice* device) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const qreal scaleX = device->logicalDpiX() / kDpi;
    const qreal scaleY = device->logicalDpiY() / kDpi;
    const int pages = pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage()) {
            return false;
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        paintPage(&painter, i);
        painter.restore();
    }
    return painter.end();
}

QImage ReportPages::pageImage(int index, int dpi) const
{
    const qreal ratio = dpi / kDpi;
    QImage image(QSize(int(std::ceil(m_page.width() * ratio)), int(std::ceil(m_page.height() * ratio))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(ratio, ratio);
    paintPage(&painter, index);
    painter.end();
    return image;
}
