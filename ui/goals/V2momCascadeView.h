// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/V2momCascade.h"

#include <QHash>
#include <QWidget>

class GoalTreeModel;
class QLabel;
class QTreeView;

// The alignment view (DOMAIN.md §6): the manager's methods with the reports' methods that
// support them, methods nobody supports and report methods linked to nothing highlighted,
// and the roll-up of the manager's live measures over the team.
class V2momCascadeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(V2momCascadeView)
public:
    explicit V2momCascadeView(QWidget* parent = nullptr);

    // `names` maps owner ids to display names.
    void setCascade(const V2momCascade& cascade, const QHash<QString, QString>& names, const QDate& today);
    void clear(const QString& message);
    GoalTreeModel* alignmentModel() const { return m_alignment; }
    GoalTreeModel* rollUpModel() const { return m_rollUp; }

private:
    QLabel* m_summary = nullptr;
    GoalTreeModel* m_alignment = nullptr;
    GoalTreeModel* m_rollUp = nullptr;
    QTreeView* m_alignmentView = nullptr;
    QTreeView* m_rollUpView = nullptr;
};
