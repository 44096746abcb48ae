// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportValues.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What a CSV column can become in Dealbench.
enum class ImportField
{
    Ignore,
    ExternalId,
    DealName,
    AccountName,
    Owner,
    OwnerManager,
    Stage,
    Status, // open / won / lost as a word (Pipedrive) rather than a stage
    IsWon,  // Salesforce booleans
    IsClosed,
    Amount,
    Currency,
    Probability,
    CloseDate,
    CreatedDate,
    StageChangedDate,
    WonDate,
    LostDate,
    ForecastCategory,
    LeadSource,
    LostReason,
    Product,
    ContactName,
    ContactEmail,
    ContactPhone,
    ContactTitle,
    AccountIndustry,
    AccountEmployees,
    AccountRegion,
    IsDeleted, // Salesforce data exports keep deleted rows
};

inline size_t qHash(ImportField field, size_t seed = 0)
{
    return ::qHash(static_cast<int>(field), seed);
}

namespace ImportFields {
QString key(ImportField field);
std::optional<ImportField> fromKey(const QString& key);
QString displayName(ImportField field);
QList<ImportField> all(); // without Ignore
} // namespace ImportFields

// Which column feeds which field, and how its values are read. Column indexes refer to the
// header of the file the mapping was made for.
struct ImportMapping
{
    QString preset; // "salesforce", "salesforce-report", "hubspot", "pipedrive", "generic"
    QHash<ImportField, int> columns;
    ImportValues::DateOrder dateOrder = ImportValues::DateOrder::Auto;
    ImportValues::NumberStyle numberStyle = ImportValues::NumberStyle::Auto;
    ImportValues::ProbabilityScale probabilityScale = ImportValues::ProbabilityScale::Auto;
    QString defaultCurrency; // empty: the workspace's base currency
    // File stage name (case-folded) -> stage id chosen by the user; unlisted unknown names are
    // created as new open stages.
    QHash<QString, QString> stageChoices;

    int column(ImportField field) const { return columns.value(field, -1); }
    bool has(ImportField field) const { return columns.contains(field); }
    void set(ImportField field, int column);
    // Deals are imported when the file names deals (by name, id or stage); otherwise its rows
    // describe accounts or owners (side files such as an account list or a team list).
    bool importsDeals() const;

    // "key=column;..." for the settings, by column name so it survives reordered columns.
    QString toSettings(const QStringList& header) const;
    static ImportMapping fromSettings(const QString& text, const QStringList& header);
    // A stable key of a header (lower-cased names joined), under which a mapping is remembered.
    static QString headerSignature(const QStringList& header);
};
