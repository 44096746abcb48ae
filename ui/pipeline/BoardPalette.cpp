// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardPalette.h"

#include <QString>

QColor BoardPalette::mix(const QColor& a, const QColor& b, double share)
{
    const double keep = 1.0 - share;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * share),
                            static_cast<float>(a.greenF() * keep + b.greenF() * share),
                            static_cast<float>(a.blueF() * keep + b.blueF() * share));
}

BoardPalette BoardPalette::from(const QPalette& palette)
{
    BoardPalette p;
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    p.text = palette.color(QPalette::Text);
    p.dark = base.lightness() < 128;
    p.canvas = p.dark ? mix(window, QColor(0, 0, 0), 0.18) : mix(window, QColor(255, 255, 255), 0.35);
    p.column = p.dark ? mix(window, QColor(0, 0, 0), 0.05) : mix(window, QColor(0, 0, 0), 0.035);
    p.card = p.dark ? mix(base, QColor(255, 255, 255), 0.07) : base;
    p.cardBorder = mix(p.card, p.text, p.dark ? 0.16 : 0.13);
    p.cardHover = mix(p.card, p.text, p.dark ? 0.30 : 0.28);
    p.muted = mix(p.text, p.card, 0.42);
    p.faint = mix(p.card, p.text, p.dark ? 0.12 : 0.07);
    p.accent = palette.color(QPalette::Highlight);
    p.danger = p.dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xc6, 0x28, 0x28);
    p.warning = p.dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
    p.success = p.dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
    p.dropTarget = mix(p.column, p.accent, 0.18);
    return p;
}

QColor BoardPalette::badge(const QString& name) const
{
    // A handful of hues that read well behind white initials in both themes.
    static const int hues[] = {211, 262, 330, 14, 35, 152, 188, 290};
    const int hue = hues[qHash(name) % (sizeof(hues) / sizeof(hues[0]))];
    return QColor::fromHsl(hue, dark ? 120 : 140, dark ? 105 : 112);
}

QColor BoardPalette::stageTint(int index, int count) const
{
    // From blue (first stage) through teal and green to amber (last open stage).
    const double t = count > 1 ? static_cast<double>(index) / (count - 1) : 0.0;
    const int hue = static_cast<int>(215 - t * 180 + 360) % 360;
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 150 : 120);
}
