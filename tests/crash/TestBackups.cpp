// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic backups (issue 10) and writes that fail: a full disk or an unwritable place
// gives a clear error and leaves the workspace as it was.
#include "core/exchange/DataExport.h"
#include "core/exchange/MergeJob.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportDocument.h"
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceBackups.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/FileCrafting.h"
#include "tests/support/TempWorkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace FileCrafting;

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createListAndRotate();
    void sameNameInAnotherFolderHasItsOwnBackups();
    void backupOnOpenAtMostOnceADay();
    void backupBeforeMigration();
    void backupBeforeMerge();
    void copyOutGivesAWorkingWorkspace();
    void replaceFilePutsTheBackupInPlace();
    void unwritableBackupFolderIsAClearError();
    void diskFullDuringBackupLeavesNoHalfCopy();
    void saveCopyToUnwritablePlaceFails();
    void exportOnFullDiskKeepsTheOldFile_data();
    void exportOnFullDiskKeepsTheOldFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QString backupRoot() const { return m_dir->filePath(QStringLiteral("backups")); }
};

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = Settings::createTemporary();
    Settings::overrideInstance(m_settings.get());
    m_settings->set(Settings::Key::BackupFolder, backupRoot());
    m_settings->set(Settings::Key::BackupKeep, 3);
}

void TestBackups::cleanup()
{
    Settings::overrideInstance(nullptr);
    m_settings.reset();
    m_dir.reset();
}

void TestBackups::createListAndRotate()
{
    TempWorkspace workspace;
    workspace->dealService().create(DealBuilder().build());
    workspace->dealService().create(DealBuilder().build());
    const QDateTime start(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);
    workspace.clock().set(start);
    for (int i = 0; i < 5; ++i) {
        WorkspaceBackups::beforeRiskyChange(*workspace, i % 2 ? QStringLiteral("merge") : QStringLiteral("import"));
        workspace.clock().advanceSeconds(60);
    }
    const WorkspaceBackups backups = WorkspaceBackups::forWorkspace(workspace.path());
    // <backup folder>/<name>-<first 8 hex digits of the SHA-1 of the file's absolute path>
    const QString path = QFileInfo(workspace.path()).absoluteFilePath();
    const QString key =
        QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    QCOMPARE(backups.folder(),
             QDir(backupRoot()).filePath(QFileInfo(workspace.path()).completeBaseName() + u'-' + key));
    const QList<WorkspaceBackup> list = backups.list();
    QCOMPARE(list.size(), 3); // kept: 3
    QCOMPARE(list.at(0).createdAt, start.addSecs(240));
    QCOMPARE(list.at(1).createdAt, start.addSecs(180));
    QCOMPARE(list.at(2).createdAt, start.addSecs(120));
    QCOMPARE(list.at(0).reason, QStringLiteral("import"));
    QCOMPARE(list.at(1).reason, QStringLiteral("merge"));
    QCOMPARE(list.at(0).dealCount, 2);
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files).size(), 3);
    // The copy is complete and sound, checked without our code.
    QCOMPARE(rawScalar(list.at(0).path, QStringLiteral("SELECT count(*) FROM deals")).toInt(), 2);
    QCOMPARE(rawScalar(list.at(0).path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestBackups::sameNameInAnotherFolderHasItsOwnBackups()
{
    QDir(m_dir->path()).mkpath(QStringLiteral("2025"));
    QDir(m_dir->path()).mkpath(QStringLiteral("2026"));
    const QString old = m_dir->filePath(QStringLiteral("2025/pipeline.dealbench"));
    const QString current = m_dir->filePath(QStringLiteral("2026/pipeline.dealbench"));
    for (const QString& path : {old, current}) {
        auto workspace = Workspace::create(path, {}, Clock::system());
        WorkspaceBackups::beforeRiskyChange(*workspace, QStringLiteral("import"));
    }
    const auto oldBackups = WorkspaceBackups::forWorkspace(old).list();
    const auto currentBackups = WorkspaceBackups::forWorkspace(current).list();
    QCOMPARE(oldBackups.size(), 1);
    QCOMPARE(currentBackups.size(), 1);
    QVERIFY(QFileInfo(oldBackups.first().path).absolutePath() != QFileInfo(currentBackups.first().path).absolutePath());
    // Still recognisable in the backup folder by the workspace's name.
    QVERIFY(QFileInfo(QFileInfo(oldBackups.first().path).absolutePath()).fileName().startsWith(u"pipeline-"));
}

void TestBackups::backupOnOpenAtMostOnceADay()
{
    TempWorkspace workspace;
    QVERIFY(WorkspaceBackups::backupOnOpenIfDue(*workspace));
    workspace.clock().advanceSeconds(23 * 3600);
    QVERIFY(!WorkspaceBackups::backupOnOpenIfDue(*workspace));
    workspace.clock().advanceSeconds(3600);
    QVERIFY(WorkspaceBackups::backupOnOpenIfDue(*workspace));
    const auto list = WorkspaceBackups::forWorkspace(workspace.path()).list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).reason, QStringLiteral("open"));
}

void TestBackups::backupBeforeMigration()
{
    const QString path = m_dir->filePath(QStringLiteral("old.dealbench"));
    QVERIFY(QFile::copy(QStringLiteral(DEALBENCH_FIXTURES_DIR "/schema_v1.dealbench"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const qint64 deals = rawScalar(path, QStringLiteral("SELECT count(*) FROM deals WHERE deleted = 0")).toLongLong();
    Workspace::open(path, Database::Access::ReadWrite, Clock::system()).reset();
    const auto list = WorkspaceBackups::forWorkspace(path).list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).reason, QStringLiteral("migration"));
    QCOMPARE(list.at(0).dealCount, deals);
    // The backup is of the file before the upgrade.
    QCOMPARE(rawScalar(list.at(0).path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void TestBackups::backupBeforeMerge()
{
    const QString team = m_dir->filePath(QStringLiteral("team.dealbench"));
    const QString rep = m_dir->filePath(QStringLiteral("rep.dealbench"));
    createWorkspace(team, 1);
    createWorkspace(rep, 2);
    MergeJob job(team, {rep}, Clock::system());
    job.run();
    const auto list = WorkspaceBackups::forWorkspace(team).list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).reason, QStringLiteral("merge"));
    QCOMPARE(list.at(0).dealCount, 1); // the team file as it was before the merge
}

void TestBackups::copyOutGivesAWorkingWorkspace()
{
    TempWorkspace workspace;
    workspace->dealService().create(DealBuilder().name(QStringLiteral("kept")).build());
    const WorkspaceBackup backup = WorkspaceBackups::beforeRiskyChange(*workspace, QStringLiteral("merge"));
    workspace->dealService().create(DealBuilder().name(QStringLiteral("after the backup")).build());
    const QString restored = m_dir->filePath(QStringLiteral("restored.dealbench"));
    WorkspaceBackups::copyOut(backup, restored);
    auto copy = Workspace::open(restored, Database::Access::ReadWrite, Clock::system());
    QCOMPARE(copy->deals().count(), 1);
    QVERIFY_THROWS_EXCEPTION(StorageError, WorkspaceBackups::copyOut(backup, restored)); // never overwrites
}

void TestBackups::replaceFilePutsTheBackupInPlace()
{
    TempWorkspace workspace;
    workspace->dealService().create(DealBuilder().name(QStringLiteral("kept")).build());
    const WorkspaceBackup backup = WorkspaceBackups::beforeRiskyChange(*workspace, QStringLiteral("merge"));
    workspace->dealService().create(DealBuilder().name(QStringLiteral("after the backup")).build());
    workspace.close();
    WorkspaceBackups::replaceFile(backup, workspace.path());
    QVERIFY(!QFileInfo::exists(workspace.path() + QStringLiteral(".restoring")));
    workspace.reopen();
    QCOMPARE(workspace->deals().count(), 1);
}

void TestBackups::unwritableBackupFolderIsAClearError()
{
    const QString blocker = m_dir->filePath(QStringLiteral("a file"));
    writeBytes(blocker, "not a folder");
    m_settings->set(Settings::Key::BackupFolder, blocker);
    TempWorkspace workspace;
    try {
        WorkspaceBackups::beforeRiskyChange(*workspace, QStringLiteral("merge"));
        QFAIL("a backup into a file must fail");
    } catch (const StorageError& error) {
        QVERIFY2(error.message().contains(blocker), qPrintable(error.message()));
    }
    QString why;
    QVERIFY(!WorkspaceBackups::backupOnOpenIfDue(*workspace, &why));
    QVERIFY(!why.isEmpty());
    workspace->dealService().create(DealBuilder().build()); // still works
    QCOMPARE(workspace->deals().count(), 1);
}

void TestBackups::diskFullDuringBackupLeavesNoHalfCopy()
{
    TempWorkspace workspace;
    for (int i = 0; i < 50; ++i) {
        workspace->dealService().create(DealBuilder().build());
    }
    WorkspaceBackups backups = WorkspaceBackups::forWorkspace(workspace.path());
    QVERIFY(QDir().mkpath(backups.folder()));
    // A file size limit makes every write past 16 KiB fail with EFBIG, as a full disk would.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    rlimit limited = saved;
    limited.rlim_cur = 16 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    bool failed = false;
    QString message;
    try {
        backups.create(workspace->database(), QStringLiteral("merge"), workspace.clock());
    } catch (const StorageError& error) {
        failed = true;
        message = error.message();
    }
    setrlimit(RLIMIT_FSIZE, &saved);
    QVERIFY(failed);
    QVERIFY2(message.contains(QLatin1String("disk full")), qPrintable(message));
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files), QStringList());
    workspace->dealService().create(DealBuilder().build());
    workspace.reopen();
    QCOMPARE(workspace->deals().count(), 51);
    QCOMPARE(rawScalar(workspace.path(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestBackups::saveCopyToUnwritablePlaceFails()
{
    TempWorkspace workspace;
    workspace->dealService().create(DealBuilder().build());
    const QString blocker = m_dir->filePath(QStringLiteral("plain file"));
    writeBytes(blocker, "x");
    QVERIFY_THROWS_EXCEPTION(StorageError, workspace->database().copyTo(blocker + QStringLiteral("/copy.dealbench")));
    workspace->dealService().create(DealBuilder().build());
    QCOMPARE(workspace->deals().count(), 2);
}

void TestBackups::exportOnFullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<bool>("report");
    QTest::newRow("data export (CSV, iCalendar, vCard)") << false;
    QTest::newRow("report tables as CSV") << true;
}

void TestBackups::exportOnFullDiskKeepsTheOldFile()
{
    QFETCH(bool, report);
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    writeBytes(path, "the export of last week\r\n");
    const QByteArray before = sha256(path);
    ReportTable table;
    table.key = QStringLiteral("deals");
    table.header = {QStringLiteral("Deal"), QStringLiteral("Note")};
    for (int i = 0; i < 2000; ++i) {
        table.rows.append({QStringLiteral("Deal %1").arg(i), QString(40, u'x')});
    }
    ReportDocument document;
    document.tables.append(table);

    // Writes past 16 KiB fail with EFBIG, as on a full disk; the export is ~100 KiB.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    rlimit limited = saved;
    limited.rlim_cur = 16 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString message;
    if (report) {
        const QStringList written = ReportCsv::write(document, path, true, &message);
        setrlimit(RLIMIT_FSIZE, &saved);
        QCOMPARE(written, QStringList());
    } else {
        message = DataExport::writeFile(path, ReportCsv::encode(table));
        setrlimit(RLIMIT_FSIZE, &saved);
    }
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)) || message.contains(path), qPrintable(message));
    QCOMPARE(sha256(path), before); // the last good export is still there, whole
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("export.csv*")}, QDir::Files),
             QStringList{QStringLiteral("export.csv")}); // no temporary file left behind
}

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"
