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

} // namespace Timestamp
