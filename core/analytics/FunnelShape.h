// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// "Where is the team weak": the count of open deals per stage against a steadily narrowing
// funnel (DOMAIN.md §4). A bulge in the middle (a "pregnant funnel") means deals are not
// advanced or closed; a thin top means prospecting is short.
struct FunnelShape
{
    Q_DECLARE_TR_FUNCTIONS(FunnelShape)
public:
    struct StageCount
    {
        QString stageId;
        QString name;
        int count = 0;
        double share = 0;    // of all open deals
        double expected = 0; // share in the reference funnel
    };

    enum class Finding
    {
        TooFewDeals,
        Healthy,
        Bulge,
        ThinTop,
    };

    QList<StageCount> stages;
    QList<Finding> findings;
    QStringList sentences; // the diagnosis in words, translated, one per finding

    // The reference: each stage holds this share of the one before it.
    static constexpr double kNarrowing = 0.8;
    // A stage bulges when it holds at least this many times its expected share and at least
    // kBulgeMargin more of all open deals; the top is thin below kThinTop of its share.
    static constexpr double kBulgeFactor = 1.5;
    static constexpr double kBulgeMargin = 0.08;
    static constexpr double kThinTop = 0.5;
    static constexpr int kMinimumDeals = 10;

    // `stages` in pipeline order with their counts (names for the sentences).
    static FunnelShape diagnose(const QList<StageCount>& stages);
};
