// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureRow.h"

#include "core/domain/V2mom.h"
#include "core/storage/V2momRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class MeasureEvaluator;
class Workspace;

// Everything the sheet editor shows: the sheet and what it is read against.
struct V2momSheetView
{
    V2momSheet sheet;
    QString ownerName;
    QString managerName;                              // empty: reports to nobody
    QList<V2momMethod> managerMethods;                // of the manager's sheet of the same year
    QHash<QString, V2momRepository::MethodRef> links; // what this sheet's method links point at
    QList<MeasureRow> measures;
    QString baseCurrency;
    QDate today;

    // Reads the people, the manager's sheet and the measure values for `sheet`.
    static V2momSheetView
    load(Workspace& workspace, const MeasureEvaluator& evaluator, const V2momSheet& sheet, const QDate& today);
    // Today's value of each measure that has one, by measure id.
    QHash<QString, double> valuesNow() const;
};
