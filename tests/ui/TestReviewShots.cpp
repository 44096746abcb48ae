// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the Funnel & Review area on a generated demo workspace, light and dark, for
// looking at (ARCHITECTURE.md: screens are checked by looking). Skipped unless
// DEALBENCH_SHOTS_WORKSPACE names a workspace (it is copied, never changed) and
// DEALBENCH_SHOTS_DIR the folder for the PNGs.
#include "core/analytics/ForecastPeriod.h"
#include "core/review/ReviewService.h"
#include "core/storage/DealHistoryQuery.h"
#include "core/storage/OwnerRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Theme.h"
#include "ui/review/FunnelPage.h"
#include "ui/review/ReportRunner.h"
#include "ui/review/ReviewArea.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/TeamFilesPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestReviewShots : public QObject
{
    Q_OBJECT
private slots:
    void funnelAndReview_data();
    void funnelAndReview();
};

void TestReviewShots::funnelAndReview_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addRow("light") << QStringLiteral("light");
    QTest::addRow("dark") << QStringLiteral("dark");
}

void TestReviewShots::funnelAndReview()
{
    QFETCH(QString, theme);
    const QString source = qEnvironmentVariable("DEALBENCH_SHOTS_WORKSPACE");
    const QString out = qEnvironmentVariable("DEALBENCH_SHOTS_DIR");
    if (source.isEmpty() || out.isEmpty()) {
        QSKIP("set DEALBENCH_SHOTS_WORKSPACE and DEALBENCH_SHOTS_DIR to take the screenshots");
    }
    ReportRunner::setSynchronous(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shots.dealbench"));
    QVERIFY(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system());
    const QDateTime now = Clock::system().nowUtc();
    const QDate today = now.toLocalTime().date();
    const ForecastPeriod quarter = ForecastPeriod::containing(today, ForecastPeriod::Kind::Quarter);
    // Quotas: a little above what each rep won in the previous quarter, so gaps and coverage show.
    const ReportPeriod last = quarter.previous().span();
    QHash<QString, qint64> won;
    for (const ClosedTotal& total : DealHistoryQuery::wonTotals(workspace->database(), last.start, last.end)) {
        won[total.ownerId] += total.amountMinor;
    }
    for (const Owner& owner : workspace->owners().owners()) {
        const qint64 base = std::max<qint64>(won.value(owner.id), 5000000);
        for (const ForecastPeriod& period : {quarter.previous(), quarter}) {
            workspace->reviewService().setQuota(owner.id, period, Money{base / 100000 * 120000, QStringLiteral("USD")});
        }
    }
    // Weekly reviews over the last quarter and this one, as they would have been taken then.
    QDate monday = quarter.previous().first;
    monday = monday.addDays(8 - monday.dayOfWeek());
    for (; monday < today.addDays(-6); monday = monday.addDays(7)) {
        workspace->reviewService().startReview(QStringLiteral("Week %1").arg(monday.weekNumber()),
                                               ForecastPeriod::Kind::Quarter,
                                               QTimeZone::systemTimeZone(),
                                               QDateTime(monday, QTime(9, 0)).toUTC());
    }
    workspace->reviewService().startReview(QStringLiteral("Week %1").arg(today.weekNumber()));

    QVERIFY(Theme::apply(theme));
    QUndoStack undo;
    ReviewArea area;
    area.resize(1400, 860);
    area.setWorkspace(workspace.get(), &undo);
    area.show();
    // The funnel since last week's review.
    auto* period = area.funnelPage()->findChild<QComboBox*>(QStringLiteral("funnelPeriod"));
    period->setCurrentIndex(period->findText(QStringLiteral("Last 7 days")));
    area.funnelPage()->refresh();
    QTest::qWait(50);
    QVERIFY(area.grab().save(QDir(out).filePath(QStringLiteral("review-funnel-%1.png").arg(theme))));
    area.setCurrentWidget(area.reviewPage());
    area.reviewPage()->refresh();
    auto* table = area.reviewPage()->findChild<QTableView*>(QStringLiteral("whatChangedTable"));
    table->selectRow(0);
    QTest::qWait(50);
    QVERIFY(area.grab().save(QDir(out).filePath(QStringLiteral("review-weekly-%1.png").arg(theme))));
    area.setCurrentWidget(area.teamFilesPage());
    QTest::qWait(20);
    area.setWorkspace(nullptr, nullptr);
}

QTEST_MAIN(TestReviewShots)
#include "TestReviewShots.moc"
