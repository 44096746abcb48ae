// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

class Database;

// Open deals per stage, owner and currency (one currency per row).
struct StageTotalRow
{
    QString ownerId;
    QString stageId;
    QString currency;
    int deals = 0;
    qint64 amountMinor = 0;
};

// A deal leaving a stage: when it had entered it (0 when the history does not say) and where
// it went.
struct StageExitRow
{
    QString fromStage;
    QString toStage;
    qint64 enteredMs = 0;
    qint64 exitedMs = 0;
};

// The stage changes of exits() counted per (from, to) pair.
struct StageMoveRow
{
    QString fromStage;
    QString toStage;
    int moves = 0;
};

// Closed deals that passed through a stage, by outcome.
struct StageVisitRow
{
    QString ownerId;
    QString stageId;
    bool won = false;
    int deals = 0;
};

// Reads of the stage history (deal_events) for the funnel, stage conversion and probability
// calibration charts. Non-deleted rows only; read-only.
namespace StageHistoryQuery {

QList<StageTotalRow> openTotals(const Database& database, const QString& pipelineId);
// Stage changes out of the pipeline's stages in [from, to), each with the time of the deal's
// previous stage (or created) event; only of deals owned now by `owners` (empty: every deal).
QList<StageExitRow> exits(const Database& database,
                          const QString& pipelineId,
                          const QSet<QString>& owners,
                          const QDateTime& from,
                          const QDateTime& to);
// The changes exits() gives, counted per (from, to): what the funnel needs, without reading each
// deal's history for the entry times.
QList<StageMoveRow> moves(const Database& database,
                          const QString& pipelineId,
                          const QSet<QString>& owners,
                          const QDateTime& from,
                          const QDateTime& to);
// Deals of the pipeline closed (won or lost, and still so) in [from, to), with every stage
// their history shows them in: each deal counts once per stage.
QList<StageVisitRow>
visitsOfClosed(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to);

} // namespace StageHistoryQuery
