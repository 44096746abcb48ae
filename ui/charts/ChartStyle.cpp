// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include "ui/common/Colors.h"
#include "ui/common/Theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>

namespace {
// Okabe–Ito, reordered so that neighbours differ in lightness as well as hue.
const QColor kLight[] = {QColor(0x1f, 0x5f, 0xa8),
                         QColor(0xe0, 0x8a, 0x00),
                         QColor(0x00, 0x8f, 0x6b),
                         QColor(0xcc, 0x5a, 0x9a),
                         QColor(0x4b, 0xa3, 0xd9),
                         QColor(0xc9, 0x4c, 0x1a),
                         QColor(0x8c, 0x7a, 0x00),
                         QColor(0x6b, 0x6f, 0x78)};
const QColor kDark[] = {QColor(0x5b, 0x9b, 0xf0),
                        QColor(0xf5, 0xb0, 0x41),
                        QColor(0x2e, 0xc4, 0x9a),
                        QColor(0xe7, 0x8a, 0xc3),
                        QColor(0x8f, 0xcd, 0xf5),
                        QColor(0xf2, 0x7d, 0x4f),
                        QColor(0xd6, 0xc2, 0x3a),
                        QColor(0xa3, 0xa8, 0xb2)};
constexpr int kColors = 8;
} // namespace

ChartStyle::ChartStyle(const QPalette& palette, const QLocale& locale, bool compact)
    : m_palette(palette)
    , m_locale(locale)
    , m_dark(palette.color(QPalette::Window).lightness() < 128)
    , m_compact(compact)
{}

ChartStyle ChartStyle::print(const QLocale& locale)
{
    return ChartStyle(Theme::lightPalette(), locale);
}

ChartStyle ChartStyle::compact() const
{
    ChartStyle copy = *this;
    copy.m_compact = true;
    return copy;
}

QColor ChartStyle::color(Role role) const
{
    switch (role) {
    case Role::Primary:
        return categorical(0);
    case Role::Secondary:
        return categorical(4);
    case Role::Positive:
        return m_dark ? QColor(0x3d, 0xc4, 0x7e) : QColor(0x1e, 0x8e, 0x4e);
    case Role::Negative:
        return m_dark ? QColor(0xf2, 0x6d, 0x6d) : QColor(0xc6, 0x28, 0x28);
    case Role::Warning:
        return categorical(1);
    case Role::Neutral:
        return m_dark ? QColor(0x9a, 0xa4, 0xb5) : QColor(0x5c, 0x67, 0x7a);
    case Role::Target:
        return m_dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x22, 0x22, 0x22);
    case Role::Muted:
        return Colors::mix(background(), categorical(0), 0.35);
    }
    return text();
}

QColor ChartStyle::categorical(int index) const
{
    const QColor* colors = m_dark ? kDark : kLight;
    return colors[((index % kColors) + kColors) % kColors];
}

QColor ChartStyle::ramp(int index, int count) const
{
    const QColor strong = categorical(0);
    const qreal share = count > 1 ? 0.55 * qreal(index) / qreal(count - 1) : 0.0;
    return Colors::mix(strong, background(), share);
}

QColor ChartStyle::text() const
{
    return m_palette.color(QPalette::WindowText);
}

QColor ChartStyle::mutedText() const
{
    return Colors::mutedText(m_palette, 0.7);
}

QColor ChartStyle::background() const
{
    return m_palette.color(QPalette::Base);
}

QColor ChartStyle::grid() const
{
    return Colors::mix(background(), text(), m_dark ? 0.18 : 0.12);
}

QFont ChartStyle::font(qreal scale, bool bold) const
{
    QFont f = QApplication::font();
    const qreal base = f.pointSizeF() > 0 ? f.pointSizeF() : 9.0;
    f.setPointSizeF(base * scale * (m_compact ? 0.9 : 1.0));
    f.setBold(bold);
    return f;
}

void ChartStyle::apply(QChart* chart, const QString& title) const
{
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setLocalizeNumbers(true);
    chart->setLocale(m_locale);
    chart->setMargins(m_compact ? QMargins(4, 4, 4, 4) : QMargins(8, 8, 12, 8));
    chart->setTitle(title);
    chart->setTitleBrush(text());
    chart->setTitleFont(font(m_compact ? 1.05 : 1.2, true));
    QLegend* legend = chart->legend();
    legend->setLabelColor(text());
    legend->setFont(font(0.95));
    legend->setAlignment(Qt::AlignBottom);
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
}

void ChartStyle::apply(QAbstractAxis* axis) const
{
    axis->setLabelsColor(mutedText());
    axis->setLabelsFont(font(0.9));
    axis->setTitleBrush(mutedText());
    axis->setTitleFont(font(0.9));
    axis->setGridLineColor(grid());
    axis->setMinorGridLineColor(grid());
    axis->setLinePenColor(grid());
    axis->setShadesVisible(false);
    axis->setTruncateLabels(true);
}
