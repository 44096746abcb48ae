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
#include "core/storage/ImportStore.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QApplication>
#include <QCursor>
#include <QThread>

ImportWizard::ImportWizard(Workspace& workspace, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_state.lookup = ImportStore(m_workspace.database()).lookup();
        ImportMapping mapping = m_state.mapping;
        if (mapping.defaultCurrency.isEmpty()) {
            mapping.defaultCurrency = m_state.lookup.baseCurrency;
        }
        const CsvDocument* history = m_state.history && m_state.history->ok() ? &*m_state.history : nullptr;
        m_state.plan =
            ImportPlanner::plan(m_state.document, mapping, m_state.lookup, m_workspace.clock().nowUtc(), history);
    } catch (const StorageError& error) {
        m_state.plan = {};
        m_state.report.error = error.message();
    }
    QApplication::restoreOverrideCursor();
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
