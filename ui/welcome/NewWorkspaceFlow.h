// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class Clock;
class QString;
class QWidget;
class Workspace;

// The welcome page's "Create a new workspace": asks the questions (NewWorkspaceDialog),
// then for a file name (the FileDialog seam), then writes it (WorkspaceSetup). Tells the
// user what went wrong; returns null when cancelled or failed.
namespace NewWorkspaceFlow {

std::unique_ptr<Workspace> run(QWidget* parent, const Clock& clock, const QString& openPath);

} // namespace NewWorkspaceFlow
