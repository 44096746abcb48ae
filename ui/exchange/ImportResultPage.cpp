// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResultPage.h"

#include "ImportWizard.h"

#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ImportResultPage::ImportResultPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_text(new QPlainTextEdit)
{
    setTitle(tr("Import report"));
    m_text->setObjectName(QStringLiteral("importReport"));
    m_text->setReadOnly(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
}

ImportResultPage::~ImportResultPage() = default;

void ImportResultPage::initializePage()
{
    m_wizard.runImport();
    const ImportWizard::State& state = m_wizard.state();
    setSubTitle(state.report.ok ? tr("The file was imported. Edit ▸ Import History can revert it as a whole.")
                                : tr("Nothing was imported; the workspace is unchanged."));
    m_text->setPlainText(reportText(state.report, state.document));
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
