// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhitespaceModel.h"

#include "core/util/Ids.h"
#include "ui/common/CellEditor.h"
#include "ui/common/Colors.h"

#include <QGuiApplication>
#include <QPalette>

namespace {
QColor stateColor(WhitespaceState state)
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    switch (state) {
    case WhitespaceState::Using:
        return Colors::mix(base, QColor(40, 150, 70), 0.35);
    case WhitespaceState::Opportunity:
        return Colors::mix(base, QColor(230, 160, 30), 0.35);
    case WhitespaceState::NotAFit:
        return Colors::mix(base, QColor(128, 128, 128), 0.25);
    case WhitespaceState::NotAssessed:
        break;
    }
    return {};
}
} // namespace

WhitespaceModel::WhitespaceModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_ids([] { return Ids::newId(); })
{}

void WhitespaceModel::setPlan(const AccountPlan& plan, const QList<Product>& products)
{
    if (plan.departments.size() == m_plan.departments.size() && products == m_products) {
        m_plan = plan;
        if (rowCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
        return;
    }
    beginResetModel();
    m_plan = plan;
    m_products = products;
    endResetModel();
}

int WhitespaceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.departments.size());
}

int WhitespaceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size()) + 1;
}

Qt::ItemFlags WhitespaceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() && m_edit ? flags | Qt::ItemIsEditable : flags;
}

QVariant WhitespaceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const AccountDepartment& department = m_plan.departments[index.row()];
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case CellRole::Sort:
            return department.name;
        case CellRole::Editor:
            return static_cast<int>(CellEditor::Text);
        default:
            return {};
        }
    }
    const WhitespaceState state = m_plan.cell(department.id, m_products[index.column() - 1].id);
    switch (role) {
    case Qt::DisplayRole:
        return state == WhitespaceState::NotAssessed ? tr("·") : whitespaceStateDisplayName(state);
    case Qt::EditRole:
    case CellRole::Sort:
        return static_cast<int>(state);
    case Qt::BackgroundRole: {
        const QColor color = stateColor(state);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case CellRole::Editor:
        return static_cast<int>(CellEditor::Choice);
    case CellRole::Choices: {
        QList<CellChoice> choices;
        for (WhitespaceState s : allWhitespaceStates()) {
            choices.append({static_cast<int>(s),
                            s == WhitespaceState::NotAssessed ? tr("Not assessed") : whitespaceStateDisplayName(s)});
        }
        return choicesValue(choices);
    }
    default:
        return {};
    }
}

bool WhitespaceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || !m_edit) {
        return false;
    }
    AccountPlan after = m_plan;
    AccountDepartment& department = after.departments[index.row()];
    QString what;
    if (index.column() == 0) {
        department.name = value.toString().trimmed();
        what = tr("Rename a department");
    } else {
        after.setCell(
            department.id, m_products[index.column() - 1].id, static_cast<WhitespaceState>(value.toInt()), m_ids());
        what = tr("Mark the whitespace");
    }
    if (after == m_plan) {
        return false;
    }
    m_edit(after, what);
    return true;
}

QVariant WhitespaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == 0 ? tr("Department") : m_products.value(section - 1).name;
}
