// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

// The local days a report covers, as the command line and the export dialog name them:
// an ISO week ("2026-W47"), a month ("2026-11"), a quarter ("2026-Q4") or a year ("2026").
struct ReportRange
{
    enum class Unit
    {
        Week,
        Month,
        Quarter,
        Year,
    };

    Unit unit = Unit::Week;
    QDate first;
    QDate last;

    static std::optional<ReportRange> parse(const QString& text);
    static ReportRange isoWeek(const QDate& day);
    static ReportRange quarter(const QDate& day);
    // The canonical text parse() reads back: "2026-W47", "2026-11", "2026-Q4", "2026".
    QString key() const;
    // For people: "Week 47, 2026 (16 Nov 2026 – 22 Nov 2026)".
    QString label(const QLocale& locale) const;
    int days() const { return int(first.daysTo(last)) + 1; }
    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
};
