// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QDebug>

#include <optional>

namespace {
std::optional<MessageBox::Button> g_nextAnswer;
QString g_lastText;
bool g_nonInteractive = false;
} // namespace

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text, Buttons buttons)
{
    return show(parent, QMessageBox::Information, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button
MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

void MessageBox::clearLastText()
{
    g_lastText.clear();
}

void MessageBox::setNonInteractive(bool nonInteractive)
{
    g_nonInteractive = nonInteractive;
}

MessageBox::Button MessageBox::show(QWidget* parent,
                                    QMessageBox::Icon icon,
                                    const QString& title,
                                    const QString& text,
                                    Buttons buttons,
                                    Button defaultButton)
{
    g_lastText = text;
    if (g_nextAnswer) {
        const Button answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_nonInteractive) {
        qWarning().noquote() << title << u':' << text;
        if (defaultButton != QMessageBox::NoButton) {
            return defaultButton;
        }
        return buttons.testFlag(QMessageBox::Ok) ? QMessageBox::Ok : QMessageBox::Cancel;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton) {
        box.setDefaultButton(defaultButton);
    }
    return static_cast<Button>(box.exec());
}
