// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportKind.h"

#include <QCoreApplication>

namespace ReportKinds {

QList<ReportKind> all()
{
    return {ReportKind::WeeklyReview, ReportKind::Scorecard, ReportKind::DealStrategy, ReportKind::V2mom};
}

QString key(ReportKind kind)
{
    switch (kind) {
    case ReportKind::WeeklyReview:
        return QStringLiteral("weekly");
    case ReportKind::Scorecard:
        return QStringLiteral("scorecard");
    case ReportKind::DealStrategy:
        return QStringLiteral("strategy");
    case ReportKind::V2mom:
        return QStringLiteral("v2mom");
    }
    return {};
}

std::optional<ReportKind> fromKey(const QString& text)
{
    for (ReportKind kind : all()) {
        if (key(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

QString displayName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::WeeklyReview:
        return QCoreApplication::translate("ReportKinds", "Weekly pipeline review");
    case ReportKind::Scorecard:
        return QCoreApplication::translate("ReportKinds", "Rep scorecard");
    case ReportKind::DealStrategy:
        return QCoreApplication::translate("ReportKinds", "Deal strategy brief");
    case ReportKind::V2mom:
        return QCoreApplication::translate("ReportKinds", "V2MOM");
    }
    return {};
}

} // namespace ReportKinds
