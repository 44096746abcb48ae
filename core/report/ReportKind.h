// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// The reports leadership receives (DOMAIN.md §8), one per sheet of the method they summarise.
enum class ReportKind
{
    WeeklyReview, // the manager's weekly pipeline review
    Scorecard,    // one rep: performance levers, behaviour, V2MOM measures
    DealStrategy, // one deal's strategy sheet and buying centre
    V2mom,        // a V2MOM sheet, or a manager's cascade
};

namespace ReportKinds {

QList<ReportKind> all();
// The command-line and settings keys: "weekly", "scorecard", "strategy", "v2mom".
QString key(ReportKind kind);
std::optional<ReportKind> fromKey(const QString& key);
QString displayName(ReportKind kind);

} // namespace ReportKinds
