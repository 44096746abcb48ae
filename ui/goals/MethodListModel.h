// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/V2mom.h"
#include "core/storage/V2momRepository.h"

#include <QAbstractListModel>
#include <QHash>

#include <functional>

// The methods of a sheet in priority order, each with the state of its link to the manager's
// sheet. Rows are dragged to change priority: a drop hands (from, to) to the move handler,
// which pushes an undo command; the model itself only changes through setMethods().
class MethodListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodListModel)
public:
    enum class Link
    {
        None,
        Aligned,   // supports a live method of the manager's sheet
        Removed,   // points at a method that was removed (or is missing)
        Elsewhere, // points at a live method of another sheet
    };

    enum Role
    {
        IdRole = Qt::UserRole,
        LinkRole,      // Link as int
        LinkTitleRole, // title of the linked method, when known
    };

    using MoveHandler = std::function<void(int from, int to)>;

    explicit MethodListModel(QObject* parent = nullptr);

    // `managerMethods`: the methods a link may point at (the manager's sheet of the year);
    // `refs`: what the links that point elsewhere resolve to.
    void setMethods(const QList<V2momMethod>& methods,
                    const QList<V2momMethod>& managerMethods,
                    const QHash<QString, V2momRepository::MethodRef>& refs);
    void setMoveHandler(MoveHandler handler) { m_move = std::move(handler); }
    const QList<V2momMethod>& methods() const { return m_methods; }
    int rowOf(const QString& methodId) const;
    Link linkOf(int row) const;
    QString linkTitle(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool
    dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

private:
    QList<V2momMethod> m_methods;
    QHash<QString, QString> m_managerTitles;
    QHash<QString, V2momRepository::MethodRef> m_refs;
    MoveHandler m_move;
};
