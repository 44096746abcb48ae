// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlanner.h"

#include "ImportParties.h"
#include "ImportStages.h"

#include "core/domain/DefaultPipeline.h"
#include "core/util/Ids.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>

using namespace ImportValues;
using ImportStages::Outcome;
using ImportStages::outcomeOfWord;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ImportPlanner", text);
}

LostReason lostReasonOf(const QString& text)
{
    const QString key = ImportPlan::nameKey(text);
    if (key.isEmpty()) {
        return LostReason::None;
    }
    if (key.contains(QLatin1String("price")) || key.contains(QLatin1String("expensive"))) {
        return LostReason::Price;
    }
    if (key.contains(QLatin1String("compet"))) {
        return LostReason::Competitor;
    }
    if (key.contains(QLatin1String("budget"))) {
        return LostReason::NoBudget;
    }
    if (key.contains(QLatin1String("decision"))) {
        return LostReason::NoDecision;
    }
    if (key.contains(QLatin1String("timing"))) {
        return LostReason::Timing;
    }
    return LostReason::Other;
}

// Resolves stage names against the pipeline, remembering new stages planned on the way.

// The mapping's columns by field, looked up once: the rows ask for about twenty fields each,
// and a hash lookup per cell added up over 100k rows.
class FieldColumns
{
public:
    explicit FieldColumns(const ImportMapping& mapping)
    {
        m_columns.fill(-1);
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
            const auto index = static_cast<std::size_t>(it.key());
            if (index < m_columns.size()) {
                m_columns[index] = it.value();
            }
        }
    }
    int operator[](ImportField field) const { return m_columns[static_cast<std::size_t>(field)]; }

private:
    std::array<int, static_cast<std::size_t>(ImportField::IsDeleted) + 1> m_columns{};
};

struct Row
{
    const QStringList& values;
    const FieldColumns& columns;

    QString operator[](ImportField field) const
    {
        const int column = columns[field];
        return column >= 0 && column < values.size() ? values.at(column).trimmed() : QString();
    }
};

// Samples of a column, for the per-column decisions (date order, probability scale).
QStringList columnSamples(const CsvDocument& file, int column)
{
    QStringList samples;
    if (column < 0) {
        return samples;
    }
    for (const QStringList& row : file.rows) {
        if (column < row.size() && !row.at(column).trimmed().isEmpty()) {
            samples.append(row.at(column));
        }
        if (samples.size() >= 2000) {
            break;
        }
    }
    return samples;
}

DateOrder fileDateOrder(const CsvDocument& file, const ImportMapping& mapping)
{
    if (mapping.dateOrder != DateOrder::Auto) {
        return mapping.dateOrder;
    }
    QStringList samples;
    for (ImportField field : {ImportField::CloseDate,
                              ImportField::CreatedDate,
                              ImportField::WonDate,
                              ImportField::LostDate,
                              ImportField::StageChangedDate}) {
        samples += columnSamples(file, mapping.column(field));
    }
    // A semicolon file comes from a European Excel.
    return detectDateOrder(samples, file.delimiter == u';' ? DateOrder::DayFirst : DateOrder::MonthFirst);
}

} // namespace

namespace ImportPlanner {

ImportPlan plan(const CsvDocument& file,
                const ImportMapping& mapping,
                const ImportLookup& lookup,
                const QDateTime& now,
                const CsvDocument* stageHistory,
                const ImportProgress* progress)
{
    ImportPlan plan;
    plan.rowsRead = static_cast<int>(file.rows.size());
    const DateOrder dateOrder = fileDateOrder(file, mapping);
    const ProbabilityScale scale =
        mapping.probabilityScale != ProbabilityScale::Auto
            ? mapping.probabilityScale
            : detectProbabilityScale(columnSamples(file, mapping.column(ImportField::Probability)));
    const NumberStyle numberStyle = mapping.numberStyle != NumberStyle::Auto
                                        ? mapping.numberStyle
                                        : (file.delimiter == u';' ? NumberStyle::DecimalComma : NumberStyle::Auto);
    const QString defaultCurrency = mapping.defaultCurrency.isEmpty() ? lookup.baseCurrency : mapping.defaultCurrency;
    ImportStages::Resolver stages(lookup.pipeline, mapping, plan);

    ImportParties parties(lookup, plan, now);
    const FieldColumns columns(mapping);
    QHash<QString, int> plannedByKey; // external id or name key -> index in plan.deals
    const bool importsDeals = mapping.importsDeals();
    if (importsDeals) {
        // Grown row by row, a list of 100k planned deals is moved to new memory again and
        // again: a third of the planning time.
        plan.deals.reserve(file.rows.size());
        plan.rowState.reserve(file.rows.size());
        plannedByKey.reserve(file.rows.size());
    }

    for (qsizetype index = 0; index < file.rows.size(); ++index) {
        const int rowIndex = static_cast<int>(index);
        if (progress) {
            progress->step(ImportProgress::Phase::Planning, rowIndex, plan.rowsRead);
        }
        const Row row{file.rows.at(index), columns};
        auto skip = [&](ImportField field, const QString& reason) {
            plan.skipped.append({rowIndex, mapping.column(field), reason});
        };
        if (mapping.has(ImportField::IsDeleted) && parseBool(row[ImportField::IsDeleted]).value_or(false)) {
            skip(ImportField::IsDeleted, tr("deleted in the other system"));
            continue;
        }
        // Rows left out are checked first, so they create no account or owner either.
        if (importsDeals) {
            if (mapping.has(ImportField::Status) &&
                ImportPlan::nameKey(row[ImportField::Status]) == QLatin1String("deleted")) {
                skip(ImportField::Status, tr("deleted in the other system"));
                continue;
            }
            if (const QString text = row[ImportField::Amount];
                !text.isEmpty() && !parseAmount(text, defaultCurrency, numberStyle)) {
                skip(ImportField::Amount, tr("the amount \"%1\" is not a number").arg(text));
                continue;
            }
            if (row[ImportField::DealName].isEmpty() && row[ImportField::ExternalId].isEmpty() &&
                row[ImportField::AccountName].isEmpty() && row[ImportField::Product].isEmpty()) {
                skip(ImportField::DealName, tr("the row names no deal"));
                continue;
            }
        }
        // Owner and manager.
        QString ownerId;
        if (const QString ownerName = row[ImportField::Owner]; !ownerName.isEmpty()) {
            ownerId = parties.owner(ownerName, OwnerRole::Rep);
            if (const QString managerName = row[ImportField::OwnerManager]; !managerName.isEmpty()) {
                parties.setManager(ownerName, parties.owner(managerName, OwnerRole::Manager));
            }
        }
        // Account and its attributes.
        QString accountId;
        if (const QString accountName = row[ImportField::AccountName]; !accountName.isEmpty()) {
            ImportParties::AccountDetails details;
            details.industry = row[ImportField::AccountIndustry];
            details.region = row[ImportField::AccountRegion];
            if (const QString employees = row[ImportField::AccountEmployees]; !employees.isEmpty()) {
                const auto count = parseAmount(employees, QStringLiteral("JPY"), NumberStyle::Auto);
                if (count && count->minor >= 0 && count->minor < 100000000) {
                    details.employees = static_cast<int>(count->minor);
                } else {
                    plan.warnings.append({rowIndex,
                                          mapping.column(ImportField::AccountEmployees),
                                          tr("not a number of employees: %1").arg(employees)});
                }
            }
            accountId = parties.account(accountName, details);
        }
        // Contact.
        QStringList rowContacts;
        if (const QString contactName = row[ImportField::ContactName]; !contactName.isEmpty()) {
            Contact contact;
            contact.name = contactName;
            contact.email = row[ImportField::ContactEmail];
            contact.phone = row[ImportField::ContactPhone];
            contact.title = row[ImportField::ContactTitle];
            rowContacts.append(parties.contact(accountId, contact));
        }
        if (!importsDeals) {
            continue;
        }

        // The deal.
        const QString externalId = row[ImportField::ExternalId];
        QString name = row[ImportField::DealName];
        if (name.isEmpty()) {
            QStringList parts;
            for (ImportField field : {ImportField::AccountName, ImportField::Product}) {
                if (!row[field].isEmpty()) {
                    parts.append(row[field]);
                }
            }
            name = parts.isEmpty() ? externalId : parts.join(QStringLiteral(" – "));
        }
        if (name.isEmpty()) {
            skip(ImportField::DealName, tr("the row names no deal"));
            continue;
        }
        const auto probability = parseProbability(row[ImportField::Probability], scale);
        if (!row[ImportField::Probability].isEmpty() && !probability) {
            plan.warnings.append({rowIndex,
                                  mapping.column(ImportField::Probability),
                                  tr("not a probability: %1").arg(row[ImportField::Probability])});
        }
        // Outcome: a status word or Salesforce's booleans win over the stage's name.
        std::optional<Outcome> outcome;
        if (mapping.has(ImportField::Status)) {
            const QString status = row[ImportField::Status];
            if (ImportPlan::nameKey(status) == QLatin1String("deleted")) {
                skip(ImportField::Status, tr("deleted in the other system"));
                continue;
            }
            outcome = outcomeOfWord(status);
        }
        if (!outcome && mapping.has(ImportField::IsClosed)) {
            const bool closed = parseBool(row[ImportField::IsClosed]).value_or(false);
            const bool won = parseBool(row[ImportField::IsWon]).value_or(false);
            outcome = closed ? (won ? Outcome::Won : Outcome::Lost) : Outcome::Open;
        }
        const QString stageName = row[ImportField::Stage];
        std::optional<Stage> fileStage = stages.resolve(stageName, probability);
        std::optional<Stage> stage = fileStage;
        if (outcome == Outcome::Won && (!stage || stage->kind != StageKind::Won)) {
            stage = lookup.pipeline.wonStage() ? std::optional<Stage>(*lookup.pipeline.wonStage()) : stage;
        } else if (outcome == Outcome::Lost && (!stage || stage->kind != StageKind::Lost)) {
            stage = lookup.pipeline.lostStage() ? std::optional<Stage>(*lookup.pipeline.lostStage()) : stage;
        }
        if (!stage) {
            const auto open = lookup.pipeline.openStages();
            if (open.isEmpty()) {
                skip(ImportField::Stage, tr("no stage"));
                continue;
            }
            stage = open.first();
        }
        // Amount and currency.
        Money amount{0, defaultCurrency};
        if (const QString text = row[ImportField::Amount]; !text.isEmpty()) {
            const auto parsed = parseAmount(text, defaultCurrency, numberStyle);
            if (!parsed) {
                skip(ImportField::Amount, tr("the amount \"%1\" is not a number").arg(text));
                continue;
            }
            amount.minor = parsed->minor;
            amount.currency = parsed->currency.isEmpty() ? defaultCurrency : parsed->currency;
        }
        if (const QString currency = row[ImportField::Currency].toUpper(); currency.size() == 3) {
            amount.currency = currency;
        }
        // Dates.
        auto dateOf = [&](ImportField field) -> std::optional<QDateTime> {
            const QString text = row[field];
            if (text.isEmpty()) {
                return std::nullopt;
            }
            const auto parsed = parseDateTime(text, dateOrder);
            if (!parsed) {
                plan.warnings.append({rowIndex, mapping.column(field), tr("not a date: %1").arg(text)});
            }
            return parsed;
        };
        const auto closeDate = dateOf(ImportField::CloseDate);
        const auto created = dateOf(ImportField::CreatedDate);
        const auto stageChanged = dateOf(ImportField::StageChangedDate);
        auto wonAt = dateOf(ImportField::WonDate);
        auto lostAt = dateOf(ImportField::LostDate);

        Deal deal;
        deal.name = name;
        deal.accountId = accountId;
        deal.ownerId = ownerId;
        deal.pipelineId = lookup.pipeline.id;
        deal.stageId = stage->id;
        deal.amount = amount;
        deal.expectedCloseDate = closeDate ? closeDate->date() : QDate();
        deal.forecastCategory = stage->forecastCategory;
        if (const auto category =
                forecastCategoryFromKey(row[ImportField::ForecastCategory].toLower().replace(u' ', u'_'));
            category) {
            deal.forecastCategory = *category;
        }
        deal.source = row[ImportField::LeadSource];
        deal.externalId = externalId;
        deal.createdAt = created.value_or(now);
        // A closed deal closed when the file says, else on its close date.
        if (stage->kind == StageKind::Won) {
            deal.wonAt = wonAt.value_or(closeDate.value_or(stageChanged.value_or(deal.createdAt)));
        } else if (stage->kind == StageKind::Lost) {
            deal.lostAt = lostAt.value_or(closeDate.value_or(stageChanged.value_or(deal.createdAt)));
            deal.lostReason = lostReasonOf(row[ImportField::LostReason]);
            deal.lostNote = row[ImportField::LostReason];
        }
        const QDateTime closedAt = deal.wonAt.isValid() ? deal.wonAt : deal.lostAt;
        deal.stageEnteredAt = stageChanged.value_or(closedAt.isValid() ? closedAt : deal.createdAt);
        if (deal.createdAt > deal.stageEnteredAt) {
            deal.createdAt = deal.stageEnteredAt;
        }

        // New or an update of a deal the workspace (or an earlier row) has.
        const QString nameKey = ImportPlan::nameKey(name) + u'\x1f' + accountId;
        const QString fileKey =
            externalId.isEmpty() ? QStringLiteral("n:") + nameKey : QStringLiteral("x:") + externalId;
        if (plannedByKey.contains(fileKey)) {
            skip(ImportField::ExternalId, tr("duplicate of row %1").arg(plannedByKey.value(fileKey) + 1));
            continue;
        }
        QString existing = externalId.isEmpty() ? lookup.dealsByNameAccount.value(nameKey)
                                                : lookup.dealsByExternalId.value(externalId);
        PlannedDeal planned;
        planned.row = rowIndex;
        planned.contactIds = rowContacts;
        planned.isNew = existing.isEmpty();
        planned.hasAmount = mapping.has(ImportField::Amount);
        planned.hasCloseDate = mapping.has(ImportField::CloseDate);
        planned.hasOwner = mapping.has(ImportField::Owner);
        planned.hasAccount = mapping.has(ImportField::AccountName);
        planned.hasStage =
            mapping.has(ImportField::Stage) || mapping.has(ImportField::Status) || mapping.has(ImportField::IsClosed);
        planned.stageTimeKnown = stageChanged.has_value() || (stage->kind == StageKind::Won && (wonAt || closeDate)) ||
                                 (stage->kind == StageKind::Lost && (lostAt || closeDate));
        if (planned.isNew) {
            deal.id = Ids::newId();
            // An outcome given beside an open stage (Pipedrive keeps won deals in their last
            // stage): the deal was in that stage, then closed.
            if (fileStage && fileStage->isOpen() && stage->id != fileStage->id) {
                const QDateTime enteredOpen = std::min(deal.createdAt, deal.stageEnteredAt);
                planned.events.append(
                    {Ids::newId(), deal.id, enteredOpen, DealEventField::Created, QString(), fileStage->id});
                planned.events.append(
                    {Ids::newId(), deal.id, deal.stageEnteredAt, DealEventField::Stage, fileStage->id, stage->id});
            } else {
                planned.events.append(
                    {Ids::newId(), deal.id, deal.createdAt, DealEventField::Created, QString(), stage->id});
            }
        } else {
            deal.id = existing;
        }
        planned.deal = deal;
        plan.rowState.insert(rowIndex, planned.isNew ? QStringLiteral("new") : QStringLiteral("update"));
        plannedByKey.insert(fileKey, static_cast<int>(plan.deals.size()));
        plan.deals.append(std::move(planned));
    }

    if (stageHistory) {
        QHash<QString, PlannedDeal*> byExternalId;
        for (PlannedDeal& planned : plan.deals) {
            if (!planned.deal.externalId.isEmpty()) {
                byExternalId.insert(planned.deal.externalId, &planned);
            }
        }
        ImportStages::planHistory(*stageHistory, byExternalId, stages, plan);
    }
    parties.finish();
    if (progress) {
        progress->step(ImportProgress::Phase::Planning, plan.rowsRead, plan.rowsRead);
    }
    return plan;
}

QStringList unknownStages(const CsvDocument& file, const ImportMapping& mapping, const Pipeline& pipeline)
{
    QSet<QString> known;
    for (const Stage& stage : pipeline.stages) {
        known.insert(ImportPlan::nameKey(stage.name));
        known.insert(ImportPlan::nameKey(DefaultPipeline::displayName(stage.id, stage.name)));
    }
    QStringList unknown;
    QSet<QString> seen;
    const int column = mapping.column(ImportField::Stage);
    if (column < 0) {
        return unknown;
    }
    for (const QStringList& row : file.rows) {
        const QString name = row.value(column).simplified();
        const QString key = ImportPlan::nameKey(name);
        if (key.isEmpty() || known.contains(key) || seen.contains(key) || outcomeOfWord(name)) {
            continue;
        }
        seen.insert(key);
        unknown.append(name);
    }
    return unknown;
}

} // namespace ImportPlanner
