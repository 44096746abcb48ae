// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QScrollArea>

#include <vector>

class DealCardDelegate;
class PipelineBoard;
class QHBoxLayout;
class StageColumnWidget;

/**
 * The kanban: one StageColumnWidget per column of a PipelineBoard, side by side, scrolling
 * sideways when they do not fit. It turns drops and key presses into requests (move this
 * deal to that stage, open this deal); the page decides what happens (dialogs, undo).
 */
class PipelineBoardView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineBoardView)
public:
    explicit PipelineBoardView(QWidget* parent = nullptr);
    ~PipelineBoardView() override;

    void setBoard(PipelineBoard* board);
    DealCardDelegate* delegate() const { return m_delegate; }
    // Stage ids whose column is folded; columns not listed are open.
    void setFoldedStages(const QStringList& stageIds);
    QStringList foldedStages() const;
    StageColumnWidget* columnWidget(const QString& stageId) const;
    StageColumnWidget* columnWidget(int index) const;
    int columnCount() const { return static_cast<int>(m_columns.size()); }

    // The selected deal of the focused (or last focused) column.
    QString currentDealId() const;
    // Selects the deal in whichever column shows it and gives that column the focus.
    bool selectDeal(const QString& dealId);

signals:
    void moveRequested(const QString& dealId, const QString& stageId);
    void openRequested(const QString& dealId);
    void planVisitRequested(const QString& dealId);
    void foldedStagesChanged(const QStringList& stageIds);

private:
    void rebuild();
    void updateTotals();
    void focusNeighbour(int from, int direction, int row);
    void moveByKey(int from, const QString& dealId, int direction);

    QPointer<PipelineBoard> m_board;
    DealCardDelegate* m_delegate;
    QWidget* m_canvas;
    QHBoxLayout* m_layout;
    std::vector<StageColumnWidget*> m_columns;
    QStringList m_folded;
    int m_lastFocused = -1;
};
