// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Strategy area offscreen: starting a sheet, editing its form and tables by keyboard
// with undo, the warnings and the buying-centre picture, the list of deals with sheets.
#include "../core/RepFixture.h"

#include "core/services/StrategySheetService.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TempWorkspace.h"
#include "ui/common/RowTableEditor.h"
#include "ui/tables/BuyingCentreMap.h"
#include "ui/tables/StrategyPage.h"
#include "ui/tables/StrategySheetListModel.h"
#include "ui/tables/StrategySheetWidget.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

class TestStrategySheetWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startEditUndo();
    void tablesByKeyboard();
    void warningsFollowTheSheet();
    void buyingCentreCells_data();
    void buyingCentreCells();
    void listAndPage();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    QUndoStack m_undo;
    Deal m_deal;
    Deal m_noAccount;
    QString m_cfo;
};

void TestStrategySheetWidget::init()
{
    m_ws = std::make_unique<TempWorkspace>(); // today is 16 November 2026
    m_undo.clear();
    const QString rep = RepFixture::owner(**m_ws, QStringLiteral("Raj"));
    const QString account = RepFixture::account(**m_ws, QStringLiteral("Initech"));
    m_cfo = RepFixture::contact(**m_ws, account, QStringLiteral("Dana"), OrgLevel::Executive);
    m_deal = RepFixture::deal(**m_ws, QStringLiteral("Platform"), rep, account, 2, QDate(2026, 12, 1));
    m_noAccount = RepFixture::deal(**m_ws, QStringLiteral("Side deal"), rep, {}, 1, QDate(2027, 6, 1));
}

void TestStrategySheetWidget::cleanup()
{
    m_undo.clear();
    m_ws.reset();
}

void TestStrategySheetWidget::startEditUndo()
{
    StrategySheetWidget widget(&**m_ws, &m_undo, m_deal.id);
    widget.resize(1300, 900);
    widget.show();
    auto* create = widget.findChild<QPushButton*>(QStringLiteral("createSheetButton"));
    QVERIFY(create->isVisible());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(widget.hasSheet());
    QCOMPARE(widget.sheet()->objectiveCurrency, QStringLiteral("USD"));

    auto* what = widget.findChild<QLineEdit*>(QStringLiteral("objectiveWhat"));
    what->setFocus();
    QTest::keyClicks(what, QStringLiteral("Sign the platform deal"));
    QTest::keyClick(what, Qt::Key_Return);
    QCOMPARE((*m_ws)->strategySheets().forDeal(m_deal.id)->objective, QStringLiteral("Sign the platform deal"));

    auto* qualification = widget.findChild<QComboBox*>(QStringLiteral("qualification1"));
    qualification->setCurrentIndex(2); // drop
    emit qualification->activated(2);
    QCOMPARE((*m_ws)->strategySheets().forDeal(m_deal.id)->qualification[1], QualificationAnswer::Drop);
    QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("dropCount"))->text(),
             QStringLiteral("0 of 5 say pursue, 1 say drop"));

    auto* milestone = widget.findChild<QCheckBox*>(QStringLiteral("milestone0"));
    milestone->setChecked(true);
    QCOMPARE((*m_ws)->strategySheets().forDeal(m_deal.id)->milestones[0].done, QDate(2026, 11, 16));

    auto* probability = widget.findChild<QSpinBox*>(QStringLiteral("managerProbability"));
    probability->setValue(40);
    emit probability->editingFinished();
    QCOMPARE((*m_ws)->strategySheets().forDeal(m_deal.id)->managerWinProbability, std::optional<int>(40));

    QCOMPARE(m_undo.count(), 5);
    m_undo.undo();
    m_undo.undo();
    QVERIFY(!(*m_ws)->strategySheets().forDeal(m_deal.id)->milestones[0].isDone());
    QVERIFY(!milestone->isChecked());
    m_undo.undo();
    m_undo.undo();
    QCOMPARE(what->text(), QString());
    m_undo.undo(); // the sheet itself
    QVERIFY(!(*m_ws)->strategySheets().forDeal(m_deal.id));
    QVERIFY(!widget.hasSheet());
    m_undo.redo();
    m_undo.redo();
    QCOMPARE((*m_ws)->strategySheets().forDeal(m_deal.id)->objective, QStringLiteral("Sign the platform deal"));
}

void TestStrategySheetWidget::tablesByKeyboard()
{
    StrategySheetWidget widget(&**m_ws, &m_undo, m_deal.id);
    widget.resize(1300, 900);
    widget.show();
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    widget.createSheet();
    auto* people = widget.findChild<QTableView*>(QStringLiteral("stakeholdersTable"));
    QVERIFY(people);
    QAbstractItemModelTester tester(people->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    people->setFocus();
    QTest::keyClick(people, Qt::Key_Insert);
    QTest::keyClick(people, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE((*m_ws)->strategySheets().forDeal(m_deal.id)->stakeholders.size(), 2);
    QCOMPARE(people->model()->rowCount(), 2);

    // Linking a contact fills the empty fields from it; the role is a choice.
    QAbstractItemModel* model = people->model();
    QVERIFY(model->setData(model->index(0, 2), m_cfo));
    QVERIFY(model->setData(model->index(0, 4), int(StakeholderRole::EconomicBuyer)));
    QVERIFY(model->setData(model->index(0, 7), Qt::Checked, Qt::CheckStateRole));
    const Stakeholder linked = (*m_ws)->strategySheets().forDeal(m_deal.id)->stakeholders[0];
    QCOMPARE(linked.contactId, m_cfo);
    QCOMPARE(linked.orgLevel, OrgLevel::Executive);
    QCOMPARE(linked.role, StakeholderRole::EconomicBuyer);
    QVERIFY(linked.contacted);
    QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("Economic buyer"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("Executive"));

    // Delete removes the current row; undo brings it back.
    people->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(people, Qt::Key_Delete);
    QCOMPARE((*m_ws)->strategySheets().forDeal(m_deal.id)->stakeholders.size(), 1);
    m_undo.undo();
    QCOMPARE((*m_ws)->strategySheets().forDeal(m_deal.id)->stakeholders.size(), 2);

    auto* actions = widget.findChild<QTableView*>(QStringLiteral("actionsTable"));
    QTest::mouseClick(widget.findChild<QPushButton*>(QStringLiteral("actionsAddButton")), Qt::LeftButton);
    QVERIFY(actions->model()->setData(actions->model()->index(0, 0), QStringLiteral("Workshop with IT")));
    QVERIFY(actions->model()->setData(actions->model()->index(0, 2), QDate(2026, 11, 30)));
    const PlanAction action = (*m_ws)->strategySheets().forDeal(m_deal.id)->actions[0];
    QCOMPARE(action.text, QStringLiteral("Workshop with IT"));
    QCOMPARE(action.due, QDate(2026, 11, 30));
    // An edit that changes nothing is not an undo step.
    const int steps = m_undo.count();
    QVERIFY(!actions->model()->setData(actions->model()->index(0, 0), QStringLiteral("Workshop with IT")));
    QCOMPARE(m_undo.count(), steps);
}

void TestStrategySheetWidget::warningsFollowTheSheet()
{
    StrategySheetWidget widget(&**m_ws, &m_undo, m_deal.id);
    widget.show();
    widget.createSheet();
    auto* warnings = widget.findChild<QLabel*>(QStringLiteral("strategyWarnings"));
    // Empty buying centre, close in 15 days with no milestone.
    QCOMPARE(warnings->text().count(QStringLiteral("⚠")), 3);
    QVERIFY(warnings->text().contains(QStringLiteral("No economic buyer identified")));
    QVERIFY(warnings->text().contains(QStringLiteral("Closes within 30 days")));
    StrategySheet sheet = *widget.sheet();
    Stakeholder buyer;
    buyer.name = QStringLiteral("Dana");
    buyer.role = StakeholderRole::EconomicBuyer;
    buyer.attitude = Attitude::Champion;
    buyer.orgLevel = OrgLevel::Executive;
    buyer.contacted = true;
    Stakeholder user;
    user.name = QStringLiteral("Uma");
    user.orgLevel = OrgLevel::Staff;
    sheet.stakeholders = {buyer, user};
    for (int i = 0; i < 3; ++i) {
        sheet.milestones[i].done = QDate(2026, 11, 1);
    }
    (*m_ws)->strategySheetService().save(sheet); // another editor: the widget follows the event
    QCOMPARE(warnings->text(), QStringLiteral("No warnings."));
    QCOMPARE(widget.findChild<BuyingCentreMap*>()->grab().isNull(), false);

    // A deal without an account has no contacts to link, and still gets its sheet.
    widget.setDeal(m_noAccount.id);
    QVERIFY(!widget.hasSheet());
    widget.createSheet();
    QVERIFY(widget.hasSheet());
    QCOMPARE(warnings->text().count(QStringLiteral("⚠")), 2); // no economic buyer, no champion
}

void TestStrategySheetWidget::buyingCentreCells_data()
{
    QTest::addColumn<int>("influence");
    QTest::addColumn<int>("attitude");
    QTest::addColumn<QPoint>("cell");
    QTest::addRow("high opponent") << int(Degree::High) << int(Attitude::Opponent) << QPoint(0, 0);
    QTest::addRow("low champion") << int(Degree::Low) << int(Attitude::Champion) << QPoint(4, 2);
    QTest::addRow("medium neutral") << int(Degree::Medium) << int(Attitude::Neutral) << QPoint(2, 1);
    QTest::addRow("nothing known") << int(Degree::Unknown) << int(Attitude::Unknown) << QPoint(5, 3);
}

void TestStrategySheetWidget::buyingCentreCells()
{
    QFETCH(int, influence);
    QFETCH(int, attitude);
    QFETCH(QPoint, cell);
    Stakeholder s;
    s.influence = static_cast<Degree>(influence);
    s.attitude = static_cast<Attitude>(attitude);
    QCOMPARE(BuyingCentreMap::cellOf(s), cell);
}

void TestStrategySheetWidget::listAndPage()
{
    StrategyPage page;
    page.resize(1500, 900);
    page.setWorkspace(&**m_ws, &m_undo);
    page.show();
    QAbstractItemModelTester tester(page.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.listModel()->rowCount(), 0);
    QCOMPARE(page.newSheetDeals()->count(), 2); // both open deals, biggest first
    page.newSheetDeals()->setCurrentIndex(page.newSheetDeals()->findData(m_deal.id));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newSheetButton")), Qt::LeftButton);
    QCOMPARE(page.listModel()->rowCount(), 1);
    QCOMPARE(page.newSheetDeals()->count(), 1);
    QCOMPARE(page.sheet()->dealId(), m_deal.id);
    const QModelIndex row = page.listModel()->index(0, 0);
    QCOMPARE(row.data().toString(), QStringLiteral("Platform"));
    QCOMPARE(page.listModel()->index(0, StrategySheetListModel::Account).data().toString(), QStringLiteral("Initech"));
    QCOMPARE(page.listModel()->index(0, StrategySheetListModel::Milestones).data().toString(), QStringLiteral("0 / 5"));
    QCOMPARE(page.listModel()->index(0, StrategySheetListModel::Warnings).data().toString(), QStringLiteral("⚠ 3"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("removeSheetButton")), Qt::LeftButton);
    QCOMPARE(page.listModel()->rowCount(), 0);
    m_undo.undo();
    QCOMPARE(page.listModel()->rowCount(), 1);
}

QTEST_MAIN(TestStrategySheetWidget)
#include "TestStrategySheetWidget.moc"
