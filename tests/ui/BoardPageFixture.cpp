// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardPageFixture.h"

#include "ui/pipeline/PipelineBoardPage.h"

#include <QApplication>
#include <QTest>

std::unique_ptr<PipelineBoardPage>
showBoardPage(Workspace& workspace, Settings& settings, QUndoStack& stack, const QSize& size)
{
    auto page = std::make_unique<PipelineBoardPage>();
    page->setSettings(&settings);
    page->setUndoStack(&stack);
    page->setWorkspace(&workspace);
    page->resize(size);
    page->show();
    QApplication::setActiveWindow(page.get());
    if (!QTest::qWaitForWindowActive(page.get())) {
        qWarning("the page did not become the active window");
    }
    return page;
}
