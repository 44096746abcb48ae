// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CsvDocument.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/CsvWriter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Records = QList<QStringList>;

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<int>("problems");
        QTest::newRow("plain LF") << QStringLiteral("a,b\n1,2\n") << QStringLiteral(",")
                                  << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << 0;
        QTest::newRow("CRLF, no final newline")
            << QStringLiteral("a,b\r\n1,2") << QStringLiteral(",") << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << 0;
        QTest::newRow("quoted comma") << QStringLiteral("\"x, y\",z\n") << QStringLiteral(",")
                                      << Records{{u"x, y"_s, u"z"_s}} << 0;
        QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\",2\n") << QStringLiteral(",")
                                        << Records{{u"say \"hi\""_s, u"2"_s}} << 0;
        QTest::newRow("newline in quotes") << QStringLiteral("\"line1\r\nline2\",b\r\nc,d\r\n") << QStringLiteral(",")
                                           << Records{{u"line1\r\nline2"_s, u"b"_s}, {u"c"_s, u"d"_s}} << 0;
        QTest::newRow("empty fields") << QStringLiteral(",,\n") << QStringLiteral(",")
                                      << Records{{QString(), QString(), QString()}} << 0;
        QTest::newRow("empty quoted field")
            << QStringLiteral("\"\",a\n") << QStringLiteral(",") << Records{{QString(), u"a"_s}} << 0;
        QTest::newRow("semicolon") << QStringLiteral("a;b,c\n") << QStringLiteral(";") << Records{{u"a"_s, u"b,c"_s}}
                                   << 0;
        QTest::newRow("tab") << QStringLiteral("a\tb\n") << QStringLiteral("\t") << Records{{u"a"_s, u"b"_s}} << 0;
        QTest::newRow("unclosed quote") << QStringLiteral("\"abc,d\n") << QStringLiteral(",") << Records{{u"abc,d\n"_s}}
                                        << 1;
        QTest::newRow("text after quote")
            << QStringLiteral("\"a\"b,c\n") << QStringLiteral(",") << Records{{u"ab"_s, u"c"_s}} << 1;
        QTest::newRow("lone CR line ends")
            << QStringLiteral("a,b\r1,2\r") << QStringLiteral(",") << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << 0;
        QTest::newRow("blank line kept") << QStringLiteral("a\n\nb\n") << QStringLiteral(",")
                                         << Records{{u"a"_s}, {QString()}, {u"b"_s}} << 0;
        QTest::newRow("empty text") << QString() << QStringLiteral(",") << Records{} << 0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, delimiter);
        QFETCH(Records, expected);
        QFETCH(int, problems);
        QList<CsvReader::Problem> found;
        QCOMPARE(CsvReader::parse(text, delimiter.at(0), &found), expected);
        QCOMPARE(found.size(), problems);
    }

    void lineNumbers()
    {
        CsvReader reader(u"h1,h2\n\"a\nb\",c\nd,e\n", u',');
        QStringList fields;
        QVERIFY(reader.next(fields));
        QCOMPARE(reader.recordLine(), 1);
        QVERIFY(reader.next(fields));
        QCOMPARE(reader.recordLine(), 2);
        QVERIFY(reader.next(fields));
        QCOMPARE(reader.recordLine(), 4);
        QVERIFY(!reader.next(fields));
    }

    void sniff_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QStringLiteral(",");
        QTest::newRow("semicolon with decimal commas")
            << QStringLiteral("Name;Amount;Date\nA;1.234,50;05.03.2026\nB;12,00;06.03.2026\n") << QStringLiteral(";");
        QTest::newRow("tab") << QStringLiteral("a\tb\tc\n1\t2,5\t3\n") << QStringLiteral("\t");
        QTest::newRow("quoted commas in semicolon file")
            << QStringLiteral("\"x, y\";b\n\"p, q\";c\n") << QStringLiteral(";");
    }

    void sniff()
    {
        QFETCH(QString, text);
        QFETCH(QString, delimiter);
        QCOMPARE(CsvReader::sniffDelimiter(text), delimiter.at(0));
    }

    void raggedRowsReported()
    {
        const CsvDocument document = CsvDocument::fromBytes("a,b,c\n1,2,3\n4,5\n6,7,8,9\n");
        QVERIFY(document.ok());
        QCOMPARE(document.rows.size(), 3);
        QCOMPARE(document.problems.size(), 2);
        QCOMPARE(document.problems.at(0).line, 3);
        QCOMPARE(document.problems.at(1).line, 4);
        QCOMPARE(document.rows.at(1), (QStringList{u"4"_s, u"5"_s, QString()}));
    }

    void reportFooterDropped()
    {
        const QByteArray bytes =
            "\"Opportunity Name\",\"Stage\",\"Amount\"\r\n\"A\",\"Won\",\"10\"\r\n\"B\",\"Lost\",\"5\"\r\n"
            "\r\n\"Confidential Information - Do Not Distribute\"\r\n\"Copyright (c) 2000-2026 "
            "salesforce.com, inc. All rights reserved.\"\r\n\"Generated By:  Jane Doe\"\r\n";
        const CsvDocument document = CsvDocument::fromBytes(bytes);
        QVERIFY(document.ok());
        QCOMPARE(document.rows.size(), 2);
        QCOMPARE(document.footerLines, 3);
        QVERIFY(document.problems.isEmpty());
    }

    void badFilesRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("one column") << QByteArray("just some text\nmore text\n");
    }

    void badFilesRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!CsvDocument::fromBytes(bytes).ok());
    }

    void writerQuotesAndNeutralises_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"x\"") << QStringLiteral("\"say \"\"x\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    }

    void writerQuotesAndNeutralises()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(value), written);
    }

    void writerRoundTrip()
    {
        const QStringList header{u"name"_s, u"note"_s};
        const Records rows{{u"A, Inc."_s, u"two\r\nlines"_s}, {u"\"quoted\""_s, QString()}};
        const QByteArray bytes = CsvWriter::document(header, rows, true);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const CsvDocument document = CsvDocument::fromBytes(bytes);
        QCOMPARE(document.header, header);
        QCOMPARE(document.rows, rows);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
