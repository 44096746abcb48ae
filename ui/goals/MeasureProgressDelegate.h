// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/MeasureProgress.h"

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

// Paints a measure's progress: a bar filled to the share of the target reached, a tick where
// the calendar says it should be by today, and "value / target" over it. The cell's raw value
// (CellRole::Sort) is a QVariantList {completion or null, Pace as int, expected share or null}.
class MeasureProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasureProgressDelegate)
public:
    explicit MeasureProgressDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The raw value the delegate reads.
    static QVariant cellValue(const MeasureProgress& progress);
    // The colour of a pace, readable on `palette`'s base colour.
    static QColor paceColor(Pace pace, const QPalette& palette);
};
