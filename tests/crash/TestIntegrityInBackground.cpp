// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, integrity on open for big files: opening checks for a bounded time, the rest is
// checked on another thread, and damage found then stops every further write.
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/BackgroundIntegrityCheck.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/FileCrafting.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace FileCrafting;

namespace {
constexpr qint64 kCheckLater = -1; // Workspace::open leaves the whole check to the background
constexpr int kWaitMs = 30000;
} // namespace

class TestIntegrityInBackground : public QObject
{
    Q_OBJECT
private slots:
    void budgetStopsTheCheckAtOpen();
    void soundFileStaysWritable();
    void damageFoundLaterRefusesWrites();
    void closingStopsTheCheck();

private:
    QString sound(const QString& name, int deals);
    // A workspace of ~60 MB: quick_check needs far more than a millisecond for it.
    QString big(const QString& name);
    QString damaged(const QString& name);

    QTemporaryDir m_dir;
};

QString TestIntegrityInBackground::sound(const QString& name, int deals)
{
    const QString path = m_dir.filePath(name);
    createWorkspace(path, deals);
    return path;
}

QString TestIntegrityInBackground::big(const QString& name)
{
    const QString path = sound(name, 50);
    rawExec(path, QStringLiteral("CREATE TABLE padding(x BLOB)"));
    rawExec(path,
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                           "INSERT INTO padding SELECT randomblob(3000) FROM n"));
    return path;
}

QString TestIntegrityInBackground::damaged(const QString& name)
{
    const QString path = sound(name, 400);
    const qint64 page = leafPageOf(path, QStringLiteral("deal_events_time_cover"));
    if (page > 1) {
        scribbleOverPage(path, page);
    }
    return path;
}

void TestIntegrityInBackground::budgetStopsTheCheckAtOpen()
{
    // The watchdog must interrupt quick_check after 1 ms; with no budget it runs to the end.
    const QString path = big(QStringLiteral("big.dealbench"));
    {
        auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system(), 1);
        QVERIFY(!workspace->database().openCheckFinished());
        QVERIFY(!workspace->isReadOnly());
    }
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system(), 0);
    QVERIFY(workspace->database().openCheckFinished());
}

void TestIntegrityInBackground::soundFileStaysWritable()
{
    const QString path = sound(QStringLiteral("sound.dealbench"), 300);
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system(), kCheckLater);
    BackgroundIntegrityCheck check(workspace->database());
    QSignalSpy finished(&check, &BackgroundIntegrityCheck::finished);
    check.start();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().first().toStringList(), QStringList());

    QSignalSpy damage(&workspace->events(), &WorkspaceEvents::damageFound);
    workspace->checkIntegrityInBackground();
    QVERIFY(!damage.wait(2000));
    workspace->dealService().create(DealBuilder().build());
    QCOMPARE(workspace->deals().count(), 301);
}

void TestIntegrityInBackground::damageFoundLaterRefusesWrites()
{
    const QString path = damaged(QStringLiteral("damaged.dealbench"));
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system(), kCheckLater);
    QVERIFY(!workspace->isReadOnly());
    QSignalSpy damage(&workspace->events(), &WorkspaceEvents::damageFound);
    workspace->checkIntegrityInBackground();
    QVERIFY(damage.wait(kWaitMs));
    QVERIFY2(damage.first().first().toString().contains(QLatin1String("nothing is written")),
             qPrintable(damage.first().first().toString()));
    QVERIFY(workspace->isReadOnly());
    QVERIFY(workspace->isDamaged());
    QVERIFY_THROWS_EXCEPTION(StorageError, workspace->dealService().create(DealBuilder().build()));
    workspace.reset();
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM deals")).toInt(), 400);
}

void TestIntegrityInBackground::closingStopsTheCheck()
{
    const QString path = big(QStringLiteral("closing.dealbench"));
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system(), kCheckLater);
    auto check = std::make_unique<BackgroundIntegrityCheck>(workspace->database());
    QSignalSpy finished(check.get(), &BackgroundIntegrityCheck::finished);
    check->start();
    QTest::qWait(5);
    check.reset(); // interrupts quick_check and waits for the thread
    workspace.reset();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestIntegrityInBackground)
#include "TestIntegrityInBackground.moc"
