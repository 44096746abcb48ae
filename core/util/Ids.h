// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <random>

// Row keys are UUID text without braces, so files from several reps merge by key.
namespace Ids {

QString newId();
// A version-4 UUID drawn from a seeded generator, for the deterministic demo generator.
QString seededId(std::mt19937_64& random);
bool isValid(const QString& id);

} // namespace Ids
