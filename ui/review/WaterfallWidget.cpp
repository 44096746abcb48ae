// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaterfallWidget.h"

#include "FlowStateStyle.h"
#include "ReviewFormat.h"

#include "ui/common/Colors.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace {
enum class Step
{
    Start,
    Added,
    Increases,
    Decreases,
    Lost,
    Won,
    TransferredIn,
    TransferredOut,
    End,
};

constexpr int kLeftLabelGap = 12;
constexpr int kValueGap = 8;

QString label(Step step)
{
    switch (step) {
    case Step::Start:
        return QCoreApplication::translate("WaterfallWidget", "Pipeline at start");
    case Step::Added:
        return QCoreApplication::translate("WaterfallWidget", "+ New and reopened");
    case Step::Increases:
        return QCoreApplication::translate("WaterfallWidget", "+ Amounts raised");
    case Step::Decreases:
        return QCoreApplication::translate("WaterfallWidget", "− Amounts lowered");
    case Step::Lost:
        return QCoreApplication::translate("WaterfallWidget", "− Lost");
    case Step::Won:
        return QCoreApplication::translate("WaterfallWidget", "− Won");
    case Step::TransferredIn:
        return QCoreApplication::translate("WaterfallWidget", "+ Handed over from other reps");
    case Step::TransferredOut:
        return QCoreApplication::translate("WaterfallWidget", "− Handed over to other reps");
    case Step::End:
        return QCoreApplication::translate("WaterfallWidget", "Pipeline at end");
    }
    return {};
}

QList<std::pair<Step, qint64>> stepsOf(const Waterfall& w)
{
    QList<std::pair<Step, qint64>> steps{{Step::Start, w.start},
                                         {Step::Added, w.added},
                                         {Step::Increases, w.increases},
                                         {Step::Decreases, -w.decreases},
                                         {Step::Lost, -w.lost},
                                         {Step::Won, -w.won}};
    // Only a set of reps has transfers; the team's waterfall has none to show.
    if (w.transferredIn != 0) {
        steps.append({Step::TransferredIn, w.transferredIn});
    }
    if (w.transferredOut != 0) {
        steps.append({Step::TransferredOut, -w.transferredOut});
    }
    steps.append({Step::End, w.end});
    return steps;
}

QColor colorOf(Step step, const QPalette& palette)
{
    switch (step) {
    case Step::Added:
        return FlowStateStyle::mark(FlowState::New, palette);
    case Step::Increases:
        return FlowStateStyle::mark(FlowState::Advanced, palette);
    case Step::Decreases:
        return FlowStateStyle::mark(FlowState::Regressed, palette);
    case Step::Lost:
        return FlowStateStyle::mark(FlowState::Lost, palette);
    case Step::Won:
        return FlowStateStyle::mark(FlowState::Won, palette);
    case Step::TransferredIn:
    case Step::TransferredOut:
        return Colors::mutedText(palette, 0.5);
    case Step::Start:
    case Step::End:
        break;
    }
    return Colors::mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.75);
}
} // namespace

WaterfallWidget::WaterfallWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("waterfall"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void WaterfallWidget::setWaterfall(const Waterfall& waterfall, const QString& baseCurrency)
{
    m_waterfall = waterfall;
    m_currency = baseCurrency;
    updateGeometry();
    update();
}

QList<std::pair<QString, qint64>> WaterfallWidget::steps() const
{
    QList<std::pair<QString, qint64>> result;
    for (const auto& [step, amount] : stepsOf(m_waterfall)) {
        result.append({label(step), amount});
    }
    return result;
}

int WaterfallWidget::rowHeight() const
{
    return fontMetrics().height() + 10;
}

QSize WaterfallWidget::sizeHint() const
{
    return {420, rowHeight() * int(stepsOf(m_waterfall).size()) + rowHeight()};
}

QSize WaterfallWidget::minimumSizeHint() const
{
    return {260, sizeHint().height()};
}

void WaterfallWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QList<std::pair<Step, qint64>> steps = stepsOf(m_waterfall);
    int labelWidth = 0;
    int valueWidth = 0;
    qint64 running = 0;
    qint64 highest = 1;
    for (const auto& [step, amount] : steps) {
        labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(label(step)));
        valueWidth = std::max(valueWidth, fontMetrics().horizontalAdvance(ReviewFormat::money(amount, m_currency)));
        running = (step == Step::Start || step == Step::End) ? amount : running + amount;
        highest = std::max({highest, running, amount});
    }
    const int height = rowHeight();
    const QRect bars(labelWidth + kLeftLabelGap,
                     0,
                     std::max(40, width() - labelWidth - kLeftLabelGap - valueWidth - kValueGap * 2),
                     height * int(steps.size()));
    auto xOf = [&](qint64 value) {
        return bars.left() + double(bars.width()) * double(value) / double(highest);
    };
    running = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto& [step, amount] = steps.at(i);
        const int y = int(i) * height;
        qint64 from = running;
        qint64 to = running + amount;
        if (step == Step::Start || step == Step::End) {
            from = 0;
            to = amount;
        }
        running = to;
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth, height), Qt::AlignVCenter | Qt::AlignLeft, label(step));
        const double left = xOf(std::min(from, to));
        const double right = xOf(std::max(from, to));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorOf(step, pal));
        painter.drawRoundedRect(QRectF(left, y + 4, std::max(2.0, right - left), height - 8), 2, 2);
        painter.setPen(pal.color(QPalette::WindowText));
        const QString value = (step == Step::Start || step == Step::End)
                                  ? ReviewFormat::money(amount, m_currency)
                                  : ReviewFormat::moneyChange(amount, m_currency);
        painter.drawText(QRect(bars.right() + kValueGap, y, valueWidth + kValueGap, height),
                         Qt::AlignVCenter | Qt::AlignRight,
                         value);
    }
    const QString check = m_waterfall.balances() ? tr("Start + new + raised − lowered − lost − won = end")
                                                 : tr("The figures do not add up: please report this.");
    painter.setPen(Colors::mutedText(pal, 0.6));
    painter.drawText(QRect(0, height * int(steps.size()), width(), height), Qt::AlignVCenter | Qt::AlignLeft, check);
}
