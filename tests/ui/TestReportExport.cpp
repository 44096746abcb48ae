// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reports written to PDF, HTML and CSV from a hand-made week of deal history. The figures the
// tests look for in the files are worked out by hand from that history, never read back from
// the report code.
#include "core/analytics/ForecastPeriod.h"
#include "core/domain/Money.h"
#include "core/report/ReportBuilder.h"
#include "core/review/ReviewService.h"
#include "tests/core/ReviewFixture.h"
#include "tests/support/TempWorkspace.h"
#include "ui/report/ReportExport.h"
#include "ui/report/ReportHtml.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
// "245,000" in the en_US locale the tests format with.
const QLocale kLocale(QLocale::English, QLocale::UnitedStates);

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}
} // namespace

class TestReportExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void weeklyPdfHasTheWeeksFigures_data();
    void weeklyPdfHasTheWeeksFigures();
    void weeklyHtmlIsWellFormedXhtml();
    void weeklyCsvHasTheTables();
    void scorecardAndV2momNeedAnOwner_data();
    void scorecardAndV2momNeedAnOwner();

private:
    ReportDocument weekly();

    TempWorkspace m_ws;
    QString m_alice;
    QTemporaryDir m_out;
};

void TestReportExport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils missing");
    ReviewFixture f(m_ws);
    m_alice = f.owner(QStringLiteral("Alice Zhang"));
    const QString bob = f.owner(QStringLiteral("Bob Lee"));
    // Before the week (2026-W47 = 16–22 November): three open deals, 245,000 USD.
    f.create(QStringLiteral("Acme expansion"), ReviewFixture::utc(11, 2), 3, 12000000, m_alice);
    f.create(QStringLiteral("Beta rollout"), ReviewFixture::utc(11, 3), 1, 4500000, bob);
    const QString delta = f.create(QStringLiteral("Delta renewal"), ReviewFixture::utc(11, 4), 5, 8000000, m_alice);
    // In the week: one new deal of 30,000 and Delta won (80,000): the pipeline ends at 195,000.
    f.create(QStringLiteral("Gamma pilot"), ReviewFixture::utc(11, 17), 0, 3000000, bob);
    f.move(delta, ReviewFixture::utc(11, 18), 6);
    m_ws.clock().set(ReviewFixture::utc(11, 20));
    m_ws->reviewService().setQuota(m_alice,
                                   ForecastPeriod::containing(QDate(2026, 11, 20), ForecastPeriod::Kind::Quarter),
                                   Money{50000000, QStringLiteral("USD")});
}

ReportDocument TestReportExport::weekly()
{
    ReportRequest request;
    request.kind = ReportKind::WeeklyReview;
    request.range = ReportRange::parse(QStringLiteral("2026-W47"));
    request.now = ReviewFixture::utc(11, 20);
    request.zone = QTimeZone::utc();
    request.locale = kLocale;
    const ReportBuilder::Outcome outcome = ReportBuilder::build(*m_ws, request);
    if (!outcome.document) {
        qWarning() << outcome.error;
        return {};
    }
    return *outcome.document;
}

void TestReportExport::weeklyPdfHasTheWeeksFigures_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::addRow("a4") << QStringLiteral("a4") << QStringLiteral("pts (A4)");
    QTest::addRow("letter") << QStringLiteral("letter") << QStringLiteral("612 x 792 pts (letter)");
}

void TestReportExport::weeklyPdfHasTheWeeksFigures()
{
    QFETCH(QString, page);
    QFETCH(QString, pdfinfoSize);
    const ReportDocument report = weekly();
    QVERIFY(!report.title.isEmpty());
    ReportExport::Options options;
    options.page = *ReportExport::pageFromKey(page);
    options.locale = kLocale;
    const QString path = m_out.filePath(QStringLiteral("weekly-%1.pdf").arg(page));
    QString error;
    QCOMPARE(ReportExport::write(report, options, path, &error), QStringList{path});
    QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(pdfinfoSize));

    const int pages = pdfPages(path);
    QVERIFY(pages >= 2);
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    // Every page carries the header and "Page k of N" with N the real page count.
    for (int k = 1; k <= pages; ++k) {
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(k).arg(pages)), qPrintable(text.left(400)));
    }
    QCOMPARE(text.count(QStringLiteral("Week 47, 2026")), pages + 1); // every header, and under the title
    QVERIFY(text.contains(QStringLiteral("Weekly pipeline review")));
    // The waterfall: 245,000 at the start, +30,000 added, −80,000 won, 195,000 at the end.
    QVERIFY(text.contains(QStringLiteral("245,000")));
    QVERIFY(text.contains(QStringLiteral("30,000")));
    QVERIFY(text.contains(QStringLiteral("195,000")));
    // Closed in the quarter: Delta's 80,000 against Alice's 500,000 quota.
    QVERIFY(text.contains(QStringLiteral("80,000 USD")));
    QVERIFY(text.contains(QStringLiteral("500,000")));
    QVERIFY(text.contains(QStringLiteral("Gamma pilot")));
    QVERIFY(text.contains(QStringLiteral("Delta renewal")));
    QVERIFY(text.contains(QStringLiteral("Alice Zhang")));
}

void TestReportExport::weeklyHtmlIsWellFormedXhtml()
{
    const QByteArray html = ReportHtml::encode(weekly(), kLocale);
    QXmlStreamReader xml(html);
    int tables = 0;
    int images = 0;
    bool waterfallStart = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://www.w3.org/1999/xhtml"));
            tables += xml.name() == QLatin1String("table");
            if (xml.name() == QLatin1String("img")) {
                ++images;
                QVERIFY(
                    xml.attributes().value(QLatin1String("src")).startsWith(QLatin1String("data:image/png;base64,")));
            }
        }
        if (xml.isCharacters() && xml.text() == QLatin1String("245,000")) {
            waterfallStart = true;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // Forecast, funnel, waterfall, flow states, changes, attention; the funnel and the waterfall.
    QVERIFY(tables >= 5);
    QCOMPARE(images, 2);
    QVERIFY(waterfallStart);
    QVERIFY(!html.contains("src=\"http"));
}

void TestReportExport::weeklyCsvHasTheTables()
{
    ReportExport::Options options;
    options.format = ReportExport::Format::Csv;
    options.byteOrderMark = true;
    const QString path = m_out.filePath(QStringLiteral("weekly.csv"));
    QString error;
    const QStringList files = ReportExport::write(weekly(), options, path, &error);
    QVERIFY2(files.size() >= 5, qPrintable(error));
    QCOMPARE(files.first(), path);
    const QString waterfallPath = m_out.filePath(QStringLiteral("weekly-waterfall.csv"));
    QVERIFY(files.contains(waterfallPath));
    QFile file(waterfallPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // Machine-readable amounts (major units, no group separator), CRLF line ends.
    QVERIFY(bytes.contains("\r\nStart,245000.00,3\r\n"));
    QVERIFY(bytes.contains("\r\nEnd,195000.00,3\r\n"));
}

void TestReportExport::scorecardAndV2momNeedAnOwner_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("scorecard") << int(ReportKind::Scorecard);
    QTest::addRow("v2mom") << int(ReportKind::V2mom);
    QTest::addRow("strategy") << int(ReportKind::DealStrategy);
}

void TestReportExport::scorecardAndV2momNeedAnOwner()
{
    QFETCH(int, kind);
    ReportRequest request;
    request.kind = static_cast<ReportKind>(kind);
    request.now = ReviewFixture::utc(11, 20);
    const ReportBuilder::Outcome missing = ReportBuilder::build(*m_ws, request);
    QVERIFY(!missing.document);
    QVERIFY(missing.badRequest);
    if (request.kind == ReportKind::DealStrategy) {
        return;
    }
    request.owner = QStringLiteral("  alice zhang ");
    request.locale = kLocale;
    const ReportBuilder::Outcome found = ReportBuilder::build(*m_ws, request);
    QVERIFY2(found.document, qPrintable(found.error));
    QVERIFY(found.document->title.contains(QStringLiteral("Alice Zhang")));
    const QString path = m_out.filePath(QStringLiteral("owner-%1.pdf").arg(kind));
    ReportExport::Options options;
    options.locale = kLocale;
    QString error;
    QVERIFY2(!ReportExport::write(*found.document, options, path, &error).isEmpty(), qPrintable(error));
    QVERIFY(pdfPages(path) >= 1);
}

QTEST_MAIN(TestReportExport)
#include "TestReportExport.moc"
