// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewPage.h"

#include "ImportWizard.h"

#include "core/domain/DefaultPipeline.h"
#include "core/exchange/ImportPlanner.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QColor kProblem(220, 60, 60, 70);
const QColor kLinked(60, 150, 90, 60);
} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_rows(new QTableWidget)
    , m_stagesTitle(new QLabel(tr("Stages the pipeline does not have:")))
    , m_stages(new QTableWidget)
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first 100 rows. Red cells cannot be read; green accounts and owners exist already and "
                   "will be linked."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_rows->setObjectName(QStringLiteral("importPreview"));
    m_stages->setObjectName(QStringLiteral("importStages"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importPlanProgress"));
    m_progress->setVisible(false);
    connect(&m_wizard, &ImportWizard::planProgress, this, &ImportPreviewPage::showProgress);
    connect(&m_wizard, &ImportWizard::planned, this, &ImportPreviewPage::planned);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->setColumnCount(2);
    m_stages->setHorizontalHeaderLabels({tr("Stage in the file"), tr("Becomes")});
    m_stages->verticalHeader()->setVisible(false);
    m_stages->horizontalHeader()->setStretchLastSection(true);
    m_stages->setMaximumHeight(140);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_stagesTitle);
    layout->addWidget(m_stages);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage()
{
    m_stagesFilled = false;
    m_stages->setRowCount(0);
    m_stages->setVisible(false);
    m_stagesTitle->setVisible(false);
    startPlanning();
}

void ImportPreviewPage::startPlanning()
{
    const qsizetype rows = m_wizard.state().document.rows.size();
    m_rows->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the first report gives the total
    m_progress->setVisible(true);
    m_summary->setText(tr("Checking %Ln row(s) against the workspace…", nullptr, int(rows)));
    m_wizard.replan();
    emit completeChanged();
}

void ImportPreviewPage::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ImportPreviewPage::planned()
{
    m_progress->setVisible(false);
    m_rows->setEnabled(true);
    if (!m_wizard.state().planError.isEmpty()) {
        m_summary->setText(m_wizard.state().planError);
        emit completeChanged();
        return;
    }
    if (!m_stagesFilled) {
        fillStages(); // needs the pipeline, which the plan's lookup read
        m_stagesFilled = true;
    }
    refresh();
}

bool ImportPreviewPage::isComplete() const
{
    if (m_wizard.isPlanning() || !m_wizard.state().planError.isEmpty()) {
        return false;
    }
    const ImportPlan& plan = m_wizard.state().plan;
    return !plan.deals.isEmpty() || !plan.newAccounts.isEmpty() || !plan.newOwners.isEmpty() ||
           !plan.changedAccounts.isEmpty() || !plan.changedOwners.isEmpty();
}

void ImportPreviewPage::fillStages()
{
    ImportWizard::State& state = m_wizard.state();
    const QStringList unknown = ImportPlanner::unknownStages(state.document, state.mapping, state.lookup.pipeline);
    m_filling = true;
    m_stages->setRowCount(static_cast<int>(unknown.size()));
    for (int row = 0; row < unknown.size(); ++row) {
        m_stages->setItem(row, 0, new QTableWidgetItem(unknown.at(row)));
        auto* choice = new QComboBox;
        choice->setObjectName(QStringLiteral("importStageChoice_%1").arg(row));
        choice->addItem(tr("New stage \"%1\"").arg(unknown.at(row)), QString());
        for (const Stage& stage : state.lookup.pipeline.stages) {
            choice->addItem(DefaultPipeline::displayName(stage.id, stage.name), stage.id);
        }
        const QString key = ImportPlan::nameKey(unknown.at(row));
        choice->setCurrentIndex(std::max(0, choice->findData(state.mapping.stageChoices.value(key))));
        connect(choice, &QComboBox::currentIndexChanged, this, [this, choice, key] {
            if (m_filling) {
                return;
            }
            m_wizard.state().mapping.stageChoices.insert(key, choice->currentData().toString());
            startPlanning();
        });
        m_stages->setCellWidget(row, 1, choice);
    }
    m_stages->resizeColumnToContents(0);
    m_stages->setVisible(!unknown.isEmpty());
    m_stagesTitle->setVisible(!unknown.isEmpty());
    m_filling = false;
}

void ImportPreviewPage::refresh()
{
    const ImportWizard::State& state = m_wizard.state();
    const CsvDocument& document = state.document;
    const ImportPlan& plan = state.plan;
    const int rows = static_cast<int>(std::min<qsizetype>(kPreviewRows, document.rows.size()));
    m_rows->clear();
    m_rows->setColumnCount(static_cast<int>(document.header.size()) + 1);
    m_rows->setHorizontalHeaderLabels(QStringList{tr("Import as")} + document.header);
    m_rows->setRowCount(rows);
    QHash<int, QString> skipped;
    for (const ImportRowNote& note : plan.skipped) {
        skipped.insert(note.row, note.message);
    }
    QHash<QPair<int, int>, QString> cellNotes;
    for (const ImportRowNote& note : plan.warnings + plan.skipped) {
        if (note.row >= 0 && note.column >= 0) {
            cellNotes.insert({note.row, note.column}, note.message);
        }
    }
    const int accountColumn = state.mapping.column(ImportField::AccountName);
    const int ownerColumn = state.mapping.column(ImportField::Owner);
    for (int row = 0; row < rows; ++row) {
        QString status = skipped.contains(row) ? tr("skipped: %1").arg(skipped.value(row))
                         : plan.rowState.value(row) == QLatin1String("update") ? tr("update")
                         : plan.rowState.contains(row)                         ? tr("new deal")
                                                                               : tr("details");
        auto* statusItem = new QTableWidgetItem(status);
        if (skipped.contains(row)) {
            statusItem->setBackground(kProblem);
        }
        m_rows->setItem(row, 0, statusItem);
        const QStringList& values = document.rows.at(row);
        for (int column = 0; column < values.size(); ++column) {
            auto* item = new QTableWidgetItem(values.at(column));
            if (const QString note = cellNotes.value({row, column}); !note.isEmpty()) {
                item->setBackground(kProblem);
                item->setToolTip(note);
            } else if (column == accountColumn &&
                       state.lookup.accounts.contains(ImportPlan::nameKey(values.at(column)))) {
                item->setBackground(kLinked);
                item->setToolTip(tr("Linked to the existing account \"%1\"")
                                     .arg(state.lookup.accounts.value(ImportPlan::nameKey(values.at(column))).name));
            } else if (column == ownerColumn && state.lookup.owners.contains(ImportPlan::nameKey(values.at(column)))) {
                item->setBackground(kLinked);
                item->setToolTip(tr("Linked to the existing owner \"%1\"")
                                     .arg(state.lookup.owners.value(ImportPlan::nameKey(values.at(column))).name));
            }
            m_rows->setItem(row, column + 1, item);
        }
    }
    m_rows->resizeColumnsToContents();
    const QLocale locale;
    int created = 0;
    int updated = 0;
    for (const PlannedDeal& deal : plan.deals) {
        (deal.isNew ? created : updated)++;
    }
    m_summary->setText(
        tr("%1 rows: %2 new deals, %3 updates, %4 skipped, %5 warnings. Accounts: %6 new, %7 existing linked. "
           "Owners: %8 new, %9 existing linked. New stages: %10.")
            .arg(locale.toString(document.rows.size()),
                 locale.toString(created),
                 locale.toString(updated),
                 locale.toString(plan.skipped.size()),
                 locale.toString(plan.warnings.size()),
                 locale.toString(plan.newAccounts.size()),
                 locale.toString(plan.linkedAccounts),
                 locale.toString(plan.newOwners.size()),
                 locale.toString(plan.linkedOwners))
            .arg(locale.toString(plan.newStages.size())));
    emit completeChanged();
}
