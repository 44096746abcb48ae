// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFigure.h"

#include <algorithm>

int ChartFigure::rows() const
{
    const int count = int(charts.size());
    const int cols = std::max(1, columns);
    if (firstSpansRow && count > 0) {
        return 1 + (count - 1 + cols - 1) / cols;
    }
    return (count + cols - 1) / cols;
}

void ChartFigure::cell(int index, int* row, int* column, int* span) const
{
    const int cols = std::max(1, columns);
    if (firstSpansRow) {
        if (index == 0) {
            *row = 0;
            *column = 0;
            *span = cols;
            return;
        }
        --index;
        *row = 1 + index / cols;
    } else {
        *row = index / cols;
    }
    *column = index % cols;
    *span = 1;
}
