// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartHover.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QXYSeries>

namespace {
void show(bool on, const QString& text)
{
    if (on && !text.isEmpty()) {
        QToolTip::showText(QCursor::pos(), text);
    } else {
        QToolTip::hideText();
    }
}
} // namespace

namespace ChartHover {

void bars(QAbstractBarSeries* series, std::function<QString(QBarSet*, int)> text)
{
    QObject::connect(
        series, &QAbstractBarSeries::hovered, series, [text = std::move(text)](bool on, int index, QBarSet* set) {
            show(on, on ? text(set, index) : QString());
        });
}

void points(QXYSeries* series, std::function<QString(int)> text)
{
    QObject::connect(series, &QXYSeries::hovered, series, [series, text = std::move(text)](const QPointF& at, bool on) {
        if (!on) {
            show(false, {});
            return;
        }
        // The signal gives the position, not the index: take the nearest point.
        int best = -1;
        qreal bestDistance = 0;
        for (int i = 0; i < series->count(); ++i) {
            const QPointF d = series->at(i) - at;
            const qreal distance = d.x() * d.x() + d.y() * d.y();
            if (best < 0 || distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        show(best >= 0, best >= 0 ? text(best) : QString());
    });
}

void slices(QPieSeries* series, std::function<QString(int)> text)
{
    QObject::connect(series, &QPieSeries::hovered, series, [series, text = std::move(text)](QPieSlice* slice, bool on) {
        slice->setExploded(on);
        show(on, on ? text(int(series->slices().indexOf(slice))) : QString());
    });
}

} // namespace ChartHover
