// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The storage text forms: timestamps as UTC ISO-8601 with milliseconds
// ("2026-11-22T18:02:03.123Z", sorts as text), days as "2026-11-22".
namespace Timestamp {

QString toStorage(const QDateTime& time); // null time -> null QString (SQL NULL)
QDateTime fromStorage(const QString& text);
QString dateToStorage(const QDate& date);
QDate dateFromStorage(const QString& text);
// Milliseconds since the epoch, 0 for an empty text. Parses the storage form by hand (bulk
// analytics read hundreds of thousands of timestamps); other ISO forms go through QDateTime.
qint64 msecsFromStorage(QStringView text);
// Milliseconds since 1970-01-01 of a UTC civil time (H. Hinnant's days-from-civil, the inverse
// of toStorage's). Shared by the QString reader above and SqlCursor's raw UTF-8 one.
constexpr qint64
msecsFromCivil(qint64 year, qint64 month, qint64 day, qint64 hour, qint64 minute, qint64 second, qint64 millisecond)
{
    const qint64 y = month <= 2 ? year - 1 : year;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = era * 146097 + doe - 719468;
    return days * 86400000 + hour * 3600000 + minute * 60000 + second * 1000 + millisecond;
}

} // namespace Timestamp
