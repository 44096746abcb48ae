// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <initializer_list>
#include <random>

// The generator's only source of chance. The draws are written out here instead of using
// the std:: distributions, whose results differ between standard libraries: the same seed
// must give the same workspace on every platform.
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {}

    std::mt19937_64& engine() { return m_engine; }
    QString id();

    double uniform(); // [0, 1)
    double uniform(double low, double high);
    int integer(int low, int high); // both ends included
    bool chance(double probability);
    double normal(); // mean 0, deviation 1
    // A positive value whose logarithm is normal: typical for amounts and durations.
    double logNormal(double median, double sigma);
    // Index drawn with the given relative weights.
    int weighted(std::initializer_list<double> weights);
    int weighted(const double* weights, int count);

private:
    std::mt19937_64 m_engine;
};
