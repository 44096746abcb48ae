// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ReportPeriod.h"
#include "core/domain/ForecastCategory.h"
#include "core/domain/Interaction.h"
#include "tests/support/TempWorkspace.h"

#include <QDateTime>
#include <QString>

// Writes hand-made deal histories for the funnel, review and merge tests: every change goes
// through the deal service at an explicit time on the workspace's MockClock, so rows and
// deal_events agree exactly as they do in the application.
struct FunnelReport;
struct FunnelRow;

class ReviewFixture
{
public:
    explicit ReviewFixture(TempWorkspace& workspace);

    static QDateTime utc(int month, int day, int hour = 12, int minute = 0, int year = 2026);
    // The week the funnel tests review: Monday 16 to Sunday 22 November 2026 (UTC days),
    // looked at on Sunday evening.
    static ReportPeriod reviewWeek();
    static QDateTime reviewNow();
    // The row of `dealId` in a funnel report, or nullptr.
    static const FunnelRow* funnelRow(const FunnelReport& report, const QString& dealId);

    QString owner(const QString& name);
    QString account(const QString& name);
    // A deal in the default pipeline at stage `stage` (index into DefaultPipeline::stageIds()).
    QString create(const QString& name,
                   const QDateTime& at,
                   int stage,
                   qint64 amountMinor,
                   const QString& ownerId = {},
                   const QDate& closeDate = QDate(2026, 12, 15),
                   const QString& currency = QStringLiteral("USD"));
    // Moves through DealService (won and lost fields set as the application sets them).
    void move(const QString& dealId, const QDateTime& at, int stage);
    void setAmount(const QString& dealId, const QDateTime& at, qint64 amountMinor);
    void setCloseDate(const QString& dealId, const QDateTime& at, const QDate& date);
    void setOwner(const QString& dealId, const QDateTime& at, const QString& ownerId);
    void setCategory(const QString& dealId, const QDateTime& at, ForecastCategory category);
    void interaction(const QString& dealId,
                     const QDateTime& at,
                     AppointmentState state = AppointmentState::Done,
                     const QString& ownerId = {});
    void remove(const QString& dealId, const QDateTime& at);
    // Adds an exchange rate: units of the base currency per unit of `currency`.
    void rate(const QString& currency, double rate, const QDate& validFrom = QDate(2020, 1, 1));

    static QString stageId(int index);

private:
    TempWorkspace& m_ws;
};
