// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportDocument.h"

#include <QLocale>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// A report laid out on pages of a chosen size: the text flows through the body of each page;
// every page gets a header (workspace, report, period) and a footer (generated on, page n of
// N). The same pages go to PDF, to the printer and to the export dialog's preview. Units are
// logical pixels at 96 per inch; painters on other devices are scaled to them.
class ReportPages final
{
public:
    ReportPages(const ReportDocument& report, const QPageSize& pageSize, const QLocale& locale = QLocale());
    ~ReportPages();
    ReportPages(const ReportPages&) = delete;
    ReportPages& operator=(const ReportPages&) = delete;

    int pageCount() const;
    QSizeF pageSize() const { return m_page; }
    // Paints page `index` (0-based) with the painter's origin at the page's top-left corner,
    // in this class's units.
    void paintPage(QPainter* painter, int index) const;
    // Every page onto a PDF writer or printer (begins and ends its own painter).
    bool print(QPagedPaintDevice* device) const;
    QImage pageImage(int index, int dpi) const;

    static constexpr qreal kDpi = 96.0;

private:
    void paintHeader(QPainter* painter, int index) const;

    ReportDocument m_report;
    QLocale m_locale;
    QSizeF m_page;
    QRectF m_body;
    std::unique_ptr<QTextDocument> m_document;
};
