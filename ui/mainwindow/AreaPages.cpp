// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaPages.h"

#include "MainWindow.h"

#include "core/workspace/Workspace.h"
#include "ui/charts/ChartsPage.h"
#include "ui/exchange/ExchangeMenus.h"
#include "ui/goals/GoalsPage.h"
#include "ui/pipeline/PipelineBoardPage.h"
#include "ui/review/ReviewArea.h"
#include "ui/tables/AccountsPage.h"
#include "ui/tables/BehaviourPage.h"
#include "ui/tables/StrategyPage.h"

namespace {
// Pages whose setWorkspace() takes the undo stack with the workspace.
template <typename Page>
void installUndoablePage(MainWindow& window, Area area)
{
    auto* page = new Page;
    window.setAreaWidget(area, page);
    auto follow = [page, &window](Workspace* workspace) {
        page->setWorkspace(workspace, window.undoStack());
    };
    QObject::connect(&window, &MainWindow::workspaceChanged, page, follow);
    follow(window.workspace());
}
} // namespace

void AreaPages::installAll(MainWindow& window)
{
    PipelineBoardPage* board = PipelineBoardPage::install(window);
    installUndoablePage<BehaviourPage>(window, Area::Behaviour);
    installUndoablePage<StrategyPage>(window, Area::Strategy);
    installUndoablePage<AccountsPage>(window, Area::Accounts);
    // A deal named in the funnel, the attention list or what changed opens in the deal editor.
    ReviewArea* review = ReviewArea::install(window);
    QObject::connect(review, &ReviewArea::openDealRequested, board, &PipelineBoardPage::openDeal);

    auto* charts = new ChartsPage;
    window.setAreaWidget(Area::Charts, charts);
    QObject::connect(&window, &MainWindow::workspaceChanged, charts, &ChartsPage::setWorkspace);
    charts->setWorkspace(window.workspace());

    installUndoablePage<GoalsPage>(window, Area::Goals);

    ExchangeMenus::install(window);
}
