// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResultPage.h"

#include "ImportWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

ImportResultPage::ImportResultPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel Import")))
    , m_text(new QPlainTextEdit)
{
    setTitle(tr("Import report"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_text->setObjectName(QStringLiteral("importReport"));
    m_text->setReadOnly(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addWidget(m_text, 1);
    layout->addStretch(); // keeps the progress at the top while the report is hidden
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard.cancelImport();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling: rolling back…"));
    });
    connect(&m_wizard, &ImportWizard::importProgress, this, &ImportResultPage::showProgress);
    connect(&m_wizard, &ImportWizard::importFinished, this, &ImportResultPage::showReport);
}

ImportResultPage::~ImportResultPage() = default;

void ImportResultPage::initializePage()
{
    setSubTitle(tr("Importing in one transaction: Cancel leaves the workspace as it was."));
    m_text->clear();
    m_text->hide();
    m_status->setText(tr("Starting…"));
    m_progress->setRange(0, std::max(1, static_cast<int>(m_wizard.state().document.rows.size())));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_wizard.startImport();
    emit completeChanged();
}

bool ImportResultPage::isComplete() const
{
    return !m_wizard.isImporting();
}

void ImportResultPage::showProgress(bool planning, int done, int total)
{
    if (!m_wizard.isImporting() || !m_cancel->isEnabled()) {
        return; // a late report, or Cancel was pressed
    }
    const QLocale locale;
    m_status->setText(planning ? tr("Checking rows: %1 of %2").arg(locale.toString(done), locale.toString(total))
                               : tr("Writing deals: %1 of %2").arg(locale.toString(done), locale.toString(total)));
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void ImportResultPage::showReport()
{
    const ImportWizard::State& state = m_wizard.state();
    setSubTitle(state.report.ok ? tr("The file was imported. Edit ▸ Import History can revert it as a whole.")
                                : tr("Nothing was imported; the workspace is unchanged."));
    m_status->setText(state.report.ok ? tr("Finished") : tr("Not imported"));
    m_progress->hide();
    m_cancel->hide();
    m_text->setPlainText(reportText(state.report, state.document));
    m_text->show();
    emit completeChanged();
}

QString ImportResultPage::reportText(const ImportReport& report, const CsvDocument& document)
{
    if (!report.ok) {
        return report.error;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("Rows read: %1").arg(locale.toString(report.rowsRead));
    lines << tr("Deals: %1 created, %2 updated")
                 .arg(locale.toString(report.dealsCreated), locale.toString(report.dealsUpdated));
    lines << tr("Accounts: %1 created, %2 existing linked")
                 .arg(locale.toString(report.accountsCreated), locale.toString(report.accountsLinked));
    lines << tr("Owners: %1 created, %2 existing linked")
                 .arg(locale.toString(report.ownersCreated), locale.toString(report.ownersLinked));
    lines << tr("Contacts created: %1; stages created: %2")
                 .arg(locale.toString(report.contactsCreated), locale.toString(report.stagesCreated));
    if (report.footerLines > 0) {
        lines << tr("Report footer lines left out: %1").arg(report.footerLines);
    }
    auto lineOf = [&document](int row) {
        return row >= 0 && row < document.rowLines.size() ? document.rowLines.at(row) : 0;
    };
    if (!report.skipped.isEmpty()) {
        lines << QString() << tr("Rows skipped (%1):").arg(locale.toString(report.skipped.size()));
        for (const ImportRowNote& note : report.skipped) {
            lines << tr("  line %1: %2").arg(lineOf(note.row)).arg(note.message);
        }
    }
    if (!report.warnings.isEmpty()) {
        lines << QString() << tr("Warnings (%1):").arg(locale.toString(report.warnings.size()));
        for (const ImportRowNote& note : report.warnings) {
            lines << (note.row >= 0 ? tr("  line %1: %2").arg(lineOf(note.row)).arg(note.message)
                                    : QStringLiteral("  ") + note.message);
        }
    }
    return lines.join(u'\n');
}
