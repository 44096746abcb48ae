// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a writer (CrashWriter) with SIGKILL at random points, many times, then checks the
// file is sound and holds every edit the writer had logged as committed.
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

namespace {
int rounds()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("DEALBENCH_CRASH_ROUNDS");
    return fromEnvironment > 0 ? fromEnvironment : 200;
}

// Whole test bounded well under ctest's and the two minutes.
constexpr qint64 kTimeBudgetMs = 110 * 1000;
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void everyLoggedEditSurvivesKills();
};

void TestCrashSafety::everyLoggedEditSurvivesKills()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.dealbench"));
    const QString logPath = dir.filePath(QStringLiteral("committed.log"));
    Workspace::create(path, {}, Clock::system()).reset();

    QRandomGenerator random(20261122);
    QElapsedTimer elapsed;
    elapsed.start();
    int killed = 0;
    for (int round = 0; round < rounds() && elapsed.elapsed() < kTimeBudgetMs; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(DEALBENCH_CRASH_WRITER));
        writer.setArguments({path, logPath, QString::number(random.generate())});
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start();
        QVERIFY(writer.waitForStarted(10000));
        if (round % 4 == 0) {
            // Every fourth kill lands while the writer starts: opening, recovering the log of
            // the previous kill, checking the file.
            QThread::usleep(random.bounded(30000));
        } else {
            QVERIFY2(writer.waitForReadyRead(20000), "the writer did not open the workspace");
            QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
            // Up to 40 ms of edits: a kill lands before, inside or right after a commit.
            QThread::usleep(random.bounded(40000));
        }
        QVERIFY2(writer.state() == QProcess::Running, "the writer stopped on its own");
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        ++killed;
    }
    qInfo("%d writers killed in %lld ms", killed, elapsed.elapsed());
    QVERIFY2(killed >= qMin(rounds(), 200), "the time budget ran out before enough kills");

    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QStringList deals;
    QStringList events;
    while (!log.atEnd()) {
        const QList<QByteArray> fields = log.readLine().trimmed().split(' ');
        QCOMPARE(fields.size(), 2);
        (fields.at(0) == "deal" ? deals : events).append(QString::fromLatin1(fields.at(1)));
    }
    QVERIFY2(deals.size() > killed / 2, "the writers committed too little to prove anything");

    // Checked with a plain connection, independent of the code under test.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(!query.next());
        const auto missing = [&](const QString& sql, const QStringList& ids) {
            QStringList absent;
            QSqlQuery lookup(db);
            lookup.prepare(sql);
            for (const QString& id : ids) {
                lookup.bindValue(0, id);
                if (!lookup.exec() || !lookup.next()) {
                    absent.append(id);
                }
            }
            return absent;
        };
        QCOMPARE(missing(QStringLiteral("SELECT 1 FROM deals WHERE id = ?"), deals), QStringList());
        QCOMPARE(missing(QStringLiteral("SELECT 1 FROM deal_events WHERE id = ?"), events), QStringList());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // And the program itself opens it for writing again (the killed writer's lock is stale).
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system());
    QVERIFY(!workspace->isReadOnly());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
