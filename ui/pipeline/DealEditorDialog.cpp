// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealEditorDialog.h"

#include "BoardFormat.h"
#include "DealContactsEditor.h"

#include "core/domain/DefaultPipeline.h"
#include "core/domain/ForecastCategory.h"
#include "core/domain/Lead.h"
#include "core/services/DealValidation.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/tables/BehaviourActions.h"
#include "ui/tables/BehaviourText.h"
#include "ui/tables/StrategySheetWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
const QStringList& commonCurrencies()
{
    static const QStringList codes = {QStringLiteral("USD"),
                                      QStringLiteral("EUR"),
                                      QStringLiteral("GBP"),
                                      QStringLiteral("CNY"),
                                      QStringLiteral("JPY"),
                                      QStringLiteral("CHF"),
                                      QStringLiteral("CAD"),
                                      QStringLiteral("AUD"),
                                      QStringLiteral("INR"),
                                      QStringLiteral("SEK"),
                                      QStringLiteral("PLN"),
                                      QStringLiteral("SGD")};
    return codes;
}
} // namespace

DealEditorDialog::DealEditorDialog(Workspace& workspace, const Deal& deal, bool isNew, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(deal)
    , m_isNew(isNew)
{
    setObjectName(QStringLiteral("dealEditorDialog"));
    setWindowTitle(isNew ? tr("New deal") : tr("Deal \u201C%1\u201D").arg(deal.name));
    try {
        m_pipeline = workspace.pipelines().pipeline(deal.pipelineId).value_or(Pipeline{});
    } catch (const StorageError&) {
        m_pipeline = {};
    }
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildDealTab(), tr("Deal"));
    m_tabs->addTab(buildInteractionsTab(), tr("Interactions"));
    m_tabs->addTab(buildStrategyTab(), tr("Strategy"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dealEditorError"));
    m_error->setWordWrap(true);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Create deal") : tr("Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
    validate();
    resize(560, sizeHint().height());
    m_name->setFocus();
    m_name->selectAll();
}

QWidget* DealEditorDialog::buildDealTab()
{
    auto* page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("dealName"));
    m_name->setMaxLength(DealValidation::maxNameLength);
    m_account = new QLineEdit(page);
    m_account->setObjectName(QStringLiteral("dealAccount"));
    m_account->setPlaceholderText(tr("Type to find an account"));
    QStringList accountNames;
    try {
        for (const Account& account : m_workspace.accounts().accounts()) {
            m_accountIds.insert(account.name, account.id);
            accountNames.append(account.name);
        }
    } catch (const StorageError&) {
    }
    auto* completer = new QCompleter(new QStringListModel(accountNames, page), page);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_account->setCompleter(completer);
    m_contacts = new DealContactsEditor(m_workspace, m_isNew ? QString() : m_original.id, page);

    m_owner = new QComboBox(page);
    m_owner->setObjectName(QStringLiteral("dealOwner"));
    m_owner->addItem(tr("Nobody"), QString());
    try {
        for (const Owner& owner : m_workspace.owners().owners()) {
            m_owner->addItem(owner.name, owner.id);
        }
    } catch (const StorageError&) {
    }
    m_stage = new QComboBox(page);
    m_stage->setObjectName(QStringLiteral("dealStage"));
    for (const Stage& stage : m_pipeline.stages) {
        m_stage->addItem(DefaultPipeline::displayName(stage.id, stage.name), stage.id);
    }
    m_amount = new QDoubleSpinBox(page);
    m_amount->setObjectName(QStringLiteral("dealAmount"));
    m_amount->setGroupSeparatorShown(true);
    m_amount->setMaximum(1e13);
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("dealCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems(commonCurrencies());
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    auto* money = new QHBoxLayout;
    money->addWidget(m_amount, 1);
    money->addWidget(m_currency);
    m_closeDate = new QDateEdit(page);
    m_closeDate->setObjectName(QStringLiteral("dealCloseDate"));
    m_closeDate->setCalendarPopup(true);
    m_noCloseDate = new QCheckBox(tr("Not known yet"), page);
    m_noCloseDate->setObjectName(QStringLiteral("dealNoCloseDate"));
    auto* close = new QHBoxLayout;
    close->addWidget(m_closeDate, 1);
    close->addWidget(m_noCloseDate);
    m_forecast = new QComboBox(page);
    m_forecast->setObjectName(QStringLiteral("dealForecast"));
    for (ForecastCategory category : {ForecastCategory::Pipeline,
                                      ForecastCategory::BestCase,
                                      ForecastCategory::Commit,
                                      ForecastCategory::Closed,
                                      ForecastCategory::Omitted}) {
        m_forecast->addItem(forecastCategoryDisplayName(category), static_cast<int>(category));
    }
    m_source = new QComboBox(page);
    m_source->setObjectName(QStringLiteral("dealSource"));
    m_source->addItem(tr("Unknown"), QString());
    for (const QString& key : leadSourceKeys()) {
        m_source->addItem(leadSourceDisplayName(key), key);
    }

    m_lostBox = new QWidget(page);
    m_lostReason = new QComboBox(m_lostBox);
    m_lostReason->setObjectName(QStringLiteral("dealLostReason"));
    m_lostReason->addItem(tr("Choose a reason\u2026"), static_cast<int>(LostReason::None));
    for (LostReason reason : {LostReason::Price,
                              LostReason::Competitor,
                              LostReason::NoDecision,
                              LostReason::NoBudget,
                              LostReason::Timing,
                              LostReason::ProductFit,
                              LostReason::Other}) {
        m_lostReason->addItem(lostReasonDisplayName(reason), static_cast<int>(reason));
    }
    m_competitor = new QLineEdit(m_lostBox);
    m_competitor->setObjectName(QStringLiteral("dealCompetitor"));
    m_lostNote = new QPlainTextEdit(m_lostBox);
    m_lostNote->setFixedHeight(m_lostNote->fontMetrics().height() * 3 + 10);
    auto* lostForm = new QFormLayout(m_lostBox);
    lostForm->setContentsMargins(0, 0, 0, 0);
    lostForm->addRow(tr("Lost reason"), m_lostReason);
    lostForm->addRow(tr("Competitor"), m_competitor);
    lostForm->addRow(tr("Lost note"), m_lostNote);

    auto* form = new QFormLayout(page);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Account"), m_account);
    if (m_contacts) {
        form->addRow(tr("Contacts"), m_contacts);
        connect(m_account, &QLineEdit::textChanged, m_contacts, [this](const QString& text) {
            m_contacts->setAccount(m_accountIds.value(text.trimmed()));
        });
    }
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Stage"), m_stage);
    form->addRow(tr("Amount"), money);
    form->addRow(tr("Expected close"), close);
    form->addRow(tr("Forecast"), m_forecast);
    form->addRow(tr("Source"), m_source);
    form->addRow(m_lostBox);

    connect(m_name, &QLineEdit::textChanged, this, &DealEditorDialog::validate);
    connect(m_account, &QLineEdit::textChanged, this, &DealEditorDialog::validate);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        m_amount->setDecimals(Money::minorDigits(text.trimmed().toUpper()));
        validate();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        updateLostFields();
        validate();
    });
    connect(m_lostReason, &QComboBox::currentIndexChanged, this, &DealEditorDialog::validate);
    connect(m_noCloseDate, &QCheckBox::toggled, m_closeDate, &QWidget::setDisabled);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &DealEditorDialog::validate);
    return page;
}

QWidget* DealEditorDialog::buildInteractionsTab()
{
    auto* page = new QWidget(this);
    m_interactions = new QTreeWidget(page);
    m_interactions->setObjectName(QStringLiteral("dealInteractions"));
    m_interactions->setRootIsDecorated(false);
    m_interactions->setHeaderLabels({tr("When"), tr("Type"), tr("State"), tr("Objective")});
    m_interactions->header()->setStretchLastSection(true);
    m_planVisit = new QPushButton(tr("&Plan a visit"), page);
    m_planVisit->setObjectName(QStringLiteral("dealPlanVisit"));
    m_planVisit->setToolTip(tr("Add a planned visit to this deal's behaviour table (undoable)"));
    m_planVisit->setVisible(false); // until there is an undo stack to put the command on
    connect(m_planVisit, &QPushButton::clicked, this, &DealEditorDialog::planVisit);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_interactions);
    layout->addWidget(m_planVisit, 0, Qt::AlignLeft);
    reloadInteractions();
    return page;
}

void DealEditorDialog::reloadInteractions()
{
    m_interactions->clear();
    if (m_isNew) {
        return;
    }
    try {
        const QList<Interaction> interactions = m_workspace.interactions().forDeal(m_original.id);
        for (const Interaction& interaction : interactions) {
            auto* item = new QTreeWidgetItem(m_interactions);
            item->setText(0, QLocale().toString(interaction.scheduledAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(1, BehaviourText::type(interaction.type));
            item->setText(2, BehaviourText::appointment(interaction.appointmentState));
            item->setText(3, interaction.objectiveBest);
        }
    } catch (const StorageError&) {
    }
}

QWidget* DealEditorDialog::buildStrategyTab()
{
    m_strategyPage = new QWidget(this);
    auto* layout = new QVBoxLayout(m_strategyPage);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(m_isNew ? tr("Save the deal first; then its strategy sheet (buying centre, decision "
                                          "milestones, competition) can be started here.")
                                     : tr("The strategy sheet of this deal is edited in the Strategy area; its "
                                          "milestone progress shows on the deal's card."),
                             m_strategyPage);
    label->setObjectName(QStringLiteral("dealStrategyPlaceholder"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMargin(12);
    layout->addWidget(label);
    return m_strategyPage;
}

void DealEditorDialog::setUndoStack(QUndoStack* undoStack)
{
    m_undoStack = undoStack;
    if (!undoStack || m_isNew) {
        return;
    }
    m_planVisit->setVisible(true);
    if (m_strategyPage->findChild<StrategySheetWidget*>()) {
        return;
    }
    // The sheet is its own document: its edits go on the undo stack at once, whether or not
    // the deal's fields are saved with OK.
    delete m_strategyPage->findChild<QLabel*>(QStringLiteral("dealStrategyPlaceholder"));
    m_strategyPage->layout()->addWidget(
        new StrategySheetWidget(&m_workspace, undoStack, m_original.id, m_strategyPage));
    resize(std::max(width(), 820), std::max(height(), 640));
}

void DealEditorDialog::planVisit()
{
    if (!m_undoStack || m_isNew) {
        return;
    }
    try {
        BehaviourActions::planVisit(m_workspace, *m_undoStack, m_original.id);
    } catch (const StorageError& error) {
        m_error->setText(error.message());
        return;
    }
    reloadInteractions();
}

void DealEditorDialog::fill()
{
    m_name->setText(m_original.name);
    QString accountName;
    for (auto it = m_accountIds.cbegin(); it != m_accountIds.cend(); ++it) {
        if (it.value() == m_original.accountId) {
            accountName = it.key();
        }
    }
    m_account->setText(accountName);
    if (m_contacts) {
        m_contacts->setAccount(m_original.accountId);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_original.ownerId)));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(m_original.stageId)));
    m_currency->setCurrentText(m_original.amount.currency);
    m_amount->setDecimals(Money::minorDigits(m_original.amount.currency));
    m_amount->setValue(m_original.amount.majorUnits());
    m_noCloseDate->setChecked(!m_original.expectedCloseDate.isValid());
    m_closeDate->setDate(m_original.expectedCloseDate.isValid() ? m_original.expectedCloseDate : QDate::currentDate());
    m_closeDate->setDisabled(!m_original.expectedCloseDate.isValid());
    m_forecast->setCurrentIndex(std::max(0, m_forecast->findData(static_cast<int>(m_original.forecastCategory))));
    m_source->setCurrentIndex(std::max(0, m_source->findData(m_original.source)));
    m_lostReason->setCurrentIndex(std::max(0, m_lostReason->findData(static_cast<int>(m_original.lostReason))));
    m_competitor->setText(m_original.competitor);
    m_lostNote->setPlainText(m_original.lostNote);
    updateLostFields();
}

void DealEditorDialog::updateLostFields()
{
    const Stage* stage = m_pipeline.stage(m_stage->currentData().toString());
    m_lostBox->setVisible(stage && stage->kind == StageKind::Lost);
}

Deal DealEditorDialog::deal() const
{
    Deal deal = m_original;
    deal.name = m_name->text().trimmed();
    deal.accountId = m_accountIds.value(m_account->text().trimmed());
    deal.ownerId = m_owner->currentData().toString();
    deal.stageId = m_stage->currentData().toString();
    const QString currency = m_currency->currentText().trimmed().toUpper();
    deal.amount = Money::fromMajorUnits(m_amount->value(), currency);
    deal.expectedCloseDate = m_noCloseDate->isChecked() ? QDate() : m_closeDate->date();
    deal.forecastCategory = static_cast<ForecastCategory>(m_forecast->currentData().toInt());
    deal.source = m_source->currentData().toString();
    const Stage* stage = m_pipeline.stage(deal.stageId);
    if (stage && stage->kind == StageKind::Lost) {
        deal.lostReason = static_cast<LostReason>(m_lostReason->currentData().toInt());
        deal.competitor = m_competitor->text().trimmed();
        deal.lostNote = m_lostNote->toPlainText().trimmed();
    } else {
        deal.lostReason = LostReason::None;
        deal.competitor.clear();
        deal.lostNote.clear();
    }
    return deal;
}

DealContactsEdit DealEditorDialog::contactsEdit() const
{
    return m_contacts ? m_contacts->edit() : DealContactsEdit{};
}

void DealEditorDialog::validate()
{
    const QString accountName = m_account->text().trimmed();
    if (!accountName.isEmpty() && !m_accountIds.contains(accountName)) {
        m_problem = tr("There is no account named \u201C%1\u201D. Pick one from the list.").arg(accountName);
    } else {
        m_problem = DealValidation::check(deal(), m_pipeline.id.isEmpty() ? nullptr : &m_pipeline);
    }
    m_error->setText(m_problem);
    m_error->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}
