// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

enum class OwnerRole
{
    Rep,
    Manager,
};

// A person who owns deals: a rep, or a manager with reps under them.
struct Owner
{
    QString id;
    QString name;
    QString email;
    OwnerRole role = OwnerRole::Rep;
    QString managerId; // empty: reports to nobody in this workspace
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Owner&, const Owner&) = default;
};
