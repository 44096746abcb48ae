// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFormatPage.h"

#include "ImportWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kSampleRows = 8;
}

ImportFormatPage::ImportFormatPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_encoding(new QComboBox)
    , m_delimiter(new QComboBox)
    , m_headerRow(new QSpinBox)
    , m_sample(new QTableWidget)
    , m_notes(new QLabel)
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("Encoding and delimiter were detected; change them if the text below looks wrong."));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_sample->setObjectName(QStringLiteral("importSample"));
    m_notes->setObjectName(QStringLiteral("importFormatNotes"));
    for (TextEncoding encoding : TextEncodings::all()) {
        m_encoding->addItem(TextEncodings::displayName(encoding), static_cast<int>(encoding));
    }
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar"), QStringLiteral("|"));
    m_headerRow->setRange(1, 50);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->verticalHeader()->setVisible(false);
    m_notes->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Header row:"), m_headerRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sample, 1);
    layout->addWidget(m_notes);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::apply);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFormatPage::apply);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportFormatPage::apply);
}

ImportFormatPage::~ImportFormatPage() = default;

void ImportFormatPage::initializePage()
{
    const CsvDocument& document = m_wizard.state().document;
    m_filling = true;
    m_encoding->setCurrentIndex(m_encoding->findData(static_cast<int>(document.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(document.delimiter)));
    m_headerRow->setValue(m_wizard.state().options.headerRow + 1);
    m_filling = false;
    showSample();
}

bool ImportFormatPage::validatePage()
{
    return m_wizard.state().document.ok();
}

void ImportFormatPage::apply()
{
    if (m_filling) {
        return;
    }
    CsvDocument::Options& options = m_wizard.state().options;
    options.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    options.delimiter = m_delimiter->currentData().toString().at(0);
    options.headerRow = m_headerRow->value() - 1;
    m_wizard.reload();
    showSample();
}

void ImportFormatPage::showSample()
{
    const CsvDocument& document = m_wizard.state().document;
    m_sample->clear();
    m_sample->setColumnCount(static_cast<int>(document.header.size()));
    m_sample->setHorizontalHeaderLabels(document.header);
    const int rows = static_cast<int>(std::min<qsizetype>(kSampleRows, document.rows.size()));
    m_sample->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const QStringList& values = document.rows.at(row);
        for (int column = 0; column < values.size(); ++column) {
            m_sample->setItem(row, column, new QTableWidgetItem(values.at(column)));
        }
    }
    m_sample->resizeColumnsToContents();
    const QLocale locale;
    QStringList notes;
    if (!document.ok()) {
        notes.append(document.error);
    } else {
        notes.append(tr("%1 data rows, %2 columns.")
                         .arg(locale.toString(document.rows.size()), locale.toString(document.header.size())));
    }
    if (!document.decodedCleanly) {
        notes.append(tr("Some bytes are not valid in this encoding; try another one."));
    }
    if (document.footerLines > 0) {
        notes.append(tr("%n footer line(s) after a blank line will be left out.", nullptr, document.footerLines));
    }
    if (!document.problems.isEmpty()) {
        notes.append(tr("%n line(s) do not match the header: %1", nullptr, static_cast<int>(document.problems.size()))
                         .arg(document.problems.first().message));
    }
    m_notes->setText(notes.join(u'\n'));
    emit completeChanged();
}
