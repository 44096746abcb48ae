// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputRules.h"

#include <QCoreApplication>

namespace InputRules {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("InputRules", text);
}
} // namespace

QString checkText(const QString& text, const QString& field)
{
    if (text.size() > maxTextLength) {
        return tr("%1 is longer than %2 characters.").arg(field).arg(maxTextLength);
    }
    return {};
}

QString checkDate(const QDate& date, const QString& field)
{
    if (date.isNull()) {
        return {};
    }
    if (!date.isValid() || date.year() < earliestYear || date.year() > latestYear) {
        return tr("%1 must lie between the years %2 and %3.").arg(field).arg(earliestYear).arg(latestYear);
    }
    return {};
}

QString checkTime(const QDateTime& time, const QString& field)
{
    if (time.isNull()) {
        return {};
    }
    return time.isValid() ? checkDate(time.date(), field)
                          : tr("%1 must lie between the years %2 and %3.").arg(field).arg(earliestYear).arg(latestYear);
}

QString checkAmount(qint64 minor, const QString& field)
{
    if (minor < 0) {
        return tr("%1 cannot be negative.").arg(field);
    }
    if (minor > maxAmountMinor) {
        return tr("%1 is too large.").arg(field);
    }
    return {};
}

QString first(std::initializer_list<QString> problems)
{
    for (const QString& problem : problems) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

} // namespace InputRules
