// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoDealFeed.h"
#include "DemoDealHistory.h"
#include "DemoGoals.h"
#include "DemoRandom.h"
#include "DemoRepTables.h"
#include "DemoStrategy.h"
#include "DemoTeam.h"
#include "DemoWorld.h"

#include "core/domain/DefaultPipeline.h"
#include "core/services/DealValidation.h"
#include "core/storage/BulkWriter.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace {
struct Cancelled
{};

void check(const DemoOptions& options)
{
    QString problem;
    if (!options.today.isValid()) {
        problem = QCoreApplication::translate("DemoGenerator", "The demo data needs a valid \"today\".");
    } else if (options.deals < 0 || options.interactionsPerDeal < 0 || options.managers < 0) {
        problem = QCoreApplication::translate("DemoGenerator",
                                              "Counts of deals, managers and interactions cannot be negative.");
    } else if (options.reps < 1) {
        problem = QCoreApplication::translate("DemoGenerator", "The demo data needs at least one rep.");
    } else if (!DealValidation::isCurrencyCode(options.baseCurrency)) {
        problem = QCoreApplication::translate("DemoGenerator",
                                              "\"%1\" is not a three-letter currency code such as USD or EUR.")
                      .arg(options.baseCurrency);
    }
    if (!problem.isEmpty()) {
        throw StorageError(StorageError::Kind::InvalidInput, problem);
    }
}

// Rough values in US dollars; the demo only needs plausible proportions.
double usdValue(const QString& currency)
{
    static const struct
    {
        const char* code;
        double usd;
    } table[] = {{"USD", 1.0},
                 {"EUR", 1.08},
                 {"GBP", 1.27},
                 {"CHF", 1.12},
                 {"CAD", 0.73},
                 {"AUD", 0.66},
                 {"JPY", 0.0067},
                 {"CNY", 0.138},
                 {"SEK", 0.095},
                 {"INR", 0.012}};
    for (const auto& row : table) {
        if (currency == QLatin1String(row.code)) {
            return row.usd;
        }
    }
    return 0;
}

void setUpMoney(DemoWorld& world)
{
    const double baseUsd = usdValue(world.baseCurrency);
    if (baseUsd <= 0) {
        return; // an unknown base: every deal in it, no rates needed
    }
    world.basePerUsd = 1.0 / baseUsd;
    for (const char* code : {"EUR", "GBP", "USD"}) {
        const QString currency = QString::fromLatin1(code);
        if (currency != world.baseCurrency && world.foreignCurrencies.size() < 2) {
            world.foreignCurrencies.append({currency, usdValue(currency) / baseUsd});
        }
    }
}

// One rate per month over the history, drifting a little around the nominal value.
qint64 writeRates(const DemoWorld& world, DemoRandom& random, BulkWriter& writer)
{
    qint64 written = 0;
    const QDate first = DemoWorld::toDate(world.historyStart);
    for (const DemoWorld::Currency& currency : world.foreignCurrencies) {
        double drift = 1.0;
        for (QDate month(first.year(), first.month(), 1); month <= world.today; month = month.addMonths(1)) {
            drift *= 1.0 + random.uniform(-0.012, 0.012);
            ExchangeRate rate;
            rate.id = random.id();
            rate.currency = currency.code;
            rate.rate = std::round(currency.basePerUnit * drift * 1e6) / 1e6;
            rate.validFrom = month;
            writer.insertExchangeRate(rate, QDateTime(month, QTime(8, 0), Qt::UTC));
            ++written;
        }
    }
    return written;
}

void removeFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

DemoResult fill(Workspace& workspace,
                DemoWorld& world,
                const DemoOptions& options,
                DemoRandom& random,
                const std::function<bool(double)>& progress)
{
    DemoResult result;
    const Pipeline pipeline =
        workspace.pipelines().pipeline(QString::fromLatin1(DefaultPipeline::pipelineId)).value_or(Pipeline{});
    for (const Stage& stage : pipeline.stages) {
        world.stageIds.append(stage.id);
        world.stageCategories.append(stage.forecastCategory);
    }
    if (world.stageIds.size() != DemoWorld::lostStage + 1) {
        throw StorageError(
            StorageError::Kind::QueryFailed,
            QCoreApplication::translate("DemoGenerator", "The default pipeline is missing from the new file."));
    }
    world.pipelineId = pipeline.id;

    BulkWriter writer(workspace.database());
    // The new file's identity is drawn like every other id: the same options, the same file.
    writer.replaceWorkspaceMeta(
        QStringLiteral("workspace_id"), random.id(), DemoWorld::toDateTime(world.historyStart - 30 * DemoWorld::day));
    result.owners = DemoTeam::writeOwners(world, random, writer, options.reps, options.managers);
    result.exchangeRates = writeRates(world, random, writer);
    result.accounts = std::max(20, options.deals / 4);
    result.contacts = DemoTeam::writeAccounts(world, random, writer, static_cast<int>(result.accounts));

    DemoStrategy strategy(world, options.seed);
    {
        DemoDealFeed feed(world, random, options.deals, options.interactionsPerDeal);
        for (std::vector<DemoDealRows> batch = feed.next(); !batch.empty(); batch = feed.next()) {
            for (const DemoDealRows& rows : batch) {
                const DemoDeal& deal = rows.deal;
                writer.insertDeal(deal.deal);
                for (const DealEvent& event : deal.events) {
                    writer.appendHistoricalEvent(event);
                }
                for (const Interaction& interaction : rows.interactions) {
                    writer.insertInteraction(interaction);
                }
                for (const Lead& lead : rows.leads) {
                    writer.insertLead(lead);
                }
                result.dealEvents += deal.events.size();
                result.interactions += qint64(rows.interactions.size());
                result.leads += qint64(rows.leads.size());
                strategy.note(deal);
                if (progress && result.deals % 250 == 0 &&
                    !progress(0.9 * double(result.deals) / std::max(1, options.deals))) {
                    throw Cancelled{};
                }
                ++result.deals;
            }
        }
    }
    // Sheets and payments go with the load (their indexes are rebuilt with the others);
    // the sheets get the rep-table sections before they are written, from their own stream.
    QList<StrategySheet> sheets = strategy.sheets();
    DemoRandom repTables = DemoRepTables::randomFor(options.seed);
    DemoRepTables::completeSheets(sheets, strategy.wonDeals(), repTables, world.today);
    workspace.strategySheets().writeGenerated(writer, std::move(sheets));
    strategy.writePayments(writer, workspace.clock().nowUtc());
    writer.commit();
    DemoGoals::write(workspace, world, random); // V2MOM sheets (issue 7)
    // Account plans (issue 4).
    DemoRepTables::writePlans(workspace, world, repTables);
    return result;
}
} // namespace

namespace DemoGenerator {

DemoResult generate(const QString& path, const DemoOptions& options, const std::function<bool(double)>& progress)
{
    check(options);
    DemoWorld world;
    world.today = options.today;
    world.now = DemoWorld::fromDate(options.today, 12);
    world.historyStart = world.now - 365 * DemoWorld::day;
    world.baseCurrency = options.baseCurrency;
    setUpMoney(world);

    if (QFileInfo::exists(path)) {
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("Storage", "%1 exists already.").arg(path));
    }
    // Written under a name of its own and renamed when complete: a failed or cancelled run, or
    // a crash, leaves nothing at `path` (and the load's unsafe settings only ever touch a file
    // nobody else has open).
    const QString partial = path + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    removeFiles(partial);
    const FixedClock clock(DemoWorld::toDateTime(world.historyStart - 30 * DemoWorld::day));
    std::unique_ptr<Workspace> workspace =
        Workspace::create(partial, {QStringLiteral("Demo workspace"), options.baseCurrency}, clock);
    DemoRandom random(options.seed);
    DemoResult result;
    try {
        result = fill(*workspace, world, options, random, progress);
        workspace.reset();
        if (!QFile::rename(partial, path)) {
            throw StorageError(StorageError::Kind::InvalidInput,
                               QCoreApplication::translate("Storage", "%1 exists already.").arg(path));
        }
    } catch (const Cancelled&) {
        workspace.reset();
        removeFiles(partial);
        DemoResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    } catch (...) {
        workspace.reset();
        removeFiles(partial);
        throw;
    }
    if (progress) {
        progress(1.0);
    }
    return result;
}

} // namespace DemoGenerator
