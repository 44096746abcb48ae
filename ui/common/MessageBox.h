// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

// The one way ui shows a modal message. A seam for GUI tests (KeePassXC's pattern): after
// setNextAnswer() the next message is not shown and returns that answer; lastText() tells
// a test what would have been said.
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    MessageBox() = delete;

    static Button
    critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok);
    static Button
    warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok);
    static Button
    information(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok);
    static Button question(QWidget* parent,
                           const QString& title,
                           const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);

    // Tests: the next message returns `answer` without being shown.
    static void setNextAnswer(Button answer);
    // The text of the most recent message, shown or answered by the seam; empty after clearLastText().
    static QString lastText();
    static void clearLastText();
    // Scripts (`--screenshot`): messages go to stderr and take their default answer instead
    // of waiting for a click that will never come.
    static void setNonInteractive(bool nonInteractive);

private:
    static Button show(QWidget* parent,
                       QMessageBox::Icon icon,
                       const QString& title,
                       const QString& text,
                       Buttons buttons,
                       Button defaultButton);
};
