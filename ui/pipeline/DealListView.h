// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CardListView.h"

/**
 * The card list of one board column. It starts drags (a picture of the card) and turns
 * keys into board requests: arrows select, Left/Right go to the next column, Ctrl+Left/Right
 * move the deal one stage, Enter opens it; the context menu (mouse or Menu key) opens the deal
 * or plans a visit. Drops are taken by the column around it, so a
 * folded column (no list visible) is a drop target too.
 */
class DealListView final : public CardListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealListView)
public:
    explicit DealListView(QWidget* parent = nullptr);

    QString currentDealId() const;
    // Selects and shows the deal's card; false when the card is not loaded in this column.
    bool selectDeal(const QString& dealId);

signals:
    void moveRequested(const QString& dealId, int direction); // -1 previous stage, +1 next
    void neighbourRequested(int direction, int row);          // focus the column on that side
    void openRequested(const QString& dealId);
    void planVisitRequested(const QString& dealId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    // Keeps one to two pages loaded below the last card shown (StageColumnModel::prefetch),
    // so a flick down a long column does not stop at the end of the loaded rows to read.
    void prefetchNearEnd();
};
