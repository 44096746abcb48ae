// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Accounts area offscreen: marking an account strategic, the whitespace grid, products,
// penetration, revenue targets, joint actions and relationships, by keyboard with undo.
#include "../core/RepFixture.h"

#include "core/storage/AccountPlanRepository.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TempWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/tables/AccountListModel.h"
#include "ui/tables/AccountPlanWidget.h"
#include "ui/tables/AccountsPage.h"
#include "ui/tables/WhitespaceModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

class TestAccountPlanWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void whitespaceModel();
    void planByKeyboardWithUndo();
    void revenueAndRelationships();
    void pageListsStrategicAccounts();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    QUndoStack m_undo;
    QString m_acme;
    QString m_bare;
    QString m_amy;
};

void TestAccountPlanWidget::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    m_undo.clear();
    m_acme = RepFixture::account(**m_ws, QStringLiteral("Acme"), 2000);
    m_bare = RepFixture::account(**m_ws, QStringLiteral("Bare Ltd")); // no contacts, employees unknown
    m_amy = RepFixture::contact(**m_ws, m_acme, QStringLiteral("Amy"), OrgLevel::Executive);
    RepFixture::contact(**m_ws, m_acme, QStringLiteral("Sam"), OrgLevel::Staff);
    (*m_ws)->accountPlans().saveProducts({{{}, QStringLiteral("Ledger")}, {{}, QStringLiteral("Payroll")}});
}

void TestAccountPlanWidget::cleanup()
{
    m_undo.clear();
    m_ws.reset();
}

void TestAccountPlanWidget::whitespaceModel()
{
    WhitespaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Product> products = (*m_ws)->accountPlans().products();
    AccountPlan plan;
    plan.departments = {{QStringLiteral("d1"), QStringLiteral("Finance")},
                        {QStringLiteral("d2"), QStringLiteral("HR")}};
    AccountPlan edited;
    QString what;
    model.setEditHandler([&](const AccountPlan& after, const QString& text) {
        edited = after;
        what = text;
    });
    model.setIdSource([] { return QStringLiteral("cell-1"); });
    model.setPlan(plan, products);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Payroll"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("HR"));
    QVERIFY(model.setData(model.index(1, 2), int(WhitespaceState::Using), Qt::EditRole));
    QCOMPARE(edited.cell(QStringLiteral("d2"), products[1].id), WhitespaceState::Using);
    QCOMPARE(edited.whitespace.first().id, QStringLiteral("cell-1"));
    model.setPlan(edited, products);
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("Using"));
    QVERIFY(!model.setData(model.index(1, 2), int(WhitespaceState::Using), Qt::EditRole)); // no change
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("Group finance"), Qt::EditRole));
    QCOMPARE(edited.departments[0].name, QStringLiteral("Group finance"));
    model.setPlan(AccountPlan{}, {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
}

void TestAccountPlanWidget::planByKeyboardWithUndo()
{
    AccountPlanWidget widget;
    widget.resize(1400, 1000);
    widget.setWorkspace(&**m_ws, &m_undo);
    widget.setAccount(m_acme);
    widget.show();
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("createPlanButton")), Qt::LeftButton);
    QVERIFY(widget.plan());
    QVERIFY(widget.plan()->strategic);
    QVERIFY(widget.findChild<QCheckBox*>(QStringLiteral("strategicCheck"))->isChecked());

    auto* grid = widget.findChild<QTableView*>(QStringLiteral("whitespaceTable"));
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Insert);
    QTest::keyClick(grid, Qt::Key_Insert);
    QCOMPARE((*m_ws)->accountPlans().forAccount(m_acme)->departments.size(), 2);
    QVERIFY(grid->model()->setData(grid->model()->index(0, 1), int(WhitespaceState::Using)));
    QVERIFY(grid->model()->setData(grid->model()->index(1, 2), int(WhitespaceState::Using)));
    QVERIFY(grid->model()->setData(grid->model()->index(1, 1), int(WhitespaceState::Opportunity)));
    auto* seats = widget.findChild<QSpinBox*>(QStringLiteral("seatsSpin"));
    seats->setValue(300);
    emit seats->editingFinished();
    const QString penetration = widget.findChild<QLabel*>(QStringLiteral("penetrationText"))->text();
    QVERIFY2(penetration.contains(QStringLiteral("2 of 2 departments use us; 1 open opportunities")),
             qPrintable(penetration));
    QVERIFY(penetration.contains(QStringLiteral("15.0 %")));
    QVERIFY(penetration.contains(QStringLiteral("top-down")));

    grid->setCurrentIndex(grid->model()->index(1, 0));
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Delete); // the department and its cells go
    const AccountPlan afterRemoval = *(*m_ws)->accountPlans().forAccount(m_acme);
    QCOMPARE(afterRemoval.departments.size(), 1);
    QCOMPARE(afterRemoval.whitespace.size(), 1);
    m_undo.undo();
    QCOMPARE((*m_ws)->accountPlans().forAccount(m_acme)->whitespace.size(), 3);

    // Products are the grid's columns.
    widget.addProduct(QStringLiteral("Analytics"));
    QCOMPARE(grid->model()->columnCount(), 4);
    m_undo.undo();
    QCOMPARE(grid->model()->columnCount(), 3);

    // Unmark strategic, then undo everything back to no plan.
    widget.findChild<QCheckBox*>(QStringLiteral("strategicCheck"))->setChecked(false);
    QVERIFY(!(*m_ws)->accountPlans().forAccount(m_acme)->strategic);
    while (m_undo.canUndo()) {
        m_undo.undo();
    }
    QVERIFY(!(*m_ws)->accountPlans().forAccount(m_acme));
    QVERIFY(!widget.plan());
}

void TestAccountPlanWidget::revenueAndRelationships()
{
    AccountPlanWidget widget;
    widget.setWorkspace(&**m_ws, &m_undo);
    widget.setAccount(m_acme);
    widget.show();
    widget.createPlan();
    auto* revenue = widget.findChild<QTableView*>(QStringLiteral("revenueTable"));
    QAbstractItemModelTester tester(revenue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(revenue->model()->rowCount(), 0); // no wins, no targets
    QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("revenueAddButton")), Qt::LeftButton);
    QCOMPARE(revenue->model()->rowCount(), 1);
    QCOMPARE(revenue->model()->index(0, 0).data().toString(), QStringLiteral("2026"));
    QVERIFY(revenue->model()->setData(revenue->model()->index(0, 2), 250000.0));
    const AccountPlan plan = *(*m_ws)->accountPlans().forAccount(m_acme);
    QCOMPARE(plan.revenueTargets.size(), 1);
    QCOMPARE(plan.revenueTargets[0].year, 2026);
    QCOMPARE(plan.revenueTargets[0].targetMinor, 25000000);
    QCOMPARE(plan.revenueTargets[0].currency, QStringLiteral("USD"));
    QVERIFY(revenue->model()->index(0, 1).data().toString().contains(QStringLiteral("0.00")));

    auto* relationships = widget.findChild<QTableView*>(QStringLiteral("relationshipsTable"));
    QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("relationshipsAddButton")), Qt::LeftButton);
    QCOMPARE(relationships->model()->rowCount(), 1);
    QCOMPARE(relationships->model()->index(0, 0).data().toString(), QStringLiteral("Amy")); // first by name
    QVERIFY(relationships->model()->setData(relationships->model()->index(0, 2), 4));
    QCOMPARE((*m_ws)->accountPlans().forAccount(m_acme)->relationships[0].strength, std::optional<int>(4));

    auto* joint = widget.findChild<QTableView*>(QStringLiteral("jointActionsTable"));
    QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("jointActionsAddButton")), Qt::LeftButton);
    QVERIFY(joint->model()->setData(joint->model()->index(0, 4), Qt::Checked, Qt::CheckStateRole));
    QVERIFY((*m_ws)->accountPlans().forAccount(m_acme)->jointActions[0].done);

    // An account without contacts: a relationship cannot be added, nothing is written.
    widget.setAccount(m_bare);
    widget.createPlan();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("relationshipsAddButton")), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("no contacts")));
    QCOMPARE(relationships->model()->rowCount(), 0);
    QVERIFY((*m_ws)->accountPlans().forAccount(m_bare)->relationships.isEmpty());
}

void TestAccountPlanWidget::pageListsStrategicAccounts()
{
    AccountsPage page;
    page.resize(1500, 900);
    page.setWorkspace(&**m_ws, &m_undo);
    page.show();
    QAbstractItemModelTester tester(page.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.listModel()->rowCount(), 2);
    page.showAccount(m_acme);
    QCOMPARE(page.plan()->accountId(), m_acme);
    page.plan()->createPlan();
    const int row = page.listModel()->rowOf(m_acme);
    QCOMPARE(page.listModel()->index(row, AccountListModel::Strategic).data().toString(),
             QStringLiteral("★ strategic"));
    page.strategicOnly()->setChecked(true);
    QCOMPARE(page.listView()->model()->rowCount(), 1);
    m_undo.undo();
    QCOMPARE(page.listView()->model()->rowCount(), 0);
}

QTEST_MAIN(TestAccountPlanWidget)
#include "TestAccountPlanWidget.moc"
