// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepCopyPruner.h"

#include "Database.h"
#include "MergeSchema.h"
#include "Statement.h"
#include "Transaction.h"

#include <QList>

namespace RepCopyPruner {

void keepOnlyOwner(Database& copy, const QString& ownerId)
{
    // Children are found by the schema's own foreign keys, so tables added later are
    // pruned too without being named here.
    Statement::run(copy, QStringLiteral("PRAGMA foreign_keys = OFF"));
    {
        Transaction transaction(copy);
        Statement deals(copy, QStringLiteral("DELETE FROM deals WHERE owner_id IS NOT :owner"));
        deals.bind(QStringLiteral(":owner"), ownerId).exec();
        Statement leads(copy, QStringLiteral("DELETE FROM leads WHERE owner_id IS NOT :owner"));
        leads.bind(QStringLiteral(":owner"), ownerId).exec();
        Statement interactions(copy,
                               QStringLiteral("DELETE FROM interactions WHERE owner_id IS NOT :owner OR "
                                              "(deal_id IS NOT NULL AND deal_id NOT IN (SELECT id FROM deals))"));
        interactions.bind(QStringLiteral(":owner"), ownerId).exec();
        for (int pass = 0; pass < 16; ++pass) {
            QList<std::pair<QString, qint64>> orphans;
            Statement check(copy, QStringLiteral("PRAGMA foreign_key_check"));
            check.exec();
            while (check.next()) {
                if (!check.isNull(1)) {
                    orphans.append({check.text(0), check.integer(1)});
                }
            }
            if (orphans.isEmpty()) {
                break;
            }
            for (const auto& [table, rowid] : std::as_const(orphans)) {
                Statement remove(copy,
                                 QStringLiteral("DELETE FROM ") + MergeSchema::quoteIdentifier(table) +
                                     QStringLiteral(" WHERE rowid = :rowid"));
                remove.bind(QStringLiteral(":rowid"), rowid).exec();
            }
        }
        transaction.commit();
    }
    Statement::run(copy, QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace RepCopyPruner
