// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaCatalog.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AreaCatalog", text); // the context lupdate gives these calls
}
} // namespace

namespace AreaCatalog {

QString title(Area area)
{
    switch (area) {
    case Area::Pipeline:
        return tr("Pipeline");
    case Area::Behaviour:
        return tr("Behaviour");
    case Area::Strategy:
        return tr("Strategy");
    case Area::Accounts:
        return tr("Accounts");
    case Area::FunnelReview:
        return tr("Funnel & Review");
    case Area::Charts:
        return tr("Charts");
    case Area::Goals:
        return tr("Goals");
    }
    return {};
}

QString description(Area area)
{
    switch (area) {
    case Area::Pipeline:
        return tr("A kanban board of open deals by stage: drag cards between stages, see stalled deals "
                  "and the weighted value of every column.");
    case Area::Behaviour:
        return tr("The behaviour table: every customer interaction with its plan (objective, conversation "
                  "logic) and its review (outcome, next step, coaching), plus the week planner.");
    case Area::Strategy:
        return tr("One strategy sheet per deal: the buying centre, missing information, competition and "
                  "the pursue-or-drop qualification.");
    case Area::Accounts:
        return tr("Accounts and their contacts, and account plans for strategic customers over the "
                  "coming years.");
    case Area::FunnelReview:
        return tr("The funnel table of the team's deals over a period and the weekly review: what "
                  "changed, what slipped, and how accurate the forecast was.");
    case Area::Charts:
        return tr("Funnel, flow, velocity, conversion and forecast charts, the same ones the reports "
                  "print.");
    case Area::Goals:
        return tr("V2MOM goal sheets: vision, values, methods, obstacles and measures, cascading from "
                  "each manager to the team.");
    }
    return {};
}

QString iconPath(Area area)
{
    return QStringLiteral(":/icons/area-") + key(area) + QStringLiteral(".svg");
}

QString key(Area area)
{
    switch (area) {
    case Area::Pipeline:
        return QStringLiteral("pipeline");
    case Area::Behaviour:
        return QStringLiteral("behaviour");
    case Area::Strategy:
        return QStringLiteral("strategy");
    case Area::Accounts:
        return QStringLiteral("accounts");
    case Area::FunnelReview:
        return QStringLiteral("funnel");
    case Area::Charts:
        return QStringLiteral("charts");
    case Area::Goals:
        return QStringLiteral("goals");
    }
    return {};
}

std::optional<Area> fromKey(const QString& text)
{
    for (Area area : kAllAreas) {
        if (key(area) == text) {
            return area;
        }
    }
    return std::nullopt;
}

std::optional<Area> fromIndex(int index)
{
    if (index < 0 || index >= int(kAllAreas.size())) {
        return std::nullopt;
    }
    return kAllAreas[std::size_t(index)];
}

int indexOf(Area area)
{
    for (std::size_t i = 0; i < kAllAreas.size(); ++i) {
        if (kAllAreas[i] == area) {
            return int(i);
        }
    }
    return 0;
}

QKeySequence shortcut(Area area)
{
    return QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + indexOf(area))));
}

} // namespace AreaCatalog
