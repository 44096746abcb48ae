// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPresets.h"

#include <QCoreApplication>

namespace {
struct Alias
{
    ImportField field;
    const char* names; // '|'-separated, compared case- and space-insensitively
};

const Alias kSalesforce[] = {
    {ImportField::ExternalId, "Id"},
    {ImportField::IsDeleted, "IsDeleted"},
    {ImportField::AccountName, "AccountId"},
    {ImportField::DealName, "Name"},
    {ImportField::Stage, "StageName"},
    {ImportField::Amount, "Amount"},
    {ImportField::Probability, "Probability"},
    {ImportField::CloseDate, "CloseDate"},
    {ImportField::LeadSource, "LeadSource"},
    {ImportField::IsClosed, "IsClosed"},
    {ImportField::IsWon, "IsWon"},
    {ImportField::ForecastCategory, "ForecastCategoryName|ForecastCategory"},
    {ImportField::Currency, "CurrencyIsoCode"},
    {ImportField::Owner, "OwnerId"},
    {ImportField::CreatedDate, "CreatedDate"},
    {ImportField::StageChangedDate, "LastStageChangeDate"},
};

const Alias kSalesforceReport[] = {
    {ImportField::DealName, "Opportunity Name"},
    {ImportField::AccountName, "Account Name"},
    {ImportField::Stage, "Stage"},
    {ImportField::Amount, "Amount"},
    {ImportField::Probability, "Probability (%)"},
    {ImportField::CloseDate, "Close Date"},
    {ImportField::ForecastCategory, "Forecast Category"},
    {ImportField::Owner, "Opportunity Owner|Owner Name|Owner Role"},
    {ImportField::CreatedDate, "Created Date"},
    {ImportField::LeadSource, "Lead Source"},
    {ImportField::ExternalId, "Opportunity ID|Opportunity Id"},
    {ImportField::Currency, "Opportunity Currency|Currency"},
};

const Alias kHubSpot[] = {
    {ImportField::ExternalId, "Record ID"},
    {ImportField::DealName, "Deal Name"},
    {ImportField::Stage, "Deal Stage"},
    {ImportField::CloseDate, "Close Date"},
    {ImportField::Owner, "Deal owner"},
    {ImportField::Amount, "Amount"},
    {ImportField::LostReason, "Closed Lost Reason"},
    {ImportField::CreatedDate, "Create Date"},
    {ImportField::Probability, "Deal probability"},
    {ImportField::AccountName, "Associated Company|Company name"},
    {ImportField::Currency, "Currency"},
};

const Alias kPipedrive[] = {
    {ImportField::ExternalId, "Deal - ID"},
    {ImportField::DealName, "Deal - Title"},
    {ImportField::Owner, "Deal - Owner"},
    {ImportField::Stage, "Deal - Stage"},
    {ImportField::Status, "Deal - Status"},
    {ImportField::Amount, "Deal - Value"},
    {ImportField::Currency, "Deal - Currency of Value|Deal - Currency"},
    {ImportField::Probability, "Deal - Probability"},
    {ImportField::AccountName, "Deal - Organization"},
    {ImportField::ContactName, "Deal - Contact person"},
    {ImportField::CloseDate, "Deal - Expected close date"},
    {ImportField::CreatedDate, "Deal - Deal created"},
    {ImportField::StageChangedDate, "Deal - Last stage change"},
    {ImportField::WonDate, "Deal - Won time"},
    {ImportField::LostDate, "Deal - Lost time"},
    {ImportField::LostReason, "Deal - Lost reason"},
};

const Alias kGeneric[] = {
    {ImportField::ExternalId, "id|external id|deal id|opportunity id|opportunity_id|record id"},
    {ImportField::DealName, "name|deal|deal name|deal_name|opportunity|opportunity name|title|交易|商机|商机名称"},
    {ImportField::AccountName, "account|account name|account_name|company|organization|organisation|customer|客户"},
    {ImportField::Owner, "owner|deal owner|sales agent|sales_agent|rep|sales rep|salesperson|负责人|销售"},
    {ImportField::OwnerManager, "manager|owner manager|sales manager"},
    {ImportField::Stage, "stage|deal stage|deal_stage|stage name|阶段"},
    {ImportField::Status, "status|state|deal status"},
    {ImportField::Amount, "amount|value|deal value|close_value|close value|revenue amount|金额"},
    {ImportField::Currency, "currency|currency code|币种"},
    {ImportField::Probability, "probability|probability (%)|win probability"},
    {ImportField::CloseDate, "close date|close_date|expected close date|closing date|预计成交日期"},
    {ImportField::CreatedDate, "created|created date|create date|created at|engage_date|engage date|创建日期"},
    {ImportField::StageChangedDate, "last stage change|stage changed|stage change date|stage entered"},
    {ImportField::WonDate, "won date|won time|won at"},
    {ImportField::LostDate, "lost date|lost time|lost at|lost on"},
    {ImportField::ForecastCategory, "forecast category|forecast"},
    {ImportField::LeadSource, "lead source|source"},
    {ImportField::LostReason, "lost reason|loss reason|closed lost reason"},
    {ImportField::Product, "product|products"},
    {ImportField::ContactName, "contact|contact name|contact person"},
    {ImportField::ContactEmail, "email|e-mail|contact email"},
    {ImportField::ContactPhone, "phone|contact phone"},
    {ImportField::ContactTitle, "job title|contact title"},
    {ImportField::AccountIndustry, "industry|sector"},
    {ImportField::AccountEmployees, "employees|number of employees"},
    {ImportField::AccountRegion, "region|office_location|office location|country"},
};

QString normalised(const QString& name)
{
    QString text = name;
    return text.replace(u'_', u' ').simplified().toCaseFolded();
}

template <std::size_t N>
void apply(const Alias (&aliases)[N], const QStringList& header, ImportMapping& mapping)
{
    for (const Alias& alias : aliases) {
        if (mapping.has(alias.field)) {
            continue;
        }
        const QStringList names = QString::fromUtf8(alias.names).split(u'|');
        for (const QString& name : names) {
            const QString wanted = normalised(name);
            bool done = false;
            for (qsizetype column = 0; column < header.size(); ++column) {
                const bool taken = std::any_of(
                    mapping.columns.cbegin(), mapping.columns.cend(), [&](int used) { return used == column; });
                if (!taken && normalised(header.at(column)) == wanted) {
                    mapping.set(alias.field, static_cast<int>(column));
                    done = true;
                    break;
                }
            }
            if (done) {
                break;
            }
        }
    }
}

bool hasColumn(const QStringList& header, const char* name)
{
    const QString wanted = normalised(QString::fromLatin1(name));
    return std::any_of(header.begin(), header.end(), [&](const QString& h) { return normalised(h) == wanted; });
}
} // namespace

namespace ImportPresets {

QStringList keys()
{
    return {QStringLiteral("salesforce"),
            QStringLiteral("salesforce-report"),
            QStringLiteral("hubspot"),
            QStringLiteral("pipedrive"),
            QStringLiteral("generic")};
}

QString displayName(const QString& key)
{
    if (key == QLatin1String("salesforce")) {
        return QCoreApplication::translate("ImportPresets", "Salesforce data export (Opportunity.csv)");
    }
    if (key == QLatin1String("salesforce-report")) {
        return QCoreApplication::translate("ImportPresets", "Salesforce opportunity report");
    }
    if (key == QLatin1String("hubspot")) {
        return QCoreApplication::translate("ImportPresets", "HubSpot deals export");
    }
    if (key == QLatin1String("pipedrive")) {
        return QCoreApplication::translate("ImportPresets", "Pipedrive deals export");
    }
    return QCoreApplication::translate("ImportPresets", "Generic (match columns by name)");
}

bool isKnown(const QString& key)
{
    return keys().contains(key);
}

QString detect(const QStringList& header)
{
    if (hasColumn(header, "StageName") && (hasColumn(header, "IsWon") || hasColumn(header, "StageSortOrder"))) {
        return QStringLiteral("salesforce");
    }
    if (hasColumn(header, "Opportunity Name") && hasColumn(header, "Stage")) {
        return QStringLiteral("salesforce-report");
    }
    if (hasColumn(header, "Record ID") && hasColumn(header, "Deal Stage")) {
        return QStringLiteral("hubspot");
    }
    if (hasColumn(header, "Deal - Title") || hasColumn(header, "Deal - Stage")) {
        return QStringLiteral("pipedrive");
    }
    return QStringLiteral("generic");
}

ImportMapping mapping(const QString& preset, const QStringList& header)
{
    ImportMapping result;
    result.preset = isKnown(preset) ? preset : QStringLiteral("generic");
    if (preset == QLatin1String("salesforce")) {
        apply(kSalesforce, header, result);
        result.probabilityScale = ImportValues::ProbabilityScale::Percent;
        return result; // API names only: generic names would misread fields such as "Type"
    }
    if (preset == QLatin1String("salesforce-report")) {
        apply(kSalesforceReport, header, result);
        result.probabilityScale = ImportValues::ProbabilityScale::Percent;
    } else if (preset == QLatin1String("hubspot")) {
        apply(kHubSpot, header, result);
        result.probabilityScale = ImportValues::ProbabilityScale::Fraction;
    } else if (preset == QLatin1String("pipedrive")) {
        apply(kPipedrive, header, result);
        result.probabilityScale = ImportValues::ProbabilityScale::Percent;
        return result;
    }
    apply(kGeneric, header, result);
    return result;
}

bool isStageHistory(const QStringList& header)
{
    return hasColumn(header, "OpportunityId") && hasColumn(header, "StageName") && hasColumn(header, "CreatedDate");
}

} // namespace ImportPresets
