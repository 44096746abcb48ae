// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "Translations.h"

#include "core/domain/Owner.h"
#include "core/domain/Pipeline.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Offered in the list; any other ISO 4217 code can be typed.
const QStringList kCommonCurrencies = {QStringLiteral("USD"),
                                       QStringLiteral("EUR"),
                                       QStringLiteral("CNY"),
                                       QStringLiteral("PLN"),
                                       QStringLiteral("GBP"),
                                       QStringLiteral("JPY"),
                                       QStringLiteral("CHF"),
                                       QStringLiteral("HKD"),
                                       QStringLiteral("SGD")};
constexpr int kMaxBackups = 100;

QComboBox* makeCombo(QWidget* parent, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    return combo;
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

PreferencesDialog::PreferencesDialog(Settings& settings, Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildGeneralGroup());
    layout->addWidget(buildWorkspaceGroup(workspace));
    layout->addWidget(buildBackupGroup());
    layout->addStretch();
    layout->addWidget(buttons);
    load();
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
    setMinimumWidth(480);
}

QWidget* PreferencesDialog::buildGeneralGroup()
{
    auto* group = new QGroupBox(tr("General"), this);
    auto* form = new QFormLayout(group);

    m_language = makeCombo(group, QStringLiteral("languageCombo"));
    for (const Translations::Language& language : Translations::languages()) {
        m_language->addItem(language.nativeName, language.code);
    }
    m_theme = makeCombo(group, QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_restartNote = new QLabel(group);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);

    m_currency = makeCombo(group, QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->addItems(kCommonCurrencies);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{3}")), m_currency));

    const QLocale locale;
    m_fiscalYearStart = makeCombo(group, QStringLiteral("fiscalYearStartCombo"));
    for (int month = 1; month <= 12; ++month) {
        m_fiscalYearStart->addItem(locale.standaloneMonthName(month), month);
    }
    m_weekStart = makeCombo(group, QStringLiteral("weekStartCombo"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        m_weekStart->addItem(locale.standaloneDayName(day), day);
    }

    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Default &currency:"), m_currency);
    form->addRow(tr("&Fiscal year starts in:"), m_fiscalYearStart);
    form->addRow(tr("&Week starts on:"), m_weekStart);
    return group;
}

QWidget* PreferencesDialog::buildWorkspaceGroup(Workspace* workspace)
{
    auto* group = new QGroupBox(tr("This workspace"), this);
    auto* form = new QFormLayout(group);
    m_identity = makeCombo(group, QStringLiteral("identityCombo"));
    m_identity->addItem(tr("Nobody in particular"), QString());
    m_pipeline = makeCombo(group, QStringLiteral("defaultPipelineCombo"));
    m_pipeline->addItem(tr("The first pipeline"), QString());
    if (workspace) {
        for (const Owner& owner : workspace->owners().owners()) {
            m_identity->addItem(owner.role == OwnerRole::Manager ? tr("%1 (manager)").arg(owner.name) : owner.name,
                                owner.id);
        }
        for (const Pipeline& pipeline : workspace->pipelines().pipelines()) {
            m_pipeline->addItem(pipeline.name, pipeline.id);
        }
    } else {
        const QString why = tr("Open a workspace to choose.");
        for (QComboBox* combo : {m_identity, m_pipeline}) {
            combo->setEnabled(false);
            combo->setToolTip(why);
        }
    }
    m_identity->setToolTip(workspace ? tr("Which owner you are: \"My deals\" and your goals follow it.")
                                     : m_identity->toolTip());
    form->addRow(tr("&I am:"), m_identity);
    form->addRow(tr("Default &pipeline:"), m_pipeline);
    return group;
}

QWidget* PreferencesDialog::buildBackupGroup()
{
    auto* group = new QGroupBox(tr("Automatic backups"), this);
    auto* form = new QFormLayout(group);
    m_backupFolder = new QLineEdit(group);
    m_backupFolder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_backupFolder->setPlaceholderText(tr("Default folder"));
    auto* browse = new QPushButton(tr("&Browse…"), group);
    browse->setObjectName(QStringLiteral("backupBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseBackupFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    m_backupKeep = new QSpinBox(group);
    m_backupKeep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_backupKeep->setRange(1, kMaxBackups);
    form->addRow(tr("Back&up folder:"), folderRow);
    form->addRow(tr("&Keep the last:"), m_backupKeep);
    return group;
}

void PreferencesDialog::load()
{
    selectData(m_language, m_settings.value(Settings::Key::Language));
    selectData(m_theme, m_settings.value(Settings::Key::Theme));
    m_currency->setCurrentText(m_settings.value(Settings::Key::DefaultCurrency).toString());
    selectData(m_fiscalYearStart, m_settings.value(Settings::Key::FiscalYearStartMonth).toInt());
    selectData(m_weekStart, m_settings.value(Settings::Key::WeekStartDay).toInt());
    selectData(m_identity, m_settings.value(Settings::Key::MyOwnerId).toString());
    selectData(m_pipeline, m_settings.value(Settings::Key::DefaultPipelineId).toString());
    m_backupFolder->setText(QDir::toNativeSeparators(m_settings.value(Settings::Key::BackupFolder).toString()));
    m_backupKeep->setValue(m_settings.value(Settings::Key::BackupKeep).toInt());
}

void PreferencesDialog::apply()
{
    const QString previousTheme = m_settings.value(Settings::Key::Theme).toString();
    m_settings.set(Settings::Key::Language, m_language->currentData());
    m_settings.set(Settings::Key::Theme, m_theme->currentData());
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (currency.size() == 3) {
        m_settings.set(Settings::Key::DefaultCurrency, currency);
    }
    m_settings.set(Settings::Key::FiscalYearStartMonth, m_fiscalYearStart->currentData());
    m_settings.set(Settings::Key::WeekStartDay, m_weekStart->currentData());
    if (m_identity->isEnabled()) {
        m_settings.set(Settings::Key::MyOwnerId, m_identity->currentData());
        m_settings.set(Settings::Key::DefaultPipelineId, m_pipeline->currentData());
    }
    m_settings.set(Settings::Key::BackupFolder, QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    m_settings.set(Settings::Key::BackupKeep, m_backupKeep->value());
    const QString theme = m_theme->currentData().toString();
    if (theme != previousTheme) {
        Theme::apply(theme);
    }
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

void PreferencesDialog::chooseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_backupFolder->text());
    if (!folder.isEmpty()) {
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
    }
}

void PreferencesDialog::updateRestartNote()
{
    QStringList notes;
    if (m_language->currentData() != m_settings.value(Settings::Key::Language)) {
        notes << tr("The language changes when Dealbench is started again.");
    }
    if (m_theme->currentData().toString() == QLatin1String("system") &&
        m_settings.value(Settings::Key::Theme).toString() != QLatin1String("system")) {
        notes << tr("The system theme comes back when Dealbench is started again.");
    }
    m_restartNote->setText(notes.join(u' '));
    m_restartNote->setVisible(!notes.isEmpty());
}
