// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActionRegistry.h"
#include "AreaCatalog.h"
#include "AreaPages.h"
#include "AreaStack.h"
#include "NavigationSidebar.h"
#include "RecentFilesMenu.h"
#include "WorkspaceFileController.h"
#include "WorkspaceSession.h"
#include "WorkspaceStatusBar.h"

#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/welcome/NewWorkspaceFlow.h"
#include "ui/welcome/WelcomePage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>

namespace {
const QSize kDefaultSize(1280, 800);
// Below this width the sidebar shows icons only: at 1280 px the board's six stage columns
// need the room.
constexpr int kCompactSidebarBelow = 1440;
} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(clock, this))
    , m_actions(new ActionRegistry(m_session->undoGroup(), this))
    , m_files(new WorkspaceFileController(*m_session, this))
    , m_sidebar(new NavigationSidebar(this))
    , m_areas(new AreaStack(this))
    , m_statusBar(new WorkspaceStatusBar(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dealbench"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_areas, 1);
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(central);
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);
    setStatusBar(m_statusBar);
    m_actions->populate(menuBar());

    connect(m_actions->newWorkspace(), &QAction::triggered, m_files, &WorkspaceFileController::newWorkspace);
    connect(m_actions->open(), &QAction::triggered, m_files, &WorkspaceFileController::openWorkspace);
    connect(m_actions->recentFiles(), &RecentFilesMenu::fileChosen, m_files, &WorkspaceFileController::openPath);
    connect(m_actions->saveCopyAs(), &QAction::triggered, m_files, &WorkspaceFileController::saveCopyAs);
    connect(m_actions->restoreBackup(), &QAction::triggered, m_files, &WorkspaceFileController::restoreFromBackup);
    connect(m_actions->compactWorkspace(), &QAction::triggered, m_files, &WorkspaceFileController::compactWorkspace);
    connect(m_actions->closeWorkspace(), &QAction::triggered, m_files, &WorkspaceFileController::closeWorkspace);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->welcome(), &QAction::triggered, this, &MainWindow::showWelcome);
    connect(m_actions->preferences(), &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_actions->userGuide(), &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::demoWorkspaceRequested);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::createWorkspaceFromWelcome);
    connect(m_welcome, &WelcomePage::openFileRequested, m_files, &WorkspaceFileController::openWorkspace);
    connect(m_welcome, &WelcomePage::recentFileRequested, m_files, &WorkspaceFileController::openPath);
    connect(m_welcome, &WelcomePage::backRequested, this, &MainWindow::showAreas);
    connect(m_actions, &ActionRegistry::areaTriggered, this, &MainWindow::setCurrentArea);
    connect(m_sidebar, &NavigationSidebar::areaActivated, this, &MainWindow::setCurrentArea);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    AreaPages::installAll(*this);

    onWorkspaceChanged(nullptr);
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // Pages hold the workspace by pointer: they let go of it (workspaceChanged(nullptr))
    // before it is deleted, and before they are.
    m_session->close();
}

Workspace* MainWindow::workspace() const
{
    return m_session->workspace();
}

QUndoStack* MainWindow::undoStack() const
{
    return m_session->undoStack();
}

bool MainWindow::openWorkspace(const QString& path)
{
    return m_files->openPath(path);
}

void MainWindow::adoptWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_session->adopt(std::move(workspace));
}

void MainWindow::setAreaWidget(Area area, QWidget* widget)
{
    m_areas->setAreaWidget(area, widget);
}

QWidget* MainWindow::areaWidget(Area area) const
{
    return m_areas->areaWidget(area);
}

Area MainWindow::currentArea() const
{
    return m_areas->currentArea();
}

void MainWindow::setCurrentArea(Area area)
{
    const bool changed = m_areas->currentArea() != area;
    m_areas->setCurrentArea(area);
    // The sidebar reports the change back; by then there is nothing left to do.
    m_sidebar->setCurrentArea(area);
    m_actions->area(area)->setChecked(true);
    if (changed) {
        Settings::instance().set(Settings::Key::LastArea, AreaCatalog::indexOf(area));
        emit currentAreaChanged(area);
    }
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    m_sidebar->setCompact(width() < kCompactSidebarBelow);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::onWorkspaceChanged(Workspace* workspace)
{
    const QString name = workspace ? workspace->displayName() : QString();
    setWindowTitle(workspace ? tr("%1 — Dealbench").arg(name) : tr("Dealbench"));
    m_sidebar->setWorkspaceName(workspace ? name : tr("No workspace open"));
    m_statusBar->setWorkspace(workspace);
    m_actions->setWorkspaceOpen(workspace != nullptr);
    if (workspace) {
        showAreas();
    } else {
        showWelcome();
    }
    emit workspaceChanged(workspace);
}

void MainWindow::restoreWindowState()
{
    Settings& settings = Settings::instance();
    if (!restoreGeometry(settings.value(Settings::Key::MainWindowGeometry).toByteArray())) {
        QSize size = kDefaultSize;
        if (const QScreen* screen = this->screen()) {
            size = size.boundedTo(screen->availableSize() * 0.9);
        }
        resize(size);
    }
    restoreState(settings.value(Settings::Key::MainWindowState).toByteArray());
    const int lastArea = settings.value(Settings::Key::LastArea).toInt();
    const Area area = AreaCatalog::fromIndex(lastArea).value_or(Area::Pipeline);
    m_sidebar->setCurrentArea(area);
    m_actions->area(area)->setChecked(true);
    m_areas->setCurrentArea(area);
}

void MainWindow::saveWindowState()
{
    Settings& settings = Settings::instance();
    settings.set(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.set(Settings::Key::MainWindowState, saveState());
    settings.set(Settings::Key::LastArea, AreaCatalog::indexOf(currentArea()));
    settings.sync();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showWelcome()
{
    // The import wizard's action (ui/exchange), when that feature is built in.
    m_welcome->setImportAction(findChild<QAction*>(QStringLiteral("actionImportCsv")));
    m_welcome->setWorkspaceOpen(workspace() != nullptr);
    m_pages->setCurrentWidget(m_welcome);
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::showAreas()
{
    m_pages->setCurrentIndex(0);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(Settings::instance(), workspace(), this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    auto* dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::createWorkspaceFromWelcome()
{
    const QString open = workspace() ? workspace()->path() : QString();
    if (std::unique_ptr<Workspace> created = NewWorkspaceFlow::run(this, m_session->clock(), open)) {
        m_session->adopt(std::move(created));
    }
}
