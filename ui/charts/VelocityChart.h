// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartFigure.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

struct VelocityPoint;
struct VelocityResult;
class ChartStyle;

// Chart 5: sales velocity (money per day) over time on top, its four factors below.
class VelocityChart final
{
    Q_DECLARE_TR_FUNCTIONS(VelocityChart)
public:
    static ChartFigure build(const VelocityResult& velocity, const ChartStyle& style);

private:
    static std::unique_ptr<QChart> line(const VelocityResult& velocity,
                                        const QString& title,
                                        const QString& axisTitle,
                                        const std::function<std::optional<double>(const VelocityPoint&)>& value,
                                        const std::function<QString(double)>& format,
                                        double divisor,
                                        int decimals,
                                        bool small,
                                        const QColor& color,
                                        const ChartStyle& style);
};
