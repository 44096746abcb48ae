// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ForecastCategory.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Why a deal was lost (DOMAIN.md §1); Lost requires one.
enum class LostReason
{
    None,
    Price,
    Competitor,
    NoDecision,
    NoBudget,
    Timing,
    ProductFit,
    Other,
};

QString lostReasonKey(LostReason reason);
LostReason lostReasonFromKey(const QString& key);
QString lostReasonDisplayName(LostReason reason);

struct Deal
{
    QString id;
    QString name;
    QString accountId;
    QString ownerId;
    QString pipelineId;
    QString stageId;
    Money amount;
    QDate expectedCloseDate;
    ForecastCategory forecastCategory = ForecastCategory::Pipeline;
    QString source; // lead source key, see LeadSource.h
    LostReason lostReason = LostReason::None;
    QString lostNote;
    QString competitor; // the competitor that won, when lost
    QDateTime stageEnteredAt;
    QDateTime wonAt;
    QDateTime lostAt;
    QString externalId; // id in the CRM it was imported from
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Deal&, const Deal&) = default;
};
