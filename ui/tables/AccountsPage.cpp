// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsPage.h"

#include "AccountListModel.h"
#include "AccountPlanWidget.h"

#include "ui/common/CellEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Name search plus the "strategic only" switch.
class AccountFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStrategicOnly(bool on)
    {
        m_strategicOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_strategicOnly && !index.data(AccountListModel::StrategicRole).toBool()) {
            return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_strategicOnly = false;
};
} // namespace

AccountsPage::AccountsPage(QWidget* parent)
    : QWidget(parent)
    , m_list(new AccountListModel(this))
    , m_proxy(new AccountFilter(this))
    , m_view(new QTableView)
    , m_plan(new AccountPlanWidget)
    , m_strategicOnly(new QCheckBox(tr("S&trategic only")))
    , m_search(new QLineEdit)
{
    setObjectName(QStringLiteral("accountsPage"));
    m_proxy->setSourceModel(m_list);
    m_proxy->setSortRole(CellRole::Sort);
    m_proxy->setFilterKeyColumn(AccountListModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("accountList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(AccountListModel::Name, 170);
    m_strategicOnly->setObjectName(QStringLiteral("strategicOnly"));
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_strategicOnly);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_plan);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_strategicOnly, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<AccountFilter*>(m_proxy)->setStrategicOnly(on);
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            m_plan->setAccount(current.data(AccountListModel::AccountIdRole).toString());
        });
    setTabOrder(m_search, m_strategicOnly);
    setTabOrder(m_strategicOnly, m_view);
    setTabOrder(m_view, m_plan);
    setFocusProxy(m_view);
}

void AccountsPage::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    m_plan->setWorkspace(workspace, undoStack);
    m_list->setWorkspace(workspace);
    // Start where the plans are: strategic accounts first.
    m_view->sortByColumn(AccountListModel::Strategic, Qt::DescendingOrder);
    if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
}

void AccountsPage::showAccount(const QString& accountId)
{
    const int row = m_list->rowOf(accountId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_list->index(row, 0)));
    }
}
