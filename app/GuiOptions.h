// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// The GUI's command line: `dealbench [FILE] [--theme T] [--language L] [--area A] [--welcome] [--demo]
// [--screenshot PNG [--size WxH]]`.
// --screenshot shows the window at --size, grabs it to a PNG and exits: for scripts and for
// looking at screens; it leaves the user's settings untouched.
struct GuiOptions
{
    QString file;
    QString theme;    // empty: the Theme setting
    QString area;     // empty: the last area
    QString language; // empty: the Language setting
    bool welcome = false;
    bool demo = false;
    QString screenshotPath;
    QSize size{1280, 800};

    // Parses QCoreApplication::arguments(); on bad usage returns nullopt and sets `error`.
    static std::optional<GuiOptions> parse(const QStringList& arguments, QString* error);
};
