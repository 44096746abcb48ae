// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// A customer organisation.
struct Account
{
    QString id;
    QString name;
    QString industry;
    QString sizeBand; // e.g. "SMB", "Mid-market", "Enterprise"
    std::optional<int> employees;
    QString region;
    QString segment;
    QString ownerId;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Account&, const Account&) = default;
};
