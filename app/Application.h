// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class MainWindow;
class Settings;
struct GuiOptions;

// GUI wiring: reads the GUI command line, decides which workspace to open (FILE, else the
// last one, else the demo) and creates the main window.
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
    bool openInitialWorkspace(const QString& file);
    // Generates the demo workspace on first use, then opens it.
    bool openDemoWorkspace();
    void takeScreenshot(const GuiOptions& options);

    // Declared before the window so that it outlives it.
    std::unique_ptr<Settings> m_scriptSettings;
    std::unique_ptr<MainWindow> m_window;
};
