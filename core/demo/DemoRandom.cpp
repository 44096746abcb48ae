// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRandom.h"

#include "core/util/Ids.h"

#include <cmath>
#include <numbers>

QString DemoRandom::id()
{
    return Ids::seededId(m_engine);
}

double DemoRandom::uniform()
{
    // The top 53 bits make an evenly spread double.
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

double DemoRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int DemoRandom::integer(int low, int high)
{
    if (high <= low) {
        return low;
    }
    const quint64 span = static_cast<quint64>(high - low) + 1;
    return low + static_cast<int>(m_engine() % span);
}

bool DemoRandom::chance(double probability)
{
    return uniform() < probability;
}

double DemoRandom::normal()
{
    // Box-Muller; 1 - u keeps the logarithm away from zero.
    const double u = 1.0 - uniform();
    const double v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
}

double DemoRandom::logNormal(double median, double sigma)
{
    return median * std::exp(sigma * normal());
}

int DemoRandom::weighted(std::initializer_list<double> weights)
{
    return weighted(weights.begin(), static_cast<int>(weights.size()));
}

int DemoRandom::weighted(const double* weights, int count)
{
    double total = 0;
    for (int i = 0; i < count; ++i) {
        total += weights[i];
    }
    double draw = uniform() * total;
    for (int i = 0; i < count; ++i) {
        draw -= weights[i];
        if (draw < 0) {
            return i;
        }
    }
    return count - 1;
}
