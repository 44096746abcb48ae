// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "BackgroundIntegrityCheck.h"
#include "WorkspaceBackups.h"
#include "WorkspaceEvents.h"
#include "WriterLock.h"

#include "core/review/ReviewService.h"
#include "core/services/AccountPlanService.h"
#include "core/services/DealService.h"
#include "core/services/InteractionService.h"
#include "core/services/PipelineService.h"
#include "core/services/StrategySheetService.h"
#include "core/services/V2momService.h"
#include "core/storage/AccountPlanRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/CollectionRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/LeadRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/V2momRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

Workspace::Workspace(std::unique_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_events(std::make_unique<WorkspaceEvents>())
    , m_meta(std::make_unique<WorkspaceMetaRepository>(*m_database, clock))
    , m_pipelines(std::make_unique<PipelineRepository>(*m_database, clock))
    , m_owners(std::make_unique<OwnerRepository>(*m_database, clock))
    , m_accounts(std::make_unique<AccountRepository>(*m_database, clock))
    , m_deals(std::make_unique<DealRepository>(*m_database, clock))
    , m_interactions(std::make_unique<InteractionRepository>(*m_database, clock))
    , m_leads(std::make_unique<LeadRepository>(*m_database, clock))
    , m_exchangeRates(std::make_unique<ExchangeRateRepository>(*m_database, clock))
    , m_v2moms(std::make_unique<V2momRepository>(*m_database, clock))
    , m_collections(std::make_unique<CollectionRepository>(*m_database, clock))
    , m_strategySheets(std::make_unique<StrategySheetRepository>(*m_database, clock))
    , m_accountPlans(std::make_unique<AccountPlanRepository>(*m_database, clock))
    , m_reviews(std::make_unique<ReviewRepository>(*m_database, clock))
    , m_dealService(std::make_unique<DealService>(*this))
    , m_v2momService(std::make_unique<V2momService>(*this))
    , m_interactionService(std::make_unique<InteractionService>(*this))
    , m_strategySheetService(std::make_unique<StrategySheetService>(*this))
    , m_accountPlanService(std::make_unique<AccountPlanService>(*this))
    , m_pipelineService(std::make_unique<PipelineService>(*this))
    , m_reviewService(std::make_unique<ReviewService>(*this))
{}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::create(const QString& path, const CreateOptions& options, const Clock& clock)
{
    if (QFileInfo::exists(path)) {
        throw StorageError(StorageError::Kind::InvalidInput,
                           QCoreApplication::translate("Storage", "%1 exists already.").arg(path));
    }
    auto lock = lockForWriting(path);
    auto database = Database::open(path, {Database::Access::ReadWrite, true});
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database), clock));
    workspace->m_lock = std::move(lock);
    Transaction transaction(workspace->database());
    workspace->pipelines().seedDefaultPipeline();
    workspace->meta().setBaseCurrency(options.baseCurrency);
    workspace->meta().setName(options.name.isEmpty() ? QFileInfo(path).completeBaseName() : options.name);
    transaction.commit();
    return workspace;
}

std::unique_ptr<Workspace>
Workspace::open(const QString& path, Database::Access access, const Clock& clock, qint64 integrityBudgetMs)
{
    std::unique_ptr<WriterLock> lock;
    if (access == Database::Access::ReadWrite) {
        lock = lockForWriting(path);
    }
    Database::OpenOptions options{access, false};
    options.beforeMigration = WorkspaceBackups::migrationHook(clock);
    options.integrityBudgetMs = integrityBudgetMs;
    auto database = Database::open(path, options);
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database), clock));
    workspace->m_lock = std::move(lock);
    if (!workspace->isReadOnly() && workspace->pipelines().pipelines().isEmpty()) {
        workspace->pipelines().seedDefaultPipeline(); // an empty SQLite file just migrated
    }
    return workspace;
}

std::unique_ptr<Workspace> Workspace::openDamaged(const QString& path, const Clock& clock)
{
    Database::OpenOptions options{Database::Access::ReadOnly, false};
    options.acceptDamaged = true;
    return std::unique_ptr<Workspace>(new Workspace(Database::open(path, options), clock));
}

void Workspace::checkIntegrityInBackground()
{
    if (m_integrityCheck || m_database->openCheckFinished() || m_database->isReadOnly()) {
        return;
    }
    m_integrityCheck = std::make_unique<BackgroundIntegrityCheck>(*m_database);
    QObject::connect(m_integrityCheck.get(),
                     &BackgroundIntegrityCheck::finished,
                     m_events.get(),
                     [this](const QStringList& problems) {
                         if (problems.isEmpty() || m_database->isReadOnly()) {
                             return;
                         }
                         m_database->refuseWrites();
                         emit m_events->damageFound(
                             QCoreApplication::translate("Storage",
                                                         "%1 is damaged (%2). It was opened before the check could "
                                                         "finish; from now on nothing is written to it.")
                                 .arg(QDir::toNativeSeparators(path()), problems.constFirst()));
                     });
    m_integrityCheck->start();
}

QString Workspace::lockFilePath(const QString& path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".lock"));
}

// Two writers on one file would each keep their own view of the deals in memory and the
// later save would silently undo the earlier one; SQLite's locks only make each write
// atomic. So one writer per file, marked by a lock the kernel releases when its holder dies.
std::unique_ptr<WriterLock> Workspace::lockForWriting(const QString& path)
{
    WriterLock::Outcome outcome = WriterLock::Outcome::CannotWrite;
    auto lock = WriterLock::take(lockFilePath(path), &outcome);
    if (outcome == WriterLock::Outcome::HeldElsewhere) {
        throw StorageError(StorageError::Kind::Busy,
                           QCoreApplication::translate("Storage",
                                                       "%1 is open for editing in another Dealbench window or "
                                                       "program. You can open it read-only, or close it there first.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    // No lock file can be written (a read-only folder): Database::open decides, and refuses
    // writing to a write-protected place anyway.
    return lock;
}

QString Workspace::displayName() const
{
    const QString name = m_meta->name();
    return name.isEmpty() ? QFileInfo(path()).completeBaseName() : name;
}
