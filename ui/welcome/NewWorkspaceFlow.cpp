// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewWorkspaceFlow.h"

#include "NewWorkspaceDialog.h"
#include "WorkspaceSetup.h"

#include "core/storage/StorageError.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("NewWorkspaceFlow", text);
}

bool removeWithCompanions(const QString& path)
{
    for (const QString& file : {QString(path + QStringLiteral("-wal")), QString(path + QStringLiteral("-shm")), path}) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            return false;
        }
    }
    return true;
}
} // namespace

namespace NewWorkspaceFlow {

std::unique_ptr<Workspace> run(QWidget* parent, const Clock& clock, const QString& openPath)
{
    Settings& settings = Settings::instance();
    NewWorkspaceDialog dialog(settings.value(Settings::Key::DefaultCurrency).toString(), parent);
    if (dialog.exec() != QDialog::Accepted) {
        return nullptr;
    }
    const NewWorkspaceDialog::Answers answers = dialog.answers();
    // The name becomes the file name, minus what file systems refuse.
    QString suggested = answers.name;
    suggested.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString path = FileDialog::saveFileName(parent,
                                                  tr("New Workspace"),
                                                  tr("Dealbench workspaces (*.dealbench)"),
                                                  QStringLiteral("dealbench"),
                                                  suggested + QStringLiteral(".dealbench"));
    if (path.isEmpty()) {
        return nullptr;
    }
    const QString native = QDir::toNativeSeparators(path);
    if (!openPath.isEmpty() && QFileInfo(openPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        MessageBox::critical(parent,
                             tr("Cannot Create Workspace"),
                             tr("%1 is the workspace that is open. Choose another file name.").arg(native));
        return nullptr;
    }
    if (!removeWithCompanions(path)) {
        MessageBox::critical(
            parent, tr("Cannot Create Workspace"), tr("%1 could not be replaced. Is it write-protected?").arg(native));
        return nullptr;
    }
    try {
        return WorkspaceSetup::create(path, answers, clock, settings);
    } catch (const StorageError& error) {
        MessageBox::critical(parent, tr("Cannot Create Workspace"), error.message());
        return nullptr;
    }
}

} // namespace NewWorkspaceFlow
