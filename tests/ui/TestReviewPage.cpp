// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly review and the team-file screens, offscreen: Start review, what changed with
// the waterfall, review notes through the undo stack, the merge dialog, the File menu.
#include "core/storage/ReviewRepository.h"
#include "core/util/Settings.h"
#include "tests/core/ReviewFixture.h"
#include "ui/common/ReportRunner.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/review/FunnelPage.h"
#include "ui/review/MergeDialog.h"
#include "ui/review/ReviewArea.h"
#include "ui/review/ReviewNoteEditor.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/WaterfallWidget.h"
#include "ui/review/WhatChangedModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

class TestReviewPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsWhatChangedWithABalancedWaterfall();
    void startReviewTakesASnapshot();
    void reviewNotesAreUndoable();
    void doubleClickAsksToOpenTheDeal();
    void mergeDialogImportsAndListsConflicts();
    void fileMenuHasTheTeamActions();
    void dealLinksOpenTheDealEditor();

private:
    int rowOf(const QString& dealName, ChangeKind kind) const;

    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ReviewPage> m_page;
    QString m_globex;
};

void TestReviewPage::initTestCase()
{
    ReportRunner::setSynchronous(true);
}

void TestReviewPage::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    ReviewFixture f(*m_ws);
    const QString ana = f.owner(QStringLiteral("Ana"));
    const QDateTime oct1 = ReviewFixture::utc(10, 1);
    f.create(QStringLiteral("Acme expansion"), ReviewFixture::utc(11, 17), 0, 2000000, ana);
    m_globex = f.create(QStringLiteral("Globex"), oct1, 1, 5000000, ana);
    f.setAmount(m_globex, ReviewFixture::utc(11, 18), 6000000);
    f.move(f.create(QStringLiteral("Initech"), oct1, 2, 3000000, ana), ReviewFixture::utc(11, 19), 7);
    m_ws->clock().set(ReviewFixture::utc(11, 22, 18));
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<ReviewPage>();
    m_page->resize(1200, 700);
    m_page->show();
    m_page->setWorkspace(&**m_ws, m_undo.get());
}

void TestReviewPage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_ws.reset();
}

int TestReviewPage::rowOf(const QString& dealName, ChangeKind kind) const
{
    const QAbstractItemModel* model = m_page->findChild<QTableView*>(QStringLiteral("whatChangedTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, WhatChangedModel::Deal).data().toString() == dealName &&
            model->index(row, WhatChangedModel::Change).data().toString() == changeKindDisplayName(kind)) {
            return row;
        }
    }
    return -1;
}

void TestReviewPage::listsWhatChangedWithABalancedWaterfall()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("whatChangedTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Since 15 November 18:00 (seven days): Acme new, Globex +10,000.00, Initech lost.
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY(rowOf(QStringLiteral("Acme expansion"), ChangeKind::New) >= 0);
    QVERIFY(rowOf(QStringLiteral("Initech"), ChangeKind::Lost) >= 0);
    const int up = rowOf(QStringLiteral("Globex"), ChangeKind::AmountUp);
    QVERIFY(up >= 0);
    QVERIFY(table->model()->index(up, WhatChangedModel::Delta).data().toString().startsWith(u'+'));
    auto* waterfall = m_page->findChild<WaterfallWidget*>(QStringLiteral("waterfall"));
    const Waterfall& w = waterfall->waterfall();
    // start: Globex 50,000 + Initech 30,000; end: Acme 20,000 + Globex 60,000
    QCOMPARE(w.start, 8000000);
    QCOMPARE(w.added, 2000000);
    QCOMPARE(w.increases, 1000000);
    QCOMPARE(w.lost, 3000000);
    QCOMPARE(w.end, 8000000);
    QVERIFY(w.balances());
    QCOMPARE(waterfall->steps().size(), 7);
}

void TestReviewPage::startReviewTakesASnapshot()
{
    QVERIFY(m_page->currentReviewId().isEmpty());
    auto* start = m_page->findChild<QPushButton*>(QStringLiteral("startReview"));
    QTest::mouseClick(start, Qt::LeftButton);
    const QList<ReviewSnapshot> snapshots = (*m_ws)->reviews().snapshots();
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(m_page->currentReviewId(), snapshots.front().id);
    // Globex and Acme are open: two deals frozen.
    QCOMPARE((*m_ws)->reviews().snapshotDeals(snapshots.front().id).size(), 2);
}

void TestReviewPage::reviewNotesAreUndoable()
{
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("startReview")), Qt::LeftButton);
    // With the review started, "since" falls back to the only snapshot: choose a day instead.
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("whatChangedTable"));
    m_page->findChild<QComboBox*>(QStringLiteral("reviewSince"))->setCurrentIndex(1);
    QSignalSpy refreshed(m_page.get(), &ReviewPage::refreshed);
    QVERIFY(refreshed.wait(2000));
    const int row = rowOf(QStringLiteral("Globex"), ChangeKind::AmountUp);
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 1)).center());
    auto* comment = m_page->findChild<QPlainTextEdit*>(QStringLiteral("reviewNoteComment"));
    QVERIFY(comment->isEnabled());
    QTest::keyClicks(comment, QStringLiteral("Ask for the signed order form"));
    QTest::keyClicks(m_page->findChild<QLineEdit*>(QStringLiteral("reviewNoteNextStep")), QStringLiteral("Call CFO"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("reviewNoteSave")), Qt::LeftButton);
    QCOMPARE(m_undo->count(), 1);
    const QString review = m_page->currentReviewId();
    std::optional<ReviewNote> note = (*m_ws)->reviews().note(review, m_globex);
    QVERIFY(note);
    QCOMPARE(note->comment, QStringLiteral("Ask for the signed order form"));
    QCOMPARE(note->nextStep, QStringLiteral("Call CFO"));
    QCOMPARE(table->model()->index(row, WhatChangedModel::Note).data().toString(),
             QStringLiteral("Ask for the signed order form"));
    m_undo->undo();
    QVERIFY(!(*m_ws)->reviews().note(review, m_globex));
    QCOMPARE(table->model()->index(row, WhatChangedModel::Note).data().toString(), QString());
    m_undo->redo();
    QCOMPARE((*m_ws)->reviews().note(review, m_globex)->comment, QStringLiteral("Ask for the signed order form"));
}

void TestReviewPage::doubleClickAsksToOpenTheDeal()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("whatChangedTable"));
    const int row = rowOf(QStringLiteral("Globex"), ChangeKind::AmountUp);
    QSignalSpy open(m_page.get(), &ReviewPage::openDealRequested);
    const QPoint at = table->visualRect(table->model()->index(row, WhatChangedModel::Deal)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.front().front().toString(), m_globex);
}

void TestReviewPage::mergeDialogImportsAndListsConflicts()
{
    TempWorkspace rep;
    ReviewFixture f(rep);
    f.create(QStringLiteral("Rep's deal"), ReviewFixture::utc(11, 16, 10), 1, 100000, f.owner(QStringLiteral("Rita")));
    MockClock importDay(ReviewFixture::utc(12, 1));
    MergeDialog dialog(m_ws->path(), importDay);
    dialog.addFiles({rep.path()});
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("mergeFiles"))->count(), 1);
    QSignalSpy merged(&dialog, &MergeDialog::merged);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeImport")), Qt::LeftButton);
    QCOMPARE(dialog.results().size(), 1);
    QVERIFY(dialog.results().front().ok);
    QCOMPARE(merged.count(), 1);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("mergeSummary"))->text().contains(QStringLiteral("3 new rows")));
    // Again: nothing changes, nothing to reload.
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeImport")), Qt::LeftButton);
    QVERIFY(dialog.results().front().changedNothing());
    QCOMPARE(merged.count(), 1);
}

void TestReviewPage::fileMenuHasTheTeamActions()
{
    auto settings = Settings::createTemporary();
    Settings::overrideInstance(settings.get());
    {
        MockClock clock(ReviewFixture::utc(11, 22, 18));
        // The window opens the file itself: the fixture lets go of it (one writer per file).
        m_page->setWorkspace(nullptr, nullptr);
        m_ws->close();
        MainWindow window(clock);
        auto* area = qobject_cast<ReviewArea*>(window.areaWidget(Area::FunnelReview));
        QVERIFY(area);
        auto* file = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
        QAction* send = window.findChild<QAction*>(QStringLiteral("actionSendToManager"));
        QAction* import = window.findChild<QAction*>(QStringLiteral("actionImportTeamFile"));
        QVERIFY(send && import);
        QVERIFY(file->actions().contains(send));
        QVERIFY(file->actions().contains(import));
        QVERIFY(!send->isEnabled()); // no workspace yet
        QVERIFY(window.openWorkspace(m_ws->path()));
        QVERIFY(send->isEnabled());
        QVERIFY(import->isEnabled());
        QVERIFY(area->funnelPage()->isEnabled());
    }
    Settings::overrideInstance(nullptr);
}

void TestReviewPage::dealLinksOpenTheDealEditor()
{
    auto settings = Settings::createTemporary();
    Settings::overrideInstance(settings.get());
    {
        MockClock clock(ReviewFixture::utc(11, 22, 18));
        // The window opens the file itself: the fixture lets go of it (one writer per file).
        m_page->setWorkspace(nullptr, nullptr);
        m_ws->close();
        MainWindow window(clock);
        QVERIFY(window.openWorkspace(m_ws->path()));
        auto* area = qobject_cast<ReviewArea*>(window.areaWidget(Area::FunnelReview));
        QVERIFY(area);
        QVERIFY(!window.findChild<QDialog*>(QStringLiteral("dealEditorDialog")));
        // What the funnel table, the attention list and the what-changed list send on a double click.
        emit area->openDealRequested(m_globex);
        auto* editor = window.findChild<QDialog*>(QStringLiteral("dealEditorDialog"));
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("dealName"))->text(), QStringLiteral("Globex"));
        editor->reject();
    }
    Settings::overrideInstance(nullptr);
}

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
