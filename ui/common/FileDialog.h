// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// The one way ui asks for a file name. A seam for GUI tests (KeePassXC's pattern): after
// setNextFileName() the next call returns that name without showing a dialog, so a test
// never blocks on a modal window. The folder last used is remembered in Settings.
class FileDialog final
{
public:
    FileDialog() = delete;

    // An existing file to open; empty when cancelled.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    // A file to write; the dialog has already confirmed overwriting an existing file. A name
    // typed without a suffix gets `defaultSuffix`. Empty when cancelled.
    static QString saveFileName(QWidget* parent,
                                const QString& caption,
                                const QString& filter,
                                const QString& defaultSuffix,
                                const QString& suggestedName = {});

    // Tests: the next call returns `fileName`; an empty name stands for Cancel.
    static void setNextFileName(const QString& fileName);
};
