// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace {
struct FieldInfo
{
    ImportField field;
    const char* key;
    const char* name;
};

const FieldInfo kFields[] = {
    {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportField", "(ignore)")},
    {ImportField::ExternalId, "external_id", QT_TRANSLATE_NOOP("ImportField", "Deal: ID in the other system")},
    {ImportField::DealName, "deal_name", QT_TRANSLATE_NOOP("ImportField", "Deal: name")},
    {ImportField::AccountName, "account", QT_TRANSLATE_NOOP("ImportField", "Account: name")},
    {ImportField::Owner, "owner", QT_TRANSLATE_NOOP("ImportField", "Owner (rep)")},
    {ImportField::OwnerManager, "owner_manager", QT_TRANSLATE_NOOP("ImportField", "Owner's manager")},
    {ImportField::Stage, "stage", QT_TRANSLATE_NOOP("ImportField", "Deal: stage")},
    {ImportField::Status, "status", QT_TRANSLATE_NOOP("ImportField", "Deal: status (open/won/lost)")},
    {ImportField::IsWon, "is_won", QT_TRANSLATE_NOOP("ImportField", "Deal: won (true/false)")},
    {ImportField::IsClosed, "is_closed", QT_TRANSLATE_NOOP("ImportField", "Deal: closed (true/false)")},
    {ImportField::Amount, "amount", QT_TRANSLATE_NOOP("ImportField", "Deal: amount")},
    {ImportField::Currency, "currency", QT_TRANSLATE_NOOP("ImportField", "Deal: currency")},
    {ImportField::Probability, "probability", QT_TRANSLATE_NOOP("ImportField", "Deal: probability")},
    {ImportField::CloseDate, "close_date", QT_TRANSLATE_NOOP("ImportField", "Deal: expected close date")},
    {ImportField::CreatedDate, "created_date", QT_TRANSLATE_NOOP("ImportField", "Deal: created")},
    {ImportField::StageChangedDate, "stage_changed", QT_TRANSLATE_NOOP("ImportField", "Deal: last stage change")},
    {ImportField::WonDate, "won_date", QT_TRANSLATE_NOOP("ImportField", "Deal: won on")},
    {ImportField::LostDate, "lost_date", QT_TRANSLATE_NOOP("ImportField", "Deal: lost on")},
    {ImportField::ForecastCategory, "forecast_category", QT_TRANSLATE_NOOP("ImportField", "Deal: forecast category")},
    {ImportField::LeadSource, "lead_source", QT_TRANSLATE_NOOP("ImportField", "Deal: lead source")},
    {ImportField::LostReason, "lost_reason", QT_TRANSLATE_NOOP("ImportField", "Deal: lost reason")},
    {ImportField::Product, "product", QT_TRANSLATE_NOOP("ImportField", "Deal: product")},
    {ImportField::ContactName, "contact_name", QT_TRANSLATE_NOOP("ImportField", "Contact: name")},
    {ImportField::ContactEmail, "contact_email", QT_TRANSLATE_NOOP("ImportField", "Contact: e-mail")},
    {ImportField::ContactPhone, "contact_phone", QT_TRANSLATE_NOOP("ImportField", "Contact: phone")},
    {ImportField::ContactTitle, "contact_title", QT_TRANSLATE_NOOP("ImportField", "Contact: title")},
    {ImportField::AccountIndustry, "account_industry", QT_TRANSLATE_NOOP("ImportField", "Account: industry")},
    {ImportField::AccountEmployees, "account_employees", QT_TRANSLATE_NOOP("ImportField", "Account: employees")},
    {ImportField::AccountRegion, "account_region", QT_TRANSLATE_NOOP("ImportField", "Account: region")},
    {ImportField::IsDeleted, "is_deleted", QT_TRANSLATE_NOOP("ImportField", "Row deleted (true/false)")},
};

QString normalisedName(const QString& name)
{
    return name.simplified().toCaseFolded();
}
} // namespace

namespace ImportFields {

QString key(ImportField field)
{
    for (const FieldInfo& info : kFields) {
        if (info.field == field) {
            return QString::fromLatin1(info.key);
        }
    }
    return {};
}

std::optional<ImportField> fromKey(const QString& key)
{
    for (const FieldInfo& info : kFields) {
        if (key == QLatin1String(info.key)) {
            return info.field;
        }
    }
    return std::nullopt;
}

QString displayName(ImportField field)
{
    for (const FieldInfo& info : kFields) {
        if (info.field == field) {
            return QCoreApplication::translate("ImportField", info.name);
        }
    }
    return {};
}

QList<ImportField> all()
{
    QList<ImportField> fields;
    for (const FieldInfo& info : kFields) {
        if (info.field != ImportField::Ignore) {
            fields.append(info.field);
        }
    }
    return fields;
}

} // namespace ImportFields

void ImportMapping::set(ImportField field, int column)
{
    // A column feeds one field; a field reads one column.
    for (auto it = columns.begin(); it != columns.end();) {
        it = (it.value() == column || it.key() == field) ? columns.erase(it) : std::next(it);
    }
    if (field != ImportField::Ignore && column >= 0) {
        columns.insert(field, column);
    }
}

bool ImportMapping::importsDeals() const
{
    return has(ImportField::DealName) || has(ImportField::ExternalId) || has(ImportField::Stage) ||
           has(ImportField::Status) || has(ImportField::Amount);
}

QString ImportMapping::toSettings(const QStringList& header) const
{
    QStringList parts;
    parts.append(QStringLiteral("preset=") + preset);
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        parts.append(ImportFields::key(it.key()) + u'=' + header.value(it.value()));
    }
    return parts.join(u'\x1f');
}

ImportMapping ImportMapping::fromSettings(const QString& text, const QStringList& header)
{
    ImportMapping mapping;
    for (const QString& part : text.split(u'\x1f', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const QString key = part.left(equals);
        const QString value = part.mid(equals + 1);
        if (key == QLatin1String("preset")) {
            mapping.preset = value;
            continue;
        }
        const auto field = ImportFields::fromKey(key);
        const qsizetype column = header.indexOf(value);
        if (field && column >= 0) {
            mapping.set(*field, static_cast<int>(column));
        }
    }
    return mapping;
}

QString ImportMapping::headerSignature(const QStringList& header)
{
    QStringList names;
    for (const QString& name : header) {
        names.append(normalisedName(name));
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
