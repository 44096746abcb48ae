// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "app/CommandLine.h"
#include "app/DemoWorkspace.h"
#include "app/GuiOptions.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Theme.h"
#include "ui/mainwindow/AreaCatalog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace {
// Long enough for the first layout and paint events after show().
constexpr int kScreenshotDelayMs = 300;
} // namespace

Application::Application() = default;

Application::~Application()
{
    m_window.reset();
    if (m_scriptSettings) {
        Settings::overrideInstance(nullptr);
    }
}

void Application::installTranslators()
{
    // English too (its plural forms), also for the C locale; see ui/settings/Translations.
    Translations::install(Settings::instance().value(Settings::Key::Language).toString());
}

int Application::start(const QStringList& arguments)
{
    QString error;
    const std::optional<GuiOptions> options = GuiOptions::parse(arguments, &error);
    if (!options) {
        QTextStream(stderr) << error << '\n';
        return CommandLine::BadUsage;
    }
    const bool scripted = !options->screenshotPath.isEmpty();
    if (scripted) {
        // A script must neither block on a dialog nor change the user's recent files.
        m_scriptSettings = Settings::createTemporary();
        Settings::overrideInstance(m_scriptSettings.get());
        MessageBox::setNonInteractive(true);
    }
    if (!options->language.isEmpty()) {
        Translations::install(options->language);
    }
    Theme::apply(options->theme.isEmpty() ? Settings::instance().value(Settings::Key::Theme).toString()
                                          : options->theme);
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dealbench.svg")));

    m_window = std::make_unique<MainWindow>();
    connect(m_window.get(), &MainWindow::demoWorkspaceRequested, this, &Application::openDemoWorkspace);
    const bool opened = options->demo ? openDemoWorkspace() : openInitialWorkspace(options->file);
    if (const auto area = AreaCatalog::fromKey(options->area)) {
        m_window->setCurrentArea(*area);
    }
    if (options->welcome) {
        m_window->showWelcome();
    }
    if (scripted) {
        if (!opened && !options->welcome) {
            return CommandLine::Failed;
        }
        takeScreenshot(*options);
        return -1;
    }
    m_window->show();
    return -1;
}

bool Application::openInitialWorkspace(const QString& file)
{
    if (!file.isEmpty()) {
        return m_window->openWorkspace(file);
    }
    const QString last = Settings::instance().value(Settings::Key::LastWorkspace).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && m_window->openWorkspace(last)) {
        return true;
    }
    // A user with nothing to reopen gets the welcome page (shown while no workspace is
    // open); a screenshot script gets the demo.
    if (!m_scriptSettings) {
        return false;
    }
    return openDemoWorkspace();
}

bool Application::openDemoWorkspace()
{
    const QString demo = DemoWorkspace::defaultPath();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    DemoWorkspace::ensure(demo, Clock::system());
    QGuiApplication::restoreOverrideCursor();
    return m_window->openWorkspace(demo);
}

void Application::takeScreenshot(const GuiOptions& options)
{
    m_window->resize(options.size);
    m_window->show();
    const QString path = options.screenshotPath;
    QTimer::singleShot(kScreenshotDelayMs, this, [this, path] {
        const bool saved = m_window->grab().save(path, "PNG");
        if (!saved) {
            QTextStream(stderr) << QCoreApplication::translate("Application", "Could not write %1.").arg(path) << '\n';
        }
        QCoreApplication::exit(saved ? CommandLine::Ok : CommandLine::Failed);
    });
}
