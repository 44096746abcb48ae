// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelShape.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {
QString percent(double share)
{
    const QLocale locale;
    return FunnelShape::tr("%1 %").arg(locale.toString(std::lround(share * 100)));
}
} // namespace

FunnelShape FunnelShape::diagnose(const QList<StageCount>& input)
{
    FunnelShape shape;
    shape.stages = input;
    int total = 0;
    for (const StageCount& stage : input) {
        total += stage.count;
    }
    double weightSum = 0;
    double weight = 1;
    for (qsizetype i = 0; i < input.size(); ++i) {
        weightSum += weight;
        weight *= kNarrowing;
    }
    weight = 1;
    for (StageCount& stage : shape.stages) {
        stage.expected = weightSum > 0 ? weight / weightSum : 0;
        stage.share = total > 0 ? double(stage.count) / total : 0;
        weight *= kNarrowing;
    }
    if (total < kMinimumDeals || shape.stages.size() < 3) {
        shape.findings << Finding::TooFewDeals;
        shape.sentences
            << tr("Too few open deals (%1) to judge the shape of the funnel.").arg(QLocale().toString(total));
        return shape;
    }
    const StageCount& top = shape.stages.front();
    if (top.share < top.expected * kThinTop) {
        shape.findings << Finding::ThinTop;
        shape.sentences << tr("The top of the funnel is thin: %1 holds %2 of open deals vs %3 expected — "
                              "prospecting is short.")
                               .arg(top.name, percent(top.share), percent(top.expected));
    }
    // The middle: every stage but the first and the last.
    for (qsizetype i = 1; i + 1 < shape.stages.size(); ++i) {
        const StageCount& stage = shape.stages.at(i);
        if (stage.share >= stage.expected * kBulgeFactor && stage.share - stage.expected >= kBulgeMargin) {
            shape.findings << Finding::Bulge;
            shape.sentences << tr("Deals pile up in %1: %2 of open deals vs %3 expected — they are not being "
                                  "advanced or closed.")
                                   .arg(stage.name, percent(stage.share), percent(stage.expected));
        }
    }
    if (shape.findings.isEmpty()) {
        shape.findings << Finding::Healthy;
        shape.sentences << tr("The funnel narrows steadily from %1 to %2.")
                               .arg(shape.stages.front().name, shape.stages.back().name);
    }
    return shape;
}
