// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataExport.h"

#include "CsvWriter.h"

#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
QString majorUnits(qint64 minor, const QString& currency)
{
    const int digits = Money::minorDigits(currency);
    if (digits == 0) {
        return QString::number(minor);
    }
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i) {
        scale *= 10;
    }
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return (minor < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / scale) + u'.' +
           QString::number(magnitude % scale).rightJustified(digits, u'0');
}

// iCalendar text values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
QString icsText(const QString& value)
{
    QString text = value;
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u';', QStringLiteral("\\;"));
    text.replace(u',', QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(u'\n', QStringLiteral("\\n"));
    return text;
}

// Content lines longer than 75 octets are folded (RFC 5545 3.1), never inside a UTF-8 sequence.
QByteArray folded(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        const bool startsChar = (byte & 0xC0) != 0x80;
        if (startsChar && width >= 74) {
            out += "\r\n ";
            width = 1;
        }
        out += utf8[i];
        ++width;
    }
    return out + "\r\n";
}

QString icsTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}
} // namespace

namespace DataExport {

QByteArray csv(const Database& database, ExportQuery::Table table, bool bom)
{
    ExportTable data = ExportQuery::table(database, table);
    if (table == ExportQuery::Table::Deals) {
        const qsizetype amount = data.header.indexOf(QStringLiteral("amount_minor"));
        const qsizetype currency = data.header.indexOf(QStringLiteral("currency"));
        data.header[amount] = QStringLiteral("amount");
        for (QStringList& row : data.rows) {
            row[amount] = majorUnits(row.at(amount).toLongLong(), row.at(currency));
        }
    }
    return CsvWriter::document(data.header, data.rows, bom);
}

QByteArray calendar(const Database& database, const QDateTime& from, const QDateTime& now)
{
    QByteArray out = folded(QStringLiteral("BEGIN:VCALENDAR"));
    out += folded(QStringLiteral("VERSION:2.0"));
    out += folded(QStringLiteral("PRODID:-//Dealbench//Dealbench//EN"));
    out += folded(QStringLiteral("CALSCALE:GREGORIAN"));
    for (const CalendarItem& item : ExportQuery::calendar(database, from)) {
        out += folded(QStringLiteral("BEGIN:VEVENT"));
        out += folded(QStringLiteral("UID:") + item.uid);
        out += folded(QStringLiteral("DTSTAMP:") + icsTime(now));
        if (item.allDay) {
            out +=
                folded(QStringLiteral("DTSTART;VALUE=DATE:") + item.start.date().toString(QStringLiteral("yyyyMMdd")));
        } else {
            out += folded(QStringLiteral("DTSTART:") + icsTime(item.start));
            out += folded(QStringLiteral("DURATION:PT1H"));
        }
        QString summary = item.summary;
        if (!item.dealName.isEmpty()) {
            summary = QCoreApplication::translate("DataExport", "%1 – %2").arg(summary, item.dealName);
        }
        out += folded(QStringLiteral("SUMMARY:") + icsText(summary));
        QString description = item.description;
        if (!item.accountName.isEmpty()) {
            description += (description.isEmpty() ? QString() : QStringLiteral("\n")) +
                           QCoreApplication::translate("DataExport", "Account: %1").arg(item.accountName);
        }
        if (!description.isEmpty()) {
            out += folded(QStringLiteral("DESCRIPTION:") + icsText(description));
        }
        out += folded(QStringLiteral("END:VEVENT"));
    }
    out += folded(QStringLiteral("END:VCALENDAR"));
    return out;
}

QByteArray vcards(const Database& database, const QString& dealId)
{
    QByteArray out;
    for (const ContactCard& card : ExportQuery::dealContacts(database, dealId)) {
        out += folded(QStringLiteral("BEGIN:VCARD"));
        out += folded(QStringLiteral("VERSION:4.0"));
        out += folded(QStringLiteral("UID:urn:uuid:") + card.id);
        out += folded(QStringLiteral("FN:") + icsText(card.name));
        if (!card.accountName.isEmpty()) {
            out += folded(QStringLiteral("ORG:") + icsText(card.accountName));
        }
        if (!card.title.isEmpty()) {
            out += folded(QStringLiteral("TITLE:") + icsText(card.title));
        }
        if (!card.email.isEmpty()) {
            out += folded(QStringLiteral("EMAIL:") + card.email);
        }
        if (!card.phone.isEmpty()) {
            out += folded(QStringLiteral("TEL;VALUE=uri:tel:") + QString(card.phone).remove(u' '));
        }
        out += folded(QStringLiteral("END:VCARD"));
    }
    return out;
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return QCoreApplication::translate("DataExport", "%1 cannot be written: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace DataExport
