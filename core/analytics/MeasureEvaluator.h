// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ExchangeRate.h"
#include "core/domain/MeasureBinding.h"
#include "core/domain/Owner.h"
#include "core/domain/V2mom.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class Database;
class Workspace;

// The value of a measure: live from the workspace for a bound one, from its entries otherwise.
struct MeasureValue
{
    std::optional<double> value; // none: nothing to compute from (no closed deal for a win rate ...)
    int samples = 0;             // deals, payments, interactions or entries behind the value
    QSet<QString> unconverted;   // currencies without an exchange rate, left out of a money total
    friend bool operator==(const MeasureValue&, const MeasureValue&) = default;
};

/**
 * Computes V2MOM measures (DOMAIN.md §6) from the store. A measure's period is local calendar
 * days in `zone` (first day 00:00 to the day after the last, half-open), so a deal won at
 * 23:30 local on the fiscal year's last day counts in that year whatever its UTC date. Money
 * is converted to the base currency with the rate valid on the local day it was won,
 * created or received (DOMAIN.md §7), and is returned in major units.
 * Read-only; safe on a worker's own connection.
 */
class MeasureEvaluator final
{
public:
    MeasureEvaluator(const Database& database,
                     QString baseCurrency,
                     QList<ExchangeRate> rates,
                     QList<Owner> owners,
                     QTimeZone zone = QTimeZone::systemTimeZone());
    static MeasureEvaluator of(Workspace& workspace, const QTimeZone& zone = QTimeZone::systemTimeZone());

    const QString& baseCurrency() const { return m_base; }
    const QList<Owner>& owners() const { return m_owners; }
    // Whose data a measure of `ownerId`'s sheet reads.
    QStringList ownersFor(const QString& ownerId, MeasureScope scope) const;
    // A binding over the owners and the local days first..last.
    MeasureValue
    bound(const MeasureBinding& binding, const QStringList& ownerIds, const QDate& first, const QDate& last) const;
    // A measure of a sheet; manual entries count when dated on or before `asOf`.
    MeasureValue evaluate(const V2momSheet& sheet, const V2momMeasure& measure, const QDate& asOf) const;

private:
    const Database& m_database;
    QString m_base;
    QList<ExchangeRate> m_rates;
    QList<Owner> m_owners;
    QTimeZone m_zone;
};
