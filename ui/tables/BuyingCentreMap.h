// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/StrategySheet.h"

#include <QWidget>

// The buying centre as reps draw it on a whiteboard: every stakeholder placed by influence
// (rows, high on top) and attitude to us (columns, opponents left, champions right); filled
// when contacted, outlined when not. Unknown influence or attitude get their own row/column.
class BuyingCentreMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuyingCentreMap)
public:
    explicit BuyingCentreMap(QWidget* parent = nullptr);

    void setStakeholders(const QList<Stakeholder>& stakeholders);
    // The cell a stakeholder is drawn in: row 0-3 (high, medium, low, unknown), column 0-5
    // (opponent, sceptic, neutral, supporter, champion, unknown).
    static QPoint cellOf(const Stakeholder& stakeholder);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Stakeholder> m_stakeholders;
};
