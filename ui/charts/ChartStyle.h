// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

class QAbstractAxis;
class QChart;

// The look of every chart, derived from a palette (so dark mode follows the application) and
// a locale (numbers, dates). Series colours are a colour-blind-safe set, lifted for dark
// backgrounds; meaning colours (won, lost, quota ...) stay the same across charts.
class ChartStyle final
{
public:
    enum class Role
    {
        Primary,   // the main measure
        Secondary, // a second measure beside it
        Positive,  // won, increases, forward moves
        Negative,  // lost, decreases
        Warning,   // regressed, busy without progress
        Neutral,   // totals, defaults to compare with
        Target,    // quota, the team = 100 line
        Muted,     // context: pipeline, weaker measures
    };

    explicit ChartStyle(const QPalette& palette = {}, const QLocale& locale = {}, bool compact = false);
    // The style of exported images and PDFs: light, whatever the screen shows.
    static ChartStyle print(const QLocale& locale = {});

    bool isDark() const { return m_dark; }
    bool isCompact() const { return m_compact; }
    ChartStyle compact() const;
    const QLocale& locale() const { return m_locale; }
    const QPalette& palette() const { return m_palette; }

    QColor color(Role role) const;
    QColor categorical(int index) const;
    // `count` shades of one hue, dark to light (the funnel's stages).
    QColor ramp(int index, int count) const;
    QColor text() const;
    QColor mutedText() const;
    QColor background() const;
    QColor grid() const;
    QFont font(qreal scale = 1.0, bool bold = false) const;

    // Background, title, legend, margins, locale; no animation (exports and tests draw at once).
    void apply(QChart* chart, const QString& title = {}) const;
    // Label, title and grid colours of an axis attached to a chart.
    void apply(QAbstractAxis* axis) const;

private:
    QPalette m_palette;
    QLocale m_locale;
    bool m_dark = false;
    bool m_compact = false;
};
