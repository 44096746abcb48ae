// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CellEditor.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>

#include <functional>

// One column of a RowTableModel: how a row shows and edits one of its fields.
template <typename Row>
struct RowColumn
{
    QString header;
    CellEditor editor = CellEditor::Text;
    // The raw value: QString, a choice's value, QDate, int/double, bool (Check); QVariant() = unset.
    std::function<QVariant(const Row&)> value;
    // Null: the column is read-only.
    std::function<void(Row&, const QVariant&)> setValue = {};
    // Display text; by default the choice's label, the date in short format, or the value.
    std::function<QString(const Row&)> display = {};
    QList<CellChoice> choices = {};
    // Choices that change with the data shown (the account's contacts); wins over `choices`.
    std::function<QList<CellChoice>()> choicesNow = {};
    double minimum = 0;
    double maximum = 0;
    QString toolTip = {};
};

// A table over a list of rows of one sheet section (stakeholders, actions ...). The model
// never changes its rows itself: an edit builds the changed row and hands it to the edit
// handler, which pushes an undo command; the owner then calls setRows() with the stored
// rows. Header-only because it is a template over the row type (no Q_OBJECT needed: it
// declares no signals or slots of its own).
template <typename Row>
class RowTableModel final : public QAbstractTableModel
{
public:
    using EditHandler = std::function<void(int row, const Row& after)>;

    explicit RowTableModel(QList<RowColumn<Row>> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {}

    void setEditHandler(EditHandler handler) { m_edit = std::move(handler); }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    const QList<Row>& rows() const { return m_rows; }

    void setRows(const QList<Row>& rows)
    {
        if (rows.size() == m_rows.size()) {
            m_rows = rows;
            if (!m_rows.isEmpty()) {
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            }
            return;
        }
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size()) {
            return m_columns[section].header;
        }
        if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < m_columns.size() &&
            !m_columns[section].toolTip.isEmpty()) {
            return m_columns[section].toolTip;
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (!index.isValid()) {
            return flags;
        }
        const RowColumn<Row>& column = m_columns[index.column()];
        if (m_readOnly || !column.setValue) {
            return flags;
        }
        return flags | (column.editor == CellEditor::Check ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
            return {};
        }
        const RowColumn<Row>& column = m_columns[index.column()];
        const Row& row = m_rows[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return column.editor == CellEditor::Check ? QVariant() : QVariant(displayText(column, row));
        case Qt::ToolTipRole: {
            const QString text = displayText(column, row);
            return text.size() > 40 ? QVariant(text) : QVariant();
        }
        case Qt::EditRole:
        case CellRole::Sort:
            return column.value(row);
        case Qt::CheckStateRole:
            if (column.editor == CellEditor::Check) {
                return column.value(row).toBool() ? Qt::Checked : Qt::Unchecked;
            }
            return {};
        case CellRole::Editor:
            return static_cast<int>(column.editor);
        case CellRole::Choices:
            return choicesValue(choicesOf(column));
        case CellRole::Minimum:
            return column.minimum;
        case CellRole::Maximum:
            return column.maximum;
        default:
            return {};
        }
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
            !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable))) {
            return false;
        }
        const RowColumn<Row>& column = m_columns[index.column()];
        QVariant stored = value;
        if (role == Qt::CheckStateRole) {
            stored = value.toInt() == Qt::Checked;
        } else if (role != Qt::EditRole) {
            return false;
        }
        Row after = m_rows[index.row()];
        column.setValue(after, stored);
        if (after == m_rows[index.row()] || !m_edit) {
            return false;
        }
        m_edit(index.row(), after);
        return true;
    }

private:
    static QList<CellChoice> choicesOf(const RowColumn<Row>& column)
    {
        return column.choicesNow ? column.choicesNow() : column.choices;
    }

    static QString displayText(const RowColumn<Row>& column, const Row& row)
    {
        if (column.display) {
            return column.display(row);
        }
        const QVariant value = column.value(row);
        if (column.editor == CellEditor::Choice) {
            for (const CellChoice& choice : choicesOf(column)) {
                if (choice.value == value) {
                    return choice.label;
                }
            }
            return {};
        }
        if (value.typeId() == QMetaType::QDate) {
            return QLocale().toString(value.toDate(), QLocale::ShortFormat);
        }
        if (value.typeId() == QMetaType::Double) {
            return QLocale().toString(value.toDouble(), 'f', 1);
        }
        return value.toString();
    }

    QList<RowColumn<Row>> m_columns;
    QList<Row> m_rows;
    EditHandler m_edit;
    bool m_readOnly = false;
};
