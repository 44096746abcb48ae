// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of issue 10: a busy or damaged file, and File ▸ Restore from Backup….
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceBackups.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/FileCrafting.h"
#include "tests/support/MockClock.h"
#include "ui/backup/RestoreBackupDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/mainwindow/ActionRegistry.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using FileCrafting::sha256;

class TestRestoreBackup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fileOpenElsewhereOpensReadOnly();
    void damagedFileOffersTheLatestBackup();
    void damagedFileCanBeLookedAtReadOnly();
    void unreadableFileOffersOnlyTheBackup();
    void dialogListsBackups();
    void replaceWorkspaceWithBackup();

private:
    QString createWorkspace(const QString& name, int deals);
    // Damages a page of `object` (an index or table, or "sqlite_schema": the list of tables).
    void corrupt(const QString& path, const QString& object);

    MockClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestRestoreBackup::init()
{
    m_settings = Settings::createTemporary();
    Settings::overrideInstance(m_settings.get());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings->set(Settings::Key::BackupFolder, m_dir->filePath(QStringLiteral("backups")));
    m_window = std::make_unique<MainWindow>(m_clock);
}

void TestRestoreBackup::cleanup()
{
    m_window.reset();
    m_dir.reset();
    Settings::overrideInstance(nullptr);
    m_settings.reset();
    MessageBox::clearLastText();
}

QString TestRestoreBackup::createWorkspace(const QString& name, int deals)
{
    const QString path = m_dir->filePath(name);
    auto workspace = Workspace::create(path, {}, m_clock);
    for (int i = 0; i < deals; ++i) {
        workspace->dealService().create(DealBuilder().name(QStringLiteral("Deal %1").arg(i)).build());
    }
    return path;
}

void TestRestoreBackup::corrupt(const QString& path, const QString& object)
{
    const qint64 page = FileCrafting::leafPageOf(path, object);
    QVERIFY2(page > 1, qPrintable(object));
    FileCrafting::scribbleOverPage(path, page);
}

void TestRestoreBackup::fileOpenElsewhereOpensReadOnly()
{
    const QString path = createWorkspace(QStringLiteral("busy.dealbench"), 1);
    auto elsewhere = Workspace::open(path, Database::Access::ReadWrite, m_clock);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(m_window->workspace()->isReadOnly());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("another Dealbench window")),
             qPrintable(MessageBox::lastText()));
}

void TestRestoreBackup::damagedFileOffersTheLatestBackup()
{
    const QString path = createWorkspace(QStringLiteral("pipeline.dealbench"), 300);
    {
        auto workspace = Workspace::open(path, Database::Access::ReadWrite, m_clock);
        WorkspaceBackups::beforeRiskyChange(*workspace, QStringLiteral("merge"));
    }
    corrupt(path, QStringLiteral("deal_events_time_cover"));
    const QByteArray damaged = sha256(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("holds 300 deal")), qPrintable(MessageBox::lastText()));
    const QString opened = m_window->workspace()->path();
    QVERIFY2(opened != path && QFileInfo(opened).absolutePath() == QFileInfo(path).absolutePath(), qPrintable(opened));
    QVERIFY(QFileInfo(opened).fileName().startsWith(QLatin1String("pipeline (backup ")));
    QCOMPARE(m_window->workspace()->deals().count(), 300);
    QVERIFY(!m_window->workspace()->isReadOnly());
    QCOMPARE(sha256(path), damaged);
}

void TestRestoreBackup::damagedFileCanBeLookedAtReadOnly()
{
    const QString path = createWorkspace(QStringLiteral("lost.dealbench"), 300);
    corrupt(path, QStringLiteral("deal_events_time_cover"));
    const QByteArray damaged = sha256(path);
    MessageBox::setNextAnswer(QMessageBox::Open);
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("No backup")), qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->workspace()->isReadOnly());
    QVERIFY(m_window->workspace()->isDamaged());
    m_window.reset();
    QCOMPARE(sha256(path), damaged);
}

void TestRestoreBackup::unreadableFileOffersOnlyTheBackup()
{
    const QString path = createWorkspace(QStringLiteral("torn.dealbench"), 300);
    corrupt(path, QStringLiteral("sqlite_schema"));
    const QByteArray damaged = sha256(path);
    // Without a backup there is nothing to open: Open is not offered, the window stays empty.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->openWorkspace(path));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("list of its tables")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("No backup")), qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(QLatin1String("read-only")));
    QVERIFY(!m_window->workspace());
    QCOMPARE(sha256(path), damaged);

    // With a backup, Yes opens it as a copy.
    const QString saved = createWorkspace(QStringLiteral("saved.dealbench"), 12);
    {
        auto workspace = Workspace::open(saved, Database::Access::ReadWrite, m_clock);
        WorkspaceBackups::beforeRiskyChange(*workspace, QStringLiteral("merge"));
    }
    corrupt(saved, QStringLiteral("sqlite_schema"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->openWorkspace(saved));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("holds 12 deal")), qPrintable(MessageBox::lastText()));
    QVERIFY(QFileInfo(m_window->workspace()->path()).fileName().startsWith(QLatin1String("saved (backup ")));
    QCOMPARE(m_window->workspace()->deals().count(), 12);
}

void TestRestoreBackup::dialogListsBackups()
{
    const QString path = createWorkspace(QStringLiteral("listed.dealbench"), 2);
    {
        auto workspace = Workspace::open(path, Database::Access::ReadWrite, m_clock);
        WorkspaceBackups::beforeRiskyChange(*workspace, QStringLiteral("open"));
        workspace->dealService().create(DealBuilder().build());
        m_clock.advanceDays(1);
        WorkspaceBackups::beforeRiskyChange(*workspace, QStringLiteral("merge"));
    }
    const WorkspaceBackups backups = WorkspaceBackups::forWorkspace(path);
    RestoreBackupDialog dialog(backups.list(), backups.folder());
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("backupList"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Before merging team files"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Daily, on open"));
    QCOMPARE(dialog.selectedBackup()->dealCount, 3);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QDir().mkpath(QStringLiteral(DEALBENCH_SHOTS_DIR));
    dialog.grab().save(QStringLiteral(DEALBENCH_SHOTS_DIR "/restore-backup-dialog.png"));
}

void TestRestoreBackup::replaceWorkspaceWithBackup()
{
    const QString path = createWorkspace(QStringLiteral("replaced.dealbench"), 2);
    QVERIFY(m_window->openWorkspace(path)); // takes the daily backup: 2 deals
    m_window->workspace()->dealService().create(DealBuilder().name(QStringLiteral("later")).build());
    QCOMPARE(m_window->workspace()->deals().count(), 3);
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<RestoreBackupDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Replace Workspace?"
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("replaceButton")), Qt::LeftButton);
    });
    m_window->actions().restoreBackup()->trigger();
    QVERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_window->workspace()->deals().count(), 2);
    // The state before the restore was kept as a backup of its own.
    const auto list = WorkspaceBackups::forWorkspace(path).list();
    QCOMPARE(list.constFirst().reason, QStringLiteral("restore"));
    QCOMPARE(list.constFirst().dealCount, 3);
}

QTEST_MAIN(TestRestoreBackup)
#include "TestRestoreBackup.moc"
