// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFileController.h"

#include "WorkspaceSession.h"

#include "core/storage/StorageError.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

namespace {
const QString kSuffix = QStringLiteral("dealbench");

QString workspaceFilter()
{
    return WorkspaceFileController::tr("Dealbench workspaces (*.dealbench);;All files (*)");
}

QString canonical(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// A file the user marked read-only (or cannot write) is offered read-only instead of
// failing: opening for writing would migrate it and switch it to WAL.
bool isWriteProtected(const QString& path)
{
    const QFileInfo info(path);
    return !info.isWritable() || !info.permission(QFileDevice::WriteOwner) ||
           !QFileInfo(info.absolutePath()).isWritable();
}

// Deletes a file with its SQLite companions; the save dialog has asked about overwriting.
bool removeWithCompanions(const QString& path)
{
    for (const QString& companion : {QString(path + QStringLiteral("-wal")), QString(path + QStringLiteral("-shm"))}) {
        if (QFileInfo::exists(companion) && !QFile::remove(companion)) {
            return false;
        }
    }
    return !QFileInfo::exists(path) || QFile::remove(path);
}

class BusyCursor final
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};
} // namespace

WorkspaceFileController::WorkspaceFileController(WorkspaceSession& session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{}

bool WorkspaceFileController::openPath(const QString& path)
{
    if (isOpen(path)) {
        return true;
    }
    Database::Access access = Database::Access::ReadWrite;
    if (QFileInfo(path).isFile() && isWriteProtected(path)) {
        const auto answer = MessageBox::question(
            m_dialogParent,
            tr("Open Read-Only?"),
            tr("%1 is write-protected. Open it read-only? You can look at everything but not change it.")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            return false;
        }
        access = Database::Access::ReadOnly;
    }
    try {
        BusyCursor busy;
        m_session.open(path, access);
        return true;
    } catch (const StorageError& error) {
        if (error.kind() == StorageError::Kind::NotFound) {
            Settings::instance().removeRecentFile(path);
        }
        showError(tr("Cannot Open Workspace"), error.message());
        return false;
    }
}

void WorkspaceFileController::newWorkspace()
{
    const QString path = FileDialog::saveFileName(
        m_dialogParent, tr("New Workspace"), workspaceFilter(), kSuffix, tr("My pipeline.dealbench"));
    if (path.isEmpty()) {
        return;
    }
    if (isOpen(path)) {
        showError(
            tr("Cannot Create Workspace"),
            tr("%1 is the workspace that is open. Choose another file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!removeWithCompanions(path)) {
        showError(tr("Cannot Create Workspace"),
                  tr("%1 could not be replaced. Is it write-protected?").arg(QDir::toNativeSeparators(path)));
        return;
    }
    try {
        m_session.create(path);
    } catch (const StorageError& error) {
        showError(tr("Cannot Create Workspace"), error.message());
    }
}

void WorkspaceFileController::openWorkspace()
{
    const QString path = FileDialog::openFileName(m_dialogParent, tr("Open Workspace"), workspaceFilter());
    if (!path.isEmpty()) {
        openPath(path);
    }
}

void WorkspaceFileController::saveCopyAs()
{
    Workspace* workspace = m_session.workspace();
    if (!workspace) {
        return;
    }
    const QString suggested = QFileInfo(workspace->path()).completeBaseName() + tr(" (copy)") + u'.' + kSuffix;
    const QString path =
        FileDialog::saveFileName(m_dialogParent, tr("Save a Copy As"), workspaceFilter(), kSuffix, suggested);
    if (path.isEmpty()) {
        return;
    }
    if (isOpen(path)) {
        showError(tr("Cannot Save a Copy"), tr("A copy cannot replace the workspace that is open."));
        return;
    }
    if (!removeWithCompanions(path)) {
        showError(tr("Cannot Save a Copy"),
                  tr("%1 could not be replaced. Is it write-protected?").arg(QDir::toNativeSeparators(path)));
        return;
    }
    try {
        BusyCursor busy;
        workspace->database().copyTo(path);
    } catch (const StorageError& error) {
        showError(tr("Cannot Save a Copy"), error.message());
    }
}

void WorkspaceFileController::closeWorkspace()
{
    m_session.close();
}

bool WorkspaceFileController::isOpen(const QString& path) const
{
    return m_session.workspace() && canonical(m_session.workspace()->path()) == canonical(path);
}

void WorkspaceFileController::showError(const QString& title, const QString& message)
{
    MessageBox::critical(m_dialogParent, title, message);
}
