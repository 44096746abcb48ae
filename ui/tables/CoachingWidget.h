// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CoachingSummaryModel;
class QComboBox;
class QSortFilterProxyModel;
class QTableView;
class Workspace;

// The coaching summary per rep over the last 4 or 12 weeks. Activating a rep opens their
// interactions in the behaviour table, where the manager rates and comments.
class CoachingWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoachingWidget)
public:
    explicit CoachingWidget(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setWeeks(int weeks);
    CoachingSummaryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void repActivated(const QString& ownerId, int weeks);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();

    Workspace* m_workspace = nullptr;
    bool m_stale = false;
    CoachingSummaryModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_window = nullptr;
};
