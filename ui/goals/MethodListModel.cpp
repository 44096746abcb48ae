// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodListModel.h"

#include <QMimeData>

namespace {
const QString kMimeType = QStringLiteral("application/x-dealbench-v2mom-method-row");
}

MethodListModel::MethodListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void MethodListModel::setMethods(const QList<V2momMethod>& methods,
                                 const QList<V2momMethod>& managerMethods,
                                 const QHash<QString, V2momRepository::MethodRef>& refs)
{
    QHash<QString, QString> titles;
    for (const V2momMethod& method : managerMethods) {
        titles.insert(method.id, method.title);
    }
    bool sameRows = methods.size() == m_methods.size();
    for (qsizetype i = 0; sameRows && i < methods.size(); ++i) {
        sameRows = methods[i].id == m_methods[i].id;
    }
    if (sameRows) {
        m_methods = methods;
        m_managerTitles = titles;
        m_refs = refs;
        if (!m_methods.isEmpty()) {
            emit dataChanged(index(0), index(rowCount() - 1));
        }
        return;
    }
    beginResetModel();
    m_methods = methods;
    m_managerTitles = titles;
    m_refs = refs;
    endResetModel();
}

int MethodListModel::rowOf(const QString& methodId) const
{
    for (qsizetype i = 0; i < m_methods.size(); ++i) {
        if (m_methods[i].id == methodId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

MethodListModel::Link MethodListModel::linkOf(int row) const
{
    const QString parent = m_methods.value(row).parentMethodId;
    if (parent.isEmpty()) {
        return Link::None;
    }
    if (m_managerTitles.contains(parent)) {
        return Link::Aligned;
    }
    const auto ref = m_refs.constFind(parent);
    return ref == m_refs.cend() || ref->removed ? Link::Removed : Link::Elsewhere;
}

QString MethodListModel::linkTitle(int row) const
{
    const QString parent = m_methods.value(row).parentMethodId;
    if (m_managerTitles.contains(parent)) {
        return m_managerTitles.value(parent);
    }
    return m_refs.value(parent).title;
}

int MethodListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_methods.size());
}

QVariant MethodListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const int row = index.row();
    const V2momMethod& method = m_methods[row];
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = method.title.trimmed().isEmpty() ? tr("(untitled method)") : method.title.trimmed();
        QString text = tr("%1. %2").arg(row + 1).arg(title);
        switch (linkOf(row)) {
        case Link::None:
            break;
        case Link::Aligned:
            text += QStringLiteral("  →  ") + linkTitle(row);
            break;
        case Link::Removed:
            text += QStringLiteral("  ⚠ ") + tr("linked method was removed");
            break;
        case Link::Elsewhere:
            text += QStringLiteral("  ⚠ ") + tr("linked to another sheet");
            break;
        }
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip = method.description;
        if (linkOf(row) == Link::Removed) {
            const QString title = linkTitle(row);
            tip +=
                (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                (title.isEmpty() ? tr("The manager's method this one supported was removed.")
                                 : tr("The manager's method \"%1\" that this one supported was removed.").arg(title));
        }
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case IdRole:
        return method.id;
    case LinkRole:
        return static_cast<int>(linkOf(row));
    case LinkTitleRole:
        return linkTitle(row);
    default:
        return {};
    }
}

Qt::ItemFlags MethodListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled; // drops go between rows, never onto one
    }
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

Qt::DropActions MethodListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions MethodListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList MethodListModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* MethodListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid()) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(kMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool MethodListModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return data && action == Qt::MoveAction && data->hasFormat(kMimeType);
}

bool MethodListModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    bool ok = false;
    const int from = data->data(kMimeType).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount()) {
        return false;
    }
    int before = parent.isValid() ? parent.row() : row; // the row the method is dropped in front of
    if (before < 0 || before > rowCount()) {
        before = rowCount();
    }
    const int to = before > from ? before - 1 : before;
    if (to == from || !m_move) {
        return false;
    }
    m_move(from, to);
    return false; // nothing for the view to remove: the store reorders and the model follows
}
