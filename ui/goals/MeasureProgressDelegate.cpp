// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureProgressDelegate.h"

#include "ui/common/CellEditor.h"
#include "ui/common/Colors.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

MeasureProgressDelegate::MeasureProgressDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QVariant MeasureProgressDelegate::cellValue(const MeasureProgress& progress)
{
    const QVariant completion = progress.completion ? QVariant(*progress.completion) : QVariant();
    QVariant expected;
    if (progress.expected && progress.target > 0) {
        expected = *progress.expected / progress.target;
    }
    return QVariantList{completion, static_cast<int>(progress.pace), expected};
}

QColor MeasureProgressDelegate::paceColor(Pace pace, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    switch (pace) {
    case Pace::Ahead:
    case Pace::Achieved:
        return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1e, 0x8e, 0x3e);
    case Pace::OnTrack:
        return dark ? QColor(0x6c, 0xa8, 0xf0) : QColor(0x1a, 0x67, 0xd2);
    case Pace::Behind:
        return dark ? QColor(0xf2, 0xa6, 0x3b) : QColor(0xc2, 0x6a, 0x00);
    case Pace::Missed:
        return dark ? QColor(0xf2, 0x72, 0x6b) : QColor(0xc5, 0x22, 0x1f);
    default:
        return Colors::mutedText(palette, 0.6);
    }
}

void MeasureProgressDelegate::paint(QPainter* painter,
                                    const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    if (index.data(CellRole::Sort).typeId() != QMetaType::QVariantList) {
        QStyledItemDelegate::paint(painter, option, index); // a row without a measure (a group)
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const QVariantList raw = index.data(CellRole::Sort).toList();
    const QVariant completion = raw.value(0);
    const auto pace = static_cast<Pace>(raw.value(1).toInt());
    const QVariant expected = raw.value(2);
    const QPalette& palette = option.palette;
    const QColor accent = paceColor(pace, palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRect bar = option.rect.adjusted(4, 4, -4, -4);
    const QColor track = Colors::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.10);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, 3, 3);
    if (!completion.isNull()) {
        const double share = std::clamp(completion.toDouble(), 0.0, 1.0);
        QRect filled = bar;
        filled.setWidth(static_cast<int>(bar.width() * share));
        painter->setBrush(Colors::mix(palette.color(QPalette::Base), accent, 0.55));
        painter->drawRoundedRect(filled, 3, 3);
    }
    if (!expected.isNull()) {
        const int x = bar.left() + static_cast<int>(bar.width() * std::clamp(expected.toDouble(), 0.0, 1.0));
        painter->setPen(QPen(palette.color(QPalette::Text), 1.5));
        painter->drawLine(x, bar.top() - 2, x, bar.bottom() + 2);
    }
    painter->setPen(option.state & QStyle::State_Selected ? palette.color(QPalette::HighlightedText)
                                                          : palette.color(QPalette::Text));
    painter->drawText(bar.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize MeasureProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 24, 180));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}
