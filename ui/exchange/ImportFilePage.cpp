// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFilePage.h"

#include "ImportWizard.h"

#include "core/exchange/ImportPresets.h"
#include "ui/common/FileDialog.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QWidget* fileRow(QLineEdit* edit, QPushButton* browse)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}
} // namespace

ImportFilePage::ImportFilePage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_file(new QLineEdit)
    , m_history(new QLineEdit)
    , m_error(new QLabel)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV or TSV export of deals from Salesforce, HubSpot, Pipedrive or a spreadsheet. Nothing "
                   "changes in the workspace until the last step."));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_history->setObjectName(QStringLiteral("importHistoryFile"));
    m_history->setPlaceholderText(tr("optional: Salesforce OpportunityHistory.csv"));
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setWordWrap(true);
    auto* browse = new QPushButton(tr("Browse…"));
    auto* browseHistory = new QPushButton(tr("Browse…"));
    const QString filter = tr("CSV files (*.csv *.tsv *.txt);;All files (*)");
    connect(browse, &QPushButton::clicked, this, [this, filter] {
        const QString path = FileDialog::openFileName(this, tr("Import CSV"), filter);
        if (!path.isEmpty()) {
            m_file->setText(path);
        }
    });
    connect(browseHistory, &QPushButton::clicked, this, [this, filter] {
        const QString path = FileDialog::openFileName(this, tr("Stage history"), filter);
        if (!path.isEmpty()) {
            m_history->setText(path);
        }
    });
    connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    auto* form = new QFormLayout;
    form->addRow(tr("&Deals file:"), fileRow(m_file, browse));
    form->addRow(tr("Stage &history:"), fileRow(m_history, browseHistory));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
}

ImportFilePage::~ImportFilePage() = default;

bool ImportFilePage::isComplete() const
{
    return !m_file->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    ImportWizard::State& state = m_wizard.state();
    state.path = m_file->text().trimmed();
    state.historyPath = m_history->text().trimmed();
    state.options = {};
    m_wizard.reload();
    QString error = state.document.error;
    if (error.isEmpty() && state.history) {
        if (!state.history->ok()) {
            error = state.history->error;
        } else if (!ImportPresets::isStageHistory(state.history->header)) {
            error = tr("%1 is not a stage history: it needs the columns OpportunityId, StageName and CreatedDate.")
                        .arg(QFileInfo(state.historyPath).fileName());
        }
    }
    m_error->setText(error);
    return error.isEmpty();
}
