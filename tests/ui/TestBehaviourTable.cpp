// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Behaviour area offscreen: the table model under QAbstractItemModelTester, filters and
// grouping, planning, editing, reviewing and removing by keyboard with undo, the week
// planner and the coaching summary.
#include "../core/RepFixture.h"

#include "core/services/InteractionService.h"
#include "core/storage/InteractionRepository.h"
#include "core/util/Timestamp.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TempWorkspace.h"
#include "ui/settings/Translations.h"
#include "ui/tables/BehaviourFilterProxy.h"
#include "ui/tables/BehaviourPage.h"
#include "ui/tables/BehaviourTableModel.h"
#include "ui/tables/BehaviourTableWidget.h"
#include "ui/tables/CoachingSummaryModel.h"
#include "ui/tables/CoachingWidget.h"
#include "ui/tables/InteractionForm.h"
#include "ui/tables/WeekPlannerWidget.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

namespace {
QDateTime local(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0));
}

// Rows of the table: interactions only (week rows left out).
int interactionRows(const QAbstractItemModel& model)
{
    int count = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex index = model.index(r, 0);
        count += index.data(BehaviourTableModel::IdRole).toString().isEmpty() ? model.rowCount(index) : 1;
    }
    return count;
}

void choose(QComboBox* combo, const QVariant& data)
{
    combo->setCurrentIndex(combo->findData(data));
    emit combo->activated(combo->currentIndex());
}
} // namespace

class TestBehaviourTable : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelPassesTheTester();
    void opensOnItsScopeInOneRead();
    void filtersAndGrouping();
    void planEditUndoByKeyboard();
    void reviewAndRemove();
    void weekPlanner();
    void coachingSummary();
    void pageSwitchesToTheTable();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    QUndoStack m_undo;
    QString m_ann;
    QString m_ben;
    QString m_cid;
    Deal m_alpha;
    QString m_i1;
};

void TestBehaviourTable::init()
{
    m_ws = std::make_unique<TempWorkspace>(); // "now" is Monday 16 November 2026, 09:00 UTC
    m_undo.clear();
    Workspace& ws = **m_ws;
    m_ann = RepFixture::owner(ws, QStringLiteral("Ann"));
    m_ben = RepFixture::owner(ws, QStringLiteral("Ben"));
    m_cid = RepFixture::owner(ws, QStringLiteral("Cid")); // never met anyone
    const QString acme = RepFixture::account(ws, QStringLiteral("Acme"));
    m_alpha = RepFixture::deal(ws, QStringLiteral("Alpha"), m_ann, acme);
    const Deal bravo = RepFixture::deal(ws, QStringLiteral("Bravo"), m_ben);
    const auto add = [&](const QString& owner,
                         const QDateTime& when,
                         const QString& dealId,
                         InteractionType type,
                         InteractionOutcome outcome,
                         const QString& objective,
                         std::optional<int> rating = {}) {
        Interaction i = RepFixture::interaction(owner, when, dealId);
        i.accountId = dealId == m_alpha.id ? acme : QString();
        i.type = type;
        i.outcome = outcome;
        i.objectiveBest = objective;
        i.ratings.planning = rating;
        i.appointmentState =
            outcome == InteractionOutcome::NotReviewed ? AppointmentState::Planned : AppointmentState::Done;
        return ws.interactions().insert(i).id;
    };
    // Ann: two last week, two this week; Ben: one this week.
    add(m_ann,
        local(11, 10, 10),
        m_alpha.id,
        InteractionType::Visit,
        InteractionOutcome::Yes,
        QStringLiteral("Pilot"),
        4);
    add(m_ann, local(11, 12, 15), {}, InteractionType::Call, InteractionOutcome::No, QStringLiteral("Intro"), 2);
    m_i1 = add(m_ann, local(11, 17, 10), m_alpha.id, InteractionType::Demo, InteractionOutcome::NotReviewed, {});
    add(m_ann,
        local(11, 19, 14),
        {},
        InteractionType::Call,
        InteractionOutcome::NotReviewed,
        QStringLiteral("Agree on a workshop"));
    add(m_ben, local(11, 18, 9), bravo.id, InteractionType::Visit, InteractionOutcome::NotReviewed, {});
}

void TestBehaviourTable::cleanup()
{
    m_undo.clear();
    m_ws.reset();
}

void TestBehaviourTable::modelPassesTheTester()
{
    BehaviourTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(&**m_ws);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(BehaviourTableModel::ColumnCount));
    model.setGroupByWeek(true);
    QCOMPARE(model.rowCount(), 2); // the weeks of 9 and 16 November
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), 3);
    // The English catalogue (plural forms only) makes "%n interaction(s)" read properly.
    Translations::installEnglish();
    QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("2 interactions,")));
    // An edit in place, an addition, a removal: the tester checks every signal.
    Interaction edited = *(*m_ws)->interactions().interaction(m_i1);
    edited.objectiveBest = QStringLiteral("Agree to a proof of concept");
    (*m_ws)->interactionService().update(edited);
    QCOMPARE(
        model.index(model.indexOf(m_i1).row(), BehaviourTableModel::Objective, model.indexOf(m_i1).parent()).data(),
        QVariant(edited.objectiveBest));
    const Interaction added = (*m_ws)->interactionService().create(RepFixture::interaction(m_cid, local(11, 20, 8)));
    QCOMPARE(model.rowCount(model.index(1, 0)), 4);
    (*m_ws)->interactionService().remove(added.id);
    model.setGroupByWeek(false);
    QCOMPARE(model.rowCount(), 5);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestBehaviourTable::opensOnItsScopeInOneRead()
{
    // Ann's week of 16 November, given with the workspace: read once, not the whole
    // workspace first and then the scope (that was 1.5 s on the 1M-interaction file).
    InteractionFilter filter;
    filter.ownerId = m_ann;
    filter.from = local(11, 16, 0);
    filter.to = local(11, 23, 0);
    BehaviourTableModel model;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setWorkspace(&**m_ws, filter);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.filter().ownerId, m_ann);
    QStringList expected;
    QSqlQuery query((*m_ws)->database().connection());
    query.prepare(QStringLiteral("SELECT id FROM interactions WHERE deleted = 0 AND owner_id = ? AND scheduled_at >= ? "
                                 "AND scheduled_at < ? ORDER BY scheduled_at, id"));
    query.addBindValue(m_ann);
    query.addBindValue(Timestamp::toStorage(filter.from));
    query.addBindValue(Timestamp::toStorage(filter.to));
    QVERIFY(query.exec());
    while (query.next()) {
        expected.append(query.value(0).toString());
    }
    QCOMPARE(expected.size(), 2); // the demo on the 17th and the call on the 19th
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r) {
        shown.append(model.index(r, 0).data(BehaviourTableModel::IdRole).toString());
    }
    QCOMPARE(shown, expected);
}

void TestBehaviourTable::filtersAndGrouping()
{
    BehaviourTableWidget widget;
    widget.resize(1200, 600);
    widget.setWorkspace(&**m_ws, &m_undo);
    QAbstractItemModelTester tester(widget.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Starts on this week, all reps: Ann's two and Ben's one.
    QCOMPARE(interactionRows(*widget.proxy()), 3);
    choose(widget.findChild<QComboBox*>(QStringLiteral("periodFilter")), 4);
    QCOMPARE(interactionRows(*widget.proxy()), 3); // the 4 weeks start this week
    widget.setWeek(QDate(2026, 11, 9));
    QCOMPARE(interactionRows(*widget.proxy()), 5);
    choose(widget.findChild<QComboBox*>(QStringLiteral("repFilter")), m_ann);
    QCOMPARE(interactionRows(*widget.proxy()), 4);
    choose(widget.findChild<QComboBox*>(QStringLiteral("typeFilter")), int(InteractionType::Call));
    QCOMPARE(interactionRows(*widget.proxy()), 2);
    choose(widget.findChild<QComboBox*>(QStringLiteral("outcomeFilter")), int(InteractionOutcome::NotReviewed));
    QCOMPARE(interactionRows(*widget.proxy()), 1);
    choose(widget.findChild<QComboBox*>(QStringLiteral("typeFilter")), -1);
    choose(widget.findChild<QComboBox*>(QStringLiteral("outcomeFilter")), -1);
    QTest::keyClicks(widget.findChild<QLineEdit*>(QStringLiteral("dealFilter")), QStringLiteral("alp"));
    QCOMPARE(interactionRows(*widget.proxy()), 2);
    widget.findChild<QLineEdit*>(QStringLiteral("dealFilter"))->clear();
    QTest::keyClicks(widget.findChild<QLineEdit*>(QStringLiteral("accountFilter")), QStringLiteral("acme"));
    QCOMPARE(interactionRows(*widget.proxy()), 2);
    widget.findChild<QLineEdit*>(QStringLiteral("accountFilter"))->clear();

    widget.findChild<QCheckBox*>(QStringLiteral("groupByWeek"))->setChecked(true);
    QCOMPARE(widget.proxy()->rowCount(), 2);
    QCOMPARE(interactionRows(*widget.proxy()), 4);
    // Filtering inside groups keeps only weeks with a match.
    choose(widget.findChild<QComboBox*>(QStringLiteral("outcomeFilter")), int(InteractionOutcome::Yes));
    QCOMPARE(widget.proxy()->rowCount(), 1);
    QCOMPARE(interactionRows(*widget.proxy()), 1);
}

void TestBehaviourTable::planEditUndoByKeyboard()
{
    BehaviourTableWidget widget;
    widget.resize(1200, 700);
    widget.setWorkspace(&**m_ws, &m_undo);
    widget.setRep(m_ann);
    widget.show();
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    QTreeView* view = widget.view();
    view->setFocus();
    view->setCurrentIndex(widget.proxy()->index(0, 0)); // Monday's demo on Alpha
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_undo.count(), 1);
    const QString id = widget.form()->interactionId();
    QVERIFY(!id.isEmpty());
    const Interaction planned = *(*m_ws)->interactions().interaction(id);
    QCOMPARE(planned.dealId, m_alpha.id); // a follow-up of the selected meeting
    QCOMPARE(planned.ownerId, m_ann);
    QCOMPARE(planned.appointmentState, AppointmentState::Planned);
    QCOMPARE(planned.scheduledAt.toLocalTime().date(), QDate(2026, 11, 17)); // next working day

    auto* objective = widget.form()->findChild<QLineEdit*>(QStringLiteral("objectiveEdit"));
    QVERIFY(objective->isEnabled());
    objective->setFocus();
    QTest::keyClicks(objective, QStringLiteral("Agree to a workshop with IT"));
    QTest::keyClick(objective, Qt::Key_Return);
    QCOMPARE((*m_ws)->interactions().interaction(id)->objectiveBest, QStringLiteral("Agree to a workshop with IT"));
    QCOMPARE(m_undo.count(), 2);
    auto* rating = widget.form()->findChild<QSpinBox*>(QStringLiteral("rating0Spin"));
    rating->setValue(4);
    emit rating->editingFinished();
    QCOMPARE((*m_ws)->interactions().interaction(id)->ratings.planning, std::optional<int>(4));

    m_undo.undo(); // rating
    m_undo.undo(); // objective
    QCOMPARE((*m_ws)->interactions().interaction(id)->objectiveBest, QString());
    QCOMPARE(objective->text(), QString()); // the form follows
    m_undo.undo();                          // the visit itself
    QVERIFY(!(*m_ws)->interactions().interaction(id));
    m_undo.redo();
    m_undo.redo();
    QCOMPARE((*m_ws)->interactions().interaction(id)->objectiveBest, QStringLiteral("Agree to a workshop with IT"));
}

void TestBehaviourTable::reviewAndRemove()
{
    BehaviourTableWidget widget;
    widget.resize(1200, 700);
    widget.setWorkspace(&**m_ws, &m_undo);
    widget.show();
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    widget.selectInteraction(m_i1);
    QCOMPARE(widget.form()->interactionId(), m_i1);
    widget.view()->setFocus();
    QTest::keyClick(widget.view(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // Log review
    QCOMPARE((*m_ws)->interactions().interaction(m_i1)->appointmentState, AppointmentState::Done);
    auto* outcome = widget.form()->findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
    outcome->setCurrentIndex(outcome->findData(int(InteractionOutcome::Partly)));
    emit outcome->activated(outcome->currentIndex());
    const Interaction reviewed = *(*m_ws)->interactions().interaction(m_i1);
    QCOMPARE(reviewed.outcome, InteractionOutcome::Partly);
    QCOMPARE(reviewed.reviewedAt, m_ws->clock().nowUtc());

    widget.view()->setFocus();
    QTest::keyClick(widget.view(), Qt::Key_Delete);
    QVERIFY(!(*m_ws)->interactions().interaction(m_i1));
    QCOMPARE(interactionRows(*widget.proxy()), 2);
    m_undo.undo();
    QVERIFY((*m_ws)->interactions().interaction(m_i1));
    QCOMPARE(interactionRows(*widget.proxy()), 3);
}

void TestBehaviourTable::weekPlanner()
{
    WeekPlannerWidget planner;
    planner.setWorkspace(&**m_ws, &m_undo);
    planner.show();
    planner.setRep(m_ann);
    QStandardItemModel* days = planner.daysModel();
    QCOMPARE(days->rowCount(), 7);
    QCOMPARE(days->item(1)->rowCount(), 1); // Tuesday: the demo
    QCOMPARE(days->item(3)->rowCount(), 1); // Thursday: the call
    QCOMPARE(days->item(0)->rowCount(), 0);
    // Tuesday's demo has no objective yet; the clock says Monday, so nothing is overdue.
    QCOMPARE(days->item(1)->child(0, 5)->text(), QStringLiteral("No objective"));
    QCOMPARE(days->item(3)->child(0, 5)->text(), QString());
    // Alpha has Tuesday's demo ahead: no deal lacks a next step.
    QCOMPARE(planner.dealsModel()->rowCount(), 0);
    m_ws->clock().set(local(11, 18, 12)); // Wednesday: Tuesday's demo passed unreviewed
    planner.refresh();
    QCOMPARE(days->item(1)->child(0, 5)->text(), QStringLiteral("No objective, Review due, Deal has no next step"));
    QCOMPARE(planner.dealsModel()->rowCount(), 1);
    QCOMPARE(planner.dealsModel()->item(0, 0)->text(), QStringLiteral("Alpha"));
    // Plan a visit for the stuck deal from the keyboard.
    auto* dealsView = planner.findChild<QTreeView*>(QStringLiteral("plannerDeals"));
    dealsView->setCurrentIndex(planner.dealsModel()->index(0, 0));
    planner.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&planner));
    dealsView->setFocus();
    QTest::keyClick(dealsView, Qt::Key_Insert);
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(planner.dealsModel()->rowCount(), 0);
}

void TestBehaviourTable::coachingSummary()
{
    CoachingSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(&**m_ws);
    QCOMPARE(model.rowCount(), 3); // Ann, Ben and Cid (a rep without interactions is listed)
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, CoachingSummaryModel::Rep), QStringLiteral("Ann"));
    QCOMPARE(cell(0, CoachingSummaryModel::Interactions), QStringLiteral("4"));
    QCOMPARE(cell(0, CoachingSummaryModel::PerWeek), QStringLiteral("1.0"));
    QCOMPARE(cell(0, CoachingSummaryModel::ObjectiveShare), QStringLiteral("75 %"));
    QCOMPARE(cell(0, CoachingSummaryModel::Reviewed), QStringLiteral("2"));
    QCOMPARE(cell(0, CoachingSummaryModel::HitRate), QStringLiteral("50 %"));
    QCOMPARE(cell(0, CoachingSummaryModel::Planning), QStringLiteral("3.0"));
    QCOMPARE(cell(0, CoachingSummaryModel::Questioning), QStringLiteral("—"));
    QCOMPARE(cell(0, CoachingSummaryModel::WeeklyTrend), QStringLiteral("▁▁██"));
    QCOMPARE(cell(2, CoachingSummaryModel::Rep), QStringLiteral("Cid"));
    QCOMPARE(cell(2, CoachingSummaryModel::Interactions), QStringLiteral("0"));
    QCOMPARE(cell(2, CoachingSummaryModel::HitRate), QStringLiteral("—"));
    model.setWeeks(12);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(0, CoachingSummaryModel::PerWeek), QStringLiteral("0.3"));
}

void TestBehaviourTable::pageSwitchesToTheTable()
{
    BehaviourPage page;
    page.resize(1300, 800);
    page.setWorkspace(&**m_ws, &m_undo);
    page.tabs()->setCurrentWidget(page.coaching());
    page.show();
    // Enter on Ben in the coaching table opens his interactions in the behaviour table.
    QTableView* coaching = page.coaching()->view();
    coaching->setCurrentIndex(coaching->model()->index(1, 0));
    emit coaching->activated(coaching->currentIndex());
    QCOMPARE(page.tabs()->currentWidget(), page.table());
    QCOMPARE(interactionRows(*page.table()->proxy()), 1);
    page.showInteraction(m_i1);
    QCOMPARE(page.table()->form()->interactionId(), m_i1);
    page.setWorkspace(nullptr, nullptr);
    QCOMPARE(page.table()->model()->rowCount(), 0);
}

QTEST_MAIN(TestBehaviourTable)
#include "TestBehaviourTable.moc"
