// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "core/storage/StorageError.h"

#include <QCoreApplication>

namespace DemoGenerator {

DemoResult generate(const QString& path, const DemoOptions& options, const std::function<bool(double)>& progress)
{
    Q_UNUSED(path)
    Q_UNUSED(options)
    Q_UNUSED(progress)
    throw StorageError(StorageError::Kind::QueryFailed, QStringLiteral("not yet written"));
}

} // namespace DemoGenerator
