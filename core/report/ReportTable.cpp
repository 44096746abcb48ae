// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTable.h"

void ReportTable::appendRow(const QList<ReportCell>& cells)
{
    QStringList shown;
    QStringList values;
    shown.reserve(cells.size());
    values.reserve(cells.size());
    for (const ReportCell& cell : cells) {
        shown.append(cell.display);
        values.append(cell.data);
    }
    rows.append(shown);
    data.append(values);
}
