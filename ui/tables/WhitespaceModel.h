// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/AccountPlan.h"
#include "core/domain/Product.h"

#include <QAbstractTableModel>

#include <functional>

// The whitespace grid of an account plan: the customer's departments (rows, the first column
// their editable name) by our products (columns), each cell using / opportunity / not a fit.
// Edits build the changed plan and hand it to the edit handler (an undo command).
class WhitespaceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhitespaceModel)
public:
    using EditHandler = std::function<void(const AccountPlan& after, const QString& what)>;

    explicit WhitespaceModel(QObject* parent = nullptr);

    void setEditHandler(EditHandler handler) { m_edit = std::move(handler); }
    void setPlan(const AccountPlan& plan, const QList<Product>& products);
    const AccountPlan& plan() const { return m_plan; }
    // The id a new cell gets (tests make it deterministic).
    void setIdSource(std::function<QString()> ids) { m_ids = std::move(ids); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    AccountPlan m_plan;
    QList<Product> m_products;
    EditHandler m_edit;
    std::function<QString()> m_ids;
};
