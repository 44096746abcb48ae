// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRun.h"

CommandRun runCommand(HeadlessCommand command, const QString& name, const QStringList& arguments)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = command(QStringList{name} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}
