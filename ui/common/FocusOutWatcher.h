// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Emits focusLost() when the watched widget loses keyboard focus: QPlainTextEdit has no
// editingFinished(), and a note is committed (one undo step) when the user leaves it.
class FocusOutWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusOutWatcher)
public:
    explicit FocusOutWatcher(QObject* watched);

signals:
    void focusLost();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
