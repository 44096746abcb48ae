// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Compact Workspace…: the file is written afresh and opened again, the data the same.
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "tests/support/CommandRun.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/FileCrafting.h"
#include "tests/support/MockClock.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReportRunner.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>

class TestCompactWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void compactsAndOpensAgain();
    void cancelLeavesTheWorkspaceOpen();
    void readOnlyIsRefused();
    void actionNeedsAWorkspace();
    void runsOnAWorkerWithABusyDialog();

private:
    // A workspace of `deals` deals, a quarter of them deleted, with at least 256 free pages.
    QString createWorkspace(int deals);
    QAction* compactAction() const;

    MockClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestCompactWorkspace::init()
{
    m_settings = Settings::createTemporary();
    Settings::overrideInstance(m_settings.get());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings->set(Settings::Key::BackupFolder, m_dir->filePath(QStringLiteral("backups")));
    ReportRunner::setSynchronous(true);
    m_window = std::make_unique<MainWindow>(m_clock);
}

void TestCompactWorkspace::cleanup()
{
    m_window.reset();
    ReportRunner::setSynchronous(false);
    MessageBox::setNonInteractive(false);
    MessageBox::clearLastText();
    m_dir.reset();
    Settings::overrideInstance(nullptr);
    m_settings.reset();
}

QString TestCompactWorkspace::createWorkspace(int deals)
{
    const QString path = m_dir->filePath(QStringLiteral("pipeline.dealbench"));
    {
        auto workspace = Workspace::create(path, {}, m_clock);
        for (int i = 0; i < deals; ++i) {
            const Deal deal =
                workspace->dealService().create(DealBuilder().name(QStringLiteral("Deal %1").arg(i)).build());
            if (i % 4 == 0) {
                workspace->dealService().remove(deal.id);
            }
        }
    }
    FileCrafting::leaveFreePages(path, 256); // checked by the tests through freelist_count
    return path;
}

QAction* TestCompactWorkspace::compactAction() const
{
    return m_window->findChild<QAction*>(QStringLiteral("actionCompact"));
}

void TestCompactWorkspace::compactsAndOpensAgain()
{
    const QString path = createWorkspace(40);
    QVERIFY(FileCrafting::rawScalar(path, QStringLiteral("PRAGMA freelist_count")).toInt() >= 256);
    const qint64 sizeBefore = QFileInfo(path).size();
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(compactAction()->isEnabled());
    // The question takes its default (Yes), and the closing message is recorded, not shown.
    MessageBox::setNonInteractive(true);
    compactAction()->trigger();
    QVERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->path(), path);
    QVERIFY(!m_window->workspace()->isReadOnly());
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("The file took ")), qPrintable(MessageBox::lastText()));
    // 40 deals, 10 of them deleted: 30 shown, the tombstones kept.
    QCOMPARE(m_window->workspace()->deals().count(), 30);
    m_window.reset();
    QCOMPARE(FileCrafting::rawScalar(path, QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
    QCOMPARE(FileCrafting::rawScalar(path, QStringLiteral("SELECT count(*) FROM deals WHERE deleted = 1")).toInt(), 10);
    QCOMPARE(FileCrafting::rawScalar(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY2(QFileInfo(path).size() <= sizeBefore - 256 * 4096,
             qPrintable(QStringLiteral("%1 -> %2").arg(sizeBefore).arg(QFileInfo(path).size())));
}

void TestCompactWorkspace::cancelLeavesTheWorkspaceOpen()
{
    const QString path = createWorkspace(8);
    QVERIFY(m_window->openWorkspace(path));
    Workspace* before = m_window->workspace();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    compactAction()->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("undo history is cleared")));
    QCOMPARE(m_window->workspace(), before); // not closed and opened again
    QVERIFY(FileCrafting::rawScalar(path, QStringLiteral("PRAGMA freelist_count")).toInt() >= 256);
}

void TestCompactWorkspace::readOnlyIsRefused()
{
    const QString path = createWorkspace(8);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray before = FileCrafting::sha256(path);
    MessageBox::setNextAnswer(QMessageBox::Yes); // "open it read-only?"
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(m_window->workspace()->isReadOnly());
    MessageBox::setNonInteractive(true);
    compactAction()->trigger();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("read-only")), qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->workspace());
    m_window.reset();
    QCOMPARE(FileCrafting::sha256(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestCompactWorkspace::actionNeedsAWorkspace()
{
    QVERIFY(compactAction());
    QVERIFY(!compactAction()->isEnabled());
    QVERIFY(m_window->openWorkspace(createWorkspace(1)));
    QVERIFY(compactAction()->isEnabled());
}

void TestCompactWorkspace::runsOnAWorkerWithABusyDialog()
{
    const QString path = createWorkspace(40);
    QVERIFY(m_window->openWorkspace(path));
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto* file = m_window->findChild<QMenu*>(QStringLiteral("menuFile"));
    QVERIFY(file);
    file->popup(m_window->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QDir().mkpath(QStringLiteral(DEALBENCH_SHOTS_DIR));
    file->grab().save(QStringLiteral(DEALBENCH_SHOTS_DIR "/compact-file-menu.png"));
    file->close();

    ReportRunner::setSynchronous(false);
    MessageBox::setNonInteractive(true);
    compactAction()->trigger();
    // The result comes back through the event loop: until then the window shows the dialog
    // and no workspace.
    auto* progress = m_window->findChild<QProgressDialog*>(QStringLiteral("compactProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QVERIFY(!m_window->workspace());
    progress->grab().save(QStringLiteral(DEALBENCH_SHOTS_DIR "/compact-progress.png"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace() != nullptr, 10000);
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("The file took ")), qPrintable(MessageBox::lastText()));
    QVERIFY(!m_window->findChild<QProgressDialog*>(QStringLiteral("compactProgress"))); // closed and deleted
    QCOMPARE(FileCrafting::rawScalar(path, QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
}

QTEST_MAIN(TestCompactWorkspace)
#include "TestCompactWorkspace.moc"
