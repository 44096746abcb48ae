// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Charts area offscreen on a generated demo workspace: every chart and every view of it
// draws series, filters recompute, dark mode follows the palette, exports write a 200-dpi
// PNG and a PDF, and an empty workspace shows messages instead of charts.
// With DEALBENCH_SHOTS_DIR set, it also saves a screenshot of every chart, light and dark.
#include "core/demo/DemoGenerator.h"
#include "core/util/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TempWorkspace.h"
#include "ui/charts/ChartCanvas.h"
#include "ui/charts/ChartFigures.h"
#include "ui/charts/ChartsPage.h"
#include "ui/common/Theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

namespace {
const QDate kToday(2026, 11, 16);
constexpr int kTimeoutMs = 60000;

int seriesCount(const ChartCanvas* canvas)
{
    int count = 0;
    for (const QChartView* view : canvas->views()) {
        count += int(view->chart()->series().size());
    }
    return count;
}

bool finiteAxes(const ChartCanvas* canvas)
{
    for (const QChartView* view : canvas->views()) {
        for (const QAbstractAxis* axis : view->chart()->axes()) {
            if (const auto* value = qobject_cast<const QValueAxis*>(axis)) {
                if (!std::isfinite(value->min()) || !std::isfinite(value->max()) || value->max() <= value->min()) {
                    return false;
                }
            }
        }
    }
    return true;
}
} // namespace

class TestChartsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void everyChartAndViewDraws();
    void filtersRecompute();
    void darkModeFollowsThePalette();
    void exportPngAndPdf();
    void emptyWorkspaceShowsMessages();
    void screenshots();

private:
    bool waitForChart(ChartKind kind);

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<Settings> m_settings;
    MockClock m_clock{QDateTime(kToday, QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ChartsPage> m_page;
};

void TestChartsPage::initTestCase()
{
    m_settings = Settings::createTemporary();
    Settings::overrideInstance(m_settings.get());
    m_demoPath = qEnvironmentVariable("DEALBENCH_CHARTS_WORKSPACE");
    if (m_demoPath.isEmpty()) {
        m_demoPath = m_dir.filePath(QStringLiteral("demo.dealbench"));
        DemoOptions options;
        options.deals = 300;
        options.today = kToday;
        DemoGenerator::generate(m_demoPath, options);
    }
}

void TestChartsPage::cleanupTestCase()
{
    Settings::overrideInstance(nullptr);
}

void TestChartsPage::init()
{
    QApplication::setPalette(Theme::lightPalette());
    m_workspace = Workspace::open(m_demoPath, Database::Access::ReadOnly, m_clock);
    m_page = std::make_unique<ChartsPage>();
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setWorkspace(m_workspace.get());
}

void TestChartsPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
}

bool TestChartsPage::waitForChart(ChartKind kind)
{
    m_page->setCurrentChart(kind);
    return QTest::qWaitFor(
        [this, kind] {
            const ChartData* data = m_page->currentData();
            return data && data->kind == kind && !m_page->isBusy();
        },
        kTimeoutMs);
}

void TestChartsPage::everyChartAndViewDraws()
{
    auto* list = m_page->findChild<QListWidget*>(QStringLiteral("chartList"));
    QVERIFY(list);
    QCOMPARE(list->count(), int(ChartKinds::all().size()));
    // The list is as wide as its longest name, not a fixed band that takes width from the chart.
    int longest = 0;
    for (int row = 0; row < list->count(); ++row) {
        longest = std::max(longest, list->fontMetrics().horizontalAdvance(list->item(row)->text()));
    }
    QVERIFY2(list->width() >= longest && list->width() <= longest + 48,
             qPrintable(QStringLiteral("list %1 px for names of %2 px").arg(list->width()).arg(longest)));
    auto* views = m_page->findChild<QComboBox*>(QStringLiteral("chartView"));
    auto* stack = m_page->findChild<QStackedWidget*>(QStringLiteral("chartStack"));
    for (ChartKind kind : ChartKinds::all()) {
        // Choose it as a user would: by clicking its row.
        const QRect row = list->visualItemRect(list->item(int(ChartKinds::all().indexOf(kind))));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QVERIFY2(waitForChart(kind), qPrintable(ChartKinds::key(kind)));
        const ChartData* data = m_page->currentData();
        QVERIFY2(data->error.isEmpty(), qPrintable(data->error));
        QVERIFY2(!data->isEmpty(), qPrintable(ChartKinds::key(kind) + QStringLiteral(": no data on the demo")));
        const int viewCount = std::max(1, views->count());
        for (int view = 0; view < viewCount; ++view) {
            if (views->count() > 0) {
                views->setCurrentIndex(view);
            }
            const QString where = ChartKinds::key(kind) + QLatin1Char('/') + QString::number(view);
            QCOMPARE(stack->currentWidget(), m_page->canvas());
            QVERIFY2(!m_page->canvas()->views().isEmpty(), qPrintable(where));
            QVERIFY2(seriesCount(m_page->canvas()) > 0, qPrintable(where));
            QVERIFY2(finiteAxes(m_page->canvas()), qPrintable(where));
        }
    }
}

void TestChartsPage::filtersRecompute()
{
    QVERIFY(waitForChart(ChartKind::Funnel));
    const int everyone = std::get<FunnelResult>(m_page->currentData()->result).deals();
    auto* rep = m_page->findChild<QComboBox*>(QStringLiteral("chartRep"));
    QVERIFY(rep && rep->count() > 2);
    rep->setCurrentIndex(1);
    QVERIFY(QTest::qWaitFor([this] { return m_page->currentData() && !m_page->isBusy(); }, kTimeoutMs));
    const ChartData* data = m_page->currentData();
    QCOMPARE(data->filter.ownerIds.size(), 1);
    const int one = std::get<FunnelResult>(data->result).deals();
    QVERIFY(one > 0);
    QVERIFY(one < everyone);

    auto* team = m_page->findChild<QComboBox*>(QStringLiteral("chartTeam"));
    QVERIFY(team && team->count() > 1);
    team->setCurrentIndex(1);
    QVERIFY(QTest::qWaitFor([this] { return m_page->currentData() && !m_page->isBusy(); }, kTimeoutMs));
    QVERIFY(m_page->currentData()->filter.ownerIds.size() > 1);

    auto* period = m_page->findChild<QComboBox*>(QStringLiteral("chartPeriod"));
    period->setCurrentIndex(period->findData(QStringLiteral("last_quarter")));
    QVERIFY(waitForChart(ChartKind::WinLoss));
    QCOMPARE(m_page->currentData()->filter.period.start.date(), QDate(2026, 7, 1));
}

void TestChartsPage::darkModeFollowsThePalette()
{
    QVERIFY(waitForChart(ChartKind::Funnel));
    QVERIFY(m_page->canvas()->views().first()->chart()->backgroundBrush().color().lightness() > 128);
    QApplication::setPalette(Theme::darkPalette());
    QTRY_VERIFY(m_page->canvas()->views().first()->chart()->backgroundBrush().color().lightness() < 128);
    QVERIFY(seriesCount(m_page->canvas()) > 0);
}

void TestChartsPage::exportPngAndPdf()
{
    QVERIFY(waitForChart(ChartKind::ForecastVsQuota));
    const QString png = m_dir.filePath(QStringLiteral("forecast.png"));
    QVERIFY(m_page->exportTo(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 2 * 1280);
    QVERIFY(image.dotsPerMeterX() >= int(200 / 0.0254) - 1); // at least 200 dpi
    const QString pdf = m_dir.filePath(QStringLiteral("forecast.pdf"));
    QVERIFY(m_page->exportTo(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    QVERIFY(file.size() > 5000);
}

void TestChartsPage::emptyWorkspaceShowsMessages()
{
    TempWorkspace empty;
    m_page->setWorkspace(&*empty);
    auto* stack = m_page->findChild<QStackedWidget*>(QStringLiteral("chartStack"));
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("chartMessage"));
    for (ChartKind kind : ChartKinds::all()) {
        QVERIFY2(waitForChart(kind), qPrintable(ChartKinds::key(kind)));
        QCOMPARE(stack->currentWidget(), message);
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!message->text().contains(QLatin1String("nan"), Qt::CaseInsensitive));
    }
    m_page->setWorkspace(nullptr);
}

void TestChartsPage::screenshots()
{
    const QString dir = qEnvironmentVariable("DEALBENCH_SHOTS_DIR");
    if (dir.isEmpty()) {
        QSKIP("set DEALBENCH_SHOTS_DIR to write screenshots");
    }
    QDir().mkpath(dir);
    // DEALBENCH_SHOTS_LOCALE (e.g. zh_CN) adds a round in that locale: money, thousands, dates.
    QStringList locales{QString()};
    if (const QString other = qEnvironmentVariable("DEALBENCH_SHOTS_LOCALE"); !other.isEmpty()) {
        locales.append(other);
    }
    QList<std::pair<QString, bool>> rounds;
    for (const QString& localeName : std::as_const(locales)) {
        rounds.append({localeName, false});
        rounds.append({localeName, true});
    }
    for (const auto& [localeName, dark] : std::as_const(rounds)) {
        const QLocale locale =
            localeName.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(localeName);
        QLocale::setDefault(locale);
        m_page->setLocale(locale);
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        const QString suffix = (dark ? QStringLiteral("dark") : QStringLiteral("light")) +
                               (localeName.isEmpty() ? QString() : u'-' + localeName);
        for (ChartKind kind : ChartKinds::all()) {
            QVERIFY(waitForChart(kind));
            const int views = std::max(1, int(ChartFigures::views(kind).size()));
            for (int view = 0; view < views; ++view) {
                m_page->setCurrentView(view);
                QTest::qWait(50);
                const QString name = QStringLiteral("%1/chart-%2%3-%4.png")
                                         .arg(dir, ChartKinds::key(kind))
                                         .arg(views > 1 ? QStringLiteral("-%1").arg(view) : QString())
                                         .arg(suffix);
                QVERIFY(m_page->grab().save(name));
            }
            m_page->setCurrentView(0);
        }
    }
}

QTEST_MAIN(TestChartsPage)
#include "TestChartsPage.moc"
