// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One of our products or services: a column of every account's whitespace grid (DOMAIN.md §5).
struct Product
{
    QString id;
    QString name;

    friend bool operator==(const Product&, const Product&) = default;
};
