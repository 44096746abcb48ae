// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ForecastCategory.h"
#include "core/domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// Open deals by the month of their expected close date (summed in SQL, one currency per row).
struct OpenForecastRow
{
    QString ownerId;
    QString stageId;
    ForecastCategory category = ForecastCategory::Pipeline;
    QString currency;
    QDate month; // first day of the close month
    int deals = 0;
    qint64 amountMinor = 0;
};

// A deal won in a span (and still won).
struct WonDealRow
{
    QString ownerId;
    Money amount;
    qint64 wonMs = 0;
};

namespace ForecastQuery {

// Open deals of the pipeline expected to close in [first, endExclusive).
QList<OpenForecastRow>
openByCloseMonth(const Database& database, const QString& pipelineId, const QDate& first, const QDate& endExclusive);
QList<WonDealRow> won(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to);

} // namespace ForecastQuery
