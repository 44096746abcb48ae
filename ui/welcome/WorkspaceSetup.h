// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NewWorkspaceDialog.h"

#include <memory>

class Clock;
class Settings;
class Workspace;

// Writes a new workspace from the welcome page's answers: the file with the default
// pipeline, the manager and you as owners (you report to the manager), and you as "me"
// in Settings. Throws StorageError; a half-written file is the caller's to remove.
namespace WorkspaceSetup {

std::unique_ptr<Workspace>
create(const QString& path, const NewWorkspaceDialog::Answers& answers, const Clock& clock, Settings& settings);

} // namespace WorkspaceSetup
