// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeIssueModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

MergeIssueModel::MergeIssueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MergeIssueModel::clear()
{
    beginResetModel();
    m_issues.clear();
    endResetModel();
}

void MergeIssueModel::append(const QString& source, const QList<MergeIssue>& issues)
{
    if (issues.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_issues.size()), int(m_issues.size() + issues.size()) - 1);
    for (const MergeIssue& issue : issues) {
        m_issues.append({source, issue});
    }
    endInsertRows();
}

int MergeIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int MergeIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MergeIssueModel::summary(const QString& lostValues)
{
    const QJsonObject values = QJsonDocument::fromJson(lostValues.toUtf8()).object();
    QStringList parts;
    for (const char* key : {"name", "amount_minor", "currency", "expected_close_date", "updated_at"}) {
        const QJsonValue value = values.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull()) {
            parts << QStringLiteral("%1: %2").arg(QLatin1String(key), value.toVariant().toString());
        }
    }
    return parts.join(QStringLiteral(", "));
}

QVariant MergeIssueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const auto& [source, issue] = m_issues.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Lost) {
        return issue.lostValues;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Source:
        return source;
    case Kind:
        if (issue.kind == MergeIssue::Kind::Rejected) {
            return tr("Left out");
        }
        return issue.winner == MergeIssue::Winner::Source ? tr("Conflict: their version kept")
                                                          : tr("Conflict: ours kept");
    case Table:
        return issue.table;
    case Row:
        return issue.rowKey;
    case Reason:
        return issue.reason;
    case Lost:
        return summary(issue.lostValues);
    default:
        return {};
    }
}

QVariant MergeIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Source:
        return tr("File");
    case Kind:
        return tr("What");
    case Table:
        return tr("Table");
    case Row:
        return tr("Row");
    case Reason:
        return tr("Reason");
    case Lost:
        return tr("Version not kept");
    default:
        return {};
    }
}
