// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// A deal closed in a span and still closed, with what win/loss analysis groups it by.
struct ClosedDealRow
{
    QString dealId;
    QString ownerId;
    bool won = false;
    qint64 closedMs = 0;
    qint64 createdMs = 0;
    Money amount;
    QString source;
    QString lostReason; // LostReason key
    QString competitor; // the competitor that won, when lost
    QString segment;
    QString industry;
    QString sizeBand;
};

// When a deal was open: from its creation until it was won or lost (0: not closed).
struct DealSpanRow
{
    QString ownerId;
    Money amount;
    qint64 createdMs = 0;
    qint64 wonMs = 0;
    qint64 lostMs = 0;
};

// Payments (回款) on deals won in a span, per owner and currency (summed in SQL).
struct CollectionTotalRow
{
    QString ownerId;
    QString currency;
    int payments = 0; // collection rows, received or not
    qint64 receivedMinor = 0;
};

// A stakeholder who sells for us inside the account (Stakeholder::isChampion()).
struct ChampionFact
{
    QString role;     // StakeholderRole key
    QString orgLevel; // OrgLevel key
};

// What the strategy sheet of a won deal says about why it was won.
struct WonSheetFacts
{
    QString trigger; // the compelling event
    QString problem; // the organisational result the economic buyer (else anyone) needs
    QStringList competitors;
    QList<ChampionFact> champions;
};

namespace OutcomeQuery {

// Deals of the pipeline won or lost in [from, to), with their account's segment, industry and size.
QList<ClosedDealRow>
closedDeals(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to);
// Deals of the pipeline created before `to` and not closed before `from`.
QList<DealSpanRow>
dealSpans(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to);
// Collections of the pipeline's deals won in [from, to), received up to `receivedBefore`.
QList<CollectionTotalRow> collectionsOfWon(const Database& database,
                                           const QString& pipelineId,
                                           const QDateTime& from,
                                           const QDateTime& to,
                                           const QDate& receivedBefore);
// Strategy-sheet facts of the pipeline's deals won in [from, to), by deal id.
QHash<QString, WonSheetFacts>
wonSheetFacts(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to);

} // namespace OutcomeQuery
