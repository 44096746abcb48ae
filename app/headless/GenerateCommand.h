// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `dealbench generate ...`; arguments start with the subcommand name. Returns the exit code.
namespace GenerateCommand {
int run(const QStringList& arguments);
}
