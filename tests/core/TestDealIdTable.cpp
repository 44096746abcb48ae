// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DealIdTable: ids numbered in the order they are first added, found again from their bytes.
#include "core/storage/DealIdTable.h"

#include <QTest>

class TestDealIdTable : public QObject
{
    Q_OBJECT
private slots:
    void numbersIdsInOrderOfFirstAdd();
    void keepsEveryIdWhenItGrows_data();
    void keepsEveryIdWhenItGrows();
};

void TestDealIdTable::numbersIdsInOrderOfFirstAdd()
{
    DealIdTable table;
    QCOMPARE(table.size(), 0);
    QCOMPARE(table.indexOf("a"), -1);
    QCOMPARE(table.add("6a1d0b2e-0000-4000-8000-000000000101"), 0);
    QCOMPARE(table.add("b"), 1);
    QCOMPARE(table.add(""), 2);
    QCOMPARE(table.add("6a1d0b2e-0000-4000-8000-000000000101"), 0); // again: the same number
    QCOMPARE(table.size(), 3);
    QCOMPARE(table.indexOf("b"), 1);
    QCOMPARE(table.indexOf(""), 2);
    QCOMPARE(table.indexOf("6a1d0b2e-0000-4000-8000-000000000102"), -1);
    QCOMPARE(table.indexOf("6a1d0b2e-0000-4000-8000-00000000010"), -1); // a prefix is another id
    QCOMPARE(table.id(0), QByteArray("6a1d0b2e-0000-4000-8000-000000000101"));
    QCOMPARE(table.id(2), QByteArray());
}

void TestDealIdTable::keepsEveryIdWhenItGrows_data()
{
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("count");
    // Sized for none, for too few and for all of them; 64 slots hold 32 ids before growing.
    QTest::newRow("from empty") << 0 << 5000;
    QTest::newRow("too small") << 10 << 1000;
    QTest::newRow("sized") << 1000 << 1000;
    QTest::newRow("just past the first size") << 0 << 33;
}

void TestDealIdTable::keepsEveryIdWhenItGrows()
{
    QFETCH(int, expected);
    QFETCH(int, count);
    DealIdTable table(expected);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(table.add(QByteArray::number(i * 7919)), qsizetype(i));
    }
    QCOMPARE(table.size(), qsizetype(count));
    for (int i = 0; i < count; ++i) {
        QCOMPARE(table.indexOf(QByteArray::number(i * 7919)), qsizetype(i));
        QCOMPARE(table.id(i), QByteArray::number(i * 7919));
    }
    QCOMPARE(table.indexOf(QByteArray::number(count * 7919)), -1);
    QCOMPARE(table.indexOf(QByteArray::number(1)), -1);
}

QTEST_GUILESS_MAIN(TestDealIdTable)
#include "TestDealIdTable.moc"
