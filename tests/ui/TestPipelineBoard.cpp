// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardPageFixture.h"

#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/util/Settings.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/QueryRows.h"
#include "tests/support/TempWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/pipeline/BoardFilterBar.h"
#include "ui/pipeline/DealCardDelegate.h"
#include "ui/pipeline/DealEditorDialog.h"
#include "ui/pipeline/DealListView.h"
#include "ui/pipeline/LostReasonDialog.h"
#include "ui/pipeline/PipelineBoard.h"
#include "ui/pipeline/PipelineBoardPage.h"
#include "ui/pipeline/PipelineBoardView.h"
#include "ui/pipeline/StageColumnHeader.h"
#include "ui/pipeline/StageColumnModel.h"
#include "ui/pipeline/StageColumnWidget.h"
#include "ui/tables/StrategySheetWidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStack>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

namespace {
QString stageId(int index)
{
    return DefaultPipeline::stageIds().at(index);
}

QStringList columnIds(StageColumnModel* model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.append(model->index(row).data(StageColumnModel::DealIdRole).toString());
    }
    return ids;
}

QStringList columnNames(StageColumnModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        names.append(model->index(row).data().toString());
    }
    return names;
}

// Ids of a stage's deals in close-date order, by an independent query.
QStringList expectedIds(Workspace& workspace, int stage)
{
    return queryRows(workspace,
                     QStringLiteral("SELECT id FROM deals WHERE deleted = 0 AND stage_id = ? "
                                    "ORDER BY expected_close_date IS NULL, expected_close_date, id"),
                     {stageId(stage)});
}
} // namespace

class TestPipelineBoard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void columnsShowWhatAnIndependentQueryFinds();
    void headersShowConvertedTotals();
    void modelsPassTheModelTester();
    void dragAndDropMovesTheDealWithOneStageEvent();
    void dropOnFoldedWonAsksAndCloses();
    void cancelledLostPromptLeavesTheDeal();
    void lostDialogNeedsAReason();
    void lostWithoutReasonIsRefused();
    void undoRedoRoundTrip();
    void ctrlArrowsMoveAStage();
    void enterOpensTheEditor();
    void newDealHasDefaults();
    void searchAndFiltersGiveExpectedIds();
    void enteringTheSearchFieldPreparesTheSearch();
    void filtersPersistPerWorkspace();
    void foldsPersistPerPipeline();
    void columnsFetchLazily();
    void cardNameTakesTwoLines_data();
    void cardNameTakesTwoLines();
    void planVisitFromTheCard();
    void editorPlansVisitsAndShowsTheSheet();

private:
    Deal addDeal(const QString& name,
                 int stage,
                 qint64 minor = 100000,
                 const QDate& close = QDate(2026, 12, 15),
                 const QString& currency = QStringLiteral("USD"),
                 const QString& accountId = {});
    std::unique_ptr<PipelineBoardPage> makePage();
    StageColumnWidget* column(PipelineBoardPage& page, int stage) const;
    void drop(PipelineBoardPage& page, const QString& dealId, int fromStage, int toStage);

    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<Settings> m_settings;
    QUndoStack m_stack;
    QString m_me;
};

void TestPipelineBoard::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    m_settings = Settings::createTemporary();
    Owner me;
    me.name = QStringLiteral("Mia Chen");
    m_me = (*m_ws)->owners().insert(me).id;
    m_settings->set(Settings::Key::MyOwnerId, m_me);
    m_stack.clear();
}

void TestPipelineBoard::cleanup()
{
    m_stack.clear();
    m_ws.reset();
    m_settings.reset();
}

Deal TestPipelineBoard::addDeal(
    const QString& name, int stage, qint64 minor, const QDate& close, const QString& currency, const QString& accountId)
{
    Deal deal = DealBuilder().name(name).stage(stage).amount(minor, currency).closeDate(close).build();
    deal.accountId = accountId;
    deal.ownerId = m_me;
    if (stage == 7) {
        deal.lostReason = LostReason::Price;
    }
    return (*m_ws)->dealService().create(deal);
}

std::unique_ptr<PipelineBoardPage> TestPipelineBoard::makePage()
{
    return showBoardPage(**m_ws, *m_settings, m_stack, QSize(1600, 900));
}

StageColumnWidget* TestPipelineBoard::column(PipelineBoardPage& page, int stage) const
{
    return page.findChild<StageColumnWidget*>(QStringLiteral("stageColumn-") + stageId(stage));
}

void TestPipelineBoard::drop(PipelineBoardPage& page, const QString& dealId, int fromStage, int toStage)
{
    // What a drag from the source view carries: the model's own mime data for the card.
    DealListView* source = column(page, fromStage)->view();
    auto* model = qobject_cast<StageColumnModel*>(source->model());
    const QModelIndex index = model->index(model->rowOf(dealId));
    QTest::mouseClick(source->viewport(), Qt::LeftButton, {}, source->visualRect(index).center());
    std::unique_ptr<QMimeData> data(model->mimeData({index}));
    StageColumnWidget* target = column(page, toStage);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &move);
    QDropEvent dropEvent(at, Qt::MoveAction, data.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    QCoreApplication::processEvents(); // the request is queued until the drag has ended
}

void TestPipelineBoard::columnsShowWhatAnIndependentQueryFinds()
{
    for (int i = 0; i < 24; ++i) {
        addDeal(QStringLiteral("D%1").arg(i), i % 6, 1000 * (i + 1), i % 5 ? QDate(2026, 12, 1 + i) : QDate());
    }
    auto page = makePage();
    for (int stage = 0; stage < 6; ++stage) {
        QCOMPARE(columnIds(column(*page, stage)->model()), expectedIds(**m_ws, stage));
    }
    // The headers count what the query counts.
    for (int stage = 0; stage < 6; ++stage) {
        QCOMPARE(column(*page, stage)->header()->countText(), QString::number(expectedIds(**m_ws, stage).size()));
    }
}

void TestPipelineBoard::headersShowConvertedTotals()
{
    (*m_ws)->exchangeRates().insert({QString(), QStringLiteral("EUR"), 1.10, QDate(2026, 1, 1)});
    addDeal(QStringLiteral("a"), 4, 100000);                                // 1,000 USD
    addDeal(QStringLiteral("b"), 4, 50000, QDate(), QStringLiteral("EUR")); //   500 EUR = 550 USD
    addDeal(QStringLiteral("c"), 4, 70000, QDate(), QStringLiteral("CHF")); // no rate
    auto page = makePage();
    StageColumnHeader* header = column(*page, 4)->header();
    QCOMPARE(header->countText(), QStringLiteral("3"));
    QCOMPARE(header->totalText(), QLocale().toCurrencyString(1550.0, QStringLiteral("$"), 0));
    QCOMPARE(header->weightedText(),
             QStringLiteral("%1 weighted").arg(QLocale().toCurrencyString(1085.0, QStringLiteral("$"), 0)));
    QVERIFY(header->unconvertibleText().contains(QLatin1String("CHF")));
    // After a move the header follows at once.
    const Deal d = addDeal(QStringLiteral("d"), 4, 10000);
    QCOMPARE(header->countText(), QStringLiteral("4"));
    QCOMPARE(header->totalText(), QLocale().toCurrencyString(1650.0, QStringLiteral("$"), 0));
    page->moveDeal(d.id, stageId(5));
    QCOMPARE(header->countText(), QStringLiteral("3"));
    QCOMPARE(column(*page, 5)->header()->totalText(), QLocale().toCurrencyString(100.0, QStringLiteral("$"), 0));
}

void TestPipelineBoard::modelsPassTheModelTester()
{
    QList<Deal> deals;
    for (int i = 0; i < 30; ++i) {
        deals.append(addDeal(QStringLiteral("D%1").arg(i), i % 6, 1000 + i, QDate(2026, 12, 1 + i % 20)));
    }
    // The models on their own (no view), a tester on each from the start.
    PipelineBoard board;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    auto attach = [&] {
        testers.clear();
        for (int i = 0; i < board.columnCount(); ++i) {
            board.column(i)->setPageSize(2); // many fetches
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                board.column(i), QAbstractItemModelTester::FailureReportingMode::QtTest));
            // The tester would fetch from its modelReset slot, which runs before its own reset
            // bookkeeping and reads as an insert during the reset; the test fetches instead.
            testers.back()->setUseFetchMore(false);
        }
    };
    connect(&board, &PipelineBoard::columnsReset, this, attach);
    board.setWorkspace(&**m_ws);
    QCOMPARE(static_cast<int>(testers.size()), 8);
    auto fetchAll = [&] {
        for (int i = 0; i < board.columnCount(); ++i) {
            while (board.column(i)->canFetchMore({})) {
                board.column(i)->fetchMore({});
            }
        }
    };
    fetchAll();
    QStack<DealChange> changes;
    changes.push((*m_ws)->dealService().move(deals[0].id, stageId(3)));
    changes.push((*m_ws)->dealService().move(deals[1].id, stageId(0)));
    Deal later = *(*m_ws)->deals().deal(deals[2].id);
    later.expectedCloseDate = QDate(2027, 6, 1);
    changes.push((*m_ws)->dealService().update(later));
    (*m_ws)->dealService().remove(deals[3].id);
    (*m_ws)->dealService().restore(deals[3].id);
    while (!changes.isEmpty()) {
        (*m_ws)->dealService().revert(changes.pop());
    }
    BoardFilter filter;
    filter.sort = BoardSort::Amount;
    board.setFilter(filter);
    fetchAll();
    (*m_ws)->dealService().move(deals[4].id, stageId(2));
    board.reload();
    board.setPipeline(board.pipeline().id); // new column models: new testers
    fetchAll();
    for (int stage = 0; stage < 6; ++stage) {
        QCOMPARE(board.column(stage)->rowCount(), expectedIds(**m_ws, stage).size());
    }
}

void TestPipelineBoard::dragAndDropMovesTheDealWithOneStageEvent()
{
    const Deal deal = addDeal(QStringLiteral("Dragged"), 1);
    addDeal(QStringLiteral("Stays"), 1);
    auto page = makePage();
    const QString countStageEvents =
        QStringLiteral("SELECT count(*) FROM deal_events WHERE deal_id = ? AND field = 'stage' AND deleted = 0");
    QCOMPARE(queryRows(**m_ws, countStageEvents, {deal.id}), QStringList{QStringLiteral("0")});
    drop(*page, deal.id, 1, 3);
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"), {deal.id}),
             QStringList{stageId(3)});
    QCOMPARE(queryRows(**m_ws, countStageEvents, {deal.id}), QStringList{QStringLiteral("1")});
    QCOMPARE(queryRows(**m_ws,
                       QStringLiteral("SELECT old_value, new_value FROM deal_events WHERE deal_id = ? AND "
                                      "field = 'stage'"),
                       {deal.id}),
             QStringList{stageId(1) + u'|' + stageId(3)});
    QCOMPARE(columnNames(column(*page, 1)->model()), QStringList{QStringLiteral("Stays")});
    QCOMPARE(columnNames(column(*page, 3)->model()), QStringList{QStringLiteral("Dragged")});
    QCOMPARE(m_stack.count(), 1);
}

void TestPipelineBoard::dropOnFoldedWonAsksAndCloses()
{
    const Deal deal = addDeal(QStringLiteral("Signed"), 5, 200000);
    auto page = makePage();
    QVERIFY(column(*page, 6)->isFolded()); // Won is a folded drop zone by default
    QVERIFY(column(*page, 7)->isFolded());
    int asked = 0;
    page->setMovePrompt([&](const Deal& asking, const Stage& target) -> std::optional<MoveDetails> {
        ++asked;
        MoveDetails details;
        if (target.kind == StageKind::Won) {
            details.wonAmount = Money{180000, asking.amount.currency};
            details.closeDate = QDate(2026, 11, 14);
        }
        return details;
    });
    drop(*page, deal.id, 5, 6);
    QCOMPARE(asked, 1);
    const Deal won = *(*m_ws)->deals().deal(deal.id);
    QCOMPARE(won.stageId, stageId(6));
    QCOMPARE(won.amount.minor, 180000);
    QCOMPARE(won.expectedCloseDate, QDate(2026, 11, 14));
    QVERIFY(won.wonAt.isValid());
    QCOMPARE(column(*page, 5)->model()->rowCount(), 0);
    QCOMPARE(column(*page, 6)->header()->countText(), QStringLiteral("1"));
}

void TestPipelineBoard::cancelledLostPromptLeavesTheDeal()
{
    const Deal deal = addDeal(QStringLiteral("Maybe"), 2);
    auto page = makePage();
    page->setMovePrompt([](const Deal&, const Stage&) { return std::optional<MoveDetails>(); });
    const QStringList events =
        queryRows(**m_ws, QStringLiteral("SELECT id FROM deal_events WHERE deal_id = ?"), {deal.id});
    drop(*page, deal.id, 2, 7);
    QCOMPARE((*m_ws)->deals().deal(deal.id)->stageId, stageId(2));
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT id FROM deal_events WHERE deal_id = ?"), {deal.id}), events);
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(columnNames(column(*page, 2)->model()), QStringList{QStringLiteral("Maybe")});
}

void TestPipelineBoard::lostDialogNeedsAReason()
{
    LostReasonDialog dialog(QStringLiteral("Big deal"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* reason = dialog.findChild<QComboBox*>(QStringLiteral("lostReason"));
    QVERIFY(ok && reason);
    QVERIFY(!ok->isEnabled());
    reason->setCurrentIndex(reason->findData(static_cast<int>(LostReason::Competitor)));
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("lostCompetitor")), QStringLiteral("Globex"));
    const MoveDetails details = dialog.details();
    QCOMPARE(details.lostReason, LostReason::Competitor);
    QCOMPARE(details.competitor, QStringLiteral("Globex"));
    reason->setCurrentIndex(0);
    QVERIFY(!ok->isEnabled());
}

void TestPipelineBoard::lostWithoutReasonIsRefused()
{
    const Deal deal = addDeal(QStringLiteral("No reason"), 2);
    auto page = makePage();
    page->setMovePrompt([](const Deal&, const Stage&) { return std::optional<MoveDetails>(MoveDetails{}); });
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    drop(*page, deal.id, 2, 7);
    QVERIFY(!MessageBox::lastText().isEmpty()); // the service's refusal, shown to the user
    QCOMPARE((*m_ws)->deals().deal(deal.id)->stageId, stageId(2));
    QCOMPARE(m_stack.count(), 0);
}

void TestPipelineBoard::undoRedoRoundTrip()
{
    const Deal deal = addDeal(QStringLiteral("Round trip"), 1);
    auto page = makePage();
    const QString row = QStringLiteral("SELECT id, name, account_id, owner_id, pipeline_id, stage_id, amount_minor, "
                                       "currency, expected_close_date, forecast_category, source, lost_reason, "
                                       "lost_note, competitor, stage_entered_at, won_at, lost_at, external_id, "
                                       "created_at, deleted FROM deals WHERE id = ?");
    const QString events = QStringLiteral("SELECT id, occurred_at, field, old_value, new_value, created_at FROM "
                                          "deal_events WHERE deal_id = ? AND deleted = 0 ORDER BY occurred_at, id");
    const QStringList rowBefore = queryRows(**m_ws, row, {deal.id});
    const QStringList eventsBefore = queryRows(**m_ws, events, {deal.id});
    m_ws->clock().advanceDays(2);
    page->setMovePrompt([](const Deal&, const Stage&) {
        MoveDetails details;
        details.lostReason = LostReason::NoBudget;
        details.lostNote = QStringLiteral("Budget frozen");
        return std::optional<MoveDetails>(details);
    });
    page->moveDeal(deal.id, stageId(7));
    const QStringList rowAfter = queryRows(**m_ws, row, {deal.id});
    const QStringList eventsAfter = queryRows(**m_ws, events, {deal.id});
    QVERIFY(rowAfter != rowBefore);
    QCOMPARE(m_stack.count(), 1);
    m_ws->clock().advanceSeconds(10);
    m_stack.undo();
    QCOMPARE(queryRows(**m_ws, row, {deal.id}), rowBefore);
    QCOMPARE(queryRows(**m_ws, events, {deal.id}), eventsBefore);
    QCOMPARE(columnNames(column(*page, 1)->model()), QStringList{QStringLiteral("Round trip")});
    m_stack.redo();
    QCOMPARE(queryRows(**m_ws, row, {deal.id}), rowAfter);
    QCOMPARE(queryRows(**m_ws, events, {deal.id}), eventsAfter);
    QCOMPARE(column(*page, 1)->model()->rowCount(), 0);
    QCOMPARE(column(*page, 7)->header()->countText(), QStringLiteral("1"));
}

void TestPipelineBoard::ctrlArrowsMoveAStage()
{
    const Deal deal = addDeal(QStringLiteral("Keyboard"), 0);
    auto page = makePage();
    DealListView* lead = column(*page, 0)->view();
    QVERIFY(page->view()->selectDeal(deal.id));
    QTest::keyClick(lead, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE((*m_ws)->deals().deal(deal.id)->stageId, stageId(1));
    DealListView* qualified = column(*page, 1)->view();
    QCOMPARE(qualified->currentDealId(), deal.id); // the selection follows the card
    QTest::keyClick(qualified, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE((*m_ws)->deals().deal(deal.id)->stageId, stageId(2));
    QTest::keyClick(column(*page, 2)->view(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE((*m_ws)->deals().deal(deal.id)->stageId, stageId(1));
    QCOMPARE(m_stack.count(), 3);
    // The last open stage does not close a deal by key.
    const Deal late = addDeal(QStringLiteral("Late"), 5);
    QVERIFY(page->view()->selectDeal(late.id));
    QTest::keyClick(column(*page, 5)->view(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE((*m_ws)->deals().deal(late.id)->stageId, stageId(5));
}

void TestPipelineBoard::enterOpensTheEditor()
{
    const Deal deal = addDeal(QStringLiteral("Open me"), 3);
    auto page = makePage();
    QVERIFY(page->view()->selectDeal(deal.id));
    QTest::keyClick(column(*page, 3)->view(), Qt::Key_Return);
    auto* editor = page->findChild<DealEditorDialog*>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("dealName"));
    QCOMPARE(name->text(), QStringLiteral("Open me"));
    name->setText(QStringLiteral("Opened and renamed"));
    editor->accept();
    QCOMPARE((*m_ws)->deals().deal(deal.id)->name, QStringLiteral("Opened and renamed"));
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(columnNames(column(*page, 3)->model()), QStringList{QStringLiteral("Opened and renamed")});
    m_stack.undo();
    QCOMPARE((*m_ws)->deals().deal(deal.id)->name, QStringLiteral("Open me"));
}

void TestPipelineBoard::newDealHasDefaults()
{
    auto page = makePage();
    page->view()->setFocus();
    QTest::keySequence(page.get(), QKeySequence::New);
    auto* editor = page->findChild<DealEditorDialog*>();
    QVERIFY(editor);
    const Deal draft = editor->deal();
    QCOMPARE(draft.stageId, stageId(0));
    QCOMPARE(draft.ownerId, m_me);
    QCOMPARE(draft.expectedCloseDate, QDate(2026, 12, 31)); // MockClock: 16 Nov 2026
    QCOMPARE(draft.amount.currency, QStringLiteral("USD"));
    auto* ok = editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a deal needs a name
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("dealName")), QStringLiteral("Fresh lead"));
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(columnNames(column(*page, 0)->model()), QStringList{QStringLiteral("Fresh lead")});
    m_stack.undo();
    QCOMPARE(column(*page, 0)->model()->rowCount(), 0);
    m_stack.redo();
    QCOMPARE(columnNames(column(*page, 0)->model()), QStringList{QStringLiteral("Fresh lead")});
}

void TestPipelineBoard::enteringTheSearchFieldPreparesTheSearch()
{
    addDeal(QStringLiteral("Acme renewal"), 0, 100, QDate(2026, 12, 1));
    auto page = makePage();
    QVERIFY(!page->board()->isSearchPrepared()); // opening the board does not read the names
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("boardSearch"));
    search->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(page->board()->isSearchPrepared());
}

void TestPipelineBoard::searchAndFiltersGiveExpectedIds()
{
    Account globex;
    globex.name = QStringLiteral("Globex Corporation");
    const QString globexId = (*m_ws)->accounts().insert(globex).id;
    const Deal a = addDeal(QStringLiteral("Acme renewal"), 0, 100, QDate(2026, 11, 20));
    const Deal b = addDeal(QStringLiteral("Expansion"), 0, 100, QDate(2026, 12, 20), QStringLiteral("USD"), globexId);
    const Deal c = addDeal(QStringLiteral("Acme upsell"), 2, 100, QDate(2027, 2, 1));
    Deal other = DealBuilder().name(QStringLiteral("Not mine")).stage(0).closeDate(QDate(2026, 11, 25)).build();
    const Deal d = (*m_ws)->dealService().create(other);
    auto page = makePage();
    QCOMPARE(columnIds(column(*page, 0)->model()), (QStringList{a.id, d.id, b.id}));

    auto* search = page->findChild<QLineEdit*>(QStringLiteral("boardSearch"));
    QTest::keyClicks(search, QStringLiteral("acme"));
    QTRY_COMPARE(columnIds(column(*page, 0)->model()), QStringList{a.id});
    QCOMPARE(columnIds(column(*page, 2)->model()), QStringList{c.id});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("GLOBEX"));
    QTRY_COMPARE(columnIds(column(*page, 0)->model()), QStringList{b.id});
    QCOMPARE(column(*page, 2)->model()->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(column(*page, 0)->model()->rowCount(), 3);

    auto* owner = page->findChild<QComboBox*>(QStringLiteral("boardOwner"));
    owner->setCurrentIndex(owner->findData(QStringLiteral("@me")));
    QCOMPARE(columnIds(column(*page, 0)->model()), (QStringList{a.id, b.id}));
    auto* period = page->findChild<QComboBox*>(QStringLiteral("boardPeriod"));
    period->setCurrentIndex(period->findData(static_cast<int>(ClosePeriod::ThisMonth)));
    QCOMPARE(columnIds(column(*page, 0)->model()), QStringList{a.id});
    period->setCurrentIndex(period->findData(static_cast<int>(ClosePeriod::NextQuarter)));
    QCOMPARE(column(*page, 0)->model()->rowCount(), 0);
    QCOMPARE(columnIds(column(*page, 2)->model()), QStringList{c.id});
    auto* noNextStep = page->findChild<QToolButton*>(QStringLiteral("boardOnlyNoNextStep"));
    noNextStep->click();
    QCOMPARE(columnIds(column(*page, 2)->model()), QStringList{c.id}); // no interactions planned
    auto* stalled = page->findChild<QToolButton*>(QStringLiteral("boardOnlyStalled"));
    stalled->click();
    QCOMPARE(column(*page, 2)->model()->rowCount(), 0); // created just now: not stalled
}

void TestPipelineBoard::filtersPersistPerWorkspace()
{
    addDeal(QStringLiteral("x"), 0);
    {
        auto page = makePage();
        auto* period = page->findChild<QComboBox*>(QStringLiteral("boardPeriod"));
        period->setCurrentIndex(period->findData(static_cast<int>(ClosePeriod::ThisQuarter)));
        auto* sort = page->findChild<QComboBox*>(QStringLiteral("boardSort"));
        sort->setCurrentIndex(sort->findData(static_cast<int>(BoardSort::Amount)));
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("boardSearch")), QStringLiteral("x"));
        QTRY_COMPARE(page->board()->filter().search, QStringLiteral("x"));
    }
    auto page = makePage();
    QCOMPARE(page->board()->filter().closePeriod, ClosePeriod::ThisQuarter);
    QCOMPARE(page->board()->filter().sort, BoardSort::Amount);
    QCOMPARE(page->board()->filter().search, QStringLiteral("x"));
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("boardSearch"))->text(), QStringLiteral("x"));
    // Another workspace starts unfiltered.
    TempWorkspace other;
    page->setWorkspace(&*other);
    QCOMPARE(page->board()->filter(), BoardFilter{});
    page->setWorkspace(nullptr);
}

void TestPipelineBoard::foldsPersistPerPipeline()
{
    {
        auto page = makePage();
        column(*page, 2)->header()->foldButton()->click();
        QVERIFY(column(*page, 2)->isFolded());
        QTest::mouseClick(column(*page, 6), Qt::LeftButton); // open Won
        QVERIFY(!column(*page, 6)->isFolded());
    }
    auto page = makePage();
    QVERIFY(column(*page, 2)->isFolded());
    QVERIFY(!column(*page, 6)->isFolded());
    QVERIFY(column(*page, 7)->isFolded());
}

void TestPipelineBoard::columnsFetchLazily()
{
    for (int i = 0; i < 450; ++i) {
        addDeal(QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0')), 0, 100, QDate(2026, 12, 1).addDays(i % 40));
    }
    auto page = makePage();
    StageColumnModel* model = column(*page, 0)->model();
    QCOMPARE(model->rowCount(), StageColumnModel::firstPageSize);
    QVERIFY(model->canFetchMore({}));
    QCOMPARE(column(*page, 0)->header()->countText(), QLocale().toString(450));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), StageColumnModel::firstPageSize + StageColumnModel::defaultPageSize);
    int fetches = 1;
    while (model->canFetchMore({})) {
        model->fetchMore({});
        ++fetches;
        QCOMPARE(model->rowCount(),
                 std::min(450, StageColumnModel::firstPageSize + fetches * StageColumnModel::defaultPageSize));
    }
    QCOMPARE(model->rowCount(), 450);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(columnIds(model), expectedIds(**m_ws, 0));
}

void TestPipelineBoard::cardNameTakesTwoLines_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("firstWidthInX"); // widths in multiples of the width of "x"
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("fits on one line") << QStringLiteral("Short deal") << 30
                                      << QStringList{QStringLiteral("Short deal")};
    QTest::newRow("wraps at a word") << QStringLiteral("Redwood Metals renewal") << 16
                                     << QStringList{QStringLiteral("Redwood Metals"), QStringLiteral("renewal")};
    QTest::newRow("empty") << QString() << 10 << QStringList{QString()};
}

void TestPipelineBoard::cardNameTakesTwoLines()
{
    QFETCH(QString, name);
    QFETCH(int, firstWidthInX);
    QFETCH(QStringList, lines);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    const QFontMetrics metrics(font);
    const int x = metrics.horizontalAdvance(u'x');
    // The widths are chosen from the text's own advance, so the case does not hang on a font.
    int width = firstWidthInX * x;
    if (lines.size() == 2) {
        width = metrics.horizontalAdvance(lines.first() + u' ') + x; // the first word pair fits, "renewal" not
    }
    QCOMPARE(DealCardDelegate::nameLines(name, font, width, width * 2), lines);
}

void TestPipelineBoard::planVisitFromTheCard()
{
    const Deal deal = addDeal(QStringLiteral("Visit me"), 2);
    auto page = makePage();
    const auto nextStep = [&] {
        StageColumnModel* model = column(*page, 2)->model();
        return model->index(model->rowOf(deal.id)).data(StageColumnModel::NextInteractionRole).toDateTime();
    };
    QVERIFY(!nextStep().isValid());
    page->planVisit(deal.id);
    const QStringList planned =
        queryRows(**m_ws,
                  QStringLiteral("SELECT type, appointment_state, owner_id FROM interactions WHERE deleted = 0 "
                                 "AND deal_id = ?"),
                  {deal.id});
    QCOMPARE(planned, QStringList{QStringLiteral("visit|planned|") + m_me});
    QCOMPARE(m_stack.count(), 1);
    QTRY_VERIFY(nextStep().isValid());
    m_stack.undo();
    QVERIFY(queryRows(**m_ws, QStringLiteral("SELECT id FROM interactions WHERE deleted = 0")).isEmpty());
    QTRY_VERIFY(!nextStep().isValid());
}

void TestPipelineBoard::editorPlansVisitsAndShowsTheSheet()
{
    const Deal deal = addDeal(QStringLiteral("Edit me"), 3);
    auto page = makePage();
    QVERIFY(page->view()->selectDeal(deal.id));
    QTest::keyClick(column(*page, 3)->view(), Qt::Key_Return);
    auto* editor = page->findChild<DealEditorDialog*>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    // The Strategy tab is the deal's sheet (not a pointer to another area).
    QVERIFY(editor->findChild<StrategySheetWidget*>());
    QVERIFY(!editor->findChild<QLabel*>(QStringLiteral("dealStrategyPlaceholder")));
    auto* list = editor->findChild<QTreeWidget*>(QStringLiteral("dealInteractions"));
    QCOMPARE(list->topLevelItemCount(), 0);
    auto* plan = editor->findChild<QPushButton*>(QStringLiteral("dealPlanVisit"));
    QVERIFY(plan);
    // Go to the tab that holds the button, as the user does.
    auto* tabs = editor->findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(plan)) {
            tabs->setCurrentIndex(i);
        }
    }
    QVERIFY(plan->isVisibleTo(editor));
    QTest::mouseClick(plan, Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(queryRows(**m_ws,
                       QStringLiteral("SELECT count(*) FROM interactions WHERE deleted = 0 AND deal_id = ?"),
                       {deal.id}),
             QStringList{QStringLiteral("1")});
    editor->reject();
    QCOMPARE(m_stack.count(), 1); // the visit stays, as its own undo step
    m_stack.undo();
    QCOMPARE(queryRows(**m_ws,
                       QStringLiteral("SELECT count(*) FROM interactions WHERE deleted = 0 AND deal_id = ?"),
                       {deal.id}),
             QStringList{QStringLiteral("0")});
}

QTEST_MAIN(TestPipelineBoard)
#include "TestPipelineBoard.moc"
