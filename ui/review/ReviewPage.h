// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewNames.h"

#include "core/domain/ReviewSnapshot.h"
#include "core/review/ForecastAccuracy.h"
#include "core/review/WhatChanged.h"

#include <QWidget>

class AccuracyModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QUndoStack;
class ReportRunner;
class ReviewNoteEditor;
class WaterfallWidget;
class WhatChangedModel;
class Workspace;

// The weekly review (DOMAIN.md §8): "Start review" freezes the pipeline in a snapshot; the
// page lists what changed since the previous snapshot (or a chosen day) with the pipeline
// waterfall, keeps the manager's note per deal with the current review, and shows how
// accurate the forecasts of past reviews were.
class ReviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)
public:
    struct Data
    {
        WhatChangedReport changes;
        QList<AccuracyRow> accuracy;
    };

    explicit ReviewPage(QWidget* parent = nullptr);
    ~ReviewPage() override;

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    const Data& data() const { return m_data; }
    // The review notes are kept with (the newest snapshot); empty before the first review.
    QString currentReviewId() const { return m_currentReviewId; }

signals:
    void openDealRequested(const QString& dealId);
    void refreshed();

public slots:
    void refresh();
    void startReview();

private:
    QWidget* buildBar();
    void fillSince();
    void scheduleRefresh();
    void display(const Data& data);
    void selectDeal(const QModelIndex& index);
    void saveNote(const ReviewNote& note, const QString& dealName);
    void reloadNotes();

    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    ReviewNames m_names;
    Data m_data;
    QString m_currentReviewId;
    ReportRunner* m_runner = nullptr;
    QTimer* m_refreshTimer = nullptr;

    QPushButton* m_start = nullptr;
    QComboBox* m_since = nullptr;
    QDateEdit* m_sinceDate = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_status = nullptr;
    WhatChangedModel* m_changes = nullptr;
    QSortFilterProxyModel* m_changesProxy = nullptr;
    QTableView* m_changesTable = nullptr;
    WaterfallWidget* m_waterfall = nullptr;
    ReviewNoteEditor* m_noteEditor = nullptr;
    AccuracyModel* m_accuracy = nullptr;
};
