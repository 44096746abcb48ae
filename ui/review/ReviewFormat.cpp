// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewFormat.h"

#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace ReviewFormat {

double majorUnits(qint64 minor, const QString& currency)
{
    return Money{minor, currency}.majorUnits();
}

QString spacedCurrency(QString text, const QString& currency)
{
    const qsizetype at = currency.isEmpty() ? -1 : text.indexOf(currency);
    if (at < 0) {
        return text;
    }
    const qsizetype after = at + currency.size();
    if (after < text.size()) {
        if (!text.at(after).isSpace()) {
            text.insert(after, QChar::Nbsp);
        }
    } else if (at > 0 && !text.at(at - 1).isSpace()) {
        text.insert(at, QChar::Nbsp);
    }
    return text;
}

QString money(qint64 minor, const QString& currency, bool withMinorUnit)
{
    return spacedCurrency(QLocale().toCurrencyString(
                              majorUnits(minor, currency), currency, withMinorUnit ? Money::minorDigits(currency) : 0),
                          currency);
}

QString money(const std::optional<qint64>& minor, const QString& currency)
{
    return minor ? money(*minor, currency) : QCoreApplication::translate("ReviewFormat", "—");
}

QString amount(const std::optional<qint64>& minor, const QString& currency)
{
    if (!minor) {
        return QCoreApplication::translate("ReviewFormat", "—");
    }
    return QLocale().toString(majorUnits(*minor, currency), 'f', 0);
}

QString moneyChange(qint64 minor, const QString& currency)
{
    const QString amount = money(minor < 0 ? -minor : minor, currency);
    return minor < 0 ? QStringLiteral("−") + amount : QStringLiteral("+") + amount;
}

QString percent(const std::optional<double>& share)
{
    if (!share) {
        return QCoreApplication::translate("ReviewFormat", "—");
    }
    return QCoreApplication::translate("ReviewFormat", "%1 %").arg(QLocale().toString(*share * 100.0, 'f', 0));
}

QString multiple(const std::optional<double>& value)
{
    if (!value) {
        return QCoreApplication::translate("ReviewFormat", "—");
    }
    return QCoreApplication::translate("ReviewFormat", "%1×").arg(QLocale().toString(*value, 'f', 1));
}

QString date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString dateTime(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return QString();
    }
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss")); // some locales' short form still carries seconds
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + locale.toString(local.time(), time);
}

QString days(int days)
{
    return days < 0 ? QString() : QLocale().toString(days);
}

} // namespace ReviewFormat
