// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

/**
 * The ids of one board column page in amount order (largest in the base currency first),
 * chosen through an index. The key, amount_minor times the currency's rate, cannot be
 * indexed, but within one currency it is the order of amount_minor, which is: so the page is
 * the merge of one branch per convertible currency, each a walk of deals_board_totals
 * (pipeline, deleted, stage, currency, amount_minor) from the top or from the cursor down,
 * plus one branch for the currencies without a rate (key -1, in id order). Each branch stops
 * after `:limit` rows; the merge keeps the first `:limit`.
 */
namespace BoardAmountPage {
using Binds = QList<std::pair<QString, QVariant>>;

// A SELECT of (id) rows in page order. `where` holds the column's conditions on `d`, among
// them `d.pipeline_id = :pipeline_id AND d.deleted = 0 AND d.stage_id = :stage_id` (the caller
// binds those; the currency skip-scan uses them too);
// `after` is the sort key of the card the page continues after (the cursor's
// `:after_id` is bound by the caller), nullptr for the first page. Binds are appended.
QString select(const QString& where, const QHash<QString, double>& factors, const QVariant* afterKey, Binds& binds);
} // namespace BoardAmountPage
