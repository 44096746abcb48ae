// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPeriod.h"

#include <QDate>
#include <QString>

#include <optional>

// A quota period: a calendar month or quarter, as local days [first, endExclusive).
struct ForecastPeriod
{
    enum class Kind
    {
        Month,
        Quarter,
    };

    Kind kind = Kind::Quarter;
    QDate first;

    static ForecastPeriod containing(const QDate& day, Kind kind);
    QDate endExclusive() const;
    QDate last() const { return endExclusive().addDays(-1); }
    ForecastPeriod next() const;
    ForecastPeriod previous() const;
    bool contains(const QDate& day) const { return day >= first && day < endExclusive(); }
    ReportPeriod span(const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
    // "2026-Q4", "2026-11": for keys and logs; the UI formats with QLocale.
    QString key() const;

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    friend bool operator==(const ForecastPeriod&, const ForecastPeriod&) = default;
};
