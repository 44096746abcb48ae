// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/V2momSnapshot.h"
#include "core/review/V2momRefreshDiff.h"

#include <QWidget>

class GoalTreeModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

// The mid-year refresh (DOMAIN.md §6): snapshots of the sheet, and for the chosen one what
// was added, removed, reworded or reprioritised since, and each measure's completion then and
// now. Taking and removing snapshots are requests the page turns into undo commands.
class V2momRefreshView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(V2momRefreshView)
public:
    explicit V2momRefreshView(QWidget* parent = nullptr);

    // `valuesNow` holds today's value of each current measure.
    void
    setSheet(const V2momSheet& sheet, const QList<V2momSnapshot>& snapshots, const QHash<QString, double>& valuesNow);
    void clear(const QString& message);
    void setEditable(bool editable);
    QString currentSnapshotId() const;
    GoalTreeModel* changesModel() const { return m_changes; }
    GoalTreeModel* measuresModel() const { return m_measures; }

signals:
    void takeSnapshotRequested();
    void removeSnapshotRequested(const QString& snapshotId);

private:
    void showDiff();

    V2momSheet m_sheet;
    QList<V2momSnapshot> m_snapshots;
    QHash<QString, double> m_valuesNow;
    bool m_editable = true;
    QComboBox* m_snapshotCombo = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_summary = nullptr;
    GoalTreeModel* m_changes = nullptr;
    GoalTreeModel* m_measures = nullptr;
    QTreeView* m_changesView = nullptr;
    QTreeView* m_measuresView = nullptr;
};
