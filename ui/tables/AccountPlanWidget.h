// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/AccountPlan.h"
#include "core/domain/Contact.h"
#include "core/domain/Product.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

template <typename Doc>
class FormBinding;
template <typename Row>
class RowTableModel;
class QLabel;
class QPushButton;
class SheetPages;
class QTableView;
class QUndoStack;
class RelationshipMapView;
class RowTableEditor;
class WhitespaceModel;
class Workspace;

// The account plan of one account (客户经营计划表, DOMAIN.md §5): strategic flag, the
// customer's strategy and our goals, the whitespace grid, penetration, revenue per year
// (actual from won deals against target), joint actions and the relationship map. Every
// edit is one undo command.
class AccountPlanWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPlanWidget)
public:
    // A year of the revenue table: the actual is computed, the target is the plan's.
    struct YearRow
    {
        int year = 0;
        qint64 actualMinor = 0;
        std::optional<qint64> targetMinor;
        bool incomplete = false;
        friend bool operator==(const YearRow&, const YearRow&) = default;
    };

    explicit AccountPlanWidget(QWidget* parent = nullptr);
    ~AccountPlanWidget() override;

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    void setAccount(const QString& accountId);
    QString accountId() const { return m_accountId; }
    const std::optional<AccountPlan>& plan() const { return m_plan; }

    // Starts a plan for the account, marked strategic (the button of the empty state).
    void createPlan();
    void addDepartment();
    void addProduct(const QString& name);

private:
    void build();
    QWidget* buildPlanPage();
    void reload();
    void commit(const AccountPlan& after, const QString& what);
    void commitProducts(const QList<Product>& after);

    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QString m_accountId;
    QString m_baseCurrency;
    std::optional<AccountPlan> m_plan;
    QList<Product> m_products;
    std::shared_ptr<QList<Contact>> m_contacts;
    std::unique_ptr<FormBinding<AccountPlan>> m_binding;
    SheetPages* m_pages = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_penetration = nullptr;
    WhitespaceModel* m_whitespace = nullptr;
    QTableView* m_whitespaceView = nullptr;
    RowTableModel<Product>* m_productModel = nullptr;
    RowTableModel<YearRow>* m_revenueModel = nullptr;
    RowTableModel<JointAction>* m_actionModel = nullptr;
    RowTableModel<Relationship>* m_relationshipModel = nullptr;
    RowTableEditor* m_relationships = nullptr;
    RelationshipMapView* m_map = nullptr;
    QWidget* m_planBody = nullptr;
};
