// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

/**
 * Paints a deal card of a StageColumnModel row: no widget per card, so a column of 20k cards
 * costs only the cards on screen. Colours come from the view's palette (BoardPalette).
 */
class DealCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealCardDelegate)
public:
    explicit DealCardDelegate(QObject* parent = nullptr);

    void setToday(const QDate& today) { m_today = today; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Height of a card for the given font, margins included (all cards are this tall).
    static int cardHeight(const QFont& font);
    // The deal name on at most two lines: the first `firstWidth` wide (beside the owner badge),
    // the second `restWidth` wide and elided. Names often start with the account ("Redwood
    // Metals — renewal"), so one elided line would hide what tells two deals of an account apart.
    static QStringList nameLines(const QString& name, const QFont& font, int firstWidth, int restWidth);
    // The card alone (without the view's margins), e.g. for the drag pixmap.
    void
    paintCard(QPainter* painter, const QRect& rect, const QStyleOptionViewItem& option, const QModelIndex& index) const;

    static constexpr int marginX = 8;
    static constexpr int marginY = 4;

private:
    QDate m_today;
};
