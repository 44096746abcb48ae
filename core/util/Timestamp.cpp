// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Timestamp.h"

#include <QTimeZone>

#include <iterator>

namespace Timestamp {

QString toStorage(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    // Formatted by hand: QDateTime::toString() parses its format on every call, and bulk
    // loads write millions of timestamps. Same text as the format string below.
    const qint64 msecs = time.toMSecsSinceEpoch();
    const qint64 msecsPerDay = 86400000;
    const qint64 days = msecs >= 0 ? msecs / msecsPerDay : -((-msecs + msecsPerDay - 1) / msecsPerDay);
    const qint64 ofDay = msecs - days * msecsPerDay;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    char text[24];
    auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[at + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, ofDay / 3600000, 2);
    text[13] = ':';
    put(14, ofDay / 60000 % 60, 2);
    text[16] = ':';
    put(17, ofDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, ofDay % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QDateTime fromStorage(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    return time.toUTC();
}

qint64 msecsFromStorage(QStringView text)
{
    if (text.isEmpty()) {
        return 0;
    }
    // "yyyy-MM-ddTHH:mm:ss.zzzZ": digits at fixed places.
    static constexpr int kDigits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22};
    bool plain = text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':' &&
                 text[16] == u':' && text[19] == u'.' && text[23] == u'Z';
    for (int i = 0; plain && i < int(std::size(kDigits)); ++i) {
        const char16_t c = text[kDigits[i]].unicode();
        plain = c >= u'0' && c <= u'9';
    }
    if (!plain) {
        const QDateTime time = fromStorage(text.toString());
        return time.isValid() ? time.toMSecsSinceEpoch() : 0;
    }
    auto number = [text](int at, int width) {
        qint64 value = 0;
        for (int i = 0; i < width; ++i) {
            value = value * 10 + (text[at + i].unicode() - u'0');
        }
        return value;
    };
    return msecsFromCivil(
        number(0, 4), number(5, 2), number(8, 2), number(11, 2), number(14, 2), number(17, 2), number(20, 3));
}

QString dateToStorage(const QDate& date)
{
    if (!date.isValid()) {
        return {};
    }
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        return date.toString(Qt::ISODate);
    }
    // By hand for the same reason as toStorage(): bulk loads write millions of dates.
    const char text[10] = {char('0' + year / 1000),
                           char('0' + year / 100 % 10),
                           char('0' + year / 10 % 10),
                           char('0' + year % 10),
                           '-',
                           char('0' + month / 10),
                           char('0' + month % 10),
                           '-',
                           char('0' + day / 10),
                           char('0' + day % 10)};
    return QString::fromLatin1(text, 10);
}

QDate dateFromStorage(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace Timestamp
