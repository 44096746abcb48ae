// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Leads created in a span per owner and source, and what became of them (summed in SQL).
struct LeadSourceRow
{
    QString ownerId;
    QString source;
    int leads = 0;
    int converted = 0; // became an opportunity (a deal)
    int won = 0;       // ... whose deal is won now
    int lost = 0;      // ... whose deal is lost now
};

// A converted lead: when it came in and when it became a deal.
struct LeadConversionRow
{
    QString ownerId;
    QString source;
    qint64 createdMs = 0;
    qint64 convertedMs = 0;
};

// Reads for the lead-source chart and the leads lever of the performance formula. Leads come
// before pipelines, so these are not filtered by pipeline.
namespace LeadFunnelQuery {

QList<LeadSourceRow> sourceTotals(const Database& database, const QDateTime& from, const QDateTime& to);
QList<LeadConversionRow> conversions(const Database& database, const QDateTime& from, const QDateTime& to);

} // namespace LeadFunnelQuery
