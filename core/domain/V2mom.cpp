// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2mom.h"

#include "EnumKeys.h"

namespace {
constexpr std::array<std::pair<ManualMode, const char*>, 2> kManualModeKeys{{
    {ManualMode::Sum, "sum"},
    {ManualMode::Latest, "latest"},
}};

template <typename Item>
int indexOf(const QList<Item>& items, const QString& id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}
} // namespace

QString manualModeKey(ManualMode mode)
{
    return EnumKeys::keyOf(kManualModeKeys, mode);
}

ManualMode manualModeFromKey(const QString& key)
{
    return EnumKeys::valueOf(kManualModeKeys, key);
}

int V2momSheet::methodIndex(const QString& methodId) const
{
    return methodId.isEmpty() ? -1 : indexOf(methods, methodId);
}

int V2momSheet::measureIndex(const QString& measureId) const
{
    return measureId.isEmpty() ? -1 : indexOf(measures, measureId);
}

void V2momSheet::removeMethod(const QString& methodId)
{
    const int index = methodIndex(methodId);
    if (index < 0) {
        return;
    }
    methods.removeAt(index);
    for (V2momObstacle& obstacle : obstacles) {
        if (obstacle.methodId == methodId) {
            obstacle.methodId.clear();
        }
    }
    for (V2momMeasure& measure : measures) {
        if (measure.methodId == methodId) {
            measure.methodId.clear();
        }
    }
}

QDate V2momSheet::periodStart(const V2momMeasure& measure) const
{
    return measure.startDate.isValid() ? measure.startDate : fiscalYear.first();
}

QDate V2momSheet::periodEnd(const V2momMeasure& measure) const
{
    return measure.dueDate.isValid() ? measure.dueDate : fiscalYear.last();
}

bool V2momSheet::sameContent(const V2momSheet& other) const
{
    return id == other.id && ownerId == other.ownerId && fiscalYear == other.fiscalYear && vision == other.vision &&
           values == other.values && methods == other.methods && obstacles == other.obstacles &&
           measures == other.measures;
}
