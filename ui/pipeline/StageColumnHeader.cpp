// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageColumnHeader.h"

#include "BoardFormat.h"
#include "BoardPalette.h"

#include <QPainter>
#include <QToolButton>

StageColumnHeader::StageColumnHeader(QWidget* parent)
    : QWidget(parent)
    , m_fold(new QToolButton(this))
{
    m_fold->setObjectName(QStringLiteral("foldButton"));
    m_fold->setAutoRaise(true);
    m_fold->setText(QStringLiteral("\u2039")); // ‹
    m_fold->setToolTip(tr("Fold this column"));
    m_fold->setFocusPolicy(Qt::NoFocus);
    m_fold->setCursor(Qt::PointingHandCursor);
    connect(m_fold, &QToolButton::clicked, this, &StageColumnHeader::foldClicked);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void StageColumnHeader::setStage(const Stage& stage, const QString& displayName, const QColor& tint)
{
    m_stage = stage;
    m_name = displayName;
    m_tint = tint;
    update();
}

void StageColumnHeader::setTotals(const StageTotals& totals, const QString& baseCurrency)
{
    m_totals = totals;
    m_baseCurrency = baseCurrency;
    setAccessibleDescription(
        QStringList{countText(), totalText(), weightedText(), unconvertibleText()}.join(QStringLiteral(", ")));
    QStringList tip;
    if (!m_stage.milestone.isEmpty()) {
        tip.append(tr("<b>Milestone to enter:</b> %1").arg(m_stage.milestone.toHtmlEscaped()));
    }
    if (m_totals.unconvertibleCount > 0) {
        tip.append(unconvertibleText().toHtmlEscaped());
    }
    setToolTip(tip.join(QStringLiteral("<br>")));
    update();
}

QString StageColumnHeader::countText() const
{
    return QLocale().toString(m_totals.count);
}

QString StageColumnHeader::totalText() const
{
    return BoardFormat::wholeMoney(m_totals.totalMinor, m_baseCurrency);
}

QString StageColumnHeader::weightedText() const
{
    return tr("%1 weighted").arg(BoardFormat::wholeMoney(m_totals.weightedMinor, m_baseCurrency));
}

QString StageColumnHeader::unconvertibleText() const
{
    if (m_totals.unconvertibleCount == 0) {
        return {};
    }
    return tr("%n deal(s) in %1 not in the sums (no rate)", nullptr, static_cast<int>(m_totals.unconvertibleCount))
        .arg(m_totals.unconvertibleCurrencies.join(QStringLiteral(", ")));
}

QSize StageColumnHeader::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {240, 14 + metrics.height() * 3 + 14};
}

void StageColumnHeader::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int size = fontMetrics().height() + 6;
    m_fold->setGeometry(width() - size - 6, 9, size, size);
}

void StageColumnHeader::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    const BoardPalette colors = BoardPalette::from(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(8, 6, -8, -4);

    // A tinted cap: the stage's place along the pipeline at a glance.
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_tint);
    painter.drawRoundedRect(QRect(area.left(), area.top(), area.width(), 3), 1.5, 1.5);

    QFont nameFont = font();
    nameFont.setWeight(QFont::DemiBold);
    nameFont.setPointSizeF(nameFont.pointSizeF() > 0 ? nameFont.pointSizeF() * 1.08 : 10);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics metrics(font());
    int y = area.top() + 9;

    // Stage name and a count pill; a long name ("Needs confirmed" in a narrow column) keeps the
    // whole row and the pill moves down beside the probability, rather than the name being cut.
    const QString count = countText();
    const int pillWidth = metrics.horizontalAdvance(count) + 14;
    const int rowRoom = area.width() - m_fold->width() - 6;
    const bool pillBesideName = nameMetrics.horizontalAdvance(m_name) + 8 + pillWidth <= rowRoom;
    const int nameRoom = pillBesideName ? rowRoom - pillWidth - 8 : rowRoom;
    painter.setFont(nameFont);
    painter.setPen(colors.text);
    const QString name = nameMetrics.elidedText(m_name, Qt::ElideRight, nameRoom);
    painter.drawText(QRect(area.left(), y, nameRoom, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
    const int nameRowY = y;
    y += nameMetrics.height() + 4;

    // Total, then weighted and probability.
    QFont totalFont = font();
    totalFont.setWeight(QFont::DemiBold);
    painter.setFont(totalFont);
    painter.setPen(colors.text);
    painter.drawText(
        QRect(area.left(), y, area.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, totalText());
    painter.setFont(font());
    painter.setPen(colors.muted);
    const QString probability = m_stage.isOpen() ? tr("%1 %").arg(m_stage.probability) : QString();
    painter.drawText(
        QRect(area.left(), y, area.width(), metrics.height()), Qt::AlignRight | Qt::AlignVCenter, probability);
    const QRect pill =
        pillBesideName
            ? QRect(area.left() + nameMetrics.horizontalAdvance(name) + 8,
                    nameRowY + (nameMetrics.height() - metrics.height() - 2) / 2,
                    pillWidth,
                    metrics.height() + 2)
            : QRect(area.right() - metrics.horizontalAdvance(probability) - (probability.isEmpty() ? 0 : 6) - pillWidth,
                    y - 1,
                    pillWidth,
                    metrics.height() + 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.faint.darker(colors.dark ? 60 : 108));
    painter.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter.setPen(colors.muted);
    painter.drawText(pill, Qt::AlignCenter, count);
    y += metrics.height() + 2;
    const QRect third(area.left(), y, area.width(), metrics.height());
    QString marker;
    if (m_totals.unconvertibleCount > 0) {
        // Visible, not hidden in a tooltip: these deals' amounts are missing from the sums.
        marker =
            QStringLiteral("\u26A0 ") + tr("%n not converted", nullptr, static_cast<int>(m_totals.unconvertibleCount));
        painter.setPen(colors.warning);
        painter.drawText(third, Qt::AlignRight | Qt::AlignVCenter, marker);
    }
    const int markerWidth = marker.isEmpty() ? 0 : metrics.horizontalAdvance(marker) + 8;
    painter.setPen(colors.muted);
    painter.drawText(third.adjusted(0, 0, -markerWidth, 0),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(weightedText(), Qt::ElideRight, third.width() - markerWidth));
}
