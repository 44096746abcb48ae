// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Timestamp.h"

#include <QTimeZone>

namespace Timestamp {

QString toStorage(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
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

QString dateToStorage(const QDate& date)
{
    if (!date.isValid()) {
        return {};
    }
    return date.toString(Qt::ISODate);
}

QDate dateFromStorage(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace Timestamp
