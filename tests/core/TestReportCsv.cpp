// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's CSV (RFC 4180), its periods and its reading of the V2MOM Markdown.
#include "core/report/ReportCsv.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportMarkdown.h"
#include "core/report/ReportRange.h"

#include <QTest>

class TestReportCsv final : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void tableHasCrlfRecordsOfEqualWidth();
    void byteOrderMarkIsOptional();
    void range_data();
    void range();
    void markdownTablesBecomeReportTables();
};

void TestReportCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
    QTest::addRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("\"Acme, Inc.\"");
    QTest::addRow("quote") << QStringLiteral("the \"big\" one") << QStringLiteral("\"the \"\"big\"\" one\"");
    QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::addRow("carriage return") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("negative number") << QStringLiteral("-80000.00") << QStringLiteral("-80000.00");
    QTest::addRow("formula") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
    QTest::addRow("at formula") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::addRow("minus formula") << QStringLiteral("-A1+1") << QStringLiteral("'-A1+1");
    QTest::addRow("chinese") << QStringLiteral("销售漏斗表") << QStringLiteral("销售漏斗表");
}

void TestReportCsv::field()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ReportCsv::field(text), expected);
}

void TestReportCsv::tableHasCrlfRecordsOfEqualWidth()
{
    ReportTable table;
    table.header = {QStringLiteral("Deal"), QStringLiteral("Amount"), QStringLiteral("Note")};
    table.appendRow({QStringLiteral("Acme, Inc."), {QStringLiteral("1,200"), QStringLiteral("1200.00")}});
    table.appendRow({QStringLiteral("Beta"), {QStringLiteral("5"), QStringLiteral("5.00")}, QStringLiteral("x\"y")});
    QCOMPARE(ReportCsv::encode(table),
             QByteArray("Deal,Amount,Note\r\n\"Acme, Inc.\",1200.00,\r\nBeta,5.00,\"x\"\"y\"\r\n"));
}

void TestReportCsv::byteOrderMarkIsOptional()
{
    ReportTable table;
    table.header = {QStringLiteral("名称")};
    QCOMPARE(ReportCsv::encode(table, true), QByteArray("\xEF\xBB\xBF\xE5\x90\x8D\xE7\xA7\xB0\r\n"));
    QCOMPARE(ReportCsv::encode(table, false), QByteArray("\xE5\x90\x8D\xE7\xA7\xB0\r\n"));
}

void TestReportCsv::range_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addRow("week 47") << QStringLiteral("2026-W47") << QDate(2026, 11, 16) << QDate(2026, 11, 22);
    QTest::addRow("week 1 starts in December")
        << QStringLiteral("2025-W01") << QDate(2024, 12, 30) << QDate(2025, 1, 5);
    QTest::addRow("week 53 of 2026") << QStringLiteral("2026-W53") << QDate(2026, 12, 28) << QDate(2027, 1, 3);
    QTest::addRow("no week 53 in 2025") << QStringLiteral("2025-W53") << QDate() << QDate();
    QTest::addRow("lower case") << QStringLiteral("2026-w02") << QDate(2026, 1, 5) << QDate(2026, 1, 11);
    QTest::addRow("month") << QStringLiteral("2026-02") << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::addRow("quarter") << QStringLiteral("2026-Q4") << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::addRow("year") << QStringLiteral("2026") << QDate(2026, 1, 1) << QDate(2026, 12, 31);
    QTest::addRow("month 13") << QStringLiteral("2026-13") << QDate() << QDate();
    QTest::addRow("garbage") << QStringLiteral("last week") << QDate() << QDate();
}

void TestReportCsv::range()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const std::optional<ReportRange> range = ReportRange::parse(text);
    QCOMPARE(range.has_value(), first.isValid());
    if (range) {
        QCOMPARE(range->first, first);
        QCOMPARE(range->last, last);
        QCOMPARE(ReportRange::parse(range->key())->first, first); // the key reads back
    }
}

void TestReportCsv::markdownTablesBecomeReportTables()
{
    ReportDocument doc;
    ReportMarkdown::append(doc,
                           QStringLiteral("# V2MOM FY2026 — Alice\n\n_as of today_\n\n## Methods\n\n"
                                          "1. **Grow** — more deals\n   - Supports: Win\n\n"
                                          "|Measure|Target|\n|---|---|\n|Won \\| new|1,000|\n|Calls|50|\n"),
                           QStringLiteral("sheet"));
    QCOMPARE(doc.tables.size(), 1);
    QCOMPARE(doc.tables[0].key, QStringLiteral("sheet-1"));
    QCOMPARE(doc.tables[0].header, (QStringList{QStringLiteral("Measure"), QStringLiteral("Target")}));
    QCOMPARE(doc.tables[0].rows.size(), 2);
    QCOMPARE(doc.tables[0].rows[0], (QStringList{QStringLiteral("Won | new"), QStringLiteral("1,000")}));
    QVERIFY(doc.tables[0].isNumeric(1));
    QCOMPARE(doc.blocks[0].text, QStringLiteral("V2MOM FY2026 — Alice"));
    QCOMPARE(doc.blocks[1].text, QStringLiteral("as of today"));
    QCOMPARE(doc.blocks[3].text, QStringLiteral("1. Grow — more deals"));
    QCOMPARE(doc.blocks[4].level, 1);
}

QTEST_GUILESS_MAIN(TestReportCsv)
#include "TestReportCsv.moc"
