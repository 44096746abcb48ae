// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the Funnel & Review area on a generated demo workspace, light and dark, for
// looking at (ARCHITECTURE.md: screens are checked by looking). Skipped unless
// DEALBENCH_SHOTS_WORKSPACE names a workspace (it is copied, never changed) and
// DEALBENCH_SHOTS_DIR the folder for the PNGs. DEALBENCH_SHOTS_LOCALE (e.g. zh_CN) adds one more
// round in that locale, to check dates, money and wide glyphs.
#include "core/analytics/ForecastPeriod.h"
#include "core/domain/DefaultPipeline.h"
#include "core/exchange/TeamFileExport.h"
#include "core/exchange/WorkspaceMerge.h"
#include "core/review/ReviewService.h"
#include "core/services/DealService.h"
#include "core/storage/DealHistoryQuery.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "ui/common/ReportRunner.h"
#include "ui/common/Theme.h"
#include "ui/review/FunnelPage.h"
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
    QTest::addColumn<QString>("locale");
    QTest::addRow("light") << QStringLiteral("light") << QString();
    QTest::addRow("dark") << QStringLiteral("dark") << QString();
    const QString other = qEnvironmentVariable("DEALBENCH_SHOTS_LOCALE");
    if (!other.isEmpty()) {
        QTest::addRow("light %s", qPrintable(other)) << QStringLiteral("light") << other;
        QTest::addRow("dark %s", qPrintable(other)) << QStringLiteral("dark") << other;
    }
}

namespace {
// A rep's file sent to the manager, edited by both sides after the first import, and imported
// again: the Team files tab then shows a real import with new rows, updates and a conflict.
void mergeARepsFile(Workspace& team, const QString& dir)
{
    const QList<Deal> open = team.deals().openDeals(QString::fromLatin1(DefaultPipeline::pipelineId));
    if (open.size() < 4) {
        return;
    }
    const QString rep = open.front().ownerId;
    const QString repPath = dir + QStringLiteral("/rep.dealbench");
    TeamFileExport::write(team.database(), repPath, rep);
    WorkspaceMerge::merge(team.database(), repPath, Clock::system());
    QList<Deal> theirs;
    for (const Deal& deal : open) {
        if (deal.ownerId == rep) {
            theirs.append(deal);
        }
    }
    auto repWorkspace = Workspace::open(repPath, Database::Access::ReadWrite, Clock::system());
    for (int i = 0; i < std::min<qsizetype>(3, theirs.size()); ++i) {
        Deal edited = theirs.at(i);
        edited.amount.minor += 1500000;
        repWorkspace->dealService().update(edited);
    }
    Deal draft = theirs.front();
    draft.id.clear();
    draft.name = QStringLiteral("Northwind expansion");
    repWorkspace->dealService().create(draft);
    repWorkspace.reset();
    Deal managers = theirs.front();
    managers.name += QStringLiteral(" (renamed by the manager)");
    team.dealService().update(managers);
    WorkspaceMerge::merge(team.database(), repPath, Clock::system());
}
} // namespace

void TestReviewShots::funnelAndReview()
{
    QFETCH(QString, theme);
    QFETCH(QString, locale);
    const QLocale previousLocale;
    QLocale::setDefault(locale.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(locale));
    const QString suffix = locale.isEmpty() ? theme : theme + u'-' + locale;
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
    area.resize(1280, 800);
    area.setWorkspace(workspace.get(), &undo);
    area.show();
    // The funnel since last week's review.
    auto* period = area.funnelPage()->findChild<QComboBox*>(QStringLiteral("funnelPeriod"));
    period->setCurrentIndex(period->findText(QStringLiteral("Last 7 days")));
    area.funnelPage()->refresh();
    QTest::qWait(50);
    QVERIFY(area.grab().save(QDir(out).filePath(QStringLiteral("review-funnel-%1.png").arg(suffix))));
    area.setCurrentWidget(area.reviewPage());
    area.reviewPage()->refresh();
    auto* table = area.reviewPage()->findChild<QTableView*>(QStringLiteral("whatChangedTable"));
    table->selectRow(0);
    QTest::qWait(50);
    QVERIFY(area.grab().save(QDir(out).filePath(QStringLiteral("review-weekly-%1.png").arg(suffix))));
    mergeARepsFile(*workspace, dir.path());
    area.teamFilesPage()->refresh();
    area.setCurrentWidget(area.teamFilesPage());
    QTest::qWait(50);
    QVERIFY(area.grab().save(QDir(out).filePath(QStringLiteral("review-teamfiles-%1.png").arg(suffix))));
    area.setWorkspace(nullptr, nullptr);
    QLocale::setDefault(previousLocale);
}

QTEST_MAIN(TestReviewShots)
#include "TestReviewShots.moc"
