// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

// The board's colours, derived from the platform palette so cards and columns follow the
// light or dark theme; status colours are tuned per theme for contrast.
struct BoardPalette
{
    bool dark = false;
    QColor canvas; // behind the columns
    QColor column; // a column's body
    QColor card;   // a card's face
    QColor cardBorder;
    QColor cardHover;
    QColor text;
    QColor muted;      // secondary text: account, dates
    QColor faint;      // chips, separators
    QColor accent;     // selection, focus
    QColor danger;     // overdue close date
    QColor warning;    // stalled, no next step
    QColor success;    // won
    QColor dropTarget; // a column under a dragged card

    static BoardPalette from(const QPalette& palette);
    // A stable colour per person for the initials badge.
    QColor badge(const QString& name) const;
    // A stage's colour along the pipeline: cool early, warm late.
    QColor stageTint(int index, int count) const;
    static QColor mix(const QColor& a, const QColor& b, double share); // share of b
};
