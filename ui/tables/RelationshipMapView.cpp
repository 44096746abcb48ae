// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipMapView.h"

#include "core/domain/StrategySheet.h"
#include "ui/common/Colors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {
constexpr int kLevels = 5; // executive, senior, middle, staff, unknown
constexpr int kLabelWidth = 130;
constexpr int kRowHeight = 52;
constexpr int kBoxWidth = 150;

int levelRow(OrgLevel level)
{
    switch (level) {
    case OrgLevel::Executive:
        return 0;
    case OrgLevel::Senior:
        return 1;
    case OrgLevel::Middle:
        return 2;
    case OrgLevel::Staff:
        return 3;
    case OrgLevel::Unknown:
        break;
    }
    return 4;
}

QColor strengthColor(const std::optional<int>& strength)
{
    if (!strength) {
        return QColor(150, 150, 150);
    }
    static const QColor colors[5] = {
        QColor(205, 70, 50), QColor(225, 140, 60), QColor(200, 180, 60), QColor(110, 170, 80), QColor(40, 140, 70)};
    return colors[std::clamp(*strength, 1, 5) - 1];
}
} // namespace

RelationshipMapView::RelationshipMapView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("relationshipMap"));
    setAccessibleName(tr("Relationship map"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RelationshipMapView::setPeople(const QList<AccountPlanFacts::MapPerson>& people)
{
    m_people = people;
    updateGeometry();
    update();
}

QSize RelationshipMapView::sizeHint() const
{
    return {kLabelWidth + 5 * (kBoxWidth + 8), kLevels * kRowHeight + 24};
}

void RelationshipMapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QColor muted = Colors::mutedText(pal, 0.7);
    const QColor line = Colors::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.15);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const OrgLevel levels[kLevels] = {
        OrgLevel::Executive, OrgLevel::Senior, OrgLevel::Middle, OrgLevel::Staff, OrgLevel::Unknown};
    for (int r = 0; r < kLevels; ++r) {
        const QRect band(0, r * kRowHeight, width(), kRowHeight);
        painter.setPen(muted);
        painter.drawText(band.adjusted(6, 0, kLabelWidth - width() - 6, 0),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         orgLevelDisplayName(levels[r]));
        painter.setPen(line);
        painter.drawLine(band.bottomLeft(), band.bottomRight());
    }
    int placed[kLevels] = {};
    const int perRow = std::max(1, (width() - kLabelWidth) / (kBoxWidth + 8));
    for (const AccountPlanFacts::MapPerson& person : m_people) {
        const int row = levelRow(person.contact.orgLevel);
        const int slot = placed[row]++;
        if (slot >= perRow) {
            continue; // more people than fit: the table below lists them all
        }
        const QRectF box(kLabelWidth + slot * (kBoxWidth + 8), row * kRowHeight + 5, kBoxWidth, kRowHeight - 10);
        const QColor tint = strengthColor(person.strength);
        QPainterPath path;
        path.addRoundedRect(box, 5, 5);
        painter.fillPath(path, Colors::mix(pal.color(QPalette::Base), tint, person.strength ? 0.3 : 0.08));
        painter.setPen(QPen(tint, 1.5, person.lastMet.isValid() ? Qt::SolidLine : Qt::DashLine));
        painter.drawPath(path);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(box.adjusted(6, 2, -4, -box.height() / 2),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(person.contact.name, Qt::ElideRight, kBoxWidth - 10));
        painter.setPen(muted);
        const QString detail =
            person.ourPerson.isEmpty()
                ? person.contact.title
                : tr("%1 ↔ %2").arg(person.ourPerson,
                                    person.strength ? QString::number(*person.strength) : QStringLiteral("?"));
        painter.drawText(box.adjusted(6, box.height() / 2, -4, -2),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(detail, Qt::ElideRight, kBoxWidth - 10));
    }
    if (m_people.isEmpty()) {
        painter.setPen(muted);
        painter.drawText(
            rect().adjusted(kLabelWidth, 0, 0, 0), Qt::AlignCenter, tr("The account has no contacts yet."));
    }
}
