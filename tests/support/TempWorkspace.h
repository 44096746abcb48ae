// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MockClock.h"

#include "core/workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

// A new workspace in a temporary folder, on a MockClock; removed with the object.
class TempWorkspace final
{
public:
    TempWorkspace();
    // Copies a file from tests/fixtures (or any path) and opens the copy.
    explicit TempWorkspace(const QString& sourceFile);

    Workspace& operator*() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    MockClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and opens the file again (checks what really reached the disk).
    void reopen();
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
    MockClock m_clock;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};
