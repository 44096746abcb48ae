// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceBackup.h"

#include <QCoreApplication>

QString WorkspaceBackup::reasonText() const
{
    if (reason == QLatin1String("open")) {
        return QCoreApplication::translate("WorkspaceBackup", "Daily, on open");
    }
    if (reason == QLatin1String("migration")) {
        return QCoreApplication::translate("WorkspaceBackup", "Before upgrading the file");
    }
    if (reason == QLatin1String("merge")) {
        return QCoreApplication::translate("WorkspaceBackup", "Before merging team files");
    }
    if (reason == QLatin1String("import")) {
        return QCoreApplication::translate("WorkspaceBackup", "Before an import");
    }
    if (reason == QLatin1String("restore")) {
        return QCoreApplication::translate("WorkspaceBackup", "Before restoring a backup");
    }
    return reason;
}
