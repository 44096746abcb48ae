// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategyPage.h"

#include "StrategySheetListModel.h"
#include "StrategySheetWidget.h"

#include "core/storage/DealRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/common/CellEditor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Sheets are for the important deals: offer the biggest open ones.
constexpr int kOfferedDeals = 300;
} // namespace

StrategyPage::StrategyPage(QWidget* parent)
    : QWidget(parent)
    , m_list(new StrategySheetListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_sheet(new StrategySheetWidget)
    , m_newDeal(new QComboBox)
{
    setObjectName(QStringLiteral("strategyPage"));
    m_proxy->setSourceModel(m_list);
    m_proxy->setSortRole(CellRole::Sort);
    m_view->setObjectName(QStringLiteral("strategyList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StrategySheetListModel::CloseDate, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(90);
    m_view->horizontalHeader()->resizeSection(StrategySheetListModel::DealName, 170);

    m_newDeal->setObjectName(QStringLiteral("newSheetDeal"));
    m_newDeal->setMinimumContentsLength(20);
    m_newDeal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* create = new QPushButton(tr("Start sheet"));
    create->setObjectName(QStringLiteral("newSheetButton"));
    auto* remove = new QPushButton(tr("Remove sheet"));
    remove->setObjectName(QStringLiteral("removeSheetButton"));
    auto* newRow = new QHBoxLayout;
    auto* newLabel = new QLabel(tr("&New sheet for"));
    newLabel->setBuddy(m_newDeal);
    newRow->addWidget(newLabel);
    newRow->addWidget(m_newDeal, 1);
    newRow->addWidget(create);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Deals with a strategy sheet")));
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(newRow);
    leftLayout->addWidget(remove, 0, Qt::AlignLeft);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_sheet);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            m_sheet->setDeal(current.data(StrategySheetListModel::DealIdRole).toString());
        });
    connect(create, &QPushButton::clicked, this, [this] {
        const QString dealId = m_newDeal->currentData().toString();
        if (dealId.isEmpty()) {
            return;
        }
        m_sheet->setDeal(dealId);
        m_sheet->createSheet();
        showDeal(dealId);
        fillNewSheetDeals();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_sheet->removeSheet();
        fillNewSheetDeals();
    });
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the sheet shown selected in the list after a refresh.
        const int row = m_list->rowOf(m_sheet->dealId());
        if (row >= 0) {
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_list->index(row, 0)));
        }
    });
    setTabOrder(m_view, m_newDeal);
    setTabOrder(m_newDeal, create);
    setTabOrder(create, remove);
    setTabOrder(remove, m_sheet);
    setFocusProxy(m_view);
}

void StrategyPage::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    m_workspace = workspace;
    m_sheet->setWorkspace(workspace, undoStack);
    m_list->setWorkspace(workspace);
    fillNewSheetDeals();
    if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
}

void StrategyPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillNewSheetDeals();
}

void StrategyPage::showDeal(const QString& dealId)
{
    const int row = m_list->rowOf(dealId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_list->index(row, 0)));
    } else {
        m_sheet->setDeal(dealId);
    }
}

void StrategyPage::fillNewSheetDeals()
{
    m_newDeal->clear();
    if (!m_workspace) {
        return;
    }
    const QStringList withSheets = m_workspace->strategySheets().dealsWithSheets();
    const QSet<QString> taken(withSheets.begin(), withSheets.end());
    QList<Deal> open;
    for (const Pipeline& pipeline : m_workspace->pipelines().pipelines()) {
        for (const Deal& deal : m_workspace->deals().openDeals(pipeline.id)) {
            if (!taken.contains(deal.id)) {
                open.append(deal);
            }
        }
    }
    // Amounts in different currencies are only ordered roughly here (major units): the list
    // is a picker, not a total.
    std::sort(open.begin(), open.end(), [](const Deal& a, const Deal& b) {
        return a.amount.majorUnits() > b.amount.majorUnits();
    });
    const QLocale locale;
    for (qsizetype i = 0; i < std::min<qsizetype>(open.size(), kOfferedDeals); ++i) {
        m_newDeal->addItem(
            tr("%1 (%2)").arg(open[i].name,
                              locale.toCurrencyString(open[i].amount.majorUnits(), open[i].amount.currency)),
            open[i].id);
    }
}
