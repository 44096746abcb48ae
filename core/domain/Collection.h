// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

#include <optional>

// A payment expected on a won deal and, once the cash arrived, what was received and when
// (回款, DOMAIN.md §1: B2B revenue counts when the cash arrives). Both amounts are in
// `currency`.
struct Collection
{
    QString id;
    QString dealId;
    QString currency;
    qint64 expectedMinor = 0;
    QDate expectedDate;
    std::optional<qint64> receivedMinor; // none: not received yet
    QDate receivedDate;
    QString note;

    bool isReceived() const { return receivedMinor.has_value() && receivedDate.isValid(); }
    friend bool operator==(const Collection&, const Collection&) = default;
};
