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

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

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
    const QLocale locale;
    auto* qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale,
                           QStringLiteral("qtbase"),
                           QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("dealbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
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
    Theme::apply(options->theme.isEmpty() ? Settings::instance().value(Settings::Key::Theme).toString()
                                          : options->theme);
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dealbench.svg")));

    m_window = std::make_unique<MainWindow>();
    const bool opened = openInitialWorkspace(options->file);
    if (const auto area = AreaCatalog::fromKey(options->area)) {
        m_window->setCurrentArea(*area);
    }
    if (scripted) {
        if (!opened) {
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
