// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momRefreshDiff.h"

#include "core/analytics/MeasureProgress.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace {
using Diff = V2momRefreshDiff;

// Compares two ordered lists of items by id. `textOf` gives what is reworded, `linkOf` what
// is relinked (may be empty).
template <typename Item>
void compareLists(QList<Diff::ItemChange>& out,
                  Diff::Part part,
                  const QList<Item>& before,
                  const QList<Item>& after,
                  const std::function<QString(const Item&)>& textOf,
                  const std::function<QString(const Item&)>& linkOf)
{
    QHash<QString, qsizetype> beforeAt;
    for (qsizetype i = 0; i < before.size(); ++i) {
        beforeAt.insert(before[i].id, i);
    }
    QHash<QString, qsizetype> afterAt;
    for (qsizetype i = 0; i < after.size(); ++i) {
        afterAt.insert(after[i].id, i);
    }
    // Position changes that only follow from additions or removals above are not moves:
    // compare ranks among the items present on both sides.
    QHash<QString, int> rankBefore;
    for (const Item& item : before) {
        if (afterAt.contains(item.id)) {
            rankBefore.insert(item.id, static_cast<int>(rankBefore.size()));
        }
    }
    int rankAfter = 0;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const Item& item = after[i];
        const auto found = beforeAt.constFind(item.id);
        Diff::ItemChange change{part, Diff::Change::Added, item.id, {}, textOf(item), -1, static_cast<int>(i + 1)};
        if (found == beforeAt.cend()) {
            out.append(change);
            continue;
        }
        const Item& old = before[*found];
        change.before = textOf(old);
        change.positionBefore = static_cast<int>(*found + 1);
        if (textOf(old) != textOf(item)) {
            change.change = Diff::Change::Reworded;
            out.append(change);
        }
        if (linkOf && linkOf(old) != linkOf(item)) {
            change.change = Diff::Change::Relinked;
            out.append(change);
        }
        if (rankBefore.value(item.id) != rankAfter) {
            change.change = Diff::Change::Moved;
            out.append(change);
        }
        ++rankAfter;
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!afterAt.contains(before[i].id)) {
            out.append(Diff::ItemChange{
                part, Diff::Change::Removed, before[i].id, textOf(before[i]), {}, static_cast<int>(i + 1), -1});
        }
    }
}

std::optional<double> valueIn(const QHash<QString, double>& values, const QString& id)
{
    const auto found = values.constFind(id);
    return found == values.cend() ? std::nullopt : std::optional<double>(*found);
}

bool lowerIsBetter(const V2momMeasure& measure)
{
    return measure.binding.isBound() && measure.binding.lowerIsBetter();
}
} // namespace

bool V2momRefreshDiff::isEmpty() const
{
    if (!items.isEmpty()) {
        return false;
    }
    for (const MeasureRow& row : measures) {
        if (row.added || row.removed || row.targetChanged() || row.dueChanged()) {
            return false;
        }
    }
    return true;
}

int V2momRefreshDiff::count(Part part) const
{
    int n = 0;
    for (const ItemChange& item : items) {
        n += item.part == part ? 1 : 0;
    }
    return n;
}

V2momRefreshDiff
V2momRefreshDiff::compute(const V2momSnapshot& snapshot, const V2momSheet& now, const QHash<QString, double>& valuesNow)
{
    V2momRefreshDiff diff;
    const V2momSheet& then = snapshot.sheet;
    if (then.vision != now.vision) {
        diff.items.append(ItemChange{Part::Vision, Change::Reworded, now.id, then.vision, now.vision, 1, 1});
    }
    compareLists<V2momValue>(
        diff.items, Part::Value, then.values, now.values, [](const V2momValue& v) { return v.text; }, {});
    compareLists<V2momMethod>(
        diff.items,
        Part::Method,
        then.methods,
        now.methods,
        [](const V2momMethod& m) {
            return m.description.isEmpty() ? m.title : m.title + QStringLiteral(" — ") + m.description;
        },
        [](const V2momMethod& m) { return m.parentMethodId; });
    compareLists<V2momObstacle>(
        diff.items,
        Part::Obstacle,
        then.obstacles,
        now.obstacles,
        [](const V2momObstacle& o) { return o.text; },
        [](const V2momObstacle& o) { return o.methodId; });
    compareLists<V2momMeasure>(
        diff.items,
        Part::Measure,
        then.measures,
        now.measures,
        [](const V2momMeasure& m) { return m.name; },
        [](const V2momMeasure& m) { return m.methodId; });

    QHash<QString, const V2momMeasure*> thenById;
    for (const V2momMeasure& measure : then.measures) {
        thenById.insert(measure.id, &measure);
    }
    for (const V2momMeasure& measure : now.measures) {
        MeasureRow row;
        row.id = measure.id;
        row.name = measure.name;
        row.unit = measure.unit;
        row.lowerIsBetter = lowerIsBetter(measure);
        row.targetAfter = measure.target;
        row.dueAfter = now.periodEnd(measure);
        row.valueNow = valueIn(valuesNow, measure.id);
        row.completionNow = MeasureProgress::completionOf(row.valueNow, measure.target, row.lowerIsBetter);
        if (const V2momMeasure* old = thenById.value(measure.id)) {
            row.targetBefore = old->target;
            row.dueBefore = then.periodEnd(*old);
            row.valueThen = valueIn(snapshot.measureValues, measure.id);
            row.completionThen = MeasureProgress::completionOf(row.valueThen, old->target, lowerIsBetter(*old));
        } else {
            row.added = true;
        }
        diff.measures.append(row);
    }
    for (const V2momMeasure& old : then.measures) {
        if (now.measureIndex(old.id) >= 0) {
            continue;
        }
        MeasureRow row;
        row.id = old.id;
        row.name = old.name;
        row.unit = old.unit;
        row.removed = true;
        row.lowerIsBetter = lowerIsBetter(old);
        row.targetBefore = old.target;
        row.dueBefore = then.periodEnd(old);
        row.valueThen = valueIn(snapshot.measureValues, old.id);
        row.completionThen = MeasureProgress::completionOf(row.valueThen, old.target, row.lowerIsBetter);
        diff.measures.append(row);
    }
    return diff;
}

QString refreshPartDisplayName(V2momRefreshDiff::Part part)
{
    switch (part) {
    case V2momRefreshDiff::Part::Vision:
        return QCoreApplication::translate("V2momRefreshDiff", "Vision");
    case V2momRefreshDiff::Part::Value:
        return QCoreApplication::translate("V2momRefreshDiff", "Value");
    case V2momRefreshDiff::Part::Method:
        return QCoreApplication::translate("V2momRefreshDiff", "Method");
    case V2momRefreshDiff::Part::Obstacle:
        return QCoreApplication::translate("V2momRefreshDiff", "Obstacle");
    case V2momRefreshDiff::Part::Measure:
        return QCoreApplication::translate("V2momRefreshDiff", "Measure");
    }
    return {};
}

QString refreshChangeDisplayName(V2momRefreshDiff::Change change)
{
    switch (change) {
    case V2momRefreshDiff::Change::Added:
        return QCoreApplication::translate("V2momRefreshDiff", "Added");
    case V2momRefreshDiff::Change::Removed:
        return QCoreApplication::translate("V2momRefreshDiff", "Removed");
    case V2momRefreshDiff::Change::Reworded:
        return QCoreApplication::translate("V2momRefreshDiff", "Reworded");
    case V2momRefreshDiff::Change::Moved:
        return QCoreApplication::translate("V2momRefreshDiff", "Priority changed");
    case V2momRefreshDiff::Change::Relinked:
        return QCoreApplication::translate("V2momRefreshDiff", "Link changed");
    }
    return {};
}
