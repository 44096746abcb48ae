// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Contact.h"
#include "core/domain/StrategySheet.h"
#include "ui/common/RowTableModel.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

template <typename Doc>
class FormBinding;
class BuyingCentreMap;
class QLabel;
class QPushButton;
class SheetPages;
class QUndoStack;
class RowTableEditor;
class Workspace;

// The strategy sheet of one deal (销售策略表, DOMAIN.md §3) with every section, its warnings
// and the buying-centre picture. Without a sheet it offers to start one. Every edit is one
// undo command; the sheet follows WorkspaceEvents::strategySheetsChanged.
// Embedding (the deal editor's Strategy tab): new StrategySheetWidget(workspace, undoStack,
// dealId) — or setWorkspace() then setDeal() when the deal changes.
class StrategySheetWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategySheetWidget)
public:
    explicit StrategySheetWidget(QWidget* parent = nullptr);
    StrategySheetWidget(Workspace* workspace, QUndoStack* undoStack, const QString& dealId, QWidget* parent = nullptr);
    ~StrategySheetWidget() override;

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    void setDeal(const QString& dealId);
    QString dealId() const { return m_dealId; }
    bool hasSheet() const { return m_sheet.has_value(); }
    const std::optional<StrategySheet>& sheet() const { return m_sheet; }

    // Starts a sheet for the deal (the button of the empty state); undoable.
    void createSheet();
    void removeSheet();

signals:
    void sheetChanged(const QString& dealId);

private:
    void build();
    QWidget* buildSheetPage();
    template <typename Row>
    RowTableEditor* table(const QString& name,
                          QList<Row> StrategySheet::*list,
                          QList<RowColumn<Row>> columns,
                          std::function<Row()> blank,
                          const QString& what);
    void reload();
    void commit(const StrategySheet& after, const QString& what);

    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QString m_dealId;
    std::optional<StrategySheet> m_sheet;
    std::unique_ptr<FormBinding<StrategySheet>> m_binding;
    std::shared_ptr<QList<Contact>> m_contacts;
    QList<std::function<void()>> m_tableRefreshers;
    SheetPages* m_pages = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_warnings = nullptr;
    BuyingCentreMap* m_map = nullptr;
    QWidget* m_sheetBody = nullptr;
};
