// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowWaterfall.h"

#include "CurrencyConverter.h"
#include "StageIndex.h"

#include <QSet>

#include <algorithm>

namespace FlowWaterfall {

namespace {
// What the waterfall asks about each id of the table, answered once per id.
class Lookup final
{
public:
    Lookup(const DealEndsTable& table, const StageIndex& stages, const QSet<QString>& scope)
    {
        m_open.resize(table.texts.size());
        m_won.resize(table.texts.size());
        m_inScope.resize(table.texts.size());
        for (qsizetype i = 0; i < table.texts.size(); ++i) {
            const QString& text = table.texts.at(i);
            m_open[i] = stages.isOpen(text);
            m_won[i] = stages.isWon(text);
            m_inScope[i] = scope.isEmpty() || scope.contains(text);
        }
    }
    bool isOpen(const DealEnd& end) const { return end.exists && m_open.at(end.stage); }
    bool isOpenStage(qint32 stage) const { return m_open.at(stage); }
    bool isWon(qint32 stage) const { return m_won.at(stage); }
    bool inScope(qint32 owner) const { return m_inScope.at(owner); }

private:
    QList<bool> m_open;
    QList<bool> m_won;
    QList<bool> m_inScope;
};

// The rules of Waterfall.h for one deal, as WhatChanged applies them to the DealFlow
// DealFlowClassifier::classify gives (openDuring, created, inFunnel()).
void add(Waterfall& waterfall,
         const DealEnds& deal,
         const DealEndsTable& table,
         const Lookup& lookup,
         const CurrencyConverter& converter)
{
    const DealEnd& atStart = deal.atStart;
    const DealEnd& atEnd = deal.atEnd;
    const bool openAtStart = lookup.isOpen(atStart);
    const bool openAtEnd = lookup.isOpen(atEnd);
    const bool inStart = openAtStart && lookup.inScope(atStart.owner);
    const bool inEnd = openAtEnd && lookup.inScope(atEnd.owner);
    const bool closedAtEnd = atEnd.exists && !openAtEnd;
    const auto enteredOpen = [&] {
        return std::any_of(deal.enteredStages.cbegin(), deal.enteredStages.cend(), [&lookup](qint32 stage) {
            return lookup.isOpenStage(stage);
        });
    };
    const bool entersLater =
        !inStart && lookup.inScope(atEnd.owner) && (openAtStart || openAtEnd || deal.created || enteredOpen());
    if (!inStart && !entersLater) {
        return;
    }
    WaterfallDeal part;
    part.inStart = inStart;
    part.openAtStart = openAtStart;
    part.inEnd = inEnd;
    part.closedAtEnd = closedAtEnd;
    part.wonAtEnd = closedAtEnd && lookup.isWon(atEnd.stage);
    part.startCurrency = table.text(atStart.currency);
    part.endCurrency = table.text(atEnd.currency);
    part.endValue = converter.toBase(Money{atEnd.minor, part.endCurrency});
    part.startValue = inStart ? converter.toBase(Money{atStart.minor, part.startCurrency}) : part.endValue;
    waterfall.add(part);
}
} // namespace

Waterfall compute(const DealEndsTable& deals,
                  const StageIndex& stages,
                  const CurrencyConverter& converter,
                  const QStringList& ownerIds)
{
    Waterfall result;
    const Lookup lookup(deals, stages, QSet<QString>(ownerIds.cbegin(), ownerIds.cend()));
    for (const DealEnds& deal : deals.deals) {
        add(result, deal, deals, lookup, converter);
    }
    return result;
}

} // namespace FlowWaterfall
