// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/FlowState.h"

#include <QSortFilterProxyModel>

#include <optional>

// Sorts the funnel table on raw values and filters it by flow state and by text in the
// owner, account and deal columns.
class FunnelFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelFilterProxy)
public:
    explicit FunnelFilterProxy(QObject* parent = nullptr);

    void setFlowState(std::optional<FlowState> state);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<FlowState> m_state;
    QString m_text;
};
