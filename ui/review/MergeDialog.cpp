// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeDialog.h"

#include "MergeIssueModel.h"

#include "core/exchange/MergeJob.h"
#include "ui/common/FileDialog.h"
#include "ui/common/ReportRunner.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// The progress bar works in thousandths.
constexpr int kProgressSteps = 1000;
} // namespace

MergeDialog::MergeDialog(QString targetPath, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_targetPath(std::move(targetPath))
    , m_clock(clock)
    , m_files(new QListWidget(this))
    , m_add(new QPushButton(tr("Add Files…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_cancel(new QPushButton(tr("Close"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_issues(new MergeIssueModel(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Import Team Members' Files"));
    m_files->setObjectName(QStringLiteral("mergeFiles"));
    m_add->setObjectName(QStringLiteral("mergeAdd"));
    m_remove->setObjectName(QStringLiteral("mergeRemove"));
    m_import->setObjectName(QStringLiteral("mergeImport"));
    m_cancel->setObjectName(QStringLiteral("mergeCancel"));
    m_progress->setObjectName(QStringLiteral("mergeProgress"));
    m_status->setObjectName(QStringLiteral("mergeStatus"));
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_import->setDefault(true);

    auto* intro = new QLabel(tr("Rows are matched by id: the newer version of each row wins, deletions carry over, "
                                "and rows changed on both sides since the last import are listed below. "
                                "Importing the same file again changes nothing."),
                             this);
    intro->setWordWrap(true);
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch(1);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_files, 1);
    fileRow->addLayout(fileButtons);

    auto* issues = new QTableView(this);
    issues->setObjectName(QStringLiteral("mergeIssues"));
    issues->setModel(m_issues);
    issues->verticalHeader()->hide();
    issues->horizontalHeader()->setStretchLastSection(true);
    issues->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(issues, 1);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(m_add, &QPushButton::clicked, this, &MergeDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_files->selectedItems());
        updateButtons();
    });
    connect(m_files, &QListWidget::itemSelectionChanged, this, &MergeDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &MergeDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isRunning()) {
            cancel();
        } else {
            QDialog::reject();
        }
    });
    updateButtons();
}

MergeDialog::~MergeDialog()
{
    cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool MergeDialog::isRunning() const
{
    return m_job != nullptr;
}

void MergeDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (!path.isEmpty() && files().indexOf(path) < 0) {
            auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
            item->setData(Qt::UserRole, path);
            item->setToolTip(path);
        }
    }
    updateButtons();
}

QStringList MergeDialog::files() const
{
    QStringList result;
    for (int i = 0; i < m_files->count(); ++i) {
        result << m_files->item(i)->data(Qt::UserRole).toString();
    }
    return result;
}

void MergeDialog::chooseFiles()
{
    addFiles(
        {FileDialog::openFileName(this, tr("Import Team Member's File"), tr("Dealbench workspaces (*.dealbench)"))});
}

void MergeDialog::updateButtons()
{
    const bool running = isRunning();
    m_add->setEnabled(!running);
    m_remove->setEnabled(!running && !m_files->selectedItems().isEmpty());
    m_import->setEnabled(!running && m_files->count() > 0);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
}

void MergeDialog::start()
{
    if (isRunning() || m_files->count() == 0) {
        return;
    }
    m_running = files();
    m_results.clear();
    m_issues->clear();
    m_summary->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Starting…"));
    m_job = new MergeJob(m_targetPath, m_running, m_clock);
    connect(m_job, &MergeJob::progress, this, [this](double share, const QString& step) {
        m_progress->setValue(int(share * kProgressSteps));
        m_status->setText(step);
    });
    connect(m_job, &MergeJob::fileFinished, this, &MergeDialog::fileFinished);
    connect(m_job, &MergeJob::finished, this, &MergeDialog::jobFinished);
    updateButtons();
    if (ReportRunner::isSynchronous()) {
        m_job->run();
        return;
    }
    m_thread = new QThread(this);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &MergeJob::run);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    m_thread->start();
}

void MergeDialog::cancel()
{
    if (m_job) {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
    }
}

void MergeDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void MergeDialog::fileFinished(int index, const MergeResult& result)
{
    m_results.append(result);
    const QString name = QFileInfo(m_running.value(index)).fileName();
    const QLocale locale;
    QString line;
    if (result.ok) {
        line = tr("%1: %2 new rows, %3 updated, %4 conflicts, %5 left out")
                   .arg(name,
                        locale.toString(result.inserted),
                        locale.toString(result.updated),
                        locale.toString(result.conflicts.size()),
                        locale.toString(result.rejected.size()));
        m_issues->append(name, result.conflicts);
        m_issues->append(name, result.rejected);
    } else if (result.cancelled) {
        line = tr("%1: cancelled, nothing imported").arg(name);
    } else {
        line = tr("%1: not imported: %2").arg(name, result.error);
    }
    m_summary->setText(m_summary->text().isEmpty() ? line : m_summary->text() + u'\n' + line);
}

void MergeDialog::jobFinished()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    } else if (m_job) {
        m_job->deleteLater();
    }
    m_job = nullptr;
    m_progress->setValue(kProgressSteps);
    m_status->setText(tr("Finished"));
    updateButtons();
    if (std::any_of(
            m_results.cbegin(), m_results.cend(), [](const MergeResult& r) { return r.ok && !r.changedNothing(); })) {
        emit merged();
    }
}
