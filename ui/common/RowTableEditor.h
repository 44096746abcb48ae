// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QPushButton;
class QTableView;

// An editable table of one sheet section with Add and Remove buttons. Keyboard: Insert or
// Ctrl+Shift+N adds a row, Delete removes the current one (while the table has focus);
// F2 or typing edits a cell.
class RowTableEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTableEditor)
public:
    // `name` prefixes the object names: name + "Table", "AddButton", "RemoveButton".
    RowTableEditor(const QString& name, QAbstractItemModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    void setAddHandler(std::function<void()> add) { m_add = std::move(add); }
    void setRemoveHandler(std::function<void(int row)> remove) { m_remove = std::move(remove); }
    void setEditable(bool editable);
    // Selects and shows `row` (after an add, the new row).
    void focusRow(int row, int column = 0);

private:
    void removeCurrent();

    QTableView* m_view = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    std::function<void()> m_add;
    std::function<void(int)> m_remove;
};
