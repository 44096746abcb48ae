// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ImportValues.h"
#include "core/exchange/TextEncoding.h"

#include <QTest>

using namespace ImportValues;
Q_DECLARE_METATYPE(ImportValues::DateOrder)
Q_DECLARE_METATYPE(ImportValues::NumberStyle)
Q_DECLARE_METATYPE(ImportValues::ProbabilityScale)
Q_DECLARE_METATYPE(TextEncoding)

class TestImportValues final : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        const auto a = NumberStyle::Auto;
        QTest::newRow("plain") << QStringLiteral("1234") << a << true << qint64(123400) << QString();
        QTest::newRow("US thousands") << QStringLiteral("$1,234.56") << a << true << qint64(123456)
                                      << QStringLiteral("USD");
        QTest::newRow("European") << QStringLiteral("1.234,56 €") << a << true << qint64(123456)
                                  << QStringLiteral("EUR");
        QTest::newRow("space thousands") << QStringLiteral("EUR 1 234,5") << a << true << qint64(123450)
                                         << QStringLiteral("EUR");
        QTest::newRow("nbsp thousands") << QStringLiteral("1\u00A0234\u00A0567") << a << true << qint64(123456700)
                                        << QString();
        QTest::newRow("swiss apostrophe")
            << QStringLiteral("CHF 12'500.00") << a << true << qint64(1250000) << QStringLiteral("CHF");
        QTest::newRow("decimal comma") << QStringLiteral("12,5") << a << true << qint64(1250) << QString();
        QTest::newRow("thousands comma only") << QStringLiteral("1,234") << a << true << qint64(123400) << QString();
        QTest::newRow("thousands dots") << QStringLiteral("1.234.567") << a << true << qint64(123456700) << QString();
        QTest::newRow("forced decimal comma")
            << QStringLiteral("1.234") << NumberStyle::DecimalComma << true << qint64(123400) << QString();
        QTest::newRow("forced decimal point")
            << QStringLiteral("1.234") << NumberStyle::DecimalPoint << true << qint64(123) << QString();
        QTest::newRow("parentheses negative") << QStringLiteral("(1,200)") << a << true << qint64(-120000) << QString();
        QTest::newRow("minus") << QStringLiteral("-5.5") << a << true << qint64(-550) << QString();
        QTest::newRow("pound") << QStringLiteral("£99.99") << a << true << qint64(9999) << QStringLiteral("GBP");
        QTest::newRow("yuan") << QStringLiteral("¥1,200") << a << true << qint64(120000) << QStringLiteral("CNY");
        QTest::newRow("ISO suffix") << QStringLiteral("2500 USD") << a << true << qint64(250000)
                                    << QStringLiteral("USD");
        QTest::newRow("rounding") << QStringLiteral("0.125") << NumberStyle::DecimalPoint << true << qint64(13)
                                  << QString();
        // The plain forms read without regular expressions, at their edges.
        QTest::newRow("plain decimals") << QStringLiteral("1234.5") << a << true << qint64(123450) << QString();
        QTest::newRow("plain three decimals read as thousands")
            << QStringLiteral("1.234") << a << true << qint64(123400) << QString();
        QTest::newRow("plain three decimals, forced point")
            << QStringLiteral("1.234") << NumberStyle::DecimalPoint << true << qint64(123) << QString();
        QTest::newRow("plain leading point") << QStringLiteral(".5") << a << true << qint64(50) << QString();
        QTest::newRow("plain two points") << QStringLiteral("1.2.3") << a << true << qint64(12300) << QString();
        QTest::newRow("plain too long") << QStringLiteral("123456789012345678") << a << false << qint64(0) << QString();
        QTest::newRow("text") << QStringLiteral("n/a") << a << false << qint64(0) << QString();
        QTest::newRow("empty") << QString() << a << false << qint64(0) << QString();
    }

    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(NumberStyle, style);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        const auto amount = parseAmount(text, QStringLiteral("EUR"), style);
        QCOMPARE(amount.has_value(), ok);
        if (ok) {
            QCOMPARE(amount->minor, minor);
            QCOMPARE(amount->currency, currency);
        }
    }

    void jpyHasNoMinorUnit()
    {
        const auto amount = parseAmount(QStringLiteral("1,200"), QStringLiteral("JPY"), NumberStyle::Auto);
        QVERIFY(amount);
        QCOMPARE(amount->minor, qint64(1200));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int m, int d, int h = 0, int min = 0, int s = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
        };
        QTest::newRow("ISO day") << QStringLiteral("2026-03-05") << DateOrder::Auto << utc(2026, 3, 5);
        QTest::newRow("Salesforce") << QStringLiteral("2026-03-05 14:22:10") << DateOrder::Auto
                                    << utc(2026, 3, 5, 14, 22, 10);
        QTest::newRow("HubSpot") << QStringLiteral("2026-03-05 14:22") << DateOrder::Auto << utc(2026, 3, 5, 14, 22);
        QTest::newRow("ISO Z") << QStringLiteral("2026-03-05T14:22:10.500Z") << DateOrder::Auto
                               << QDateTime(QDate(2026, 3, 5), QTime(14, 22, 10, 500), Qt::UTC);
        QTest::newRow("ISO offset") << QStringLiteral("2026-03-05T14:22:10+02:00") << DateOrder::Auto
                                    << utc(2026, 3, 5, 12, 22, 10);
        QTest::newRow("US") << QStringLiteral("3/5/2026") << DateOrder::MonthFirst << utc(2026, 3, 5);
        QTest::newRow("US 12h") << QStringLiteral("03/05/2026 2:15 PM") << DateOrder::MonthFirst
                                << utc(2026, 3, 5, 14, 15);
        QTest::newRow("US 12am") << QStringLiteral("3/5/2026 12:05 am") << DateOrder::MonthFirst
                                 << utc(2026, 3, 5, 0, 5);
        QTest::newRow("European slash") << QStringLiteral("5/3/2026") << DateOrder::DayFirst << utc(2026, 3, 5);
        QTest::newRow("auto day > 12") << QStringLiteral("25/3/2026") << DateOrder::Auto << utc(2026, 3, 25);
        QTest::newRow("German dots") << QStringLiteral("05.03.2026") << DateOrder::Auto << utc(2026, 3, 5);
        QTest::newRow("two-digit year") << QStringLiteral("3/5/26") << DateOrder::MonthFirst << utc(2026, 3, 5);
        QTest::newRow("Chinese") << QStringLiteral("2026年3月5日") << DateOrder::Auto << utc(2026, 3, 5);
        QTest::newRow("Chinese with time")
            << QStringLiteral("2026年3月5日 09:30") << DateOrder::Auto << utc(2026, 3, 5, 9, 30);
        QTest::newRow("slashed year first") << QStringLiteral("2026/3/5") << DateOrder::Auto << utc(2026, 3, 5);
        QTest::newRow("invalid day") << QStringLiteral("2026-02-30") << DateOrder::Auto << QDateTime();
        QTest::newRow("HubSpot midnight") << QStringLiteral("2026-03-05 00:00") << DateOrder::Auto << utc(2026, 3, 5);
        QTest::newRow("hour 24") << QStringLiteral("2026-03-05 24:00") << DateOrder::Auto << QDateTime();
        QTest::newRow("one-digit month") << QStringLiteral("2026-3-05") << DateOrder::Auto << utc(2026, 3, 5);
        QTest::newRow("letters in the year") << QStringLiteral("20x6-03-05") << DateOrder::Auto << QDateTime();
        QTest::newRow("text") << QStringLiteral("next week") << DateOrder::Auto << QDateTime();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(DateOrder, order);
        QFETCH(QDateTime, expected);
        const auto parsed = parseDateTime(text, order);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed) {
            QCOMPARE(*parsed, expected);
        }
    }

    void dateOrderDetected()
    {
        QCOMPARE(detectDateOrder({QStringLiteral("1/2/2026"), QStringLiteral("13/2/2026")}), DateOrder::DayFirst);
        QCOMPARE(detectDateOrder({QStringLiteral("1/2/2026"), QStringLiteral("2/13/2026")}), DateOrder::MonthFirst);
        QCOMPARE(detectDateOrder({QStringLiteral("1/2/2026")}, DateOrder::DayFirst), DateOrder::DayFirst);
    }

    void probabilities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ProbabilityScale>("scale");
        QTest::addColumn<int>("percent"); // -1: not read
        QTest::newRow("percent sign") << QStringLiteral("45%") << ProbabilityScale::Fraction << 45;
        QTest::newRow("percent") << QStringLiteral("45") << ProbabilityScale::Percent << 45;
        QTest::newRow("fraction") << QStringLiteral("0.45") << ProbabilityScale::Fraction << 45;
        QTest::newRow("fraction comma") << QStringLiteral("0,9") << ProbabilityScale::Fraction << 90;
        QTest::newRow("one as fraction") << QStringLiteral("1") << ProbabilityScale::Fraction << 100;
        QTest::newRow("above 100") << QStringLiteral("150") << ProbabilityScale::Percent << -1;
        QTest::newRow("text") << QStringLiteral("high") << ProbabilityScale::Percent << -1;
    }

    void probabilities()
    {
        QFETCH(QString, text);
        QFETCH(ProbabilityScale, scale);
        QFETCH(int, percent);
        const auto parsed = parseProbability(text, scale);
        QCOMPARE(parsed.value_or(-1), percent);
    }

    void probabilityScaleDetected()
    {
        QCOMPARE(detectProbabilityScale({QStringLiteral("0.1"), QStringLiteral("0.9"), QStringLiteral("1")}),
                 ProbabilityScale::Fraction);
        QCOMPARE(detectProbabilityScale({QStringLiteral("10"), QStringLiteral("90")}), ProbabilityScale::Percent);
        QCOMPARE(detectProbabilityScale({QStringLiteral("0"), QStringLiteral("1")}), ProbabilityScale::Percent);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("detected");
        QTest::addColumn<QString>("text");
        const QString sample = QStringLiteral("Name,Owner\nMüller GmbH,José €5\n");
        const QString chinese = QStringLiteral("客户,金额\n北京科技有限公司,1200\n");
        QByteArray utf16le("\xFF\xFE", 2);
        utf16le += QByteArray(reinterpret_cast<const char*>(sample.utf16()), sample.size() * 2);
        QByteArray utf16be("\xFE\xFF", 2);
        for (QChar c : sample) {
            utf16be += char(c.unicode() >> 8);
            utf16be += char(c.unicode() & 0xFF);
        }
        QTest::newRow("UTF-8") << sample.toUtf8() << TextEncoding::Utf8 << sample;
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << TextEncoding::Utf8Bom << sample;
        QTest::newRow("UTF-16LE") << utf16le << TextEncoding::Utf16Le << sample;
        QTest::newRow("UTF-16BE") << utf16be << TextEncoding::Utf16Be << sample;
        // Windows-1252 bytes written out by hand: ü = FC, é = E9, € = 80.
        QTest::newRow("Windows-1252") << QByteArray("Name,Owner\nM\xFCller GmbH,Jos\xE9 \x80"
                                                    "5\n")
                                      << TextEncoding::Windows1252 << sample;
        // GB18030 (GBK) bytes of the Chinese sample, from the GB2312 code table.
        QTest::newRow("GB18030") << QByteArray("\xBF\xCD\xBB\xA7,\xBD\xF0\xB6\xEE\n\xB1\xB1\xBE\xA9\xBF\xC6\xBC\xBC"
                                               "\xD3\xD0\xCF\xDE\xB9\xAB\xCB\xBE,1200\n")
                                 << TextEncoding::Gb18030 << chinese;
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, detected);
        QFETCH(QString, text);
        QCOMPARE(TextEncodings::detect(bytes), detected);
        bool ok = false;
        QCOMPARE(TextEncodings::decode(bytes, detected, &ok), text);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestImportValues)
#include "TestImportValues.moc"
