// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/PipelineBoardQuery.h"

#include <QWidget>

class QToolButton;

/**
 * The head of a board column: stage name, deal count, total and weighted amount in the base
 * currency, the stage's probability, and a marker when some deals have no exchange rate
 * (their amounts are left out of the sums, never added as plain numbers). Painted, so the
 * numbers can change after every move without relayout.
 */
class StageColumnHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageColumnHeader)
public:
    explicit StageColumnHeader(QWidget* parent = nullptr);

    void setStage(const Stage& stage, const QString& displayName, const QColor& tint);
    void setTotals(const StageTotals& totals, const QString& baseCurrency);
    // The texts shown, for tests and accessibility.
    QString countText() const;
    QString totalText() const;
    QString weightedText() const;
    QString unconvertibleText() const;
    QToolButton* foldButton() const { return m_fold; }

    QSize sizeHint() const override;

signals:
    void foldClicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    Stage m_stage;
    QString m_name;
    QColor m_tint;
    StageTotals m_totals;
    QString m_baseCurrency;
    QToolButton* m_fold;
};
