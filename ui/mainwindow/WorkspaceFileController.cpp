// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFileController.h"

#include "WorkspaceSession.h"

#include "core/storage/StorageError.h"
#include "core/storage/WorkspaceCompaction.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceBackups.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/backup/RestoreBackupDialog.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReportRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QProgressDialog>
#include <QTemporaryDir>

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
    , m_compaction(new ReportRunner(this))
{
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, [this](Workspace* workspace) {
        if (workspace) {
            connect(&workspace->events(), &WorkspaceEvents::damageFound, this, &WorkspaceFileController::onDamageFound);
            workspace->checkIntegrityInBackground();
        }
    });
}

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
    while (true) {
        try {
            BusyCursor busy;
            m_session.open(path, access);
            if (access == Database::Access::ReadWrite) {
                backUpOnOpen();
            }
            return true;
        } catch (const StorageError& error) {
            // Open in another window or program, or on a read-only medium: reading is safe.
            const bool readOnlyWorks =
                error.kind() == StorageError::Kind::Busy || error.kind() == StorageError::Kind::ReadOnly;
            if (access == Database::Access::ReadWrite && readOnlyWorks) {
                const auto answer = MessageBox::question(m_dialogParent,
                                                         tr("Open Read-Only?"),
                                                         error.message() + u'\n' + u'\n' +
                                                             tr("Open it read-only? You can look at everything but "
                                                                "not change it."),
                                                         QMessageBox::Yes | QMessageBox::Cancel,
                                                         QMessageBox::Yes);
                if (answer != QMessageBox::Yes) {
                    return false;
                }
                access = Database::Access::ReadOnly;
                continue;
            }
            if (error.kind() == StorageError::Kind::Damaged || error.kind() == StorageError::Kind::Unreadable) {
                return offerDamaged(path, error.message(), error.kind() == StorageError::Kind::Damaged);
            }
            if (error.kind() == StorageError::Kind::NotFound) {
                Settings::instance().removeRecentFile(path);
            }
            showError(tr("Cannot Open Workspace"), error.message());
            return false;
        }
    }
}

bool WorkspaceFileController::offerDamaged(const QString& path, const QString& message, bool viewable)
{
    const auto good = WorkspaceBackups::forWorkspace(path).latestGood();
    QString text = message + u'\n' + u'\n';
    QMessageBox::StandardButtons buttons = viewable ? QMessageBox::Open | QMessageBox::Cancel : QMessageBox::Cancel;
    if (good && viewable) {
        text += tr("The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy "
                   "beside the damaged file, or Open to look at the damaged file read-only.",
                   nullptr,
                   int(good->dealCount))
                    .arg(QLocale().toString(good->createdAt.toLocalTime(), QLocale::ShortFormat));
    } else if (good) {
        text += tr("The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy "
                   "beside the damaged file.",
                   nullptr,
                   int(good->dealCount))
                    .arg(QLocale().toString(good->createdAt.toLocalTime(), QLocale::ShortFormat));
    } else if (viewable) {
        text += tr("No backup of it was found. Choose Open to look at it read-only.");
    } else {
        text += tr("No backup of it was found in %1. If you have a copy elsewhere (a colleague, e-mail, a USB "
                   "stick), open that instead.")
                    .arg(QDir::toNativeSeparators(WorkspaceBackups::forWorkspace(path).folder()));
    }
    if (good) {
        buttons |= QMessageBox::Yes;
    }
    const auto answer = MessageBox::warning(m_dialogParent, tr("Workspace Damaged"), text, buttons);
    if (answer == QMessageBox::Yes && good) {
        return openBackupCopy(*good, path);
    }
    if (answer != QMessageBox::Open) {
        return false;
    }
    try {
        BusyCursor busy;
        m_session.adopt(Workspace::openDamaged(path, m_session.clock()));
        return true;
    } catch (const StorageError& error) {
        showError(tr("Cannot Open Workspace"), error.message());
        return false;
    }
}

bool WorkspaceFileController::openBackupCopy(const WorkspaceBackup& backup, const QString& workspacePath)
{
    const QFileInfo info(workspacePath);
    const QString stem =
        info.completeBaseName() +
        tr(" (backup %1)").arg(backup.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH.mm")));
    QString target = info.absoluteDir().filePath(stem + u'.' + kSuffix);
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = info.absoluteDir().filePath(stem + QStringLiteral(" %1.").arg(n) + kSuffix);
    }
    try {
        WorkspaceBackups::copyOut(backup, target);
    } catch (const StorageError& error) {
        showError(tr("Cannot Restore Backup"), error.message());
        return false;
    }
    return openPath(target);
}

void WorkspaceFileController::backUpOnOpen()
{
    QString why;
    if (m_session.workspace() && !WorkspaceBackups::backupOnOpenIfDue(*m_session.workspace(), &why) && !why.isEmpty()) {
        MessageBox::warning(m_dialogParent, tr("No Backup Today"), why);
    }
}

void WorkspaceFileController::onDamageFound(const QString& message)
{
    const Workspace* workspace = m_session.workspace();
    if (!workspace) {
        return;
    }
    const QString path = workspace->path();
    const auto good = WorkspaceBackups::forWorkspace(path).latestGood();
    QString text = message + u'\n' + u'\n';
    if (good) {
        text += tr("The latest good backup is from %1 and holds %n deal(s). Choose Yes to open it as a copy "
                   "beside the damaged file.",
                   nullptr,
                   int(good->dealCount))
                    .arg(QLocale().toString(good->createdAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        text += tr("No backup of it was found in %1. If you have a copy elsewhere (a colleague, e-mail, a USB "
                   "stick), open that instead.")
                    .arg(QDir::toNativeSeparators(WorkspaceBackups::forWorkspace(path).folder()));
    }
    const auto buttons = good ? QMessageBox::Yes | QMessageBox::Close : QMessageBox::StandardButtons(QMessageBox::Ok);
    const auto answer = MessageBox::warning(m_dialogParent, tr("Workspace Damaged"), text, buttons);
    if (answer == QMessageBox::Yes && good) {
        openBackupCopy(*good, path);
    }
}

void WorkspaceFileController::restoreFromBackup()
{
    Workspace* workspace = m_session.workspace();
    if (!workspace) {
        return;
    }
    const QString path = workspace->path();
    const WorkspaceBackups backups = WorkspaceBackups::forWorkspace(path);
    RestoreBackupDialog dialog(backups.list(), backups.folder(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedBackup()) {
        return;
    }
    const WorkspaceBackup chosen = *dialog.selectedBackup();
    if (dialog.choice() == RestoreBackupDialog::Choice::OpenCopy) {
        openBackupCopy(chosen, path);
        return;
    }
    if (workspace->isReadOnly()) {
        showError(tr("Cannot Restore Backup"),
                  tr("The workspace is open read-only and cannot be replaced. Open the backup as a copy instead."));
        return;
    }
    const auto answer = MessageBox::question(
        m_dialogParent,
        tr("Replace Workspace?"),
        tr("Replace %1 with the backup from %2? The workspace as it is now is backed up first, so you can go back.")
            .arg(QDir::toNativeSeparators(path),
                 QLocale().toString(chosen.createdAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        BusyCursor busy;
        // The chosen backup is staged first: backing up the current file rotates, and may
        // delete the oldest backup, which may be the chosen one.
        QTemporaryDir staging;
        WorkspaceBackup staged = chosen;
        staged.path = staging.filePath(QStringLiteral("restore.dealbench"));
        WorkspaceBackups::copyOut(chosen, staged.path);
        WorkspaceBackups::beforeRiskyChange(*workspace, QStringLiteral("restore"));
        m_session.close();
        WorkspaceBackups::replaceFile(staged, path);
    } catch (const StorageError& error) {
        showError(tr("Cannot Restore Backup"), error.message());
    }
    openPath(path);
}

void WorkspaceFileController::compactWorkspace()
{
    Workspace* workspace = m_session.workspace();
    if (!workspace) {
        return;
    }
    if (workspace->isReadOnly()) {
        showError(tr("Cannot Compact Workspace"), tr("The workspace is open read-only and cannot be compacted."));
        return;
    }
    const QString path = workspace->path();
    const auto answer = MessageBox::question(
        m_dialogParent,
        tr("Compact Workspace?"),
        tr("Compact %1? Dealbench closes the workspace, writes the file afresh without its unused space and "
           "opens it again; the data does not change. A large file takes about 20 seconds per gigabyte, and "
           "the undo history is cleared.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_session.close();
    // Busy, not a percentage: VACUUM reports no progress. It cannot be cancelled either, and
    // it completes or changes nothing.
    auto* progress =
        new QProgressDialog(tr("Compacting %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, m_dialogParent);
    progress->setObjectName(QStringLiteral("compactProgress"));
    progress->setWindowTitle(tr("Compact Workspace"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setMinimumWidth(360);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
    const auto finish = [this, progress, path](const QString& title, const QString& text, bool failed) {
        progress->close();
        openPath(path);
        if (failed) {
            showError(title, text);
        } else {
            MessageBox::information(m_dialogParent, title, text);
        }
    };
    m_compaction->run<WorkspaceCompaction::Result>(
        [path] { return WorkspaceCompaction::runOnFile(path); },
        [finish](const WorkspaceCompaction::Result& result) {
            const QLocale locale;
            finish(tr("Workspace Compacted"),
                   tr("The file took %1 and takes %2 now.")
                       .arg(locale.formattedDataSize(result.bytesBefore), locale.formattedDataSize(result.bytesAfter)),
                   false);
        },
        [finish](const QString& error) { finish(tr("Cannot Compact Workspace"), error, true); });
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
