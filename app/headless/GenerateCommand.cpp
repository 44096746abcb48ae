// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateCommand.h"

namespace GenerateCommand {
int run(const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return 1;
}
} // namespace GenerateCommand
