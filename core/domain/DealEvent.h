// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One row of the append-only deal history. Values are stored as text: stage and owner
// ids, amounts in minor units, close dates as yyyy-MM-dd, forecast category keys.
enum class DealEventField
{
    Created, // new_value = the first stage id
    Stage,
    Amount,
    Currency,
    CloseDate,
    Owner,
    ForecastCategory,
};

QString dealEventFieldKey(DealEventField field);
DealEventField dealEventFieldFromKey(const QString& key);

struct DealEvent
{
    QString id;
    QString dealId;
    QDateTime occurredAt;
    DealEventField field = DealEventField::Created;
    QString oldValue; // null QString when there was no value
    QString newValue;

    friend bool operator==(const DealEvent&, const DealEvent&) = default;
};

// Made of Qt's implicitly shared types: lists of events grow by moving bytes.
Q_DECLARE_TYPEINFO(DealEvent, Q_RELOCATABLE_TYPE);
