// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStyledItemDelegate>

#include <optional>

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

    void setToday(const QDate& today);
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
    // The card's fonts and their metrics for one view font: resolving a font and its metrics
    // for every card of every frame showed in profiles; the view font rarely changes.
    struct Fonts
    {
        explicit Fonts(const QFont& base);
        QFont base;
        QFont title;
        QFont body;
        QFont small;
        QFont badge;
        QFont amount;
        QFontMetrics titleMetrics;
        QFontMetrics bodyMetrics;
        QFontMetrics smallMetrics;
        QFontMetrics amountMetrics;
        QString titleKey; // QFont::key() builds its text anew on each call
    };
    const Fonts& fontsFor(const QFont& base) const;
    // nameLines() remembered per name, widths and font: laying the name out is the dearest
    // text of a card, and a card is painted again on every scroll step while it is on screen.
    QStringList cachedNameLines(const QString& name, const Fonts& fonts, int firstWidth, int restWidth) const;
    // The local calendar day of a UTC time, remembered: toLocalTime() asks the time-zone
    // rules each time, and the next-step date is on every open card.
    QDate localDate(const QDateTime& when) const;

    QDate m_today;
    mutable std::optional<Fonts> m_fonts;
    mutable QCache<QString, QStringList> m_nameLines{4096};
    mutable QHash<qint64, QDate> m_localDates;
};
