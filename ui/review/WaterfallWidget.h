// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/Waterfall.h"

#include <QWidget>

// The pipeline waterfall of the weekly review: start, what came in, what went up and down,
// what was lost and won, and the end, as floating bars with their amounts.
class WaterfallWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaterfallWidget)
public:
    explicit WaterfallWidget(QWidget* parent = nullptr);

    void setWaterfall(const Waterfall& waterfall, const QString& baseCurrency);
    const Waterfall& waterfall() const { return m_waterfall; }
    // The steps as shown: label and signed amount (start and end unsigned).
    QList<std::pair<QString, qint64>> steps() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;

    Waterfall m_waterfall;
    QString m_currency;
};
