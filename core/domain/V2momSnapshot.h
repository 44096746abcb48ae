// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "V2mom.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// A V2MOM sheet frozen for the mid-year refresh (DOMAIN.md §6): the whole sheet as it was and
// each measure's value at that moment, so the refresh can compare with today even after rows
// were reworded or removed.
struct V2momSnapshot
{
    QString id;
    QString sheetId;
    QDateTime takenAt;
    QString title;
    V2momSheet sheet;
    QHash<QString, double> measureValues; // by measure id; absent: no value then

    friend bool operator==(const V2momSnapshot&, const V2momSnapshot&) = default;
};
