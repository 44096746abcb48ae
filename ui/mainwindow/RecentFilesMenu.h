// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

// File ▸ Open Recent: the recent files kept in Settings, newest first, numbered for the
// keyboard, with an entry to clear the list. Rebuilt whenever the list changes.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)
public:
    explicit RecentFilesMenu(QWidget* parent = nullptr);

signals:
    void fileChosen(const QString& path);

private:
    void rebuild();
};
