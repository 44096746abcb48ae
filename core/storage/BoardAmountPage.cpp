// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardAmountPage.h"

#include <QStringList>

#include <cmath>
#include <limits>

namespace BoardAmountPage {

QString select(const QString& where, const QHash<QString, double>& factors, const QVariant* afterKey, Binds& binds)
{
    QStringList branches;
    QStringList currencies;
    int index = 0;
    for (auto it = factors.cbegin(); it != factors.cend(); ++it, ++index) {
        const QString currency = QStringLiteral(":amc%1").arg(index);
        const QString factor = QStringLiteral(":amf%1").arg(index);
        binds.append({currency, it.key()});
        binds.append({factor, it.value()});
        currencies.append(currency);
        const QString key = QStringLiteral("d.amount_minor * ") + factor;
        QString branch = QStringLiteral("SELECT * FROM (SELECT d.id AS id, ") + key +
                         QStringLiteral(" AS k FROM deals d WHERE ") + where + QStringLiteral(" AND d.currency = ") +
                         currency;
        if (afterKey) {
            const double after = afterKey->toDouble();
            // A bound on the column itself lets the walk start at the cursor; it may let a
            // few rows too many through (rounding), the exact test on the key drops them.
            if (it.value() > 0 && std::isfinite(after / it.value()) &&
                std::abs(after / it.value()) < static_cast<double>(std::numeric_limits<qint64>::max() / 2)) {
                const QString bound = QStringLiteral(":amb%1").arg(index);
                binds.append({bound, static_cast<qint64>(std::floor(after / it.value())) + 1});
                branch += QStringLiteral(" AND d.amount_minor <= ") + bound;
            }
            branch += QStringLiteral(" AND (%1 < :after_key OR (%1 = :after_key AND d.id > :after_id))").arg(key);
        }
        branch += QStringLiteral(" ORDER BY d.amount_minor DESC, d.id LIMIT :limit)");
        branches.append(branch);
    }
    // Currencies without a rate rank below every converted amount, among themselves by id.
    // Which currencies the column holds is found by skipping through deals_board_totals, one
    // seek per currency, so each is read by a seek too: `currency NOT IN (...)` would read the
    // whole column (a 50k-card Lost column: ~15 ms a page).
    QString present = QStringLiteral(
        "WITH RECURSIVE present(cur) AS (SELECT min(currency) FROM deals WHERE pipeline_id = :pipeline_id "
        "AND deleted = 0 AND stage_id = :stage_id UNION ALL SELECT (SELECT min(currency) FROM deals WHERE "
        "pipeline_id = :pipeline_id AND deleted = 0 AND stage_id = :stage_id AND currency > present.cur) "
        "FROM present WHERE present.cur IS NOT NULL) SELECT cur FROM present WHERE cur IS NOT NULL");
    if (!currencies.isEmpty()) {
        present += QStringLiteral(" AND cur NOT IN (") + currencies.join(QStringLiteral(", ")) + u')';
    }
    QString other = QStringLiteral("SELECT * FROM (SELECT d.id AS id, -1.0 AS k FROM deals d WHERE ") + where +
                    QStringLiteral(" AND d.currency IN (") + present + u')';
    if (afterKey) {
        other += QStringLiteral(" AND (-1.0 < :after_key OR (-1.0 = :after_key AND d.id > :after_id))");
    }
    branches.append(other + QStringLiteral(" ORDER BY d.id LIMIT :limit)"));
    return QStringLiteral("SELECT id FROM (") + branches.join(QStringLiteral(" UNION ALL ")) +
           QStringLiteral(") ORDER BY k DESC, id LIMIT :limit");
}

} // namespace BoardAmountPage
