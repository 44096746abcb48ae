// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuyingCentreMap.h"

#include "ui/common/Colors.h"

#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kRows = 4;
constexpr int kColumns = 6;
constexpr int kLabelWidth = 90;
constexpr int kHeaderHeight = 24;
constexpr int kBoxHeight = 34;
constexpr int kLegendHeight = 22;

QString roleBadge(StakeholderRole role)
{
    switch (role) {
    case StakeholderRole::EconomicBuyer:
        return BuyingCentreMap::tr("EB");
    case StakeholderRole::TechnicalEvaluator:
        return BuyingCentreMap::tr("TE");
    case StakeholderRole::User:
        return BuyingCentreMap::tr("U");
    case StakeholderRole::Champion:
        return BuyingCentreMap::tr("C");
    case StakeholderRole::Gatekeeper:
        return BuyingCentreMap::tr("G");
    case StakeholderRole::Influencer:
        return BuyingCentreMap::tr("I");
    case StakeholderRole::None:
        break;
    }
    return {};
}

// Red for opponents through grey to green for champions: the column tells the attitude,
// the tint only repeats it.
QColor attitudeColor(int column)
{
    static const QColor colors[kColumns] = {QColor(205, 60, 50),
                                            QColor(225, 140, 60),
                                            QColor(150, 150, 150),
                                            QColor(90, 160, 90),
                                            QColor(40, 140, 70),
                                            QColor(130, 130, 160)};
    return colors[column];
}
} // namespace

BuyingCentreMap::BuyingCentreMap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("buyingCentreMap"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Buying centre map"));
}

void BuyingCentreMap::setStakeholders(const QList<Stakeholder>& stakeholders)
{
    m_stakeholders = stakeholders;
    updateGeometry();
    update();
}

QPoint BuyingCentreMap::cellOf(const Stakeholder& s)
{
    int row = 3;
    switch (s.influence) {
    case Degree::High:
        row = 0;
        break;
    case Degree::Medium:
        row = 1;
        break;
    case Degree::Low:
        row = 2;
        break;
    case Degree::Unknown:
        row = 3;
        break;
    }
    int column = 5;
    switch (s.attitude) {
    case Attitude::Opponent:
        column = 0;
        break;
    case Attitude::Sceptic:
        column = 1;
        break;
    case Attitude::Neutral:
        column = 2;
        break;
    case Attitude::Supporter:
        column = 3;
        break;
    case Attitude::Champion:
        column = 4;
        break;
    case Attitude::Unknown:
        column = 5;
        break;
    }
    return {column, row};
}

QSize BuyingCentreMap::sizeHint() const
{
    int most = 1;
    int counts[kRows][kColumns] = {};
    for (const Stakeholder& s : m_stakeholders) {
        const QPoint cell = cellOf(s);
        most = std::max(most, ++counts[cell.y()][cell.x()]);
    }
    return {kLabelWidth + kColumns * 130, kHeaderHeight + kRows * (most * (kBoxHeight + 4) + 8) + kLegendHeight};
}

QSize BuyingCentreMap::minimumSizeHint() const
{
    return {kLabelWidth + kColumns * 70, kHeaderHeight + kRows * 46 + kLegendHeight};
}

void BuyingCentreMap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QColor grid = Colors::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18);
    const QColor muted = Colors::mutedText(pal, 0.7);

    const int gridHeight = height() - kHeaderHeight - kLegendHeight;
    const double cellWidth = static_cast<double>(width() - kLabelWidth) / kColumns;
    const double rowHeight = static_cast<double>(gridHeight) / kRows;
    const QString rows[kRows] = {tr("High influence"), tr("Medium"), tr("Low"), tr("Unknown")};
    const QString columns[kColumns] = {
        tr("Opponent"), tr("Sceptic"), tr("Neutral"), tr("Supporter"), tr("Champion"), tr("Unknown")};
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    painter.setFont(small);
    for (int c = 0; c < kColumns; ++c) {
        const QRectF header(kLabelWidth + c * cellWidth, 0, cellWidth, kHeaderHeight);
        painter.setPen(Colors::mix(pal.color(QPalette::Text), attitudeColor(c), 0.6));
        painter.drawText(header, Qt::AlignCenter, columns[c]);
    }
    for (int r = 0; r < kRows; ++r) {
        const QRectF label(0, kHeaderHeight + r * rowHeight, kLabelWidth - 6, rowHeight);
        painter.setPen(muted);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, rows[r]);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(kLabelWidth, label.top()), QPointF(width(), label.top()));
    }
    painter.setPen(QPen(grid, 1));
    for (int c = 0; c <= kColumns; ++c) {
        const double x = kLabelWidth + c * cellWidth;
        painter.drawLine(QPointF(x, kHeaderHeight), QPointF(x, kHeaderHeight + gridHeight));
    }
    painter.drawLine(QPointF(kLabelWidth, kHeaderHeight + gridHeight), QPointF(width(), kHeaderHeight + gridHeight));

    int placed[kRows][kColumns] = {};
    const QFontMetrics metrics(small);
    for (const Stakeholder& s : m_stakeholders) {
        const QPoint cell = cellOf(s);
        const int slot = placed[cell.y()][cell.x()]++;
        const QRectF box(kLabelWidth + cell.x() * cellWidth + 4,
                         kHeaderHeight + cell.y() * rowHeight + 4 + slot * (kBoxHeight + 4),
                         cellWidth - 8,
                         kBoxHeight);
        const QColor tint = attitudeColor(cell.x());
        QPainterPath path;
        path.addRoundedRect(box, 5, 5);
        if (s.contacted) {
            painter.fillPath(path, Colors::mix(pal.color(QPalette::Base), tint, 0.35));
            painter.setPen(QPen(tint, 1.5));
        } else {
            painter.setPen(QPen(tint, 1.5, Qt::DashLine));
        }
        painter.drawPath(path);
        painter.setPen(pal.color(QPalette::Text));
        const QString badge = roleBadge(s.role);
        const QString name = s.name.isEmpty() ? tr("(unnamed)") : s.name;
        const QString top = badge.isEmpty() ? name : badge + QStringLiteral(" · ") + name;
        painter.drawText(box.adjusted(6, 2, -4, -box.height() / 2),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(top, Qt::ElideRight, static_cast<int>(box.width()) - 10));
        painter.setPen(muted);
        painter.drawText(box.adjusted(6, box.height() / 2, -4, -2),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(s.title, Qt::ElideRight, static_cast<int>(box.width()) - 10));
    }

    const QRectF legend(kLabelWidth, height() - kLegendHeight, width() - kLabelWidth, kLegendHeight);
    painter.setPen(muted);
    painter.drawText(legend,
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Filled: contacted · dashed: not contacted yet · EB economic buyer, TE technical evaluator, "
                        "U user, C coach-champion, G gatekeeper, I influencer"));
    if (m_stakeholders.isEmpty()) {
        painter.drawText(QRectF(kLabelWidth, kHeaderHeight, width() - kLabelWidth, gridHeight),
                         Qt::AlignCenter,
                         tr("No stakeholders yet: add them to the buying centre above."));
    }
}
