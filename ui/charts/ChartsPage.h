// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChartData.h"
#include "core/analytics/ChartKind.h"

#include <QHash>
#include <QWidget>

#include <memory>

class ChartCanvas;
class ChartFilterBar;
class ChartJobs;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolButton;
class Workspace;

// The Charts area (issue 6): a chart list, the filters, the chart itself and its export.
// Data is computed on a worker thread for the visible chart only; the previous drawing stays
// up with a busy bar while a new one is computed.
class ChartsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPage)
public:
    explicit ChartsPage(QWidget* parent = nullptr);
    ~ChartsPage() override;

    // Follows MainWindow::workspaceChanged; nullptr: no workspace.
    void setWorkspace(Workspace* workspace);
    ChartKind currentChart() const { return m_kind; }
    void setCurrentChart(ChartKind kind);
    int currentView() const;
    void setCurrentView(int view);
    // The data drawn now; nullptr while the first computation is under way.
    const ChartData* currentData() const;
    bool isBusy() const;
    ChartCanvas* canvas() const { return m_canvas; }
    // Writes the current chart as PNG (200 dpi) or PDF, by the file's suffix; returns success.
    bool exportTo(const QString& path);

signals:
    // A chart was drawn from fresh data (tests and screenshots wait for it).
    void chartShown(ChartKind kind);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onChartChosen();
    void onDataReady(const ChartData& ready);
    void invalidate();
    void refresh();
    void redraw();
    void exportChart();
    void showMessage(const QString& text);
    void fitListToNames();

    Workspace* m_workspace = nullptr;
    std::unique_ptr<ChartJobs> m_jobs;
    ChartKind m_kind = ChartKind::Funnel;
    QHash<ChartKind, ChartData> m_cache; // for the current filter
    QHash<ChartKind, int> m_views;

    QListWidget* m_list;
    QLabel* m_title;
    QLabel* m_question;
    QComboBox* m_view;
    QLabel* m_viewLabel = nullptr;
    QToolButton* m_export;
    QProgressBar* m_busy;
    ChartFilterBar* m_filters;
    QStackedWidget* m_stack;
    QLabel* m_message;
    ChartCanvas* m_canvas;
    QTimer* m_refreshTimer;
};
