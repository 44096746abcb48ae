// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRegistry.h"

#include "AreaCatalog.h"
#include "RecentFilesMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QUndoGroup>

namespace {
QAction* makeAction(QObject* parent, const QString& objectName, const QString& text, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    return action;
}
} // namespace

ActionRegistry::ActionRegistry(QUndoGroup* undoGroup, QWidget* parent)
    : QObject(parent)
    , m_new(makeAction(this, QStringLiteral("actionNew"), tr("&New Workspace…"), QKeySequence::New))
    , m_open(makeAction(this, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open))
    , m_recentFiles(new RecentFilesMenu(parent))
    , m_saveCopyAs(makeAction(this, QStringLiteral("actionSaveCopyAs"), tr("Save a &Copy As…"), QKeySequence::SaveAs))
    , m_restoreBackup(makeAction(this, QStringLiteral("actionRestoreBackup"), tr("&Restore from Backup…")))
    , m_compact(makeAction(this, QStringLiteral("actionCompact"), tr("Co&mpact Workspace…")))
    , m_close(makeAction(this, QStringLiteral("actionClose"), tr("&Close Workspace"), QKeySequence::Close))
    , m_quit(makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit))
    , m_undo(undoGroup->createUndoAction(this, tr("&Undo")))
    , m_redo(undoGroup->createRedoAction(this, tr("&Redo")))
    , m_areaGroup(new QActionGroup(this))
    , m_about(makeAction(this, QStringLiteral("actionAbout"), tr("&About Dealbench")))
    , m_welcome(makeAction(this, QStringLiteral("actionWelcome"), tr("&Welcome")))
    , m_preferences(
          makeAction(this, QStringLiteral("actionPreferences"), tr("&Preferences…"), QKeySequence::Preferences))
    , m_userGuide(makeAction(this, QStringLiteral("actionUserGuide"), tr("&User Guide"), QKeySequence::HelpContents))
{
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    m_saveCopyAs->setStatusTip(tr("Write a consistent copy of the open workspace to another file"));
    m_restoreBackup->setStatusTip(tr("Go back to one of the automatic backups of the open workspace"));
    m_compact->setStatusTip(tr("Write the open workspace's file afresh, without unused space"));

    m_areaGroup->setExclusive(true);
    for (Area area : kAllAreas) {
        QAction* action = makeAction(this,
                                     QStringLiteral("actionArea-") + AreaCatalog::key(area),
                                     AreaCatalog::title(area),
                                     AreaCatalog::shortcut(area));
        action->setCheckable(true);
        action->setActionGroup(m_areaGroup);
        connect(action, &QAction::triggered, this, [this, area] { emit areaTriggered(area); });
        m_areas[std::size_t(AreaCatalog::indexOf(area))] = action;
    }
    m_areas.front()->setChecked(true);
}

void ActionRegistry::populate(QMenuBar* menuBar)
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_welcome);
    file->addAction(m_new);
    file->addAction(m_open);
    file->addMenu(m_recentFiles);
    file->addSeparator();
    file->addAction(m_saveCopyAs);
    file->addAction(m_restoreBackup);
    file->addAction(m_compact);
    file->addSeparator();
    file->addAction(m_close);
    file->addAction(m_quit);

    QMenu* edit = menuBar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu* view = menuBar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    for (QAction* action : m_areas) {
        view->addAction(action);
    }

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_userGuide);
    help->addAction(m_about);
}

QAction* ActionRegistry::area(Area area) const
{
    return m_areas[std::size_t(AreaCatalog::indexOf(area))];
}

void ActionRegistry::setWorkspaceOpen(bool open)
{
    m_saveCopyAs->setEnabled(open);
    m_restoreBackup->setEnabled(open);
    m_compact->setEnabled(open);
    m_close->setEnabled(open);
}
