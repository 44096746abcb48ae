// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FocusOutWatcher.h"

#include <QEvent>

FocusOutWatcher::FocusOutWatcher(QObject* watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FocusOutWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        emit focusLost();
    }
    return QObject::eventFilter(watched, event);
}
