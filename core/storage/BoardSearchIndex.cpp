// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardSearchIndex.h"

#include "SqlCursor.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace {
// Every column the index keeps, in the order Row is filled. The full read goes through the
// covering board index (0008): ~0.1 s for 100k deals instead of ~0.5 s through the table.
constexpr const char* kDealColumns =
    "SELECT d.id, d.name, d.account_id, d.pipeline_id, d.stage_id, d.currency, "
    "d.amount_minor, d.owner_id, d.expected_close_date, d.stage_entered_at, d.deleted ";

// Above this many changed deals the index is read again on the next search instead.
constexpr int kRefreshLimit = 300;
} // namespace

BoardSearchIndex::BoardSearchIndex(const Database& database)
    : m_database(database)
{}

bool BoardSearchIndex::answers(const BoardFilter& filter)
{
    return !filter.search.trimmed().isEmpty() && !filter.onlyStalled && !filter.onlyWithoutNextStep;
}

QByteArray BoardSearchIndex::foldKey(QByteArrayView text)
{
    // SQLite's LIKE folds ASCII letters only; so does this.
    QByteArray key(text.data(), text.size());
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return key;
}

int BoardSearchIndex::intern(QByteArrayView text)
{
    if (text.isNull()) {
        return -1;
    }
    const QByteArray key(text.data(), text.size());
    const auto it = m_nameIndex.constFind(key);
    if (it != m_nameIndex.cend()) {
        return *it;
    }
    m_names.append(key);
    const int index = static_cast<int>(m_names.size()) - 1;
    m_nameIndex.insert(key, index);
    return index;
}

int BoardSearchIndex::accountIndex(QByteArrayView accountId, bool create)
{
    if (accountId.isNull()) {
        return -1;
    }
    const QByteArray key(accountId.data(), accountId.size());
    const auto it = m_accountOf.constFind(key);
    if (it != m_accountOf.cend()) {
        return *it;
    }
    if (!create) {
        return -1;
    }
    m_accounts.push_back({});
    const int index = static_cast<int>(m_accounts.size()) - 1;
    m_accountOf.insert(key, index);
    return index;
}

void BoardSearchIndex::ensureLoaded()
{
    if (m_loaded) {
        return;
    }
    m_rows.clear();
    m_rowOf.clear();
    m_accounts.clear();
    m_accountOf.clear();
    refreshAccounts();
    readDeals({});
    m_loaded = true;
}

void BoardSearchIndex::clear()
{
    m_loaded = false;
    m_rows.clear();
    m_rowOf.clear();
    invalidate();
}

void BoardSearchIndex::invalidate()
{
    m_matchValid = false;
    m_orders.clear();
}

void BoardSearchIndex::refreshAccounts()
{
    SqlCursor query(m_database, "SELECT id, name, deleted FROM accounts");
    while (query.next()) {
        AccountRow& account = m_accounts[static_cast<size_t>(accountIndex(query.bytes(0), true))];
        account.nameKey = foldKey(query.bytes(1));
        account.alive = query.integer(2) == 0;
    }
    invalidate();
}

void BoardSearchIndex::readDeals(const QStringList& dealIds)
{
    QByteArray sql(kDealColumns);
    if (dealIds.isEmpty()) {
        sql += "FROM deals d INDEXED BY deals_board_close WHERE d.deleted = 0";
    } else {
        sql += "FROM deals d WHERE d.id IN (";
        for (int i = 0; i < dealIds.size(); ++i) {
            sql += (i == 0 ? "?" : ", ?") + QByteArray::number(i + 1);
        }
        sql += ')';
    }
    SqlCursor query(m_database, sql.constData());
    for (int i = 0; i < dealIds.size(); ++i) {
        query.bind(i + 1, dealIds.at(i));
    }
    bool unknownAccount = false;
    while (query.next()) {
        const QByteArray id = query.bytes(0).toByteArray();
        int index = m_rowOf.value(id, -1);
        if (index < 0) {
            m_rows.push_back({});
            index = static_cast<int>(m_rows.size()) - 1;
            m_rowOf.insert(id, index);
        }
        Row& row = m_rows[static_cast<size_t>(index)];
        row.id = id;
        row.nameKey = foldKey(query.bytes(1));
        row.account = accountIndex(query.bytes(2), false);
        unknownAccount = unknownAccount || (row.account < 0 && !query.isNull(2));
        row.pipeline = intern(query.bytes(3));
        row.stage = intern(query.bytes(4));
        row.currency = intern(query.bytes(5));
        row.amountMinor = query.integer(6);
        row.owner = query.isNull(7) ? -1 : intern(query.bytes(7));
        row.hasClose = !query.isNull(8);
        row.closeKey = row.hasClose ? query.bytes(8).toByteArray() : QByteArray("9999-12-31");
        row.stageEnteredAt = query.bytes(9).toByteArray();
        row.alive = query.integer(10) == 0;
    }
    if (unknownAccount) {
        // A deal of an account created since the accounts were read: read them again.
        refreshAccounts();
        SqlCursor again(m_database, sql.constData());
        for (int i = 0; i < dealIds.size(); ++i) {
            again.bind(i + 1, dealIds.at(i));
        }
        while (again.next()) {
            const int index = m_rowOf.value(again.bytes(0).toByteArray(), -1);
            if (index >= 0) {
                m_rows[static_cast<size_t>(index)].account = accountIndex(again.bytes(2), false);
            }
        }
    }
    invalidate();
}

void BoardSearchIndex::refreshDeals(const QStringList& dealIds)
{
    if (!m_loaded || dealIds.isEmpty()) {
        return;
    }
    if (dealIds.size() > kRefreshLimit) {
        clear();
        return;
    }
    // A deal the query no longer returns (purged) is dead; one it returns gets its state.
    for (const QString& id : dealIds) {
        const int index = m_rowOf.value(id.toUtf8(), -1);
        if (index >= 0) {
            m_rows[static_cast<size_t>(index)].alive = false;
        }
    }
    readDeals(dealIds);
}

void BoardSearchIndex::removeDeals(const QStringList& dealIds)
{
    for (const QString& id : dealIds) {
        const int index = m_rowOf.value(id.toUtf8(), -1);
        if (index >= 0) {
            m_rows[static_cast<size_t>(index)].alive = false;
        }
    }
    invalidate();
}

bool BoardSearchIndex::rowMatches(const Row& row, const QByteArray& needle) const
{
    if (!row.alive) {
        return false;
    }
    if (row.nameKey.contains(needle)) {
        return true;
    }
    return row.account >= 0 && m_accountMatch[static_cast<size_t>(row.account)] != 0;
}

const std::vector<char>& BoardSearchIndex::matches(const QByteArray& needle)
{
    if (m_matchValid && needle == m_needle) {
        return m_dealMatch;
    }
    // Text that contains the previous text matches a subset of its matches: test only those.
    const bool narrow = m_matchValid && needle.contains(m_needle);
    m_accountMatch.resize(m_accounts.size(), 0);
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        if (!narrow || m_accountMatch[i] != 0) {
            m_accountMatch[i] = m_accounts[i].alive && m_accounts[i].nameKey.contains(needle) ? 1 : 0;
        }
    }
    m_dealMatch.resize(m_rows.size(), 0);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (!narrow || m_dealMatch[i] != 0) {
            m_dealMatch[i] = rowMatches(m_rows[i], needle) ? 1 : 0;
        }
    }
    m_needle = needle;
    m_matchValid = true;
    return m_dealMatch;
}

BoardSearchIndex::Conditions BoardSearchIndex::conditions(const Criteria& criteria) const
{
    return {m_nameIndex.value(criteria.pipelineId.toUtf8(), -2),
            criteria.ownerId.isEmpty() ? -3 : m_nameIndex.value(criteria.ownerId.toUtf8(), -2),
            criteria.closeFrom.toUtf8(),
            criteria.closeTo.toUtf8()};
}

bool BoardSearchIndex::passes(const Row& row, const Conditions& conditions)
{
    if (!row.alive || row.pipeline != conditions.pipeline) {
        return false;
    }
    if (conditions.owner != -3 && row.owner != conditions.owner) {
        return false;
    }
    // Close dates are ISO text: byte order is date order, as in the SQL comparison.
    if (!conditions.closeFrom.isEmpty() && (!row.hasClose || row.closeKey < conditions.closeFrom)) {
        return false;
    }
    if (!conditions.closeTo.isEmpty() && (!row.hasClose || row.closeKey > conditions.closeTo)) {
        return false;
    }
    return true;
}

QList<BoardSearchIndex::Group> BoardSearchIndex::groups(const Criteria& criteria)
{
    ensureLoaded();
    const Conditions when = conditions(criteria);
    const std::vector<char>& matched = matches(foldKey(criteria.search.trimmed().toUtf8()));
    std::map<std::pair<int, int>, Group> byStage; // (stage, currency)
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        if (matched[i] == 0 || !passes(row, when)) {
            continue;
        }
        Group& group = byStage[{row.stage, row.currency}];
        ++group.count;
        group.amountMinor += row.amountMinor;
    }
    QList<Group> result;
    for (auto& [key, group] : byStage) {
        group.stageId = QString::fromUtf8(m_names.at(key.first));
        group.currency = QString::fromUtf8(m_names.at(key.second));
        result.append(group);
    }
    std::sort(result.begin(), result.end(), [](const Group& a, const Group& b) {
        return std::pair(a.stageId, a.currency) < std::pair(b.stageId, b.currency);
    });
    return result;
}

const BoardSearchIndex::Order&
BoardSearchIndex::order(int pipeline, int stage, BoardSort sort, const QHash<QString, double>& factors)
{
    for (const Order& cached : m_orders) {
        if (cached.pipeline == pipeline && cached.stage == stage && cached.sort == sort &&
            (sort != BoardSort::Amount || cached.factors == factors)) {
            return cached;
        }
    }
    Order built{pipeline, stage, sort, sort == BoardSort::Amount ? factors : QHash<QString, double>{}, {}, {}};
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].alive && m_rows[i].pipeline == pipeline && m_rows[i].stage == stage) {
            built.rows.push_back(static_cast<int>(i));
        }
    }
    const auto row = [this](int index) -> const Row& {
        return m_rows[static_cast<size_t>(index)];
    };
    switch (sort) {
    case BoardSort::CloseDate:
        std::sort(built.rows.begin(), built.rows.end(), [&row](int a, int b) {
            return std::tie(row(a).closeKey, row(a).id) < std::tie(row(b).closeKey, row(b).id);
        });
        break;
    case BoardSort::Age:
        std::sort(built.rows.begin(), built.rows.end(), [&row](int a, int b) {
            return std::tie(row(a).stageEnteredAt, row(a).id) < std::tie(row(b).stageEnteredAt, row(b).id);
        });
        break;
    case BoardSort::Amount: {
        // The SQL key: coalesce(amount_minor * factor, -1.0), largest first, then id.
        QHash<int, double> factorOf;
        for (auto it = factors.cbegin(); it != factors.cend(); ++it) {
            factorOf.insert(m_nameIndex.value(it.key().toUtf8(), -2), it.value());
        }
        QHash<int, double> keyOf;
        for (const int index : built.rows) {
            const auto it = factorOf.constFind(row(index).currency);
            keyOf.insert(index, it == factorOf.cend() ? -1.0 : static_cast<double>(row(index).amountMinor) * *it);
        }
        std::sort(built.rows.begin(), built.rows.end(), [&row, &keyOf](int a, int b) {
            const double ka = keyOf.value(a);
            const double kb = keyOf.value(b);
            return ka != kb ? ka > kb : row(a).id < row(b).id;
        });
        for (const int index : built.rows) {
            built.amountKeys.push_back(keyOf.value(index));
        }
        break;
    }
    }
    m_orders.push_back(std::move(built));
    return m_orders.back();
}

QStringList BoardSearchIndex::page(const Criteria& criteria,
                                   const QString& stageId,
                                   BoardSort sort,
                                   const QHash<QString, double>& factors,
                                   const QVariant& afterKey,
                                   const QString& afterId,
                                   int limit)
{
    ensureLoaded();
    const Conditions when = conditions(criteria);
    const int stage = m_nameIndex.value(stageId.toUtf8(), -2);
    const std::vector<char>& matched = matches(foldKey(criteria.search.trimmed().toUtf8()));
    const Order& column = order(when.pipeline, stage, sort, factors);
    size_t begin = 0;
    if (!afterId.isEmpty()) {
        // Keyset: skip every row at or before the card (key, id) in the column's order.
        const QByteArray id = afterId.toUtf8();
        const QByteArray text = afterKey.toString().toUtf8();
        const double amount = afterKey.toDouble();
        const auto atOrBefore = [&](size_t at) {
            const Row& row = m_rows[static_cast<size_t>(column.rows[at])];
            if (sort == BoardSort::Amount) {
                const double key = column.amountKeys[at];
                return key != amount ? key > amount : row.id <= id;
            }
            const QByteArray& key = sort == BoardSort::Age ? row.stageEnteredAt : row.closeKey;
            return key != text ? key < text : row.id <= id;
        };
        size_t end = column.rows.size();
        while (begin < end) {
            const size_t middle = begin + (end - begin) / 2;
            if (atOrBefore(middle)) {
                begin = middle + 1;
            } else {
                end = middle;
            }
        }
    }
    QStringList ids;
    for (size_t at = begin; at < column.rows.size() && ids.size() < limit; ++at) {
        const auto index = static_cast<size_t>(column.rows[at]);
        if (matched[index] != 0 && passes(m_rows[index], when)) {
            ids.append(QString::fromUtf8(m_rows[index].id));
        }
    }
    return ids;
}
