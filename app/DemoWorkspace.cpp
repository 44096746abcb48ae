// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkspace.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
constexpr int kDemoDeals = 300;

void removeWithCompanions(const QString& path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path);
}

// A demo file without deals is what a failed generation left behind: worth generating again.
bool needsGenerating(const QString& path, const Clock& clock)
{
    if (!QFileInfo::exists(path)) {
        return true;
    }
    try {
        auto workspace = Workspace::open(path, Database::Access::ReadWrite, clock);
        return workspace->deals().count() == 0;
    } catch (const StorageError&) {
        return false; // opening it again will tell the user what is wrong
    }
}
} // namespace

namespace DemoWorkspace {

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.dealbench");
}

void ensure(const QString& path, const Clock& clock)
{
    if (!needsGenerating(path, clock)) {
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    removeWithCompanions(path);
    DemoOptions options;
    options.deals = kDemoDeals;
    options.today = QDate::currentDate();
    try {
        DemoGenerator::generate(path, options);
        return;
    } catch (const StorageError& error) {
        qWarning().noquote() << QCoreApplication::translate("DemoWorkspace",
                                                            "The demo workspace could not be generated: %1")
                                    .arg(error.message());
    }
    removeWithCompanions(path);
    try {
        Workspace::create(path, {QCoreApplication::translate("DemoWorkspace", "Demo"), QStringLiteral("USD")}, clock);
    } catch (const StorageError& error) {
        qWarning().noquote() << error.message();
    }
}

} // namespace DemoWorkspace
