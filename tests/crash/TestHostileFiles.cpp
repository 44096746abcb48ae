// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files from elsewhere (issue 10): not SQLite, truncated, encrypted, newer, foreign, with
// objects we never create, damaged, write-protected, or open in another window or process.
// Each is refused or opened read-only with a clear message, and never changed.
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/FileCrafting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace FileCrafting;

namespace {
QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes) {
        byte = char(random.bounded(256));
    }
    return bytes;
}

// What opening `path` for writing threw, or -1 when it opened.
int refusalKind(const QString& path, Database::Access access, QString* message = nullptr)
{
    try {
        Workspace::open(path, access, Clock::system()).reset();
        return -1;
    } catch (const StorageError& error) {
        if (message) {
            *message = error.message();
        }
        return int(error.kind());
    }
}

qint64 dealCount(Workspace& workspace)
{
    return workspace.deals().count();
}
} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT
private slots:
    void refusedUntouched_data();
    void refusedUntouched();
    void damagedFileOpensOnlyReadOnly();
    void damagedTableListIsUnreadable();
    void oversizedValuesAreRefusedByTheEngine();
    void writeProtectedFileOpensReadOnly();
    void fileInReadOnlyFolderOpensReadOnly();
    void secondWorkspaceObjectGetsReadOnly();
    void secondProcessGetsReadOnly();

private:
    QTemporaryDir m_dir;
};

void TestHostileFiles::refusedUntouched_data()
{
    QTest::addColumn<QString>("craft");
    QTest::addColumn<int>("kind");
    using Kind = StorageError::Kind;
    QTest::newRow("text file") << "text" << int(Kind::NotADatabase);
    QTest::newRow("random bytes") << "random" << int(Kind::NotADatabase);
    QTest::newRow("encrypted (SQLite header, random pages)") << "encrypted" << int(Kind::NotADatabase);
    // Cut short, its schema page cannot be read either: refused as not a workspace.
    QTest::newRow("truncated workspace") << "truncated" << int(Kind::NotADatabase);
    QTest::newRow("newer schema") << "newer" << int(Kind::NewerSchema);
    QTest::newRow("other program's SQLite") << "foreign" << int(Kind::NotAWorkspace);
    QTest::newRow("workspace with a trigger") << "trigger" << int(Kind::Foreign);
    QTest::newRow("workspace with a view") << "view" << int(Kind::Foreign);
    QTest::newRow("workspace with a virtual table") << "virtual" << int(Kind::Foreign);
}

void TestHostileFiles::refusedUntouched()
{
    QFETCH(QString, craft);
    QFETCH(int, kind);
    const QString path = m_dir.filePath(craft + QStringLiteral(".dealbench"));
    if (craft == QLatin1String("text")) {
        writeBytes(path, "name,amount\nAcme,100\n");
    } else if (craft == QLatin1String("random")) {
        writeBytes(path, randomBytes(16384, 1));
    } else if (craft == QLatin1String("encrypted")) {
        writeBytes(path, QByteArray("SQLite format 3", 16) + randomBytes(16384 - 16, 2));
    } else if (craft == QLatin1String("foreign")) {
        QVERIFY(rawExec(path, QStringLiteral("CREATE TABLE notes (text TEXT)")));
    } else {
        createWorkspace(path, 300);
        if (craft == QLatin1String("truncated")) {
            QFile file(path);
            QVERIFY(file.resize(file.size() * 2 / 5));
        } else if (craft == QLatin1String("newer")) {
            QVERIFY(rawExec(path, QStringLiteral("PRAGMA user_version = 999")));
        } else if (craft == QLatin1String("trigger")) {
            QVERIFY(rawExec(path,
                            QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON deals BEGIN DELETE FROM deals; END")));
        } else if (craft == QLatin1String("view")) {
            QVERIFY(rawExec(path, QStringLiteral("CREATE VIEW everything AS SELECT * FROM deals")));
        } else if (craft == QLatin1String("virtual")) {
            if (!rawExec(path, QStringLiteral("CREATE VIRTUAL TABLE search USING rtree(id, x0, x1)")) &&
                !rawExec(path, QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(text)"))) {
                QSKIP("this SQLite has neither rtree nor fts5");
            }
        }
    }
    const QByteArray before = sha256(path);
    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        QString message;
        QCOMPARE(refusalKind(path, access, &message), kind);
        QVERIFY2(message.contains(path) || message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    }
    QCOMPARE(sha256(path), before);
    QVERIFY(!QFileInfo::exists(Workspace::lockFilePath(path)));
}

void TestHostileFiles::damagedFileOpensOnlyReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.dealbench"));
    createWorkspace(path, 400);
    // An index page: the tables the window reads at open stay readable.
    const qint64 page = leafPageOf(path, QStringLiteral("deal_events_time_cover"));
    QVERIFY(page > 1);
    scribbleOverPage(path, page);
    const QByteArray before = sha256(path);
    QString message;
    QCOMPARE(refusalKind(path, Database::Access::ReadWrite, &message), int(StorageError::Kind::Damaged));
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    QCOMPARE(refusalKind(path, Database::Access::ReadOnly), int(StorageError::Kind::Damaged));
    {
        auto workspace = Workspace::openDamaged(path, Clock::system());
        QVERIFY(workspace->isReadOnly());
        QVERIFY(workspace->isDamaged());
        QVERIFY_THROWS_EXCEPTION(StorageError, workspace->dealService().create(DealBuilder().build()));
    }
    QCOMPARE(sha256(path), before);
}

void TestHostileFiles::damagedTableListIsUnreadable()
{
    const QString path = m_dir.filePath(QStringLiteral("torn.dealbench"));
    createWorkspace(path, 400);
    const qint64 page = leafPageOf(path, QStringLiteral("sqlite_schema"));
    QVERIFY(page > 1);
    scribbleOverPage(path, page);
    const QByteArray before = sha256(path);
    QString message;
    QCOMPARE(refusalKind(path, Database::Access::ReadWrite, &message), int(StorageError::Kind::Unreadable));
    QVERIFY2(message.contains(QLatin1String("list of its tables")), qPrintable(message));
    QCOMPARE(refusalKind(path, Database::Access::ReadOnly), int(StorageError::Kind::Unreadable));
    QVERIFY_THROWS_EXCEPTION(StorageError, Workspace::openDamaged(path, Clock::system()));
    QCOMPARE(sha256(path), before);
}

void TestHostileFiles::oversizedValuesAreRefusedByTheEngine()
{
    const QString path = m_dir.filePath(QStringLiteral("big.dealbench"));
    auto workspace = Workspace::create(path, {}, Clock::system());
    const QString huge(Database::maximumValueLength / 2 + 16, u'x'); // UTF-8: 1 byte each... twice over
    Deal deal = DealBuilder().build();
    deal.lostNote = huge + huge;
    QVERIFY_THROWS_EXCEPTION(StorageError, workspace->dealService().create(deal));
    QCOMPARE(dealCount(*workspace), 0);
}

void TestHostileFiles::writeProtectedFileOpensReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("protected.dealbench"));
    createWorkspace(path, 3);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256(path);
    QCOMPARE(refusalKind(path, Database::Access::ReadWrite), int(StorageError::Kind::ReadOnly));
    {
        auto workspace = Workspace::open(path, Database::Access::ReadOnly, Clock::system());
        QCOMPARE(dealCount(*workspace), 3);
    }
    QCOMPARE(sha256(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestHostileFiles::fileInReadOnlyFolderOpensReadOnly()
{
    const QString folder = m_dir.filePath(QStringLiteral("medium"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("on medium.dealbench"));
    createWorkspace(path, 2);
    const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(folder, readOnly));
    const QByteArray before = sha256(path);
    QCOMPARE(refusalKind(path, Database::Access::ReadWrite), int(StorageError::Kind::ReadOnly));
    {
        auto workspace = Workspace::open(path, Database::Access::ReadOnly, Clock::system());
        QCOMPARE(dealCount(*workspace), 2);
    }
    // Opened immutable: SQLite made no -shm or -wal beside it.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("on medium.dealbench")});
    QCOMPARE(sha256(path), before);
    QFile::setPermissions(folder, readOnly | QFile::WriteOwner);
}

void TestHostileFiles::secondWorkspaceObjectGetsReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.dealbench"));
    createWorkspace(path, 1);
    auto first = Workspace::open(path, Database::Access::ReadWrite, Clock::system());
    QString message;
    QCOMPARE(refusalKind(path, Database::Access::ReadWrite, &message), int(StorageError::Kind::Busy));
    QVERIFY2(message.contains(QLatin1String("read-only")), qPrintable(message));
    auto second = Workspace::open(path, Database::Access::ReadOnly, Clock::system());
    first->dealService().create(DealBuilder().name(QStringLiteral("written by the first")).build());
    // The reader sees the writer's commit: no stale copy, no lost update.
    QCOMPARE(dealCount(*second), 2);
    first.reset();
    QCOMPARE(refusalKind(path, Database::Access::ReadWrite), -1);
}

void TestHostileFiles::secondProcessGetsReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.dealbench"));
    createWorkspace(path, 1);
    for (const bool killIt : {false, true}) {
        QProcess holder;
        holder.start(QStringLiteral(DEALBENCH_CRASH_WRITER), {QStringLiteral("--hold"), path});
        QVERIFY(holder.waitForReadyRead(20000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));
        QCOMPARE(refusalKind(path, Database::Access::ReadWrite), int(StorageError::Kind::Busy));
        QCOMPARE(refusalKind(path, Database::Access::ReadOnly), -1);
        if (killIt) {
            // A crashed holder leaves its lock file; it is taken over, not honoured forever.
            ::kill(pid_t(holder.processId()), SIGKILL);
        } else {
            holder.closeWriteChannel();
        }
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(refusalKind(path, Database::Access::ReadWrite), -1);
    }
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "TestHostileFiles.moc"
