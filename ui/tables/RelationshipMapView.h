// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/AccountPlanSummary.h"

#include <QWidget>

// The relationship map of an account: its people by level of the org chart (executives on
// top), each with who holds the relationship on our side and how strong it is; people never
// met are drawn dashed.
class RelationshipMapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipMapView)
public:
    explicit RelationshipMapView(QWidget* parent = nullptr);

    void setPeople(const QList<AccountPlanFacts::MapPerson>& people);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<AccountPlanFacts::MapPerson> m_people;
};
