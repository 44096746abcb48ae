// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QSortFilterProxyModel>

#include <optional>

// Sorts the behaviour table on raw values and filters the loaded scope by type, outcome and
// deal or account name. Week rows stay while one of their interactions is shown.
class BehaviourFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BehaviourFilterProxy)
public:
    explicit BehaviourFilterProxy(QObject* parent = nullptr);

    void setType(std::optional<InteractionType> type);
    void setOutcome(std::optional<InteractionOutcome> outcome);
    void setDealText(const QString& text);
    void setAccountText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::optional<InteractionType> m_type;
    std::optional<InteractionOutcome> m_outcome;
    QString m_dealText;
    QString m_accountText;
};
