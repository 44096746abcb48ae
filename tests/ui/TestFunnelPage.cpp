// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The funnel page, offscreen: table, flow colours (light and dark), filters, quota editing
// through the undo stack, opening a deal.
#include "tests/core/ReviewFixture.h"
#include "ui/common/ReportRunner.h"
#include "ui/common/Theme.h"
#include "ui/review/ForecastModel.h"
#include "ui/review/FunnelPage.h"
#include "ui/review/FunnelTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {
int rowOfDeal(const QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, FunnelTableModel::Deal).data().toString() == name) {
            return row;
        }
    }
    return -1;
}
} // namespace

class TestFunnelPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryDealOfThePeriodWithItsFlowState();
    void flowColoursWorkOnLightAndDarkPalettes_data();
    void flowColoursWorkOnLightAndDarkPalettes();
    void filtersByFlowStateAndText();
    void editsTheQuotaThroughTheUndoStack();
    void doubleClickAsksToOpenTheDeal();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<FunnelPage> m_page;
    QString m_ana;
    QString m_won;
};

void TestFunnelPage::initTestCase()
{
    ReportRunner::setSynchronous(true);
}

void TestFunnelPage::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    ReviewFixture f(*m_ws);
    m_ana = f.owner(QStringLiteral("Ana"));
    const QString ben = f.owner(QStringLiteral("Ben"));
    const QDateTime oct1 = ReviewFixture::utc(10, 1);
    f.create(QStringLiteral("Acme expansion"), ReviewFixture::utc(11, 17), 0, 2000000, m_ana);
    f.move(f.create(QStringLiteral("Globex"), oct1, 1, 5000000, m_ana), ReviewFixture::utc(11, 18), 2);
    f.create(QStringLiteral("Initech"), oct1, 2, 3000000, ben); // stalled
    m_won = f.create(QStringLiteral("Umbrella"), oct1, 5, 9000000, ben);
    f.move(m_won, ReviewFixture::utc(11, 20), 6);
    m_ws->clock().set(ReviewFixture::utc(11, 22, 18));
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<FunnelPage>();
    m_page->resize(1200, 700);
    m_page->show();
    QSignalSpy refreshed(m_page.get(), &FunnelPage::refreshed);
    m_page->setWorkspace(&**m_ws, m_undo.get());
    QCOMPARE(refreshed.count(), 1);
}

void TestFunnelPage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_ws.reset();
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestFunnelPage::showsEveryDealOfThePeriodWithItsFlowState()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("funnelTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 4);
    const QAbstractItemModel* model = table->model();
    QCOMPARE(model->index(rowOfDeal(model, QStringLiteral("Acme expansion")), FunnelTableModel::Flow).data().toString(),
             QStringLiteral("New"));
    QCOMPARE(model->index(rowOfDeal(model, QStringLiteral("Globex")), FunnelTableModel::Flow).data().toString(),
             QStringLiteral("Advanced"));
    QCOMPARE(model->index(rowOfDeal(model, QStringLiteral("Initech")), FunnelTableModel::Flow).data().toString(),
             QStringLiteral("Stalled"));
    QCOMPARE(model->index(rowOfDeal(model, QStringLiteral("Umbrella")), FunnelTableModel::Flow).data().toString(),
             QStringLiteral("Won"));
    QCOMPARE(model->index(rowOfDeal(model, QStringLiteral("Globex")), FunnelTableModel::StageAtStart).data().toString(),
             QStringLiteral("Qualified"));
    // Sorted by amount, biggest first.
    QCOMPARE(model->index(0, FunnelTableModel::Deal).data().toString(), QStringLiteral("Umbrella"));
    // The side panel: stage summary, shape sentence, attention list.
    QVERIFY(m_page->findChild<QTableView*>(QStringLiteral("stageSummaryTable"))->model()->rowCount() == 7);
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("funnelShape"))->text().isEmpty());
    QVERIFY(m_page->findChild<QTableView*>(QStringLiteral("attentionTable"))->model()->rowCount() >= 1);
    // The forecast: the team and both reps; plain amounts, the heading names the currency.
    const QAbstractItemModel* forecast = m_page->findChild<QTableView*>(QStringLiteral("forecastTable"))->model();
    QCOMPARE(forecast->rowCount(), 3);
    QCOMPARE(forecast->index(0, ForecastModel::Closed).data().toString(), QLocale().toString(90000)); // Umbrella
    // The flow state sits right after the deal, where a 1280-pixel window still shows it.
    const QHeaderView* header = table->horizontalHeader();
    QCOMPARE(header->visualIndex(FunnelTableModel::Flow), header->visualIndex(FunnelTableModel::Deal) + 1);
}

void TestFunnelPage::flowColoursWorkOnLightAndDarkPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void TestFunnelPage::flowColoursWorkOnLightAndDarkPalettes()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
    const QPalette palette = QApplication::palette();
    const QAbstractItemModel* model = m_page->findChild<QTableView*>(QStringLiteral("funnelTable"))->model();
    const QColor won = model->index(rowOfDeal(model, QStringLiteral("Umbrella")), FunnelTableModel::Flow)
                           .data(Qt::BackgroundRole)
                           .value<QColor>();
    QVERIFY(won.isValid());
    // The cell stays on the palette's side of light and dark, so the palette's text reads on it.
    const bool darkCell = won.lightnessF() < 0.5;
    QCOMPARE(darkCell, dark);
    QVERIFY(std::abs(won.lightnessF() - palette.color(QPalette::Text).lightnessF()) > 0.35);
    QVERIFY(won != palette.color(QPalette::Base));
}

void TestFunnelPage::filtersByFlowStateAndText()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("funnelTable"));
    auto* flow = m_page->findChild<QComboBox*>(QStringLiteral("funnelFlow"));
    flow->setCurrentIndex(flow->findData(int(FlowState::Won)));
    QCOMPARE(table->model()->rowCount(), 1);
    flow->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 4);
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("funnelSearch"));
    QTest::keyClicks(search, QStringLiteral("glob"));
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    // One rep: the page recomputes for Ben only.
    auto* owner = m_page->findChild<QComboBox*>(QStringLiteral("funnelOwner"));
    QSignalSpy refreshed(m_page.get(), &FunnelPage::refreshed);
    owner->setCurrentIndex(owner->findText(QStringLiteral("Ben")));
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestFunnelPage::editsTheQuotaThroughTheUndoStack()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("forecastTable"));
    QAbstractItemModel* model = table->model();
    int anaRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ForecastModel::Rep).data(ForecastModel::OwnerIdRole) == m_ana) {
            anaRow = row;
        }
    }
    QVERIFY(anaRow > 0);
    const QModelIndex quota = model->index(anaRow, ForecastModel::Quota);
    QVERIFY(model->flags(quota) & Qt::ItemIsEditable);
    QVERIFY(!(model->flags(model->index(0, ForecastModel::Quota)) & Qt::ItemIsEditable)); // the team row
    table->setCurrentIndex(quota);
    table->edit(quota);
    QWidget* editor = table->viewport()->focusWidget();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("250000"));
    QSignalSpy refreshed(m_page.get(), &FunnelPage::refreshed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_undo->count(), 1); // the delegate commits on Return through a queued call
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(m_page->report().forecast.team.quota, std::optional<qint64>(25000000));
    m_undo->undo();
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(m_page->report().forecast.team.quota, std::optional<qint64>());
    m_undo->redo();
    QVERIFY(refreshed.wait(2000));
    QCOMPARE(m_page->report().forecast.team.quota, std::optional<qint64>(25000000));
}

void TestFunnelPage::doubleClickAsksToOpenTheDeal()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("funnelTable"));
    QSignalSpy open(m_page.get(), &FunnelPage::openDealRequested);
    const QRect cell = table->visualRect(table->model()->index(0, FunnelTableModel::Deal));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.front().front().toString(), m_won);
}

QTEST_MAIN(TestFunnelPage)
#include "TestFunnelPage.moc"
