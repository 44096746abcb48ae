// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BoardFilter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <vector>

class Database;

/**
 * The pipeline board's type-ahead, in memory: per live deal the few fields a search, the
 * column totals and a column's order need, and the account names. A keystroke is a scan of
 * these rows (or only of the previous matches when the new text contains the previous one)
 * instead of a LIKE over every deal of the pipeline in SQL, which cost ~100 ms at 100k deals.
 *
 * It matches as the SQL it replaces does: `name LIKE '%text%'` on the deal or on its live
 * account, where SQLite folds ASCII letters only (the UTF-8 bytes are compared with A-Z
 * folded, so "é" does not find "É" and CJK matches exactly), and `text` is trimmed and taken
 * literally. Read once, on the first search, then kept current by the board from
 * WorkspaceEvents (refreshDeals, removeDeals, refreshAccounts, clear).
 */
class BoardSearchIndex final
{
public:
    explicit BoardSearchIndex(const Database& database);

    // True when the index answers the filter: a text search without the stalled and
    // next-step filters (those depend on interactions, which the index does not hold).
    static bool answers(const BoardFilter& filter);

    // What a search asks: the filter's conditions, with the close range already resolved.
    struct Criteria
    {
        QString pipelineId;
        QString search; // as typed; trimmed here
        QString ownerId;
        QString closeFrom; // storage dates, inclusive; empty: open-ended
        QString closeTo;
    };

    // Count and amount sum of the matching deals per stage and currency, ordered by stage
    // id and currency.
    struct Group
    {
        QString stageId;
        QString currency;
        qint64 count = 0;
        qint64 amountMinor = 0;
    };
    QList<Group> groups(const Criteria& criteria);

    // Up to `limit` matching deal ids of one stage in the order of `sort` (as
    // PipelineBoardQuery::cards), after the card with `afterKey` / `afterId` when given.
    // `factors` (currency minor units to base minor units) rank the amounts.
    QStringList page(const Criteria& criteria,
                     const QString& stageId,
                     BoardSort sort,
                     const QHash<QString, double>& factors,
                     const QVariant& afterKey,
                     const QString& afterId,
                     int limit);

    bool isLoaded() const { return m_loaded; }
    // Reads the deals now unless they are read (~0.2 s at 100k deals), so the first
    // keystroke does not pay for it.
    void load() { ensureLoaded(); }
    // Reads the deals again on the next search.
    void clear();
    void refreshDeals(const QStringList& dealIds);
    void removeDeals(const QStringList& dealIds);
    void refreshAccounts();

private:
    struct Row
    {
        QByteArray id;
        QByteArray nameKey;        // UTF-8, ASCII folded to lower case
        QByteArray closeKey;       // coalesce(expected_close_date, '9999-12-31')
        QByteArray stageEnteredAt; // storage text
        qint64 amountMinor = 0;
        int pipeline = -1; // indexes into m_names
        int stage = -1;
        int currency = -1;
        int owner = -1;
        int account = -1; // index into m_accounts; -1: none or unknown
        bool hasClose = false;
        bool alive = false;
    };
    struct AccountRow
    {
        QByteArray nameKey;
        bool alive = false;
    };
    struct Order
    {
        int pipeline = -1;
        int stage = -1;
        BoardSort sort = BoardSort::CloseDate;
        QHash<QString, double> factors;
        std::vector<int> rows;          // row indexes in the column's order
        std::vector<double> amountKeys; // BoardSort::Amount: the key of each of `rows`
    };

    void ensureLoaded();
    void readDeals(const QStringList& dealIds); // all deals when empty
    int intern(QByteArrayView text);
    int accountIndex(QByteArrayView accountId, bool create);
    const std::vector<char>& matches(const QByteArray& needle);
    bool rowMatches(const Row& row, const QByteArray& needle) const;
    // The criteria other than the text, resolved to interned ids (-2: unknown, matches
    // nothing; owner -3: any owner).
    struct Conditions
    {
        int pipeline = -2;
        int owner = -3;
        QByteArray closeFrom;
        QByteArray closeTo;
    };
    Conditions conditions(const Criteria& criteria) const;
    static bool passes(const Row& row, const Conditions& conditions);
    const Order& order(int pipeline, int stage, BoardSort sort, const QHash<QString, double>& factors);
    void invalidate();
    static QByteArray foldKey(QByteArrayView text);

    const Database& m_database;
    bool m_loaded = false;
    std::vector<Row> m_rows;
    QHash<QByteArray, int> m_rowOf;
    QList<QByteArray> m_names; // interned pipeline, stage, currency and owner ids
    QHash<QByteArray, int> m_nameIndex;
    std::vector<AccountRow> m_accounts;
    QHash<QByteArray, int> m_accountOf;
    // The last search: its needle and which rows and accounts matched it.
    QByteArray m_needle;
    bool m_matchValid = false;
    std::vector<char> m_dealMatch;
    std::vector<char> m_accountMatch;
    std::vector<Order> m_orders;
};
