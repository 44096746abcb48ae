// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;
class StrategySheetListModel;
class StrategySheetWidget;
class Workspace;

// The Strategy area: every deal with a strategy sheet (progress, warnings), the selected
// deal's sheet beside it, and starting a sheet for one of the biggest open deals.
class StrategyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyPage)
public:
    explicit StrategyPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    void showDeal(const QString& dealId);

    StrategySheetListModel* listModel() const { return m_list; }
    QTableView* listView() const { return m_view; }
    StrategySheetWidget* sheet() const { return m_sheet; }
    QComboBox* newSheetDeals() const { return m_newDeal; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillNewSheetDeals();

    Workspace* m_workspace = nullptr;
    StrategySheetListModel* m_list = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    StrategySheetWidget* m_sheet = nullptr;
    QComboBox* m_newDeal = nullptr;
};
