// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureEvaluator.h"
#include "MeasureProgress.h"

#include "core/domain/Owner.h"
#include "core/domain/V2mom.h"
#include "core/storage/V2momRepository.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class Workspace;

// A report's method as it appears in the cascade.
struct CascadeSupport
{
    QString ownerId;
    QString sheetId;
    V2momMethod method;
    int priority = 0; // 1 = the report's first method
};

// A method of the manager's sheet with the reports' methods that support it.
struct CascadeMethod
{
    V2momMethod method;
    int priority = 0;
    QList<CascadeSupport> supporters;
    bool unsupported() const { return supporters.isEmpty(); }
};

enum class UnlinkedReason
{
    NotLinked,     // aligned to nothing
    LinkRemoved,   // aligned to a method the manager removed (or that is missing from this file)
    LinkElsewhere, // aligned to a live method of another sheet (another year, a former manager)
};

struct CascadeUnlinked
{
    CascadeSupport support;
    UnlinkedReason reason = UnlinkedReason::NotLinked;
    QString linkedTitle; // the title of the method it points to, when known
};

// A bound measure of the manager's sheet, rolled up over the team: the team's live value
// against the manager's target, each report's share and the targets the reports set themselves.
struct CascadeRollUp
{
    struct Share
    {
        QString ownerId;
        MeasureValue value;           // over the report's own team, in the manager measure's period
        std::optional<double> target; // of the report's measure with the same binding, if any
        QString measureName;
    };

    V2momMeasure measure;
    MeasureValue teamValue; // over the manager's whole team, the manager's own data included
    MeasureProgress progress;
    QList<Share> reports;
    double reportTargets = 0; // sum of the reports' own targets (cumulative measures only)
    int reportsWithTarget = 0;
};

/**
 * The alignment view of DOMAIN.md §6 for one manager and fiscal year: the manager's methods
 * with the direct reports' methods linked under each, methods nobody supports, report
 * methods linked to nothing (or to a method that was removed), and roll-ups of the bound
 * measures. A manager without a sheet still gets a cascade: all report methods are unlinked.
 */
struct V2momCascade
{
    QString managerId;
    int fiscalYear = 0;
    std::optional<V2momSheet> managerSheet;
    QList<Owner> reports;            // direct reports, by name
    QList<V2momSheet> reportSheets;  // of the reports that have one, in report order
    QStringList reportsWithoutSheet; // owner ids
    QList<CascadeMethod> methods;    // the manager's, by priority
    QList<CascadeUnlinked> unlinked; // by report, then priority
    QList<CascadeRollUp> rollUps;    // the manager's bound measures, in sheet order

    // Pure: `linkTargets` resolves the parent links that are not methods of the manager's sheet.
    static V2momCascade build(const QString& managerId,
                              int fiscalYear,
                              const std::optional<V2momSheet>& managerSheet,
                              const QList<Owner>& reports,
                              const QList<V2momSheet>& reportSheets,
                              const QHash<QString, V2momRepository::MethodRef>& linkTargets);
    // Computes the roll-ups of the manager's bound measures (nothing without a manager sheet).
    void addRollUps(const MeasureEvaluator& evaluator, const QDate& today);
    // Reads the sheets from the workspace and builds the cascade with roll-ups.
    static V2momCascade load(Workspace& workspace,
                             const MeasureEvaluator& evaluator,
                             const QString& managerId,
                             int fiscalYear,
                             const QDate& today);

    int unsupportedCount() const;
};
