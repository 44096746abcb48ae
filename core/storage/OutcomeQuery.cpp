// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeQuery.h"

#include "SqlCursor.h"
#include "Statement.h"

#include "core/util/Timestamp.h"

#include <QHash>

namespace {
// One QString per distinct value of a low-cardinality column (owner, currency, source, ...),
// shared by every row that has it, instead of a new string per row.
class SharedTexts final
{
public:
    explicit SharedTexts(const SqlCursor& cursor)
        : m_cursor(cursor)
    {}
    QString operator()(int column)
    {
        if (m_cursor.isNull(column)) {
            return QString();
        }
        const QByteArrayView bytes = m_cursor.bytes(column);
        auto it = m_texts.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (it == m_texts.cend()) {
            it = m_texts.insert(bytes.toByteArray(), QString::fromUtf8(bytes));
        }
        return *it;
    }

private:
    const SqlCursor& m_cursor;
    QHash<QByteArray, QString> m_texts;
};

// Joins a child table of the strategy sheets (alias x) to the pipeline's deals won in the span.
QString wonSheetsJoin()
{
    return QStringLiteral(
        "JOIN strategy_sheets s ON s.id = x.sheet_id AND s.deleted = 0 "
        "JOIN deals d INDEXED BY deals_won_cover ON d.id = s.deal_id AND d.deleted = 0 "
        "WHERE x.deleted = 0 AND d.won_at >= :from AND d.won_at < :to AND coalesce(d.pipeline_id, '') = :pipeline ");
}
} // namespace

namespace OutcomeQuery {

QList<ClosedDealRow>
closedDeals(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to)
{
    QList<ClosedDealRow> result;
    // Two range scans (deals_won_cover and deals_lost_cover, 0013) rather than an OR over both
    // columns, each deal read from the index alone and its account from accounts_segments
    // (named: SQLite preferred the narrower deals_won_at, dropped in 0015, and looked up every deal's wide row).
    // Here and below, coalesce() on the pipeline keeps SQLite from walking the whole pipeline
    // through a pipeline index when the time range is the selective term (pipeline_id is
    // NOT NULL: the result is the same).
    // A raw cursor with shared strings: a year holds 65k closed deals in the 100k-deal file.
    const QByteArray columns = "d.id, coalesce(d.owner_id, ''), d.created_at, d.currency, d.amount_minor, d.source, "
                               "d.lost_reason, d.competitor, coalesce(a.segment, ''), coalesce(a.industry, ''), "
                               "coalesce(a.size_band, '')";
    const QByteArray sql = "SELECT 1, d.won_at, " + columns +
                           " FROM deals d INDEXED BY deals_won_cover "
                           "LEFT JOIN accounts a INDEXED BY accounts_segments ON a.id = d.account_id "
                           "WHERE d.deleted = 0 AND d.won_at >= ?1 AND d.won_at < ?2 "
                           "AND coalesce(d.pipeline_id, '') = ?3 UNION ALL SELECT 0, d.lost_at, " +
                           columns +
                           " FROM deals d INDEXED BY deals_lost_cover "
                           "LEFT JOIN accounts a INDEXED BY accounts_segments ON a.id = d.account_id "
                           "WHERE d.deleted = 0 AND d.lost_at >= ?1 AND d.lost_at < ?2 "
                           "AND coalesce(d.pipeline_id, '') = ?3";
    SqlCursor query(database, sql.constData());
    query.bind(1, Timestamp::toStorage(from)).bind(2, Timestamp::toStorage(to)).bind(3, pipelineId);
    SharedTexts shared(query);
    while (query.next()) {
        ClosedDealRow row;
        row.won = query.integer(0) != 0;
        row.closedMs = query.msecs(1);
        row.dealId = query.text(2);
        row.ownerId = shared(3);
        row.createdMs = query.msecs(4);
        row.amount = Money{query.integer(6), shared(5)};
        row.source = shared(7);
        row.lostReason = shared(8);
        row.competitor = shared(9);
        row.segment = shared(10);
        row.industry = shared(11);
        row.sizeBand = shared(12);
        result.append(std::move(row));
    }
    return result;
}

QList<DealSpanRow>
dealSpans(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to)
{
    QList<DealSpanRow> result;
    // Every deal of the pipeline alive in the window (81k of the 100k-deal file for a quarter):
    // from deals_spans_cover (0011) alone, through a raw cursor with one QString per distinct
    // owner and currency rather than a QVariant per value.
    SqlCursor query(database,
                    "SELECT coalesce(owner_id, ''), currency, amount_minor, created_at, won_at, lost_at "
                    "FROM deals WHERE deleted = 0 AND pipeline_id = ?1 AND created_at < ?2 "
                    "AND (won_at IS NULL OR won_at >= ?3) AND (lost_at IS NULL OR lost_at >= ?3)");
    query.bind(1, pipelineId).bind(2, Timestamp::toStorage(to)).bind(3, Timestamp::toStorage(from));
    SharedTexts textOf(query);
    while (query.next()) {
        DealSpanRow row;
        row.ownerId = textOf(0);
        row.amount = Money{query.integer(2), textOf(1)};
        row.createdMs = query.msecs(3);
        row.wonMs = query.msecs(4);
        row.lostMs = query.msecs(5);
        result.append(std::move(row));
    }
    return result;
}

QList<CollectionTotalRow> collectionsOfWon(const Database& database,
                                           const QString& pipelineId,
                                           const QDateTime& from,
                                           const QDateTime& to,
                                           const QDate& receivedBefore)
{
    QList<CollectionTotalRow> result;
    Statement query(database,
                    QStringLiteral("SELECT coalesce(d.owner_id, ''), c.currency, count(*), "
                                   "sum(CASE WHEN c.received_date < :received_before "
                                   "THEN coalesce(c.received_amount_minor, 0) ELSE 0 END) "
                                   "FROM deals d INDEXED BY deals_won_cover "
                                   "JOIN collections c ON c.deal_id = d.id AND c.deleted = 0 "
                                   "WHERE d.deleted = 0 AND d.won_at >= :from AND d.won_at < :to "
                                   "AND coalesce(d.pipeline_id, '') = :pipeline GROUP BY 1, 2"));
    query.bind(QStringLiteral(":received_before"), Timestamp::dateToStorage(receivedBefore))
        .bind(QStringLiteral(":from"), Timestamp::toStorage(from))
        .bind(QStringLiteral(":to"), Timestamp::toStorage(to))
        .bind(QStringLiteral(":pipeline"), pipelineId)
        .exec();
    while (query.next()) {
        result.append(
            CollectionTotalRow{query.text(0), query.text(1), static_cast<int>(query.integer(2)), query.integer(3)});
    }
    return result;
}

QHash<QString, WonSheetFacts>
wonSheetFacts(const Database& database, const QString& pipelineId, const QDateTime& from, const QDateTime& to)
{
    QHash<QString, WonSheetFacts> result;
    // Driven by the won deals of the span (deals_won_cover, 0013) into the sheets by deal: with a plain
    // `pipeline_id =` SQLite walked every deal of the pipeline instead (see closedDeals).
    const QString fromText = Timestamp::toStorage(from);
    const QString toText = Timestamp::toStorage(to);
    auto bindSpan = [&](Statement& statement) {
        statement.bind(QStringLiteral(":from"), fromText)
            .bind(QStringLiteral(":to"), toText)
            .bind(QStringLiteral(":pipeline"), pipelineId)
            .exec();
    };
    Statement sheets(database,
                     QStringLiteral("SELECT d.id, s.compelling_event FROM strategy_sheets s "
                                    "JOIN deals d INDEXED BY deals_won_cover ON d.id = s.deal_id "
                                    "AND d.deleted = 0 WHERE s.deleted = 0 AND d.won_at >= :from AND d.won_at < :to "
                                    "AND coalesce(d.pipeline_id, '') = :pipeline"));
    bindSpan(sheets);
    while (sheets.next()) {
        result[sheets.text(0)].trigger = sheets.text(1).trimmed();
    }
    Statement competitors(database,
                          QStringLiteral("SELECT d.id, x.name FROM strategy_competitors x ") + wonSheetsJoin() +
                              QStringLiteral("AND x.name <> '' ORDER BY d.id, x.sort_order"));
    bindSpan(competitors);
    while (competitors.next()) {
        result[competitors.text(0)].competitors.append(competitors.text(1).trimmed());
    }
    Statement people(database,
                     QStringLiteral("SELECT d.id, x.role, x.attitude, x.org_level, x.org_result "
                                    "FROM strategy_stakeholders x ") +
                         wonSheetsJoin() + QStringLiteral("ORDER BY d.id, x.sort_order"));
    bindSpan(people);
    QHash<QString, bool> problemFromBuyer;
    while (people.next()) {
        WonSheetFacts& facts = result[people.text(0)];
        const QString role = people.text(1);
        if (role == QLatin1String("champion") || people.text(2) == QLatin1String("champion")) {
            facts.champions.append(ChampionFact{role, people.text(3)});
        }
        const QString need = people.text(4).trimmed();
        const bool buyer = role == QLatin1String("economic_buyer");
        bool& fromBuyer = problemFromBuyer[people.text(0)];
        if (!need.isEmpty() && (facts.problem.isEmpty() || (buyer && !fromBuyer))) {
            facts.problem = need;
            fromBuyer = buyer;
        }
    }
    return result;
}

} // namespace OutcomeQuery
