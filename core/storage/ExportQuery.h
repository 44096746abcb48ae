// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// A flat table of text for export.
struct ExportTable
{
    QStringList header;
    QList<QStringList> rows;
};

// A dated item for a calendar: a planned interaction or an interaction's next step.
struct CalendarItem
{
    QString uid;
    QString summary;
    QString description;
    QDateTime start; // UTC; for a next step with only a day, midnight and allDay
    bool allDay = false;
    QString dealName;
    QString accountName;
};

struct ContactCard
{
    QString id;
    QString name;
    QString title;
    QString email;
    QString phone;
    QString accountName;
};

// The reads of the data export: non-deleted rows with names instead of ids.
namespace ExportQuery {

enum class Table
{
    Deals,
    Accounts,
    Contacts,
    Interactions,
};

ExportTable table(const Database& database, Table table);
// Planned and confirmed interactions, and next steps with a date, from `from` on.
QList<CalendarItem> calendar(const Database& database, const QDateTime& from);
// The people of a deal: contacts who took part in its interactions, then its account's.
QList<ContactCard> dealContacts(const Database& database, const QString& dealId);

} // namespace ExportQuery
