// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BoardFilter.h"
#include "core/services/DealService.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class BoardFilterBar;
class MainWindow;
class PipelineBoard;
class PipelineBoardView;
class QComboBox;
class QLabel;
class QUndoCommand;
class QUndoStack;
class Settings;
struct Stage;
class Workspace;

/**
 * The Pipeline area: pipeline switcher, filter bar, "New deal" and the kanban. It turns the
 * view's requests into undoable commands: a move to Won asks for the final amount and close
 * date, a move to Lost for a reason; every move and edit is pushed on the undo stack it is
 * given. Filters and the chosen pipeline are remembered per workspace, folds per pipeline.
 */
class PipelineBoardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineBoardPage)
public:
    explicit PipelineBoardPage(QWidget* parent = nullptr);
    ~PipelineBoardPage() override;

    // Puts the page into the window's Pipeline area and follows the window's workspace and
    // undo stack.
    static PipelineBoardPage* install(MainWindow& window);

    // nullptr closes the board (before the workspace goes away).
    void setWorkspace(Workspace* workspace);
    void setUndoStack(QUndoStack* stack);
    // Settings used for MyOwnerId and what the board remembers; Settings::instance() by default.
    void setSettings(Settings* settings);

    // Asks for the details of a move to Won or Lost; nullopt cancels the move. The default
    // shows WonDialog / LostReasonDialog; tests put their answer here.
    using MovePrompt = std::function<std::optional<MoveDetails>(const Deal& deal, const Stage& target)>;
    void setMovePrompt(MovePrompt prompt);

    PipelineBoard* board() const { return m_board; }
    PipelineBoardView* view() const { return m_view; }
    BoardFilterBar* filterBar() const { return m_filterBar; }

public slots:
    void moveDeal(const QString& dealId, const QString& stageId);
    // Opens the deal editor (window-modal, not blocking); an accepted edit is one command.
    void openDeal(const QString& dealId);
    // A planned visit on the next working day (undoable); the card shows it as its next step.
    void planVisit(const QString& dealId);
    void newDeal();
    void editPipelines();
    void showPipeline(const QString& pipelineId);

private:
    std::optional<MoveDetails> promptWithDialogs(const Deal& deal, const Stage& target);
    void loadPipelines();
    void loadOwners();
    void applyFilter(const BoardFilter& shown);
    void showError(const QString& message);
    void updateSummary();
    Settings& settings() const;
    QString myOwnerId() const;
    void pushCommand(QUndoCommand* command);

    Workspace* m_workspace = nullptr;
    QPointer<QUndoStack> m_undoStack;
    Settings* m_settings = nullptr;
    MovePrompt m_prompt;
    PipelineBoard* m_board;
    QComboBox* m_pipelineBox;
    BoardFilterBar* m_filterBar;
    PipelineBoardView* m_view;
    QLabel* m_error;
    QLabel* m_summary;
};
