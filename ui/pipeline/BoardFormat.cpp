// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardFormat.h"

#include <QHash>
#include <QStringList>

#include <cmath>

namespace BoardFormat {

QString currencySymbol(const QString& currency, const QLocale& locale)
{
    if (currency == locale.currencySymbol(QLocale::CurrencyIsoCode)) {
        return locale.currencySymbol(QLocale::CurrencySymbol);
    }
    // Symbols that are unambiguous enough on a card; the rest stay ISO codes.
    static const QList<std::pair<QLatin1String, QString>> symbols = {
        {QLatin1String("USD"), QStringLiteral("$")},
        {QLatin1String("EUR"), QStringLiteral("\u20AC")},
        {QLatin1String("GBP"), QStringLiteral("\u00A3")},
        {QLatin1String("JPY"), QStringLiteral("\u00A5")},
        {QLatin1String("CNY"), QStringLiteral("CN\u00A5")},
        {QLatin1String("INR"), QStringLiteral("\u20B9")},
    };
    for (const auto& [code, symbol] : symbols) {
        if (currency == code) {
            return symbol;
        }
    }
    return currency + u' ';
}

QString money(const Money& value, const QLocale& locale)
{
    return locale.toCurrencyString(
        value.majorUnits(), currencySymbol(value.currency, locale), Money::minorDigits(value.currency));
}

QString wholeMoney(qint64 minor, const QString& currency, const QLocale& locale)
{
    const double major = static_cast<double>(minor) / std::pow(10.0, Money::minorDigits(currency));
    return locale.toCurrencyString(std::round(major), currencySymbol(currency, locale), 0);
}

namespace {
// The locale's short date format made shorter, remembered per locale: every card on screen
// asks for it on every paint.
QString shortDateFormat(const QLocale& locale, bool thisYear)
{
    static QHash<QString, QString> formats;
    const QString key = locale.name() + (thisYear ? u'+' : u'-');
    if (const auto found = formats.constFind(key); found != formats.cend()) {
        return *found;
    }
    // The locale's short format without the year when it is this year (e.g. "12 Dec", "Dec 12").
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (thisYear) {
        format.remove(QStringLiteral("yyyy")).remove(QStringLiteral("yy"));
        format = format.trimmed();
        while (!format.isEmpty() && !format.back().isLetter()) {
            format.chop(1);
        }
        while (!format.isEmpty() && !format.front().isLetter()) {
            format.remove(0, 1);
        }
    } else if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy")); // "Jan 18 2027", not "Jan 18 27"
    }
    format.replace(QStringLiteral("MM"), QStringLiteral("MMM"));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    if (!format.contains(QLatin1String("MMM"))) {
        format.replace(u'M', QStringLiteral("MMM"));
    }
    format.replace(u'/', u' ').replace(u'.', u' ').replace(u'-', u' ');
    format = format.simplified();
    formats.insert(key, format);
    return format;
}
} // namespace

QString shortDate(const QDate& date, const QDate& today, const QLocale& locale)
{
    if (!date.isValid()) {
        return {};
    }
    return locale.toString(date, shortDateFormat(locale, date.year() == today.year()));
}

QString initials(const QString& name)
{
    const QStringList parts = name.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return QStringLiteral("?");
    }
    const QString& first = parts.first();
    // One word of CJK script: the family name is the first character.
    if (parts.size() == 1) {
        return first.left(first.at(0).script() == QChar::Script_Han ? 1 : 2).toUpper();
    }
    return (first.left(1) + parts.last().left(1)).toUpper();
}

} // namespace BoardFormat
