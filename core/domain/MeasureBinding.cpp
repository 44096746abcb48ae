// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureBinding.h"

#include "EnumKeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using EnumKeys::keyOf;
using EnumKeys::valueOf;

namespace {
constexpr std::array<std::pair<MeasureBindingKind, const char*>, 10> kBindingKeys{{
    {MeasureBindingKind::None, ""},
    {MeasureBindingKind::ClosedWonAmount, "closed_won_amount"},
    {MeasureBindingKind::CollectionsReceived, "collections_received"},
    {MeasureBindingKind::NewPipelineCreated, "new_pipeline"},
    {MeasureBindingKind::WonDeals, "won_deals"},
    {MeasureBindingKind::WinRate, "win_rate"},
    {MeasureBindingKind::AverageCycleDays, "average_cycle_days"},
    {MeasureBindingKind::InteractionsWithObjective, "interactions_with_objective"},
    {MeasureBindingKind::DealsCreatedInSegment, "deals_in_segment"},
    {MeasureBindingKind::StrategicAccountsWithPlan, "strategic_account_plans"},
}};

constexpr std::array<std::pair<MeasureScope, const char*>, 2> kScopeKeys{{
    {MeasureScope::Person, "person"},
    {MeasureScope::Team, "team"},
}};
} // namespace

bool MeasureBinding::isMoney() const
{
    return kind == MeasureBindingKind::ClosedWonAmount || kind == MeasureBindingKind::CollectionsReceived ||
           kind == MeasureBindingKind::NewPipelineCreated;
}

bool MeasureBinding::isCumulative() const
{
    switch (kind) {
    case MeasureBindingKind::WinRate:
    case MeasureBindingKind::AverageCycleDays:
    case MeasureBindingKind::StrategicAccountsWithPlan:
        return false;
    default:
        return true;
    }
}

QString MeasureBinding::paramsJson() const
{
    QJsonObject object;
    if (!segment.isEmpty()) {
        object.insert(QStringLiteral("segment"), segment);
    }
    if (!industry.isEmpty()) {
        object.insert(QStringLiteral("industry"), industry);
    }
    if (object.isEmpty()) {
        return {};
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void MeasureBinding::setParamsJson(const QString& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    segment = object.value(QStringLiteral("segment")).toString();
    industry = object.value(QStringLiteral("industry")).toString();
}

QString measureBindingKey(MeasureBindingKind kind)
{
    return keyOf(kBindingKeys, kind);
}

MeasureBindingKind measureBindingFromKey(const QString& key)
{
    return valueOf(kBindingKeys, key);
}

QString measureBindingDisplayName(MeasureBindingKind kind)
{
    switch (kind) {
    case MeasureBindingKind::None:
        return QCoreApplication::translate("MeasureBinding", "Entered by hand");
    case MeasureBindingKind::ClosedWonAmount:
        return QCoreApplication::translate("MeasureBinding", "Closed-won amount");
    case MeasureBindingKind::CollectionsReceived:
        return QCoreApplication::translate("MeasureBinding", "Collections received");
    case MeasureBindingKind::NewPipelineCreated:
        return QCoreApplication::translate("MeasureBinding", "New pipeline created");
    case MeasureBindingKind::WonDeals:
        return QCoreApplication::translate("MeasureBinding", "Deals won");
    case MeasureBindingKind::WinRate:
        return QCoreApplication::translate("MeasureBinding", "Win rate");
    case MeasureBindingKind::AverageCycleDays:
        return QCoreApplication::translate("MeasureBinding", "Average sales cycle");
    case MeasureBindingKind::InteractionsWithObjective:
        return QCoreApplication::translate("MeasureBinding", "Interactions with an action objective");
    case MeasureBindingKind::DealsCreatedInSegment:
        return QCoreApplication::translate("MeasureBinding", "Deals created in a segment");
    case MeasureBindingKind::StrategicAccountsWithPlan:
        return QCoreApplication::translate("MeasureBinding", "Strategic accounts with an account plan");
    }
    return {};
}

QList<MeasureBindingKind> allMeasureBindings()
{
    QList<MeasureBindingKind> kinds;
    for (const auto& [kind, key] : kBindingKeys) {
        kinds.append(kind);
    }
    return kinds;
}

QString measureScopeKey(MeasureScope scope)
{
    return keyOf(kScopeKeys, scope);
}

MeasureScope measureScopeFromKey(const QString& key)
{
    return valueOf(kScopeKeys, key);
}

QString measureScopeDisplayName(MeasureScope scope)
{
    return scope == MeasureScope::Team ? QCoreApplication::translate("MeasureBinding", "Team")
                                       : QCoreApplication::translate("MeasureBinding", "Own");
}

QString measureBindingDefaultUnit(MeasureBindingKind kind)
{
    switch (kind) {
    case MeasureBindingKind::WonDeals:
    case MeasureBindingKind::DealsCreatedInSegment:
        return QCoreApplication::translate("MeasureBinding", "deals");
    case MeasureBindingKind::WinRate:
        return QStringLiteral("%");
    case MeasureBindingKind::AverageCycleDays:
        return QCoreApplication::translate("MeasureBinding", "days");
    case MeasureBindingKind::InteractionsWithObjective:
        return QCoreApplication::translate("MeasureBinding", "interactions");
    case MeasureBindingKind::StrategicAccountsWithPlan:
        return QCoreApplication::translate("MeasureBinding", "accounts");
    default:
        return {};
    }
}
