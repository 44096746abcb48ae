// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportValues.h"

#include "core/domain/Money.h"

#include <QRegularExpression>

namespace {
struct Symbol
{
    const char16_t* text;
    const char* currency;
};

// Longest first, so "US$" is not read as "$".
const Symbol kSymbols[] = {
    {u"US$", "USD"},
    {u"CA$", "CAD"},
    {u"A$", "AUD"},
    {u"HK$", "HKD"},
    {u"S$", "SGD"},
    {u"R$", "BRL"},
    {u"CN¥", "CNY"},
    {u"RMB", "CNY"},
    {u"元", "CNY"},
    {u"$", "USD"},
    {u"€", "EUR"},
    {u"£", "GBP"},
    {u"¥", "CNY"},
    {u"￥", "CNY"},
    {u"₹", "INR"},
    {u"₩", "KRW"},
    {u"CHF", "CHF"},
    {u"kr", "SEK"},
};

bool isThousandsSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009' || c == u'\'' || c == u'’';
}

int fourDigitYear(int year)
{
    if (year >= 100) {
        return year;
    }
    return year < 70 ? 2000 + year : 1900 + year;
}

std::optional<QTime> parseTime(const QString& text)
{
    static const QRegularExpression time(
        QStringLiteral(R"(^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*([AaPp][Mm])?$)"));
    const auto match = time.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    int hour = match.captured(1).toInt();
    const QString meridiem = match.captured(5).toLower();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12) {
            return std::nullopt;
        }
        hour = (hour % 12) + (meridiem == QLatin1String("pm") ? 12 : 0);
    }
    const QString millis = match.captured(4);
    const QTime result(hour,
                       match.captured(2).toInt(),
                       match.captured(3).toInt(),
                       millis.isEmpty() ? 0 : millis.leftJustified(3, u'0').toInt());
    if (!result.isValid()) {
        return std::nullopt;
    }
    return result;
}

// Minor units from the digits before and after the decimal separator, rounded half away
// from zero at the currency's minor unit, in integers (no binary fractions).
std::optional<qint64> minorUnits(const QString& integerDigits, const QString& fractionDigits, const QString& currency)
{
    const int digits = Money::minorDigits(currency);
    const QString scaled = integerDigits + fractionDigits.left(digits).leftJustified(digits, u'0');
    const bool roundUp = fractionDigits.size() > digits && fractionDigits.at(digits) >= u'5';
    if (scaled.size() > 17) {
        return std::nullopt;
    }
    return (scaled.isEmpty() ? 0 : scaled.toLongLong()) + (roundUp ? 1 : 0);
}

// The form most exports use, "1234" or "1234.56", read without regular expressions: with
// no currency, sign or grouping it means what the general reading below makes of it.
std::optional<ImportValues::Amount>
parsePlainAmount(const QString& text, const QString& defaultCurrency, ImportValues::NumberStyle style)
{
    using ImportValues::NumberStyle;
    if (text.isEmpty() || style == NumberStyle::DecimalComma) {
        return std::nullopt;
    }
    qsizetype dot = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'.' && dot < 0) {
            dot = i;
        } else if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
    }
    // "1.234" groups thousands unless the style says the point is decimal.
    if (dot >= 0 && style != NumberStyle::DecimalPoint && text.size() - dot - 1 == 3) {
        return std::nullopt;
    }
    const QString integerDigits = dot < 0 ? text : text.left(dot);
    const QString fractionDigits = dot < 0 ? QString() : text.mid(dot + 1);
    if (integerDigits.isEmpty() && fractionDigits.isEmpty()) {
        return std::nullopt;
    }
    const auto minor = minorUnits(integerDigits, fractionDigits, defaultCurrency);
    if (!minor) {
        return std::nullopt;
    }
    ImportValues::Amount amount;
    amount.minor = *minor;
    return amount;
}

int digitsAt(const QString& text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// "2026-03-05", "2026-03-05 09:30" and "2026-03-05 09:30:15", the forms most exports use,
// read without regular expressions; anything else (or anything invalid) is left to the
// general reading, which has the last word.
std::optional<QDateTime> parsePlainDateTime(const QString& text)
{
    const qsizetype size = text.size();
    if ((size != 10 && size != 16 && size != 19) || text.at(4) != u'-' || text.at(7) != u'-') {
        return std::nullopt;
    }
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    if (!date.isValid() || date.year() < 1000) {
        return std::nullopt;
    }
    if (size == 10) {
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (text.at(10) != u' ' || text.at(13) != u':' || (size == 19 && text.at(16) != u':')) {
        return std::nullopt;
    }
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = size == 19 ? digitsAt(text, 17, 2) : 0;
    if (hour < 0 || minute < 0 || second < 0) {
        return std::nullopt;
    }
    const QTime time(hour, minute, second);
    if (!time.isValid()) {
        return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

namespace ImportValues {

std::optional<Amount> parseAmount(const QString& text, const QString& defaultCurrency, NumberStyle style)
{
    QString rest = text.trimmed();
    if (rest.isEmpty()) {
        return std::nullopt;
    }
    if (auto plain = parsePlainAmount(rest, defaultCurrency, style)) {
        return plain;
    }
    Amount amount;
    bool negative = false;
    if (rest.startsWith(u'(') && rest.endsWith(u')')) {
        negative = true;
        rest = rest.mid(1, rest.size() - 2).trimmed();
    }
    // Currency: an ISO code or a symbol before or after the number.
    static const QRegularExpression isoCode(QStringLiteral(R"(^([A-Z]{3})\s*|\s*([A-Z]{3})$)"));
    if (const auto match = isoCode.match(rest); match.hasMatch()) {
        amount.currency = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        rest.remove(match.capturedStart(), match.capturedLength());
    }
    for (const Symbol& symbol : kSymbols) {
        const QString sign = QString::fromUtf16(symbol.text);
        if (rest.startsWith(sign) || rest.endsWith(sign) || rest.startsWith(u'-' + sign)) {
            if (amount.currency.isEmpty()) {
                // "$" and "¥" stand for several currencies: the workspace's own wins when it uses the sign.
                const QString code = QString::fromLatin1(symbol.currency);
                const bool dollar = sign == u"$" && defaultCurrency.endsWith(QLatin1String("D"));
                const bool yen = (sign == u"¥" || sign == u"￥") && defaultCurrency == QLatin1String("JPY");
                amount.currency = (dollar || yen) ? defaultCurrency : code;
            }
            if (rest.startsWith(u'-' + sign)) {
                rest = u'-' + rest.mid(sign.size() + 1);
            } else if (rest.startsWith(sign)) {
                rest = rest.mid(sign.size());
            } else {
                rest.chop(sign.size());
            }
            break;
        }
    }
    rest = rest.trimmed();
    if (rest.startsWith(u'-') || rest.startsWith(u'−')) {
        negative = !negative;
        rest = rest.mid(1).trimmed();
    } else if (rest.startsWith(u'+')) {
        rest = rest.mid(1).trimmed();
    }
    if (rest.isEmpty()) {
        return std::nullopt;
    }
    // Find the decimal separator.
    const qsizetype lastDot = rest.lastIndexOf(u'.');
    const qsizetype lastComma = rest.lastIndexOf(u',');
    qsizetype decimal = -1;
    if (style == NumberStyle::DecimalPoint) {
        decimal = lastDot;
    } else if (style == NumberStyle::DecimalComma) {
        decimal = lastComma;
    } else if (lastDot >= 0 && lastComma >= 0) {
        decimal = std::max(lastDot, lastComma);
    } else {
        const qsizetype only = std::max(lastDot, lastComma);
        if (only >= 0) {
            const QChar sep = rest.at(only);
            const bool repeated = rest.indexOf(sep) != only;
            const qsizetype digitsAfter = rest.size() - only - 1;
            // "1,234" and "1.234.567" group thousands; "12,5" and "0.45" have decimals.
            decimal = (repeated || digitsAfter == 3) ? -1 : only;
        }
    }
    QString integerDigits;
    QString fractionDigits;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (i == decimal) {
            continue;
        }
        if (c.isDigit()) {
            (decimal >= 0 && i > decimal ? fractionDigits : integerDigits).append(QChar(u'0' + c.digitValue()));
        } else if (c == u'.' || c == u',' || isThousandsSpace(c)) {
            if (decimal >= 0 && i > decimal) {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
    }
    if (integerDigits.isEmpty() && fractionDigits.isEmpty()) {
        return std::nullopt;
    }
    const auto minor =
        minorUnits(integerDigits, fractionDigits, amount.currency.isEmpty() ? defaultCurrency : amount.currency);
    if (!minor) {
        return std::nullopt;
    }
    amount.minor = negative ? -*minor : *minor;
    return amount;
}

std::optional<QDateTime> parseDateTime(const QString& text, DateOrder order)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    if (auto plain = parsePlainDateTime(trimmed)) {
        return plain;
    }
    // ISO forms with a zone or 'T' go through Qt.
    if (trimmed.size() > 10 && trimmed.at(4) == u'-' && (trimmed.at(10) == u'T' || trimmed.endsWith(u'Z'))) {
        QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (iso.isValid()) {
            if (iso.timeSpec() == Qt::LocalTime) {
                iso.setTimeSpec(Qt::UTC);
            }
            return iso.toUTC();
        }
    }
    static const QRegularExpression chinese(
        QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(.*)$)"));
    static const QRegularExpression yearFirst(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(.*))?$)"));
    static const QRegularExpression yearLast(
        QStringLiteral(R"(^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})(?:[ T,]+(.*))?$)"));
    int year = 0;
    int month = 0;
    int day = 0;
    QString timeText;
    if (auto match = chinese.match(trimmed); match.hasMatch()) {
        year = match.captured(1).toInt();
        month = match.captured(2).toInt();
        day = match.captured(3).toInt();
        timeText = match.captured(4);
    } else if (match = yearFirst.match(trimmed); match.hasMatch()) {
        year = match.captured(1).toInt();
        month = match.captured(2).toInt();
        day = match.captured(3).toInt();
        timeText = match.captured(4);
    } else if (match = yearLast.match(trimmed); match.hasMatch()) {
        const int first = match.captured(1).toInt();
        const int second = match.captured(3).toInt();
        const QString separator = match.captured(2);
        year = fourDigitYear(match.captured(4).toInt());
        timeText = match.captured(5);
        bool dayFirst = order == DateOrder::DayFirst;
        if (order == DateOrder::Auto) {
            // "05.03.2026" and "05-03-2026" are European; slashes follow the values.
            dayFirst = separator != QLatin1String("/") || (first > 12 && second <= 12);
        }
        day = dayFirst ? first : second;
        month = dayFirst ? second : first;
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return std::nullopt;
    }
    QTime time(0, 0);
    timeText = timeText.trimmed();
    if (!timeText.isEmpty()) {
        const auto parsed = parseTime(timeText);
        if (!parsed) {
            return std::nullopt;
        }
        time = *parsed;
    }
    return QDateTime(date, time, Qt::UTC);
}

std::optional<QDate> parseDate(const QString& text, DateOrder order)
{
    const auto time = parseDateTime(text, order);
    if (!time) {
        return std::nullopt;
    }
    return time->date();
}

DateOrder detectDateOrder(const QStringList& samples, DateOrder fallback)
{
    static const QRegularExpression yearLast(QStringLiteral(R"(^\s*(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4})"));
    for (const QString& sample : samples) {
        const auto match = yearLast.match(sample);
        if (!match.hasMatch()) {
            continue;
        }
        if (match.captured(1).toInt() > 12) {
            return DateOrder::DayFirst;
        }
        if (match.captured(2).toInt() > 12) {
            return DateOrder::MonthFirst;
        }
    }
    return fallback;
}

std::optional<int> parseProbability(const QString& text, ProbabilityScale scale)
{
    QString value = text.trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    bool percentSign = false;
    if (value.endsWith(u'%')) {
        percentSign = true;
        value.chop(1);
    }
    value.replace(u',', u'.');
    bool ok = false;
    double number = value.trimmed().toDouble(&ok);
    if (!ok) {
        return std::nullopt;
    }
    if (!percentSign && scale == ProbabilityScale::Fraction) {
        number *= 100.0;
    }
    const int percent = static_cast<int>(std::lround(number));
    if (percent < 0 || percent > 100) {
        return std::nullopt;
    }
    return percent;
}

ProbabilityScale detectProbabilityScale(const QStringList& samples)
{
    bool sawFraction = false;
    for (const QString& sample : samples) {
        QString value = sample.trimmed();
        if (value.isEmpty()) {
            continue;
        }
        if (value.endsWith(u'%')) {
            return ProbabilityScale::Percent;
        }
        value.replace(u',', u'.');
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok && number > 1.0) {
            return ProbabilityScale::Percent;
        }
        sawFraction = sawFraction || (ok && value.contains(u'.') && number > 0);
    }
    return sawFraction ? ProbabilityScale::Fraction : ProbabilityScale::Percent;
}

std::optional<bool> parseBool(const QString& text)
{
    const QString value = text.trimmed().toCaseFolded();
    static const QStringList yes = {QStringLiteral("true"),
                                    QStringLiteral("1"),
                                    QStringLiteral("yes"),
                                    QStringLiteral("y"),
                                    QStringLiteral("x"),
                                    QStringLiteral("是")};
    static const QStringList no = {QStringLiteral("false"),
                                   QStringLiteral("0"),
                                   QStringLiteral("no"),
                                   QStringLiteral("n"),
                                   QStringLiteral(""),
                                   QStringLiteral("否")};
    if (yes.contains(value)) {
        return true;
    }
    if (no.contains(value)) {
        return false;
    }
    return std::nullopt;
}

} // namespace ImportValues
