// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingPage.h"

#include "ImportWizard.h"

#include "core/exchange/ImportPresets.h"
#include "core/util/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    SampleColumn,
    FieldColumn,
};
const QString kMappingKey = QStringLiteral("Mapping");
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_preset(new QComboBox)
    , m_columns(new QTableWidget)
    , m_hint(new QLabel)
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose what each column holds. The mapping is remembered for files with the same columns."));
    m_preset->setObjectName(QStringLiteral("importPreset"));
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_hint->setObjectName(QStringLiteral("importMappingHint"));
    m_hint->setWordWrap(true);
    for (const QString& key : ImportPresets::keys()) {
        m_preset->addItem(ImportPresets::displayName(key), key);
    }
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Dealbench field")});
    m_columns->verticalHeader()->setVisible(false);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    auto* form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_hint);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportMappingPage::applyPreset);
}

ImportMappingPage::~ImportMappingPage() = default;

QString ImportMappingPage::settingsScope(const QStringList& header)
{
    return QStringLiteral("ImportMappings/") + ImportMapping::headerSignature(header);
}

void ImportMappingPage::initializePage()
{
    ImportWizard::State& state = m_wizard.state();
    const QStringList& header = state.document.header;
    const QString remembered = Settings::instance().scopedValue(settingsScope(header), kMappingKey).toString();
    if (!remembered.isEmpty()) {
        state.mapping = ImportMapping::fromSettings(remembered, header);
        m_hint->setText(tr("Using the mapping you chose the last time a file with these columns was imported."));
    } else {
        state.mapping = ImportPresets::mapping(ImportPresets::detect(header), header);
        m_hint->setText(tr("Preset detected from the column names."));
    }
    m_filling = true;
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(state.mapping.preset)));
    m_filling = false;
    fillTable();
}

void ImportMappingPage::applyPreset()
{
    if (m_filling) {
        return;
    }
    ImportWizard::State& state = m_wizard.state();
    state.mapping = ImportPresets::mapping(m_preset->currentData().toString(), state.document.header);
    m_hint->clear();
    fillTable();
}

void ImportMappingPage::fillTable()
{
    const ImportWizard::State& state = m_wizard.state();
    const QStringList& header = state.document.header;
    m_filling = true;
    m_columns->setRowCount(static_cast<int>(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        m_columns->setItem(row, NameColumn, new QTableWidgetItem(header.at(row)));
        QStringList samples;
        for (qsizetype i = 0; i < state.document.rows.size() && samples.size() < 3; ++i) {
            const QString value = state.document.rows.at(i).value(row).simplified();
            if (!value.isEmpty()) {
                samples.append(value);
            }
        }
        m_columns->setItem(row, SampleColumn, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto* field = new QComboBox;
        field->setObjectName(QStringLiteral("importField_%1").arg(row));
        field->addItem(ImportFields::displayName(ImportField::Ignore), static_cast<int>(ImportField::Ignore));
        for (ImportField candidate : ImportFields::all()) {
            field->addItem(ImportFields::displayName(candidate), static_cast<int>(candidate));
        }
        ImportField current = ImportField::Ignore;
        for (auto it = state.mapping.columns.cbegin(); it != state.mapping.columns.cend(); ++it) {
            if (it.value() == row) {
                current = it.key();
            }
        }
        field->setCurrentIndex(field->findData(static_cast<int>(current)));
        connect(field, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) {
                readTable();
                fillTable(); // a field taken by another column leaves it
            }
        });
        m_columns->setCellWidget(row, FieldColumn, field);
    }
    m_columns->resizeColumnToContents(NameColumn);
    m_columns->setColumnWidth(FieldColumn, 260);
    m_filling = false;
    emit completeChanged();
}

void ImportMappingPage::readTable()
{
    ImportMapping& mapping = m_wizard.state().mapping;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const auto* field = qobject_cast<QComboBox*>(m_columns->cellWidget(row, FieldColumn));
        const auto chosen = static_cast<ImportField>(field->currentData().toInt());
        bool same = chosen == ImportField::Ignore ? !std::any_of(mapping.columns.cbegin(),
                                                                 mapping.columns.cend(),
                                                                 [row](int column) { return column == row; })
                                                  : mapping.column(chosen) == row;
        if (!same) {
            mapping.set(chosen, row);
            if (chosen == ImportField::Ignore) {
                for (auto it = mapping.columns.begin(); it != mapping.columns.end();) {
                    it = it.value() == row ? mapping.columns.erase(it) : std::next(it);
                }
            }
        }
    }
}

bool ImportMappingPage::isComplete() const
{
    return !m_wizard.state().mapping.columns.isEmpty();
}

bool ImportMappingPage::validatePage()
{
    ImportWizard::State& state = m_wizard.state();
    Settings::instance().setScopedValue(
        settingsScope(state.document.header), kMappingKey, state.mapping.toSettings(state.document.header));
    return true;
}
