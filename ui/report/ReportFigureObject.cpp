// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFigureObject.h"

#include "ReportFigurePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

namespace {
constexpr int kIndexProperty = QTextFormat::UserProperty + 8;
}

ReportFigureObject::ReportFigureObject(const QList<ReportFigure>& figures, const QLocale& locale, QObject* parent)
    : QObject(parent)
    , m_figures(figures)
    , m_locale(locale)
{}

void ReportFigureObject::install(QTextDocument* document, const QList<ReportFigure>& figures, const QLocale& locale)
{
    auto* handler = new ReportFigureObject(figures, locale, document);
    document->documentLayout()->registerHandler(kType, handler);
}

void ReportFigureObject::insert(QTextCursor& cursor, int index)
{
    QTextCharFormat format;
    format.setObjectType(kType);
    format.setProperty(kIndexProperty, index);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportFigureObject::intrinsicSize(QTextDocument* document, int position, const QTextFormat& format)
{
    Q_UNUSED(position)
    const int index = format.property(kIndexProperty).toInt();
    if (index < 0 || index >= m_figures.size()) {
        return {};
    }
    // The text width less a little, so the object never wraps onto a line of its own.
    const qreal width = std::max<qreal>(100, document->textWidth() - 4);
    return ReportFigurePainter::logicalSize(m_figures.at(index), width);
}

void ReportFigureObject::drawObject(
    QPainter* painter, const QRectF& rect, QTextDocument* document, int position, const QTextFormat& format)
{
    Q_UNUSED(document)
    Q_UNUSED(position)
    const int index = format.property(kIndexProperty).toInt();
    if (index >= 0 && index < m_figures.size()) {
        ReportFigurePainter::paint(m_figures.at(index), painter, rect, m_locale);
    }
}
