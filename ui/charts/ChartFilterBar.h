// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChartFilter.h"
#include "core/domain/Owner.h"
#include "core/domain/Pipeline.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;

// The filters of the Charts area: pipeline, team (a manager and their reps), rep and period.
class ChartFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartFilterBar)
public:
    explicit ChartFilterBar(QWidget* parent = nullptr);

    // Fills the choices, keeping the current ones where they still exist.
    void setChoices(const QList<Pipeline>& pipelines, const QList<Owner>& owners);
    // The filter for a period around `today`.
    ChartFilter filter(const QDate& today) const;
    QString summary() const; // "Default pipeline · Team Ana · This year"

signals:
    void filterChanged();

private:
    void fillReps();

    QComboBox* m_pipeline;
    QComboBox* m_team;
    QComboBox* m_rep;
    QComboBox* m_period;
    QList<Owner> m_owners;
};
