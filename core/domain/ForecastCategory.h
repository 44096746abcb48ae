// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Salesforce-style forecast categories (DOMAIN.md §1).
enum class ForecastCategory
{
    Pipeline,
    BestCase,
    Commit,
    Closed,
    Omitted,
};

QString forecastCategoryKey(ForecastCategory category);
std::optional<ForecastCategory> forecastCategoryFromKey(const QString& key);
QString forecastCategoryDisplayName(ForecastCategory category);
