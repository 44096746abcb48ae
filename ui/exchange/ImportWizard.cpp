// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportFormatPage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportResultPage.h"

#include "core/exchange/ImportJob.h"
#include "core/exchange/ImportPlanner.h"
#include "core/storage/Database.h"
#include "core/storage/ImportStore.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/ReportRunner.h"

#include <QThread>

namespace {
// What a preview plan hands back to the GUI thread.
struct PreviewPlan
{
    ImportLookup lookup;
    ImportPlan plan;
    bool cancelled = false;
};
} // namespace

ImportWizard::ImportWizard(Workspace& workspace, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_planRunner(new ReportRunner(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the import is done by then
    setPage(FilePage, new ImportFilePage(*this));
    setPage(FormatPage, new ImportFormatPage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(PreviewPage, new ImportPreviewPage(*this));
    setPage(ResultPage, new ImportResultPage(*this));
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    // The planning thread posts its progress to this wizard: stop it before the members go.
    if (m_planCancel) {
        *m_planCancel = true;
    }
    delete m_planRunner;
    if (m_job) {
        m_job->cancel();
    }
    stopThread();
}

void ImportWizard::reload()
{
    m_state.document = CsvDocument::read(m_state.path, m_state.options);
    m_state.history.reset();
    if (!m_state.historyPath.isEmpty()) {
        m_state.history = CsvDocument::read(m_state.historyPath);
    }
}

void ImportWizard::replan()
{
    if (m_planCancel) {
        *m_planCancel = true;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_planCancel = cancel;
    m_planning = true;
    const QString path = m_workspace.database().path();
    const CsvDocument document = m_state.document;
    const std::optional<CsvDocument> history = m_state.history;
    const ImportMapping chosen = m_state.mapping;
    const QDateTime now = m_workspace.clock().nowUtc();
    QPointer<ReportRunner> runner = m_planRunner;
    m_planRunner->run<PreviewPlan>(
        [path, document, history, chosen, now, cancel, runner, this] {
            auto database = Database::openWorkerConnection(path, Database::Access::ReadOnly);
            PreviewPlan result;
            result.lookup = ImportStore(*database).lookup();
            ImportMapping mapping = chosen;
            if (mapping.defaultCurrency.isEmpty()) {
                mapping.defaultCurrency = result.lookup.baseCurrency;
            }
            ImportProgress progress;
            progress.cancel = cancel.get();
            progress.report = [runner, this](ImportProgress::Phase, int done, int total) {
                QMetaObject::invokeMethod(
                    runner, [this, done, total] { emit planProgress(done, total); }, Qt::QueuedConnection);
            };
            try {
                const CsvDocument* stageHistory = history && history->ok() ? &*history : nullptr;
                result.plan = ImportPlanner::plan(document, mapping, result.lookup, now, stageHistory, &progress);
            } catch (const ImportProgress::Cancelled&) {
                result.cancelled = true;
            }
            return result;
        },
        [this](const PreviewPlan& result) {
            if (result.cancelled) {
                return; // a newer plan is on its way
            }
            m_state.lookup = result.lookup;
            m_state.plan = result.plan;
            m_state.planError.clear();
            m_planning = false;
            emit planned();
        },
        [this](const QString& error) {
            m_state.plan = {};
            m_state.planError = error;
            m_planning = false;
            emit planned();
        });
}

void ImportWizard::startImport()
{
    if (m_job) {
        return;
    }
    ImportMapping mapping = m_state.mapping;
    if (mapping.defaultCurrency.isEmpty()) {
        mapping.defaultCurrency = m_state.lookup.baseCurrency;
    }
    m_state.report = {};
    m_job = new ImportJob(
        m_workspace.database().path(), m_state.document, mapping, m_state.history, m_workspace.clock().nowUtc());
    connect(m_job, &ImportJob::progress, this, &ImportWizard::importProgress);
    connect(m_job, &ImportJob::finished, this, &ImportWizard::jobFinished);
    m_thread = new QThread(this);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ImportJob::run);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    m_thread->start();
}

bool ImportWizard::isImporting() const
{
    return m_job != nullptr;
}

void ImportWizard::cancelImport()
{
    if (m_job) {
        m_job->cancel();
    }
}

void ImportWizard::reject()
{
    // Closing while the import runs is a Cancel; the last page then says nothing was imported.
    if (m_job) {
        cancelImport();
        return;
    }
    QWizard::reject();
}

void ImportWizard::jobFinished(const ImportReport& report)
{
    m_state.report = report;
    stopThread();
    m_job = nullptr;
    if (m_state.report.ok) {
        emit m_workspace.events().workspaceReloaded();
    }
    emit importFinished();
}

void ImportWizard::stopThread()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}
