// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class MainWindow;

// GUI wiring: decides which workspace to open and creates the main window.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    Application();
    ~Application() override;

    static void installTranslators();
    // Returns an exit code to stop with, or -1 to enter the event loop.
    int start(const QStringList& arguments);

private:
    std::unique_ptr<MainWindow> m_window;
};
