// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiOptions.h"

#include "ui/mainwindow/AreaCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("GuiOptions", text);
}
} // namespace

std::optional<GuiOptions> GuiOptions::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The workspace to open."), QStringLiteral("[FILE]"));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("Colour theme: system, light or dark."), tr("theme"));
    const QCommandLineOption area(QStringLiteral("area"), tr("The area to show first."), tr("area"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), tr("Save a picture of the window to a PNG file and exit."), tr("png"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size for --screenshot."), tr("WxH"));
    const QCommandLineOption language(
        QStringLiteral("language"), tr("User-interface language: system, en, zh_CN or pl."), tr("language"));
    const QCommandLineOption welcome(QStringLiteral("welcome"), tr("Show the welcome page."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Open the demo workspace (made on first use)."));
    parser.addOptions({theme, area, screenshot, size, language, welcome, demo});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.positionalArguments().size() > 1) {
        *error = tr("Only one workspace file can be opened.");
        return std::nullopt;
    }

    GuiOptions options;
    options.file = parser.positionalArguments().value(0);
    options.theme = parser.value(theme);
    if (!options.theme.isEmpty() && options.theme != QLatin1String("system") &&
        options.theme != QLatin1String("light") && options.theme != QLatin1String("dark")) {
        *error = tr("Unknown theme %1: use system, light or dark.").arg(options.theme);
        return std::nullopt;
    }
    options.area = parser.value(area);
    if (!options.area.isEmpty() && !AreaCatalog::fromKey(options.area)) {
        *error = tr("Unknown area %1: use pipeline, behaviour, strategy, accounts, funnel, charts or goals.")
                     .arg(options.area);
        return std::nullopt;
    }
    options.language = parser.value(language);
    static const QStringList languages = {
        QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("pl")};
    if (!options.language.isEmpty() && !languages.contains(options.language)) {
        *error = tr("Unknown language %1: use system, en, zh_CN or pl.").arg(options.language);
        return std::nullopt;
    }
    options.welcome = parser.isSet(welcome);
    options.demo = parser.isSet(demo);
    options.screenshotPath = parser.value(screenshot);
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(size));
        if (!match.hasMatch()) {
            *error = tr("--size takes WIDTHxHEIGHT, e.g. 1280x800.");
            return std::nullopt;
        }
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    return options;
}
