// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

enum class LeadStatus
{
    Open,
    Converted,
    Disqualified,
};

QString leadStatusKey(LeadStatus status);
LeadStatus leadStatusFromKey(const QString& key);

// Lead sources of DOMAIN.md §7, stored by key.
QStringList leadSourceKeys();
QString leadSourceDisplayName(const QString& key);

struct Lead
{
    QString id;
    QString name;
    QString company;
    QString ownerId;
    QString accountId;
    QString source;
    LeadStatus status = LeadStatus::Open;
    QString convertedDealId;
    QDateTime convertedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Lead&, const Lead&) = default;
};
