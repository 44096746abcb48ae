// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportFigure.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

// A report figure inside a QTextDocument: the layout reserves its box in the text flow and
// draws it with ReportFigurePainter when the page is painted, so PDF and print get vectors.
class ReportFigureObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportFigureObject)
public:
    static constexpr int kType = QTextFormat::UserObject + 8;

    // Registers a handler for `figures` with the document's layout (owned by the document).
    static void install(QTextDocument* document, const QList<ReportFigure>& figures, const QLocale& locale);
    // Inserts figure `index` at the cursor.
    static void insert(QTextCursor& cursor, int index);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter,
                    const QRectF& rect,
                    QTextDocument* document,
                    int position,
                    const QTextFormat& format) override;

private:
    ReportFigureObject(const QList<ReportFigure>& figures, const QLocale& locale, QObject* parent);

    QList<ReportFigure> m_figures;
    QLocale m_locale;
};
