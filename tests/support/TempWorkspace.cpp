// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempWorkspace.h"

#include <QFile>

TempWorkspace::TempWorkspace()
    : m_path(m_dir.filePath(QStringLiteral("test.dealbench")))
{
    m_workspace = Workspace::create(m_path, {QStringLiteral("Test"), QStringLiteral("USD")}, m_clock);
}

TempWorkspace::TempWorkspace(const QString& sourceFile)
    : m_path(m_dir.filePath(QStringLiteral("test.dealbench")))
{
    QFile::copy(sourceFile, m_path);
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_workspace = Workspace::open(m_path, Database::Access::ReadWrite, m_clock);
}

void TempWorkspace::reopen()
{
    m_workspace.reset();
    m_workspace = Workspace::open(m_path, Database::Access::ReadWrite, m_clock);
}
