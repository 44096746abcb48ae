// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QObject>
#include <QString>

#include <memory>

class AccountPlanRepository;
class BackgroundIntegrityCheck;
class AccountPlanService;
class AccountRepository;
class CollectionRepository;
class V2momRepository;
class V2momService;
class Clock;
class DealRepository;
class DealService;
class PipelineService;
class ReviewRepository;
class ReviewService;
class ExchangeRateRepository;
class InteractionRepository;
class InteractionService;
class StrategySheetRepository;
class StrategySheetService;
class LeadRepository;
class OwnerRepository;
class PipelineRepository;
class WorkspaceEvents;
class WorkspaceMetaRepository;
class WriterLock;

// One open workspace file: its database connection, repositories, services and change
// notifications. Lives in the thread that opened it; workers open their own Database.
class Workspace final
{
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    struct CreateOptions
    {
        QString name;
        QString baseCurrency = QStringLiteral("USD");
    };

    // Creates a new workspace file with the default pipeline. Throws StorageError, also
    // when the file exists already (the caller removes it after asking the user).
    static std::unique_ptr<Workspace> create(const QString& path, const CreateOptions& options, const Clock& clock);
    // Opens an existing file (migrating it when writable, after a backup). Throws StorageError:
    // Kind::Busy when another window or program has it open for writing (open it read-only
    // then), Kind::Damaged when it fails the integrity check.
    // `integrityBudgetMs`: time for quick_check at open (see Database::openCheckBudgetMs).
    static std::unique_ptr<Workspace> open(const QString& path,
                                           Database::Access access,
                                           const Clock& clock,
                                           qint64 integrityBudgetMs = Database::openCheckBudgetMs);
    // Opens a file that failed the integrity check, read-only, to look at what is left.
    static std::unique_ptr<Workspace> openDamaged(const QString& path, const Clock& clock);
    // The lock file that marks `path` as open for writing: ".<file name>.lock" beside it.
    static QString lockFilePath(const QString& path);
    ~Workspace();

    Database& database() { return *m_database; }
    const Clock& clock() const { return m_clock; }
    WorkspaceEvents& events() { return *m_events; }
    QString path() const { return m_database->path(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }
    bool isDamaged() const { return m_database->isDamaged(); }
    // Starts checking the rest of the file when opening ran out of time to check it all
    // (a big file opened for writing). Damage found later refuses further writes and is
    // announced by WorkspaceEvents::damageFound. Does nothing when the open check was complete.
    void checkIntegrityInBackground();
    // The workspace's name, or the file name without extension.
    QString displayName() const;

    WorkspaceMetaRepository& meta() { return *m_meta; }
    PipelineRepository& pipelines() { return *m_pipelines; }
    OwnerRepository& owners() { return *m_owners; }
    AccountRepository& accounts() { return *m_accounts; }
    DealRepository& deals() { return *m_deals; }
    InteractionRepository& interactions() { return *m_interactions; }
    LeadRepository& leads() { return *m_leads; }
    ExchangeRateRepository& exchangeRates() { return *m_exchangeRates; }
    V2momRepository& v2moms() { return *m_v2moms; }
    CollectionRepository& collections() { return *m_collections; }
    StrategySheetRepository& strategySheets() { return *m_strategySheets; }
    AccountPlanRepository& accountPlans() { return *m_accountPlans; }
    ReviewRepository& reviews() { return *m_reviews; }

    DealService& dealService() { return *m_dealService; }
    V2momService& v2momService() { return *m_v2momService; }
    InteractionService& interactionService() { return *m_interactionService; }
    StrategySheetService& strategySheetService() { return *m_strategySheetService; }
    AccountPlanService& accountPlanService() { return *m_accountPlanService; }
    PipelineService& pipelineService() { return *m_pipelineService; }
    ReviewService& reviewService() { return *m_reviewService; }

private:
    Workspace(std::unique_ptr<Database> database, const Clock& clock);
    static std::unique_ptr<WriterLock> lockForWriting(const QString& path);

    // Declared first so it is released last, after the connection has closed.
    std::unique_ptr<WriterLock> m_lock;
    std::unique_ptr<Database> m_database;
    const Clock& m_clock;
    std::unique_ptr<WorkspaceEvents> m_events;
    std::unique_ptr<WorkspaceMetaRepository> m_meta;
    std::unique_ptr<PipelineRepository> m_pipelines;
    std::unique_ptr<OwnerRepository> m_owners;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<DealRepository> m_deals;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<LeadRepository> m_leads;
    std::unique_ptr<ExchangeRateRepository> m_exchangeRates;
    std::unique_ptr<V2momRepository> m_v2moms;
    std::unique_ptr<CollectionRepository> m_collections;
    std::unique_ptr<StrategySheetRepository> m_strategySheets;
    std::unique_ptr<AccountPlanRepository> m_accountPlans;
    std::unique_ptr<ReviewRepository> m_reviews;
    std::unique_ptr<DealService> m_dealService;
    std::unique_ptr<V2momService> m_v2momService;
    std::unique_ptr<InteractionService> m_interactionService;
    std::unique_ptr<StrategySheetService> m_strategySheetService;
    std::unique_ptr<AccountPlanService> m_accountPlanService;
    std::unique_ptr<PipelineService> m_pipelineService;
    std::unique_ptr<ReviewService> m_reviewService;
    // Last, so it stops (and lets go of its connection) before anything else goes.
    std::unique_ptr<BackgroundIntegrityCheck> m_integrityCheck;
};
