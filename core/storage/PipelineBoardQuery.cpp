// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineBoardQuery.h"

#include "BoardAmountPage.h"
#include "BoardSearchIndex.h"
#include "Database.h"
#include "Statement.h"

#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {
using Binds = QList<std::pair<QString, QVariant>>;

// An interaction "took place" unless it was cancelled or the customer did not show up.
const QLatin1String kTookPlace("i.appointment_state NOT IN ('cancelled', 'no_show')");
const QLatin1String kPlanned("i.appointment_state IN ('planned', 'confirmed')");

// The decision milestones reached on the deal's strategy sheet (migration 0002); NULL when
// the deal has no sheet. Each CASE counts one reached milestone.
const QLatin1String kMilestonesDone("CASE WHEN ss.id IS NULL THEN NULL ELSE "
                                    "(CASE WHEN ss.m_problem_done IS NULL THEN 0 ELSE 1 END) + "
                                    "(CASE WHEN ss.m_criteria_done IS NULL THEN 0 ELSE 1 END) + "
                                    "(CASE WHEN ss.m_stakeholders_done IS NULL THEN 0 ELSE 1 END) + "
                                    "(CASE WHEN ss.m_budget_done IS NULL THEN 0 ELSE 1 END) + "
                                    "(CASE WHEN ss.m_business_case_done IS NULL THEN 0 ELSE 1 END) END");
constexpr int kMilestoneCount = 5;

// Sort keys. A deal without a close date sorts after every dated one; an amount without a
// rate cannot be ranked against converted ones and sorts after them (-1 is below any amount).
// The close-date key is word for word the expression of the deals_board_close index (0008):
// SQLite uses an index on an expression only for that exact expression.
const QLatin1String kCloseKey("coalesce(d.expected_close_date, '9999-12-31')");
const QLatin1String kAgeKey("d.stage_entered_at");
const QLatin1String kAmountKey("coalesce(d.amount_minor * fx.factor, -1.0)");

QString sortKey(BoardSort sort)
{
    switch (sort) {
    case BoardSort::CloseDate:
        return kCloseKey;
    case BoardSort::Age:
        return kAgeKey;
    case BoardSort::Amount:
        return kAmountKey;
    }
    return kCloseKey;
}

QString orderBy(BoardSort sort)
{
    if (sort == BoardSort::Amount) {
        return QStringLiteral(" ORDER BY ") + sortKey(sort) + QStringLiteral(" DESC, d.id");
    }
    return QStringLiteral(" ORDER BY ") + sortKey(sort) + QStringLiteral(", d.id");
}

// Rows after the cursor in the order of orderBy().
QString afterCursor(BoardSort sort)
{
    const QString beyond = sort == BoardSort::Amount ? QStringLiteral("<") : QStringLiteral(">");
    return QStringLiteral("(%1 %2 :after_key OR (%1 = :after_key AND d.id > :after_id))").arg(sortKey(sort), beyond);
}

// The SQL shared by the totals and the card queries: the WITH clause (conversion factors,
// per-stage stalled cut-offs) and the filter's conditions on `d` (deals). Everything the user
// typed is bound, never pasted into the text.
struct BoardSql
{
    QString with;
    QString where;
    Binds binds;
};

QString stalledExpression()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM cutoff c WHERE c.stage_id = d.stage_id "
                          "AND d.stage_entered_at < c.since AND NOT EXISTS (SELECT 1 FROM interactions i "
                          "WHERE i.deal_id = d.id AND i.deleted = 0 AND i.scheduled_at >= c.since "
                          "AND i.scheduled_at <= :now AND ") +
           kTookPlace + QStringLiteral("))");
}

QString nextStepExpression()
{
    return QStringLiteral("(SELECT min(i.scheduled_at) FROM interactions i WHERE i.deal_id = d.id "
                          "AND i.deleted = 0 AND i.scheduled_at >= :day_start AND ") +
           kPlanned + u')';
}

QString lastInteractionExpression()
{
    return QStringLiteral("(SELECT max(i.scheduled_at) FROM interactions i WHERE i.deal_id = d.id "
                          "AND i.deleted = 0 AND i.scheduled_at <= :now AND ") +
           kTookPlace + u')';
}

QString likePattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString placeholderList(const QString& prefix, const QStringList& values, Binds& binds)
{
    QStringList names;
    for (int i = 0; i < values.size(); ++i) {
        names.append(QStringLiteral(":%1%2").arg(prefix).arg(i));
        binds.append({names.last(), values.at(i)});
    }
    return names.join(QStringLiteral(", "));
}

BoardSql boardSql(const Pipeline& pipeline,
                  const BoardFilter& filter,
                  const QHash<QString, double>& factors,
                  const QDateTime& now,
                  const QDate& today,
                  int fiscalYearStartMonth)
{
    BoardSql sql;
    // Conversion factors as a VALUES table: it always holds the base currency (factor 1).
    QStringList fxRows;
    int index = 0;
    for (auto it = factors.cbegin(); it != factors.cend(); ++it, ++index) {
        const QString currency = QStringLiteral(":fxc%1").arg(index);
        const QString factor = QStringLiteral(":fxf%1").arg(index);
        fxRows.append(u'(' + currency + QStringLiteral(", ") + factor + u')');
        sql.binds.append({currency, it.key()});
        sql.binds.append({factor, it.value()});
    }
    // Per open stage with a rotting threshold: the time before which entering the stage
    // (and the last interaction) makes a deal stalled.
    QStringList cutoffRows;
    QStringList openStageIds;
    index = 0;
    for (const Stage& stage : pipeline.stages) {
        if (stage.isOpen()) {
            openStageIds.append(stage.id);
        }
        if (!stage.isOpen() || stage.rottingDays <= 0) {
            continue;
        }
        const QString stageId = QStringLiteral(":cs%1").arg(index);
        const QString since = QStringLiteral(":ct%1").arg(index);
        cutoffRows.append(QStringLiteral("SELECT ") + stageId + QStringLiteral(", ") + since);
        sql.binds.append({stageId, stage.id});
        sql.binds.append({since, Timestamp::toStorage(now.addDays(-stage.rottingDays))});
        ++index;
    }
    if (cutoffRows.isEmpty()) {
        cutoffRows.append(QStringLiteral("SELECT NULL, NULL WHERE 1 = 0"));
    }
    sql.with = QStringLiteral("WITH fx(currency, factor) AS (VALUES ") + fxRows.join(QStringLiteral(", ")) +
               QStringLiteral("), cutoff(stage_id, since) AS (") + cutoffRows.join(QStringLiteral(" UNION ALL ")) +
               QStringLiteral(") ");

    QStringList where = {QStringLiteral("d.pipeline_id = :pipeline_id"), QStringLiteral("d.deleted = 0")};
    sql.binds.append({QStringLiteral(":pipeline_id"), pipeline.id});
    if (!filter.ownerId.isEmpty()) {
        where.append(QStringLiteral("d.owner_id = :owner_id"));
        sql.binds.append({QStringLiteral(":owner_id"), filter.ownerId});
    }
    const auto [from, to] = filter.closeRange(today, fiscalYearStartMonth);
    if (from.isValid()) {
        where.append(QStringLiteral("d.expected_close_date >= :close_from"));
        sql.binds.append({QStringLiteral(":close_from"), Timestamp::dateToStorage(from)});
    }
    if (to.isValid()) {
        where.append(QStringLiteral("d.expected_close_date <= :close_to"));
        sql.binds.append({QStringLiteral(":close_to"), Timestamp::dateToStorage(to)});
    }
    if (!filter.search.trimmed().isEmpty()) {
        // The account names are matched once in a subquery rather than joined per deal.
        where.append(QStringLiteral("(d.name LIKE :search ESCAPE '\\' OR d.account_id IN "
                                    "(SELECT a2.id FROM accounts a2 WHERE a2.deleted = 0 "
                                    "AND a2.name LIKE :search ESCAPE '\\'))"));
        sql.binds.append({QStringLiteral(":search"), likePattern(filter.search)});
    }
    if (filter.onlyStalled) {
        where.append(stalledExpression());
    }
    if (filter.onlyWithoutNextStep) {
        // Only an open deal can miss its next step; closed deals are left out.
        where.append(QStringLiteral("d.stage_id IN (") +
                     placeholderList(QStringLiteral("open"), openStageIds, sql.binds) +
                     QStringLiteral(") AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.deal_id = d.id "
                                    "AND i.deleted = 0 AND i.scheduled_at >= :day_start AND ") +
                     kPlanned + u')');
    }
    sql.where = where.join(QStringLiteral(" AND "));
    sql.binds.append({QStringLiteral(":now"), Timestamp::toStorage(now)});
    const QDateTime dayStart = today.startOfDay(QTimeZone::systemTimeZone());
    sql.binds.append({QStringLiteral(":day_start"), Timestamp::toStorage(dayStart)});
    return sql;
}

// Binds the placeholders that occur in the text (the driver refuses extra ones). A name
// is looked up with the character after it, so ":open1" does not match ":open10".
void bindAll(Statement& statement, const QString& text, const Binds& binds)
{
    for (const auto& [name, value] : binds) {
        qsizetype at = text.indexOf(name);
        bool found = false;
        while (at >= 0 && !found) {
            const qsizetype end = at + name.size();
            found = end >= text.size() || !(text.at(end).isLetterOrNumber() || text.at(end) == u'_');
            at = text.indexOf(name, end);
        }
        if (found) {
            statement.bind(name, value);
        }
    }
}

// `from` names the deals as `d`, possibly joined to a driving table.
QString cardColumns(BoardSort sort, const QString& from = QStringLiteral("deals d"))
{
    return QStringLiteral("SELECT d.id, d.name, a.name, d.owner_id, o.name, d.stage_id, d.amount_minor, d.currency, "
                          "d.amount_minor * fx.factor, d.expected_close_date, d.stage_entered_at, ") +
           lastInteractionExpression() + QStringLiteral(", ") + nextStepExpression() + QStringLiteral(", CASE WHEN ") +
           stalledExpression() + QStringLiteral(" THEN 1 ELSE 0 END, ") + kMilestonesDone + QStringLiteral(", ") +
           sortKey(sort) + QStringLiteral(" FROM ") + from +
           QStringLiteral(" LEFT JOIN accounts a ON a.id = d.account_id "
                          "LEFT JOIN owners o ON o.id = d.owner_id "
                          "LEFT JOIN fx ON fx.currency = d.currency "
                          "LEFT JOIN strategy_sheets ss ON ss.deal_id = d.id AND ss.deleted = 0 ");
}

BoardSearchIndex::Criteria
criteriaOf(const Pipeline& pipeline, const BoardFilter& filter, const QDate& today, int fiscalYearStartMonth)
{
    const auto [from, to] = filter.closeRange(today, fiscalYearStartMonth);
    return {pipeline.id,
            filter.search,
            filter.ownerId,
            from.isValid() ? Timestamp::dateToStorage(from) : QString(),
            to.isValid() ? Timestamp::dateToStorage(to) : QString()};
}

// Counts and sums per stage and currency, converted and weighted by the stage's probability
// here, whether they were grouped in SQL or by the search index: one arithmetic for both. A
// currency without a rate yields a count and no sums.
QHash<QString, StageTotals>
totalsOf(const QList<BoardSearchIndex::Group>& groups, const Pipeline& pipeline, const QHash<QString, double>& factors)
{
    QHash<QString, int> probability;
    for (const Stage& stage : pipeline.stages) {
        probability.insert(stage.id, stage.probability);
    }
    QHash<QString, double> total;
    QHash<QString, double> weighted;
    QHash<QString, StageTotals> result;
    for (const BoardSearchIndex::Group& group : groups) {
        if (!probability.contains(group.stageId)) {
            continue; // a stage of another pipeline: broken data, shown nowhere
        }
        StageTotals& stage = result[group.stageId];
        stage.count += group.count;
        const auto factor = factors.constFind(group.currency);
        if (factor == factors.cend()) {
            stage.unconvertibleCount += group.count;
            stage.unconvertibleCurrencies.append(group.currency);
            continue;
        }
        const double converted = static_cast<double>(group.amountMinor) * *factor;
        total[group.stageId] += converted;
        weighted[group.stageId] += converted * probability.value(group.stageId) / 100.0;
    }
    for (auto it = result.begin(); it != result.end(); ++it) {
        it->totalMinor = std::llround(total.value(it.key()));
        it->weightedMinor = std::llround(weighted.value(it.key()));
        it->unconvertibleCurrencies.sort();
    }
    return result;
}

DealCard cardFrom(const Statement& row, const QDateTime& now)
{
    DealCard card;
    card.id = row.text(0);
    card.name = row.text(1);
    card.accountName = row.text(2);
    card.ownerId = row.text(3);
    card.ownerName = row.text(4);
    card.stageId = row.text(5);
    card.amount = Money{row.integer(6), row.text(7)};
    if (!row.isNull(8)) {
        card.baseAmount = row.real(8);
    }
    card.closeDate = Timestamp::dateFromStorage(row.text(9));
    card.stageEnteredAt = Timestamp::fromStorage(row.text(10));
    card.daysInStage = card.stageEnteredAt.isValid()
                           ? static_cast<int>(std::max<qint64>(0, card.stageEnteredAt.secsTo(now) / 86400))
                           : 0;
    card.lastInteractionAt = Timestamp::fromStorage(row.text(11));
    card.nextInteractionAt = Timestamp::fromStorage(row.text(12));
    card.stalled = row.integer(13) != 0;
    if (!row.isNull(14)) {
        card.milestonesDone = static_cast<int>(row.integer(14));
        card.milestonesTotal = kMilestoneCount;
    }
    card.sortKey = row.value(15);
    return card;
}
} // namespace

PipelineBoardQuery::PipelineBoardQuery(const Database& database, const Clock& clock, int fiscalYearStartMonth)
    : m_database(database)
    , m_clock(clock)
    , m_fiscalYearStartMonth(fiscalYearStartMonth)
{}

QString PipelineBoardQuery::baseCurrency() const
{
    Statement query(m_database,
                    QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'base_currency' AND deleted = 0"));
    query.exec();
    return query.next() ? query.text(0) : QStringLiteral("USD");
}

QHash<QString, double> PipelineBoardQuery::conversionFactors() const
{
    const QString base = baseCurrency();
    QHash<QString, double> factors;
    factors.insert(base, 1.0);
    // The latest rate valid on or before today; among rates of one day the last written wins.
    Statement query(m_database,
                    QStringLiteral("SELECT currency, rate FROM (SELECT currency, rate, row_number() OVER "
                                   "(PARTITION BY currency ORDER BY valid_from DESC, updated_at DESC, id DESC) AS pick "
                                   "FROM exchange_rates WHERE deleted = 0 AND valid_from <= :today) ranked "
                                   "WHERE pick = 1"));
    query.bind(QStringLiteral(":today"), Timestamp::dateToStorage(m_clock.today())).exec();
    const double baseScale = std::pow(10.0, Money::minorDigits(base));
    while (query.next()) {
        const QString currency = query.text(0);
        if (currency == base) {
            continue;
        }
        // The rate is in major units; the factor maps the currency's minor units to base minor units.
        factors.insert(currency, query.real(1) * baseScale / std::pow(10.0, Money::minorDigits(currency)));
    }
    return factors;
}

QHash<QString, StageTotals> PipelineBoardQuery::totals(const Pipeline& pipeline, const BoardFilter& filter) const
{
    const QHash<QString, double> factors = conversionFactors();
    if (m_searchIndex && BoardSearchIndex::answers(filter)) {
        return totalsOf(m_searchIndex->groups(criteriaOf(pipeline, filter, m_clock.today(), m_fiscalYearStartMonth)),
                        pipeline,
                        factors);
    }
    const BoardSql sql = boardSql(pipeline, filter, factors, m_clock.nowUtc(), m_clock.today(), m_fiscalYearStartMonth);
    // Counted and summed per stage and currency over the deals alone (an index-only scan).
    const QString text = sql.with +
                         QStringLiteral("SELECT d.stage_id, d.currency, count(*), sum(d.amount_minor) FROM deals d "
                                        "WHERE ") +
                         sql.where + QStringLiteral(" GROUP BY d.stage_id, d.currency ORDER BY d.stage_id, d.currency");
    Statement query(m_database, text);
    bindAll(query, text, sql.binds);
    query.exec();
    QList<BoardSearchIndex::Group> groups;
    while (query.next()) {
        groups.append({query.text(0), query.text(1), query.integer(2), query.integer(3)});
    }
    return totalsOf(groups, pipeline, factors);
}

QList<DealCard> PipelineBoardQuery::cards(
    const Pipeline& pipeline, const QString& stageId, const BoardFilter& filter, const DealCard* after, int limit) const
{
    if (m_searchIndex && BoardSearchIndex::answers(filter)) {
        const QStringList ids =
            m_searchIndex->page(criteriaOf(pipeline, filter, m_clock.today(), m_fiscalYearStartMonth),
                                stageId,
                                filter.sort,
                                conversionFactors(),
                                after ? after->sortKey : QVariant(),
                                after ? after->id : QString(),
                                limit);
        return cardsInOrder(pipeline, ids, filter);
    }
    const QDateTime now = m_clock.nowUtc();
    const QHash<QString, double> factors = conversionFactors();
    BoardSql sql = boardSql(pipeline, filter, factors, now, m_clock.today(), m_fiscalYearStartMonth);
    const QString order = orderBy(filter.sort);
    QString where = sql.where + QStringLiteral(" AND d.stage_id = :stage_id");
    sql.binds.append({QStringLiteral(":stage_id"), stageId});
    if (after) {
        sql.binds.append({QStringLiteral(":after_key"), after->sortKey});
        sql.binds.append({QStringLiteral(":after_id"), after->id});
    }
    // The page is chosen on the narrow rows first, through the index of the sort (close date
    // 0008, age 0010, amount: BoardAmountPage), so the per-card subqueries (interactions,
    // milestones) run for the cards of the page only.
    QString page;
    if (filter.sort == BoardSort::Amount) {
        page = BoardAmountPage::select(where, factors, after ? &after->sortKey : nullptr, sql.binds);
    } else {
        if (after) {
            where += QStringLiteral(" AND ") + afterCursor(filter.sort);
        }
        page =
            QStringLiteral("SELECT d.id AS id FROM deals d WHERE ") + where + order + QStringLiteral(" LIMIT :limit");
    }
    const QString text = sql.with + QStringLiteral(", page AS (") + page + QStringLiteral(") ") +
                         cardColumns(filter.sort) + QStringLiteral("WHERE d.id IN (SELECT id FROM page)") + order;
    sql.binds.append({QStringLiteral(":limit"), limit});
    Statement query(m_database, text);
    bindAll(query, text, sql.binds);
    query.exec();
    QList<DealCard> result;
    result.reserve(limit);
    while (query.next()) {
        result.append(cardFrom(query, now));
    }
    return result;
}

QList<DealCard>
PipelineBoardQuery::cardsOf(const Pipeline& pipeline, const QStringList& dealIds, const BoardFilter& filter) const
{
    if (dealIds.isEmpty()) {
        return {};
    }
    const QDateTime now = m_clock.nowUtc();
    BoardSql sql = boardSql(pipeline, filter, conversionFactors(), now, m_clock.today(), m_fiscalYearStartMonth);
    QStringList rows;
    for (int i = 0; i < dealIds.size(); ++i) {
        rows.append(QStringLiteral("(:deal%1)").arg(i));
        sql.binds.append({QStringLiteral(":deal%1").arg(i), dealIds.at(i)});
    }
    // The given deals drive the query (CROSS JOIN keeps them the outer loop): left to itself
    // the planner walks the pipeline's board index, 100k entries, to find a few ids.
    const QString text = sql.with + QStringLiteral(", picked(id) AS (VALUES ") + rows.join(QStringLiteral(", ")) +
                         QStringLiteral(") ") +
                         cardColumns(filter.sort, QStringLiteral("picked p CROSS JOIN deals d ON d.id = p.id")) +
                         QStringLiteral("WHERE ") + sql.where;
    Statement query(m_database, text);
    bindAll(query, text, sql.binds);
    query.exec();
    QList<DealCard> result;
    while (query.next()) {
        result.append(cardFrom(query, now));
    }
    return result;
}

QList<DealCard>
PipelineBoardQuery::cardsInOrder(const Pipeline& pipeline, const QStringList& dealIds, const BoardFilter& filter) const
{
    // The index has matched the names: the SQL need not match them again.
    BoardFilter rest = filter;
    rest.search.clear();
    QList<DealCard> result = cardsOf(pipeline, dealIds, rest);
    std::sort(result.begin(), result.end(), [&filter](const DealCard& a, const DealCard& b) {
        return precedes(a, b, filter.sort);
    });
    return result;
}

bool PipelineBoardQuery::precedes(const DealCard& a, const DealCard& b, BoardSort sort)
{
    if (sort == BoardSort::Amount) {
        const double left = a.sortKey.toDouble();
        const double right = b.sortKey.toDouble();
        if (left != right) {
            return left > right;
        }
    } else {
        // Text keys (dates, timestamps): ASCII, so QString order is SQLite's BINARY order.
        const int order = QString::compare(a.sortKey.toString(), b.sortKey.toString(), Qt::CaseSensitive);
        if (order != 0) {
            return order < 0;
        }
    }
    return QString::compare(a.id, b.id, Qt::CaseSensitive) < 0;
}
