// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Clock;

// The workspace the app opens when it has nothing else to open: generated once (~300 deals,
// history up to today) into the application's data folder.
namespace DemoWorkspace {

QString defaultPath();
// Makes sure `path` holds a demo workspace, generating it when missing or empty. If the
// generator fails, leaves an empty workspace there (generated again on the next start).
void ensure(const QString& path, const Clock& clock);

} // namespace DemoWorkspace
