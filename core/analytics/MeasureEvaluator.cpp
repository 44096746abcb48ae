// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureEvaluator.h"

#include "CurrencyConverter.h"
#include "ReportPeriod.h"
#include "ReportingLine.h"

#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/GoalMeasureQuery.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/workspace/Workspace.h"

#include <map>

namespace {
// Sums money in the base currency, each amount at the rate of its own day.
class BaseSum
{
public:
    BaseSum(const QString& base, const QList<ExchangeRate>& rates)
        : m_base(base)
        , m_rates(rates)
    {}

    void add(const Money& money, const QDate& day)
    {
        auto it = m_converters.find(day);
        if (it == m_converters.end()) {
            it = m_converters.emplace(day, CurrencyConverter(m_base, m_rates, day)).first;
        }
        if (const auto base = it->second.toBase(money)) {
            m_minor += *base;
            ++m_count;
        } else {
            m_unconverted.insert(money.currency);
        }
    }

    MeasureValue result() const
    {
        MeasureValue value;
        value.value = Money{m_minor, m_base}.majorUnits();
        value.samples = m_count;
        value.unconverted = m_unconverted;
        return value;
    }

private:
    const QString& m_base;
    const QList<ExchangeRate>& m_rates;
    std::map<QDate, CurrencyConverter> m_converters;
    qint64 m_minor = 0;
    int m_count = 0;
    QSet<QString> m_unconverted;
};

MeasureValue count(int n)
{
    MeasureValue value;
    value.value = n;
    value.samples = n;
    return value;
}
} // namespace

MeasureEvaluator::MeasureEvaluator(
    const Database& database, QString baseCurrency, QList<ExchangeRate> rates, QList<Owner> owners, QTimeZone zone)
    : m_database(database)
    , m_base(std::move(baseCurrency))
    , m_rates(std::move(rates))
    , m_owners(std::move(owners))
    , m_zone(std::move(zone))
{}

MeasureEvaluator MeasureEvaluator::of(Workspace& workspace, const QTimeZone& zone)
{
    return MeasureEvaluator(workspace.database(),
                            workspace.meta().baseCurrency(),
                            workspace.exchangeRates().rates(),
                            workspace.owners().owners(),
                            zone);
}

QStringList MeasureEvaluator::ownersFor(const QString& ownerId, MeasureScope scope) const
{
    return scope == MeasureScope::Team ? ReportingLine::team(m_owners, ownerId) : QStringList{ownerId};
}

MeasureValue MeasureEvaluator::bound(const MeasureBinding& binding,
                                     const QStringList& ownerIds,
                                     const QDate& first,
                                     const QDate& last) const
{
    if (!first.isValid() || !last.isValid() || last < first) {
        return {};
    }
    const ReportPeriod span = ReportPeriod::fromLocalDays(first, last, m_zone);
    const auto localDay = [this](const QDateTime& time) {
        return time.toTimeZone(m_zone).date();
    };
    switch (binding.kind) {
    case MeasureBindingKind::None:
        return {};
    case MeasureBindingKind::ClosedWonAmount: {
        BaseSum sum(m_base, m_rates);
        for (const auto& deal : GoalMeasureQuery::wonDeals(m_database, ownerIds, span.start, span.end)) {
            sum.add(deal.amount, localDay(deal.wonAt));
        }
        return sum.result();
    }
    case MeasureBindingKind::CollectionsReceived: {
        BaseSum sum(m_base, m_rates);
        for (const auto& payment : GoalMeasureQuery::receivedPayments(m_database, ownerIds, first, last)) {
            sum.add(payment.amount, payment.receivedOn);
        }
        return sum.result();
    }
    case MeasureBindingKind::NewPipelineCreated: {
        BaseSum sum(m_base, m_rates);
        for (const auto& deal : GoalMeasureQuery::createdDeals(m_database, ownerIds, span.start, span.end)) {
            sum.add(deal.amount, localDay(deal.createdAt));
        }
        return sum.result();
    }
    case MeasureBindingKind::WonDeals:
        return count(static_cast<int>(GoalMeasureQuery::wonDeals(m_database, ownerIds, span.start, span.end).size()));
    case MeasureBindingKind::WinRate: {
        const int won = static_cast<int>(GoalMeasureQuery::wonDeals(m_database, ownerIds, span.start, span.end).size());
        const int lost = GoalMeasureQuery::lostDeals(m_database, ownerIds, span.start, span.end);
        MeasureValue value;
        value.samples = won + lost;
        if (value.samples > 0) {
            value.value = 100.0 * won / value.samples;
        }
        return value;
    }
    case MeasureBindingKind::AverageCycleDays: {
        const auto won = GoalMeasureQuery::wonDeals(m_database, ownerIds, span.start, span.end);
        MeasureValue value;
        qint64 days = 0;
        for (const auto& deal : won) {
            days += localDay(deal.createdAt).daysTo(localDay(deal.wonAt));
        }
        value.samples = static_cast<int>(won.size());
        if (value.samples > 0) {
            value.value = static_cast<double>(days) / value.samples;
        }
        return value;
    }
    case MeasureBindingKind::InteractionsWithObjective:
        return count(GoalMeasureQuery::interactionsWithObjective(m_database, ownerIds, span.start, span.end));
    case MeasureBindingKind::DealsCreatedInSegment:
        return count(static_cast<int>(GoalMeasureQuery::createdDeals(
                                          m_database, ownerIds, span.start, span.end, binding.segment, binding.industry)
                                          .size()));
    case MeasureBindingKind::StrategicAccountsWithPlan:
        return count(GoalMeasureQuery::strategicAccountsWithPlan(m_database, ownerIds, span.end));
    }
    return {};
}

MeasureValue MeasureEvaluator::evaluate(const V2momSheet& sheet, const V2momMeasure& measure, const QDate& asOf) const
{
    if (measure.binding.isBound()) {
        return bound(measure.binding,
                     ownersFor(sheet.ownerId, measure.binding.scope),
                     sheet.periodStart(measure),
                     sheet.periodEnd(measure));
    }
    MeasureValue value;
    double sum = 0;
    const MeasureEntry* latest = nullptr;
    for (const MeasureEntry& entry : measure.entries) {
        if (!entry.date.isValid() || entry.date > asOf) {
            continue;
        }
        sum += entry.value;
        ++value.samples;
        if (!latest || entry.date >= latest->date) {
            latest = &entry; // on the same day, the later row counts
        }
    }
    if (measure.manualMode == ManualMode::Sum) {
        value.value = sum;
    } else if (latest) {
        value.value = latest->value;
    }
    return value;
}
