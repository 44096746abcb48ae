// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationItemDelegate.h"

#include "ui/common/MonochromeIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kOuterMargin = 8; // between the sidebar edge and the highlight
constexpr int kInnerPadding = 10;
constexpr int kIconSize = 20;
constexpr int kIconTextGap = 12;
constexpr qreal kRadius = 6.0;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}
} // namespace

NavigationItemDelegate::NavigationItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void NavigationItemDelegate::paint(QPainter* painter,
                                   const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const QPalette& palette = option.palette;
    const QRect pill = option.rect.adjusted(kOuterMargin, 2, -kOuterMargin, -2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected || hovered) {
        QPainterPath path;
        path.addRoundedRect(QRectF(pill), kRadius, kRadius);
        painter->fillPath(path,
                          selected ? palette.color(QPalette::Highlight) : withAlpha(palette.color(QPalette::Text), 22));
    }

    const QColor foreground = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::WindowText);
    const int iconLeft = m_compact ? pill.center().x() - kIconSize / 2 + 1 : pill.left() + kInnerPadding;
    const QRect iconRect(iconLeft, pill.center().y() - kIconSize / 2 + 1, kIconSize, kIconSize);
    const QPixmap icon = MonochromeIcon::pixmap(index.data(IconPathRole).toString(),
                                                QSize(kIconSize, kIconSize),
                                                selected ? foreground : withAlpha(foreground, 200),
                                                painter->device()->devicePixelRatioF());
    painter->drawPixmap(iconRect, icon);
    if (m_compact) {
        painter->restore();
        return;
    }

    QFont shortcutFont = option.font;
    shortcutFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QString shortcut = index.data(ShortcutRole).toString();
    const int shortcutWidth = shortcut.isEmpty() ? 0 : QFontMetrics(shortcutFont).horizontalAdvance(shortcut);

    const int textLeft = iconRect.right() + 1 + kIconTextGap;
    const int textRight = pill.right() - kInnerPadding - (shortcutWidth > 0 ? shortcutWidth + 8 : 0);
    QFont textFont = option.font;
    if (selected) {
        textFont.setWeight(QFont::DemiBold);
    }
    painter->setFont(textFont);
    painter->setPen(foreground);
    const QRect textRect(textLeft, pill.top(), textRight - textLeft, pill.height());
    const QString text =
        QFontMetrics(textFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);

    if (shortcutWidth > 0) {
        painter->setFont(shortcutFont);
        painter->setPen(withAlpha(foreground, selected ? 190 : 120));
        const QRect shortcutRect(
            pill.right() - kInnerPadding - shortcutWidth, pill.top(), shortcutWidth, pill.height());
        painter->drawText(shortcutRect, Qt::AlignVCenter | Qt::AlignRight, shortcut);
    }
    painter->restore();
}

QSize NavigationItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int height = qMax(kIconSize, metrics.height()) + 18;
    const int width = 2 * kOuterMargin + 2 * kInnerPadding + kIconSize + kIconTextGap +
                      metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 60;
    return {width, height};
}
