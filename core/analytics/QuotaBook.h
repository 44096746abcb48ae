// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ForecastPeriod.h"

#include "core/domain/ReviewSnapshot.h"

#include <QList>
#include <QStringList>

#include <optional>

// Quotas per rep and month or quarter. A quarter without its own quota is the sum of the
// quotas of its months; a month without its own quota is a third of its quarter's (quotas
// are usually set per quarter and spread evenly).
class QuotaBook final
{
public:
    explicit QuotaBook(QList<Quota> quotas);

    std::optional<Money> quota(const QString& ownerId, const ForecastPeriod& period) const;
    // Owners with any quota row.
    QStringList owners() const;

private:
    const Quota* find(const QString& ownerId, ForecastPeriod::Kind kind, const QDate& start) const;

    QList<Quota> m_quotas;
};
