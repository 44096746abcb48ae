// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pipeline/DealCardDelegate.h"
#include "ui/pipeline/DealListView.h"
#include "ui/pipeline/StageColumnModel.h"

#include <QAccessible>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

/**
 * The board column's own list view (CardListView under DealListView): geometry by arithmetic
 * over a column loaded a page at a time, as on the board, without a workspace: the cards come
 * from a list held by the test.
 */
class TestCardListView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsAreCardsOfOneHeight();
    void indexAtAndVisualRectAgree_data();
    void indexAtAndVisualRectAgree();
    void appendingAPageKeepsScrollAndSelection();
    void downAcrossAPageBoundaryReadsTheNextPage();
    void endKeyGoesToTheLastLoadedCard();
    void clickSelectsTheCardUnderTheMouse();
    void removingACardShrinksTheScrollRange();
    void screenReaderSeesOneCellPerCard();

private:
    static constexpr int kCards = 200;
    static constexpr int kPage = 40;
    static constexpr int kViewHeight = 600;
    static QString idOf(int row) { return QStringLiteral("deal-%1").arg(row, 4, 10, QLatin1Char('0')); }
    int loadedRows() const { return m_model->rowCount(); }

    QList<DealCard> m_cards;
    std::unique_ptr<StageColumnModel> m_model;
    std::unique_ptr<DealCardDelegate> m_delegate;
    std::unique_ptr<DealListView> m_view;
};

void TestCardListView::init()
{
    m_cards.clear();
    for (int row = 0; row < kCards; ++row) {
        DealCard card;
        card.id = idOf(row);
        card.name = QStringLiteral("Deal %1").arg(row);
        card.accountName = QStringLiteral("Account %1").arg(row % 7);
        card.amount = Money{100'00 * (row + 1), QStringLiteral("EUR")};
        card.closeDate = QDate(2026, 12, 1).addDays(row);
        card.sortKey = card.closeDate.toString(Qt::ISODate);
        m_cards.append(card);
    }
    Stage stage;
    stage.id = QStringLiteral("stage-lead");
    stage.name = QStringLiteral("Lead");
    m_model = std::make_unique<StageColumnModel>(stage);
    m_model->setPageSize(kPage);
    m_model->reset(
        [this](const DealCard* after, int limit) {
            const qsizetype from = after ? m_cards.indexOf(*after) + 1 : 0;
            return m_cards.mid(from, limit);
        },
        true);
    m_delegate = std::make_unique<DealCardDelegate>();
    m_view = std::make_unique<DealListView>();
    m_view->setModel(m_model.get());
    m_view->setItemDelegate(m_delegate.get());
    m_view->resize(280, kViewHeight);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(loadedRows(), kPage); // the first page only: 40 cards are taller than the view
}

void TestCardListView::cleanup()
{
    m_view.reset();
    m_delegate.reset();
    m_model.reset();
}

void TestCardListView::rowsAreCardsOfOneHeight()
{
    const int card = DealCardDelegate::cardHeight(m_view->font());
    QCOMPARE(m_view->rowHeight(), card);
    const int shown = m_view->viewport()->height();
    QCOMPARE(m_view->verticalScrollBar()->maximum(), kPage * card - shown);
    QCOMPARE(m_view->visualRect(m_model->index(3)), QRect(0, 3 * card, m_view->viewport()->width(), card));
}

void TestCardListView::indexAtAndVisualRectAgree_data()
{
    QTest::addColumn<int>("scroll");
    QTest::newRow("top") << 0;
    QTest::newRow("inside a card") << 37;
    QTest::newRow("one screen down") << kViewHeight;
    QTest::newRow("at the end") << -1; // the scroll bar's maximum
}

void TestCardListView::indexAtAndVisualRectAgree()
{
    QFETCH(int, scroll);
    QScrollBar* bar = m_view->verticalScrollBar();
    bar->setValue(scroll < 0 ? bar->maximum() : scroll);
    const int card = DealCardDelegate::cardHeight(m_view->font());
    const int offset = bar->value();
    // Every card on screen: its rectangle is where the arithmetic puts it, and the point in
    // its middle and its two edges map back to it.
    const int firstShown = offset / card;
    const int lastShown = std::min(loadedRows() - 1, (offset + m_view->viewport()->height() - 1) / card);
    QVERIFY(lastShown > firstShown);
    for (int row = firstShown; row <= lastShown; ++row) {
        const QModelIndex index = m_model->index(row);
        const QRect rect = m_view->visualRect(index);
        QCOMPARE(rect.top(), row * card - offset);
        QCOMPARE(rect.height(), card);
        QCOMPARE(m_view->indexAt(rect.center()), index);
        QCOMPARE(m_view->indexAt(QPoint(1, rect.top())), index);
        QCOMPARE(m_view->indexAt(QPoint(rect.right(), rect.bottom())), index);
    }
    QVERIFY(!m_view->indexAt(QPoint(-1, 10)).isValid());
    QVERIFY(!m_view->indexAt(QPoint(m_view->viewport()->width(), 10)).isValid());
}

void TestCardListView::appendingAPageKeepsScrollAndSelection()
{
    QVERIFY(m_view->selectDeal(idOf(12)));
    QScrollBar* bar = m_view->verticalScrollBar();
    bar->setValue(bar->maximum() - 50);
    const int value = bar->value();
    const int maximum = bar->maximum();
    const QRect selectedRect = m_view->visualRect(m_view->currentIndex());

    m_model->fetchMore({});

    QCOMPARE(loadedRows(), 2 * kPage);
    QCOMPARE(bar->value(), value);
    QCOMPARE(bar->maximum(), maximum + kPage * DealCardDelegate::cardHeight(m_view->font()));
    QCOMPARE(m_view->currentDealId(), idOf(12));
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_view->visualRect(m_view->currentIndex()), selectedRect);
    // The new cards are there to scroll to: the last one ends at the bottom of the view. (The
    // bar at its end then reads the next page, as QListView did.)
    QVERIFY(m_view->selectDeal(idOf(2 * kPage - 1)));
    QCOMPARE(m_view->visualRect(m_view->currentIndex()).bottom(), m_view->viewport()->height() - 1);
    QCOMPARE(m_view->indexAt(QPoint(10, m_view->viewport()->height() - 1)).row(), 2 * kPage - 1);
    QCOMPARE(loadedRows(), 3 * kPage);
}

void TestCardListView::downAcrossAPageBoundaryReadsTheNextPage()
{
    m_view->setFocus();
    QVERIFY(m_view->selectDeal(idOf(kPage - 2)));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->currentDealId(), idOf(kPage - 1));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->currentDealId(), idOf(kPage));
    QCOMPARE(loadedRows(), 2 * kPage);
    // The card reached is on screen.
    const QRect shown = m_view->viewport()->rect();
    QVERIFY(shown.contains(m_view->visualRect(m_view->currentIndex())));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_view->currentDealId(), idOf(kPage - 1));
}

void TestCardListView::endKeyGoesToTheLastLoadedCard()
{
    m_view->setFocus();
    QVERIFY(m_view->selectDeal(idOf(0)));
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->currentDealId(), idOf(kPage - 1));
    QCOMPARE(loadedRows(), 2 * kPage); // the bar reached its end and read the next page
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->currentDealId(), idOf(0));
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
    QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    const int perPage = m_view->viewport()->height() / DealCardDelegate::cardHeight(m_view->font());
    QCOMPARE(m_view->currentDealId(), idOf(perPage));
}

void TestCardListView::clickSelectsTheCardUnderTheMouse()
{
    const int card = DealCardDelegate::cardHeight(m_view->font());
    m_view->verticalScrollBar()->setValue(5 * card + card / 2); // card 5 half shown at the top
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(40, card / 4));
    QCOMPARE(m_view->currentDealId(), idOf(5));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(40, card / 2 + 2));
    QCOMPARE(m_view->currentDealId(), idOf(6));
    QSignalSpy opened(m_view.get(), &DealListView::openRequested);
    const QPoint seventh(40, card / 2 + card + 2);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, seventh);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, seventh);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), idOf(7));
}

void TestCardListView::removingACardShrinksTheScrollRange()
{
    QScrollBar* bar = m_view->verticalScrollBar();
    const int maximum = bar->maximum();
    QVERIFY(m_model->removeDeal(idOf(3)));
    QCOMPARE(bar->maximum(), maximum - DealCardDelegate::cardHeight(m_view->font()));
    QCOMPARE(m_view->indexAt(m_view->visualRect(m_model->index(3)).center()).data(StageColumnModel::DealIdRole),
             QVariant(idOf(4)));
}

void TestCardListView::screenReaderSeesOneCellPerCard()
{
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(m_view.get());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QAccessibleTableInterface* table = list->tableInterface();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), kPage);
    QCOMPARE(table->columnCount(), 1);
    QAccessibleInterface* cell = table->cellAt(2, 0);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), QStringLiteral("Deal 2"));
}

QTEST_MAIN(TestCardListView)
#include "TestCardListView.moc"
