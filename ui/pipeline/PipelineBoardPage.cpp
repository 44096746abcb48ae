// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineBoardPage.h"

#include "BoardFilterBar.h"
#include "BoardFormat.h"
#include "BoardSettings.h"
#include "DealCardDelegate.h"
#include "DealEditorDialog.h"
#include "EditDealCommand.h"
#include "LostReasonDialog.h"
#include "MoveDealCommand.h"
#include "PipelineBoard.h"
#include "PipelineBoardView.h"
#include "PipelineEditorDialog.h"
#include "WonDialog.h"

#include "core/domain/DefaultPipeline.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/MessageBox.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/tables/BehaviourActions.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

PipelineBoardPage::PipelineBoardPage(QWidget* parent)
    : QWidget(parent)
    , m_board(new PipelineBoard(this))
    , m_pipelineBox(new QComboBox(this))
    , m_filterBar(new BoardFilterBar(this))
    , m_view(new PipelineBoardView(this))
    , m_error(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("pipelineBoardPage"));
    m_pipelineBox->setObjectName(QStringLiteral("boardPipeline"));
    m_pipelineBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineBox->setToolTip(tr("Pipeline"));
    auto* editPipelines = new QToolButton(this);
    editPipelines->setObjectName(QStringLiteral("editPipelines"));
    editPipelines->setText(tr("Stages\u2026"));
    editPipelines->setToolTip(tr("Edit pipelines and stages"));
    auto* newDealButton = new QPushButton(tr("New deal"), this);
    newDealButton->setObjectName(QStringLiteral("newDeal"));
    newDealButton->setDefault(false);
    newDealButton->setAutoDefault(false);
    newDealButton->setToolTip(
        tr("New deal (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    // The one filled button of the page: creating a deal is the main action here.
    newDealButton->setStyleSheet(
        QStringLiteral("QPushButton { background: palette(highlight); color: palette(highlighted-text); border: none;"
                       " border-radius: 5px; padding: 5px 14px; font-weight: 600; }"
                       "QPushButton:hover { background: palette(dark); }"));
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_error->setObjectName(QStringLiteral("boardError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    // Row 1: which pipeline and what it is worth, the main action. Row 2: filters.
    auto* top = new QHBoxLayout;
    top->setContentsMargins(12, 10, 12, 0);
    top->setSpacing(8);
    top->addWidget(m_pipelineBox);
    top->addWidget(editPipelines);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(newDealButton);
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(12, 0, 12, 0);
    filters->addWidget(m_filterBar, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    auto* newDealAction = new QAction(tr("New deal"), this);
    newDealAction->setShortcut(QKeySequence::New);
    newDealAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newDealAction);
    connect(newDealAction, &QAction::triggered, this, &PipelineBoardPage::newDeal);
    connect(newDealButton, &QPushButton::clicked, this, &PipelineBoardPage::newDeal);
    connect(editPipelines, &QToolButton::clicked, this, &PipelineBoardPage::editPipelines);
    connect(m_pipelineBox, &QComboBox::activated, this, [this](int index) {
        showPipeline(m_pipelineBox->itemData(index).toString());
    });
    connect(m_filterBar, &BoardFilterBar::filterChanged, this, &PipelineBoardPage::applyFilter);
    // The names for the type-ahead are read when the rep enters the search field, not on the
    // first keystroke (and not when the board opens, which must stay fast).
    connect(m_filterBar, &BoardFilterBar::searchFocused, m_board, &PipelineBoard::prepareSearch);
    connect(m_view, &PipelineBoardView::moveRequested, this, &PipelineBoardPage::moveDeal);
    connect(m_view, &PipelineBoardView::openRequested, this, &PipelineBoardPage::openDeal);
    connect(m_view, &PipelineBoardView::planVisitRequested, this, &PipelineBoardPage::planVisit);
    connect(m_view, &PipelineBoardView::foldedStagesChanged, this, [this](const QStringList& folded) {
        BoardSettings::setFoldedStages(settings(), m_board->pipeline().id, folded);
    });
    connect(m_board, &PipelineBoard::errorOccurred, this, &PipelineBoardPage::showError);
    connect(m_board, &PipelineBoard::totalsChanged, this, &PipelineBoardPage::updateSummary);
    m_view->setBoard(m_board); // first: the view rebuilds its columns before the folds are applied
    connect(m_board, &PipelineBoard::columnsReset, this, [this] {
        const Pipeline& pipeline = m_board->pipeline();
        QStringList closed;
        for (const Stage& stage : pipeline.stages) {
            if (!stage.isOpen()) {
                closed.append(stage.id);
            }
        }
        m_view->setFoldedStages(BoardSettings::foldedStages(settings(), pipeline.id, closed));
        loadPipelines();
    });
}

PipelineBoardPage* PipelineBoardPage::install(MainWindow& window)
{
    auto* page = new PipelineBoardPage(&window);
    window.setAreaWidget(Area::Pipeline, page);
    auto follow = [page, &window](Workspace* workspace) {
        page->setUndoStack(window.undoStack());
        page->setWorkspace(workspace);
    };
    connect(&window, &MainWindow::workspaceChanged, page, follow);
    follow(window.workspace());
    return page;
}

PipelineBoardPage::~PipelineBoardPage()
{
    m_board->setWorkspace(nullptr);
}

Settings& PipelineBoardPage::settings() const
{
    return m_settings ? *m_settings : Settings::instance();
}

void PipelineBoardPage::setSettings(Settings* settings)
{
    m_settings = settings;
}

QString PipelineBoardPage::myOwnerId() const
{
    return settings().value(Settings::Key::MyOwnerId).toString();
}

void PipelineBoardPage::setMovePrompt(MovePrompt prompt)
{
    m_prompt = std::move(prompt);
}

void PipelineBoardPage::setUndoStack(QUndoStack* stack)
{
    m_undoStack = stack;
}

void PipelineBoardPage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_error->setVisible(false);
    if (!workspace) {
        m_board->setWorkspace(nullptr);
        m_pipelineBox->clear();
        return;
    }
    m_board->setFiscalYearStartMonth(settings().value(Settings::Key::FiscalYearStartMonth).toInt());
    m_view->delegate()->setToday(workspace->clock().today());
    loadOwners();
    const BoardFilter stored = BoardSettings::filter(settings(), workspace->path());
    m_filterBar->setFilter(stored);
    BoardFilter effective = stored;
    if (effective.ownerId == QLatin1String(BoardSettings::meOwner)) {
        effective.ownerId = myOwnerId();
    }
    // The filter first, then the workspace: the board reads once, already filtered.
    m_board->setWorkspace(nullptr);
    m_board->setFilter(effective);
    m_board->setWorkspace(workspace, BoardSettings::pipeline(settings(), workspace->path()));
    connect(&workspace->events(),
            &WorkspaceEvents::ownersChanged,
            this,
            &PipelineBoardPage::loadOwners,
            Qt::UniqueConnection);
}

void PipelineBoardPage::loadOwners()
{
    if (!m_workspace) {
        return;
    }
    try {
        m_filterBar->setOwners(m_workspace->owners().owners(), myOwnerId());
    } catch (const StorageError& error) {
        showError(error.message());
    }
}

void PipelineBoardPage::loadPipelines()
{
    m_pipelineBox->clear();
    if (!m_workspace) {
        return;
    }
    try {
        for (const Pipeline& pipeline : m_workspace->pipelines().pipelines()) {
            m_pipelineBox->addItem(DefaultPipeline::displayName(pipeline.id, pipeline.name), pipeline.id);
        }
    } catch (const StorageError& error) {
        showError(error.message());
    }
    m_pipelineBox->setCurrentIndex(std::max(0, m_pipelineBox->findData(m_board->pipeline().id)));
}

void PipelineBoardPage::showPipeline(const QString& pipelineId)
{
    if (!m_workspace || pipelineId == m_board->pipeline().id) {
        return;
    }
    m_board->setPipeline(pipelineId);
    BoardSettings::setPipeline(settings(), m_workspace->path(), m_board->pipeline().id);
}

void PipelineBoardPage::applyFilter(const BoardFilter& shown)
{
    if (m_workspace) {
        BoardSettings::setFilter(settings(), m_workspace->path(), shown);
    }
    BoardFilter effective = shown;
    if (effective.ownerId == QLatin1String(BoardSettings::meOwner)) {
        effective.ownerId = myOwnerId();
    }
    m_board->setFilter(effective);
}

void PipelineBoardPage::updateSummary()
{
    // The open pipeline at a glance, in the base currency, as the filter shows it.
    qint64 deals = 0;
    qint64 total = 0;
    qint64 weighted = 0;
    qint64 unconvertible = 0;
    for (const Stage& stage : m_board->pipeline().openStages()) {
        const StageTotals totals = m_board->totals(stage.id);
        deals += totals.count;
        total += totals.totalMinor;
        weighted += totals.weightedMinor;
        unconvertible += totals.unconvertibleCount;
    }
    const QString currency = m_board->baseCurrency();
    QString text = tr("Open deals <b>%1</b> \u00B7 <b>%2</b> \u00B7 %3 weighted")
                       .arg(QLocale().toString(deals),
                            BoardFormat::wholeMoney(total, currency),
                            BoardFormat::wholeMoney(weighted, currency));
    if (unconvertible > 0) {
        text += QStringLiteral(" \u00B7 ") +
                tr("%n deal(s) without an exchange rate left out", nullptr, static_cast<int>(unconvertible));
    }
    m_summary->setText(currency.isEmpty() ? QString() : text);
}

void PipelineBoardPage::showError(const QString& message)
{
    m_error->setText(QStringLiteral("\u26A0 ") + message);
    m_error->setVisible(!message.isEmpty());
}

void PipelineBoardPage::pushCommand(QUndoCommand* command)
{
    if (m_undoStack) {
        m_undoStack->push(command); // the edit ran already; the first redo does nothing
    } else {
        delete command; // no undo stack: the edit stands, without undo
    }
}

std::optional<MoveDetails> PipelineBoardPage::promptWithDialogs(const Deal& deal, const Stage& target)
{
    if (target.kind == StageKind::Won) {
        WonDialog dialog(deal, m_workspace->clock().today(), this);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.details();
    }
    LostReasonDialog dialog(deal.name, this);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.details();
}

void PipelineBoardPage::moveDeal(const QString& dealId, const QString& stageId)
{
    if (!m_workspace) {
        return;
    }
    const Stage* target = m_board->pipeline().stage(stageId);
    if (!target) {
        return;
    }
    try {
        const std::optional<Deal> deal = m_workspace->deals().deal(dealId);
        if (!deal || deal->stageId == stageId) {
            return;
        }
        MoveDetails details;
        if (!target->isOpen()) {
            const std::optional<MoveDetails> answer =
                m_prompt ? m_prompt(*deal, *target) : promptWithDialogs(*deal, *target);
            if (!answer) {
                return; // cancelled: the card stays where it was
            }
            details = *answer;
        }
        pushCommand(MoveDealCommand::run(*m_workspace, dealId, stageId, details).release());
        m_view->selectDeal(dealId);
    } catch (const StorageError& error) {
        MessageBox::warning(this, tr("Move deal"), error.message());
    }
}

void PipelineBoardPage::openDeal(const QString& dealId)
{
    if (!m_workspace || dealId.isEmpty()) {
        return;
    }
    std::optional<Deal> deal;
    try {
        deal = m_workspace->deals().deal(dealId);
    } catch (const StorageError& error) {
        showError(error.message());
    }
    if (!deal) {
        return;
    }
    auto* dialog = new DealEditorDialog(*m_workspace, *deal, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUndoStack(m_undoStack);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        try {
            if (auto command = EditDealCommand::run(*m_workspace, dialog->deal(), dialog->contactsEdit())) {
                pushCommand(command.release());
            }
        } catch (const StorageError& error) {
            MessageBox::warning(this, tr("Save deal"), error.message());
        }
    });
    dialog->open();
}

void PipelineBoardPage::planVisit(const QString& dealId)
{
    if (!m_workspace || !m_undoStack) {
        return;
    }
    try {
        BehaviourActions::planVisit(*m_workspace, *m_undoStack, dealId);
    } catch (const StorageError& error) {
        MessageBox::warning(this, tr("Plan a visit"), error.message());
    }
}

void PipelineBoardPage::newDeal()
{
    if (!m_workspace) {
        return;
    }
    const QList<Stage> open = m_board->pipeline().openStages();
    if (open.isEmpty()) {
        return;
    }
    Deal draft;
    draft.pipelineId = m_board->pipeline().id;
    draft.stageId = open.first().id;
    draft.ownerId = myOwnerId();
    const QDate today = m_workspace->clock().today();
    const QDate nextMonth = today.addMonths(1);
    draft.expectedCloseDate = QDate(nextMonth.year(), nextMonth.month(), nextMonth.daysInMonth());
    draft.forecastCategory = open.first().forecastCategory;
    try {
        draft.amount = Money{0, m_workspace->meta().baseCurrency()};
    } catch (const StorageError&) {
        draft.amount = Money{0, QStringLiteral("USD")};
    }
    auto* dialog = new DealEditorDialog(*m_workspace, draft, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        try {
            auto command = EditDealCommand::create(*m_workspace, dialog->deal(), dialog->contactsEdit());
            const QString id = command->edit().created->id;
            pushCommand(command.release());
            m_view->selectDeal(id);
        } catch (const StorageError& error) {
            MessageBox::warning(this, tr("New deal"), error.message());
        }
    });
    dialog->open();
}

void PipelineBoardPage::editPipelines()
{
    if (!m_workspace) {
        return;
    }
    auto* dialog = new PipelineEditorDialog(*m_workspace, m_board->pipeline().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
