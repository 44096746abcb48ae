// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewNames.h"

#include "core/analytics/FunnelReport.h"

#include <QWidget>

class AttentionModel;
class ForecastModel;
class FunnelFilterProxy;
class FunnelTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;
class QTimer;
class QUndoStack;
class ReportRunner;
class StageSummaryModel;
class Workspace;

// The funnel table page (销售漏斗表, DOMAIN.md §4): every deal of the period with its flow
// state, the stage summary, the forecast against quota with coverage, the deals that need
// the manager and the funnel's shape in words. Recomputed on a worker thread whenever the
// period, the reps or the workspace change.
class FunnelPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelPage)
public:
    explicit FunnelPage(QWidget* parent = nullptr);
    ~FunnelPage() override;

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    const FunnelReport& report() const { return m_report; }

signals:
    void openDealRequested(const QString& dealId);
    // A new report is shown.
    void refreshed();

public slots:
    void refresh();

private:
    enum PeriodChoice
    {
        SinceLastReview,
        LastSevenDays,
        ThisWeek,
        LastThirtyDays,
        ThisMonth,
        ThisQuarter,
        Custom,
    };
    // The tabs under the table.
    enum DetailTab
    {
        ForecastTab,
        StagesTab,
        AttentionTab,
    };

    QWidget* buildFilters();
    QWidget* buildStagesPanel();
    QWidget* buildAttentionPanel();
    QWidget* buildForecastPanel();
    void scheduleRefresh();
    void fillPeriods();
    FunnelOptions options() const;
    void display(const FunnelReport& report);
    void editQuota(const QString& ownerId, const std::optional<Money>& quota);
    void openDealAt(const QModelIndex& index);

    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    ReviewNames m_names;
    FunnelReport m_report;
    ReportRunner* m_runner = nullptr;
    QTimer* m_refreshTimer = nullptr;

    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_flow = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_status = nullptr;
    FunnelTableModel* m_model = nullptr;
    FunnelFilterProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_details = nullptr;
    StageSummaryModel* m_stages = nullptr;
    QLabel* m_shape = nullptr;
    AttentionModel* m_attention = nullptr;
    ForecastModel* m_forecast = nullptr;
    QComboBox* m_forecastKind = nullptr;
    QLabel* m_forecastTitle = nullptr;
};
