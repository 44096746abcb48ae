// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFilesMenu.h"

#include "core/util/Settings.h"

#include <QDir>
#include <QFileInfo>

namespace {
constexpr int kMaxPathWidth = 480;

QString shortened(const QString& path)
{
    QString display = QDir::toNativeSeparators(path);
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (display.startsWith(home + QDir::separator())) {
        display = u'~' + display.mid(home.size());
    }
    return display;
}
} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("menuRecentFiles"));
    connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentFiles) {
            rebuild();
        }
    });
    // Also on showing: a listed file may have been deleted or come back meanwhile.
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = Settings::instance().recentFiles();
    int number = 1;
    for (const QString& path : files) {
        const QString label = fontMetrics().elidedText(shortened(path), Qt::ElideMiddle, kMaxPathWidth);
        // Numbers 1-9 get a mnemonic; '&' in a path must not become one.
        QString text = QString(label).replace(u'&', QStringLiteral("&&"));
        if (number <= 9) {
            text = QStringLiteral("&%1  %2").arg(number).arg(text);
        }
        QAction* action = addAction(text);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
        ++number;
    }
    if (files.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
    }
    addSeparator();
    QAction* clearAction = addAction(tr("&Clear Recent Files"));
    clearAction->setObjectName(QStringLiteral("actionClearRecentFiles"));
    clearAction->setEnabled(!files.isEmpty());
    connect(clearAction, &QAction::triggered, this, [] { Settings::instance().reset(Settings::Key::RecentFiles); });
}
