// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealCardDelegate.h"

#include "BoardFormat.h"
#include "BoardPalette.h"
#include "CardShapes.h"
#include "StageColumnModel.h"

#include "core/domain/Pipeline.h"

#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int kPadding = 10;
constexpr int kLineGap = 4;
constexpr int kBadge = 22;

QFont scaled(const QFont& base, double factor, int weight = -1)
{
    QFont font = base;
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * factor);
    } else {
        font.setPixelSize(std::max(8, static_cast<int>(font.pixelSize() * factor)));
    }
    if (weight >= 0) {
        font.setWeight(static_cast<QFont::Weight>(weight));
    }
    return font;
}

QFont weighted(const QFont& base, QFont::Weight weight)
{
    QFont font = base;
    font.setWeight(weight);
    return font;
}

// A rounded label with its own background, in the painter's font (whose metrics are given);
// returns its width.
int drawChip(QPainter* painter,
             const QFontMetrics& metrics,
             int x,
             int y,
             int height,
             const QString& text,
             const QColor& fg,
             const QColor& bg)
{
    const int width = metrics.horizontalAdvance(text) + 12;
    const QRect rect(x, y, width, height);
    painter->drawPixmap(rect.topLeft(),
                        CardShapes::roundedRect(rect.size(), height / 2.0, bg, painter->device()->devicePixelRatioF()));
    painter->setPen(fg);
    painter->drawText(rect, Qt::AlignCenter, text);
    return width;
}

// Five small bars, filled for each decision milestone reached.
int drawMilestones(QPainter* painter, int x, int y, int height, int done, int total, const BoardPalette& colors)
{
    const int bar = 6;
    const int gap = 2;
    const int barHeight = height - 8;
    const qreal scale = painter->device()->devicePixelRatioF();
    const QPixmap reached = CardShapes::roundedRect(QSize(bar, barHeight), 1.5, colors.success, scale);
    const QPixmap ahead =
        CardShapes::roundedRect(QSize(bar, barHeight), 1.5, colors.faint.darker(colors.dark ? 70 : 115), scale);
    for (int i = 0; i < total; ++i) {
        painter->drawPixmap(x + i * (bar + gap), y + 4, i < done ? reached : ahead);
    }
    return total * (bar + gap) - gap;
}
} // namespace

DealCardDelegate::DealCardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_today(QDate::currentDate())
{}

DealCardDelegate::Fonts::Fonts(const QFont& viewFont)
    : base(viewFont)
    , title(scaled(viewFont, 1.05, QFont::DemiBold))
    , body(viewFont)
    , small(scaled(viewFont, 0.9))
    , badge(scaled(viewFont, 0.78, QFont::Bold))
    , amount(weighted(viewFont, QFont::DemiBold))
    , titleMetrics(title)
    , bodyMetrics(body)
    , smallMetrics(small)
    , amountMetrics(amount)
    , titleKey(title.key())
{}

void DealCardDelegate::setToday(const QDate& today)
{
    m_today = today;
    // A new day may follow a change of the time zone or its rules.
    m_localDates.clear();
}

const DealCardDelegate::Fonts& DealCardDelegate::fontsFor(const QFont& base) const
{
    if (!m_fonts || m_fonts->base != base) {
        m_fonts.emplace(base);
    }
    return *m_fonts;
}

QStringList
DealCardDelegate::cachedNameLines(const QString& name, const Fonts& fonts, int firstWidth, int restWidth) const
{
    const QString key =
        fonts.titleKey + u'\x1f' + QString::number(firstWidth) + u'\x1f' + QString::number(restWidth) + u'\x1f' + name;
    if (const QStringList* lines = m_nameLines.object(key)) {
        return *lines;
    }
    QStringList lines = nameLines(name, fonts.title, firstWidth, restWidth);
    m_nameLines.insert(key, new QStringList(lines));
    return lines;
}

QDate DealCardDelegate::localDate(const QDateTime& when) const
{
    const qint64 msecs = when.toMSecsSinceEpoch();
    if (const auto found = m_localDates.constFind(msecs); found != m_localDates.cend()) {
        return *found;
    }
    if (m_localDates.size() > 50000) {
        m_localDates.clear();
    }
    const QDate date = when.toLocalTime().date();
    m_localDates.insert(msecs, date);
    return date;
}

QStringList DealCardDelegate::nameLines(const QString& name, const QFont& font, int firstWidth, int restWidth)
{
    QTextLayout layout(name, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (!first.isValid()) {
        layout.endLayout();
        return {};
    }
    first.setLineWidth(firstWidth);
    const int rest = first.textStart() + first.textLength();
    layout.endLayout();
    QStringList lines{name.left(rest).trimmed()};
    const QString remainder = name.mid(rest).trimmed();
    if (!remainder.isEmpty()) {
        lines.append(QFontMetrics(font).elidedText(remainder, Qt::ElideRight, restWidth));
    }
    return lines;
}

int DealCardDelegate::cardHeight(const QFont& font)
{
    const QFontMetrics title(scaled(font, 1.05, QFont::DemiBold));
    const QFontMetrics body(font);
    const QFontMetrics small(scaled(font, 0.9));
    // Room for a two-line name, so every card is as tall and the view keeps uniform sizes.
    return 2 * kPadding + 2 * title.height() + body.height() + body.height() + small.height() + 6 + 3 * kLineGap +
           2 * marginY;
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    return {std::max(160, option.rect.width()), cardHeight(option.font)};
}

void DealCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    paintCard(painter, option.rect.adjusted(marginX, marginY, -marginX, -marginY), option, index);
}

void DealCardDelegate::paintCard(QPainter* painter,
                                 const QRect& rect,
                                 const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const BoardPalette colors = BoardPalette::from(option.palette);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool stalled = index.data(StageColumnModel::StalledRole).toBool();
    const bool overdue = index.data(StageColumnModel::OverdueRole).toBool();
    const auto kind = static_cast<StageKind>(index.data(StageColumnModel::StageKindRole).toInt());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Face, a soft shadow in the light theme, and the border that shows selection.
    CardShapes::Face face;
    face.size = rect.size();
    face.fill = colors.card;
    face.border = hovered ? colors.cardHover : colors.cardBorder;
    if (selected) {
        face.border = colors.accent;
        face.borderWidth = 2.0;
    }
    if (!colors.dark) {
        face.shadow = QColor(15, 23, 42, hovered ? 22 : 12);
    }
    if (stalled) {
        face.stalled = colors.warning;
    }
    painter->drawPixmap(rect.topLeft(), CardShapes::face(face, painter->device()->devicePixelRatioF()));

    const QRect inner = rect.adjusted(kPadding + (stalled ? 3 : 0), kPadding, -kPadding, -kPadding);
    const Fonts& fonts = fontsFor(option.font);
    const QFont& titleFont = fonts.title;
    const QFont& bodyFont = fonts.body;
    const QFont& smallFont = fonts.small;
    const QFontMetrics& titleMetrics = fonts.titleMetrics;
    const QFontMetrics& bodyMetrics = fonts.bodyMetrics;
    const QFontMetrics& smallMetrics = fonts.smallMetrics;
    int y = inner.top();

    // Line 1: deal name and the owner's initials.
    const QString initials = index.data(StageColumnModel::OwnerInitialsRole).toString();
    int nameWidth = inner.width();
    if (!initials.isEmpty()) {
        const QRect badge(inner.right() - kBadge + 1, y - 2, kBadge, kBadge);
        painter->drawPixmap(badge.topLeft(),
                            CardShapes::disc(kBadge,
                                             colors.badge(index.data(StageColumnModel::OwnerNameRole).toString()),
                                             painter->device()->devicePixelRatioF()));
        painter->setPen(Qt::white);
        painter->setFont(fonts.badge);
        painter->drawText(badge, Qt::AlignCenter, initials);
        nameWidth -= kBadge + 6;
    }
    painter->setFont(titleFont);
    painter->setPen(colors.text);
    const QStringList name = cachedNameLines(index.data(Qt::DisplayRole).toString(), fonts, nameWidth, inner.width());
    for (const QString& line : name) {
        painter->drawText(
            QRect(inner.left(), y, inner.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += titleMetrics.height();
    }
    y += kLineGap;

    // Line 2 (or 3): account, below the badge, so as wide as the card.
    painter->setFont(bodyFont);
    painter->setPen(colors.muted);
    const QString account = index.data(StageColumnModel::AccountRole).toString();
    painter->drawText(
        QRect(inner.left(), y, inner.width(), bodyMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        bodyMetrics.elidedText(account.isEmpty() ? tr("No account") : account, Qt::ElideRight, inner.width()));
    // Amount and footer keep their place on every card (as if the name took two lines), so
    // they line up when the eye runs down a column.
    y = inner.top() + 2 * titleMetrics.height() + kLineGap + bodyMetrics.height() + kLineGap;

    // Line 3: amount, and the expected close date (red once it has passed).
    const QString amount = index.data(StageColumnModel::AmountTextRole).toString();
    painter->setFont(fonts.amount);
    painter->setPen(kind == StageKind::Lost ? colors.muted : colors.text);
    painter->drawText(
        QRect(inner.left(), y, inner.width(), bodyMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, amount);
    const int amountWidth = fonts.amountMetrics.horizontalAdvance(amount);
    const QDate close = index.data(StageColumnModel::CloseDateRole).toDate();
    painter->setFont(smallFont);
    QString closeText = close.isValid() ? BoardFormat::shortDate(close, m_today) : tr("No close date");
    // "Overdue" only where it fits beside the amount; the red colour says it anyway.
    const QString overdueText = tr("Overdue %1").arg(closeText);
    if (overdue && amountWidth + 12 + smallMetrics.horizontalAdvance(overdueText) <= inner.width()) {
        closeText = overdueText;
    }
    closeText = smallMetrics.elidedText(closeText, Qt::ElideLeft, std::max(0, inner.width() - amountWidth - 8));
    painter->setPen(overdue ? colors.danger : colors.muted);
    painter->drawText(
        QRect(inner.left(), y, inner.width(), bodyMetrics.height()), Qt::AlignRight | Qt::AlignVCenter, closeText);
    y += bodyMetrics.height() + kLineGap + 2;

    // Line 4: days in stage, stalled, milestones; the next step on the right.
    const int chipHeight = smallMetrics.height() + 4;
    int x = inner.left();
    painter->setFont(smallFont);
    // On a narrow card the footer drops words before it drops facts.
    const bool narrow = inner.width() < 230;
    if (kind == StageKind::Open) {
        const int days = index.data(StageColumnModel::DaysInStageRole).toInt();
        x += drawChip(painter, smallMetrics, x, y, chipHeight, tr("%n d", nullptr, days), colors.muted, colors.faint) +
             4;
        if (stalled) {
            x += drawChip(painter,
                          smallMetrics,
                          x,
                          y,
                          chipHeight,
                          tr("Stalled"),
                          colors.warning,
                          BoardPalette::mix(colors.card, colors.warning, colors.dark ? 0.22 : 0.14)) +
                 4;
        }
    }
    const QVariant done = index.data(StageColumnModel::MilestonesDoneRole);
    if (!done.isNull()) {
        const int total = index.data(StageColumnModel::MilestonesTotalRole).toInt();
        x += 2;
        x += drawMilestones(painter, x, y, chipHeight, done.toInt(), total, colors) + 4;
        if (!narrow) {
            painter->setPen(colors.muted);
            const QString progress = QStringLiteral("%1/%2").arg(done.toInt()).arg(total);
            painter->drawText(
                QRect(x, y, smallMetrics.horizontalAdvance(progress) + 2, chipHeight), Qt::AlignVCenter, progress);
            x += smallMetrics.horizontalAdvance(progress) + 6;
        }
    }
    QString next;
    QString shortNext; // when the full text does not fit
    QColor nextColor = colors.muted;
    if (kind == StageKind::Open) {
        const QDateTime when = index.data(StageColumnModel::NextInteractionRole).toDateTime();
        if (when.isValid()) {
            shortNext = BoardFormat::shortDate(localDate(when), m_today);
            next = QStringLiteral("\u2192 ") + shortNext;
        } else {
            next = QStringLiteral("\u26A0 ") + (narrow ? tr("No step") : tr("No next step"));
            shortNext = QStringLiteral("\u26A0");
            nextColor = colors.warning;
        }
    } else if (kind == StageKind::Won) {
        next = tr("Won");
        nextColor = colors.success;
    } else {
        next = tr("Lost");
    }
    const int room = inner.right() - x;
    if (smallMetrics.horizontalAdvance(next) > room && !shortNext.isEmpty()) {
        next = shortNext;
    }
    if (room > 10) {
        painter->setPen(nextColor);
        painter->drawText(QRect(x, y, room, chipHeight),
                          Qt::AlignRight | Qt::AlignVCenter,
                          smallMetrics.elidedText(next, Qt::ElideRight, room));
    }
    painter->restore();
}
