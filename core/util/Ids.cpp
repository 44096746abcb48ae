// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ids.h"

#include <QUuid>

namespace Ids {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString seededId(std::mt19937_64& random)
{
    const quint64 high = random();
    const quint64 low = random();
    QUuid uuid(static_cast<uint>(high >> 32),
               static_cast<ushort>(high >> 16),
               static_cast<ushort>((high & 0x0fff) | 0x4000),   // version 4
               static_cast<uchar>(((low >> 56) & 0x3f) | 0x80), // RFC 4122 variant
               static_cast<uchar>(low >> 48),
               static_cast<uchar>(low >> 40),
               static_cast<uchar>(low >> 32),
               static_cast<uchar>(low >> 24),
               static_cast<uchar>(low >> 16),
               static_cast<uchar>(low >> 8),
               static_cast<uchar>(low));
    return uuid.toString(QUuid::WithoutBraces);
}

bool isValid(const QString& id)
{
    return id.size() == 36 && !QUuid::fromString(id).isNull();
}

} // namespace Ids
