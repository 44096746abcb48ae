// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastCategory.h"

#include <QCoreApplication>

QString forecastCategoryKey(ForecastCategory category)
{
    switch (category) {
    case ForecastCategory::Pipeline:
        return QStringLiteral("pipeline");
    case ForecastCategory::BestCase:
        return QStringLiteral("best_case");
    case ForecastCategory::Commit:
        return QStringLiteral("commit");
    case ForecastCategory::Closed:
        return QStringLiteral("closed");
    case ForecastCategory::Omitted:
        return QStringLiteral("omitted");
    }
    return {};
}

std::optional<ForecastCategory> forecastCategoryFromKey(const QString& key)
{
    for (auto c : {ForecastCategory::Pipeline,
                   ForecastCategory::BestCase,
                   ForecastCategory::Commit,
                   ForecastCategory::Closed,
                   ForecastCategory::Omitted}) {
        if (forecastCategoryKey(c) == key) {
            return c;
        }
    }
    return std::nullopt;
}

QString forecastCategoryDisplayName(ForecastCategory category)
{
    switch (category) {
    case ForecastCategory::Pipeline:
        return QCoreApplication::translate("ForecastCategory", "Pipeline");
    case ForecastCategory::BestCase:
        return QCoreApplication::translate("ForecastCategory", "Best case");
    case ForecastCategory::Commit:
        return QCoreApplication::translate("ForecastCategory", "Commit");
    case ForecastCategory::Closed:
        return QCoreApplication::translate("ForecastCategory", "Closed");
    case ForecastCategory::Omitted:
        return QCoreApplication::translate("ForecastCategory", "Omitted");
    }
    return {};
}
