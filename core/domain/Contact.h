// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Level in the customer's organisation; the strategy sheet warns when every contact
// of a deal sits on one level (single-threaded).
enum class OrgLevel
{
    Unknown,
    Executive,
    Senior,
    Middle,
    Staff,
};

QString orgLevelKey(OrgLevel level);
OrgLevel orgLevelFromKey(const QString& key);

struct Contact
{
    QString id;
    QString accountId;
    QString name;
    QString title;
    OrgLevel orgLevel = OrgLevel::Unknown;
    QString email;
    QString phone;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Contact&, const Contact&) = default;
};
