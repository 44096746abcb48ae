// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPage.h"

#include "AccuracyModel.h"
#include "ReviewFormat.h"
#include "ReviewNoteEditor.h"
#include "ReviewWidgets.h"
#include "SetReviewNoteCommand.h"
#include "WaterfallWidget.h"
#include "WhatChangedModel.h"

#include "core/analytics/ReportPeriod.h"
#include "core/review/ReviewService.h"
#include "core/storage/Database.h"
#include "core/storage/ReviewRepository.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReportRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kDefaultDays = 7;
// The "since" choices besides snapshots.
const QString kSinceDate = QStringLiteral("date");
} // namespace

ReviewPage::ReviewPage(QWidget* parent)
    : QWidget(parent)
    , m_runner(new ReportRunner(this))
    , m_refreshTimer(ReviewWidgets::refreshTimer(this))
    , m_changes(new WhatChangedModel(this))
    , m_changesProxy(new QSortFilterProxyModel(this))
    , m_accuracy(new AccuracyModel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    connect(m_refreshTimer, &QTimer::timeout, this, &ReviewPage::refresh);

    m_changesProxy->setSourceModel(m_changes);
    m_changesProxy->setSortRole(WhatChangedModel::SortRole);
    m_changesTable = ReviewWidgets::table(m_changesProxy, QStringLiteral("whatChangedTable"), this);
    m_changesTable->setSortingEnabled(true);
    m_changesTable->sortByColumn(WhatChangedModel::When, Qt::DescendingOrder);
    m_changesTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_changesTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openDealRequested(index.data(WhatChangedModel::DealIdRole).toString());
    });
    connect(m_changesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::selectDeal);

    m_waterfall = new WaterfallWidget(this);
    m_noteEditor = new ReviewNoteEditor(this);
    connect(m_noteEditor, &ReviewNoteEditor::saveRequested, this, &ReviewPage::saveNote);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(ReviewWidgets::heading(tr("Pipeline waterfall"), side));
    sideLayout->addWidget(m_waterfall);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_noteEditor, 1);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_changesTable);
    top->addWidget(side);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto* accuracy = ReviewWidgets::table(m_accuracy, QStringLiteral("accuracyTable"), this);
    accuracy->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    accuracy->setSelectionMode(QAbstractItemView::NoSelection);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(ReviewWidgets::heading(tr("Forecast accuracy of past reviews"), bottom));
    bottomLayout->addWidget(accuracy);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildBar());
    layout->addWidget(vertical, 1);
    setEnabled(false);
}

ReviewPage::~ReviewPage() = default;

QWidget* ReviewPage::buildBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_start = new QPushButton(tr("Start review"), bar);
    m_start->setObjectName(QStringLiteral("startReview"));
    m_start->setToolTip(tr("Freeze the pipeline and the forecast now; this week's notes are kept with it"));
    connect(m_start, &QPushButton::clicked, this, &ReviewPage::startReview);
    m_since = new QComboBox(bar);
    m_since->setObjectName(QStringLiteral("reviewSince"));
    m_since->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sinceDate = new QDateEdit(bar);
    m_sinceDate->setObjectName(QStringLiteral("reviewSinceDate"));
    m_sinceDate->setCalendarPopup(true);
    m_owner = new QComboBox(bar);
    m_owner->setObjectName(QStringLiteral("reviewOwner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    row->addWidget(m_start);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("What changed since"), bar));
    row->addWidget(m_since);
    row->addWidget(m_sinceDate);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Reps:"), bar));
    row->addWidget(m_owner);
    row->addStretch(1);
    row->addWidget(m_status);
    connect(m_since, &QComboBox::currentIndexChanged, this, [this] {
        m_sinceDate->setEnabled(m_since->currentData().toString() == kSinceDate);
        scheduleRefresh();
    });
    connect(m_sinceDate, &QDateEdit::dateChanged, this, &ReviewPage::scheduleRefresh);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ReviewPage::scheduleRefresh);
    return bar;
}

void ReviewPage::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undoStack = undoStack;
    setEnabled(workspace != nullptr);
    m_currentReviewId.clear();
    if (!workspace) {
        display(Data{});
        return;
    }
    WorkspaceEvents& events = workspace->events();
    for (auto signal : {&WorkspaceEvents::pipelinesChanged,
                        &WorkspaceEvents::ownersChanged,
                        &WorkspaceEvents::quotasChanged,
                        &WorkspaceEvents::workspaceReloaded}) {
        connect(&events, signal, this, &ReviewPage::scheduleRefresh);
    }
    connect(&events, &WorkspaceEvents::dealsChanged, this, &ReviewPage::scheduleRefresh);
    connect(&events, &WorkspaceEvents::dealsRemoved, this, &ReviewPage::scheduleRefresh);
    // Notes change often while the manager writes: only the note column is reloaded.
    connect(&events, &WorkspaceEvents::reviewsChanged, this, [this] {
        const QString newest = m_workspace->reviews().snapshots().value(0).id;
        if (newest != m_currentReviewId) {
            scheduleRefresh();
        } else {
            reloadNotes();
        }
    });
    const QDate today = workspace->clock().today();
    const QSignalBlocker blocker(m_sinceDate);
    m_sinceDate->setDate(today.addDays(-kDefaultDays));
    refresh();
}

void ReviewPage::fillSince()
{
    const QSignalBlocker blocker(m_since);
    const QString previous = m_since->currentData().toString();
    const QList<ReviewSnapshot> snapshots = m_workspace->reviews().snapshots();
    m_currentReviewId = snapshots.isEmpty() ? QString() : snapshots.front().id;
    m_since->clear();
    for (const ReviewSnapshot& snapshot : snapshots) {
        const QString when = ReviewFormat::dateTime(snapshot.takenAt);
        m_since->addItem(snapshot.title.isEmpty() ? tr("Review of %1").arg(when)
                                                  : tr("%1 (%2)").arg(snapshot.title, when),
                         snapshot.id);
    }
    m_since->addItem(tr("A day…"), kSinceDate);
    int index = m_since->findData(previous);
    if (index < 0) {
        // Last week's review when this week's has started, else the latest review, else a day.
        index = snapshots.size() >= 2 ? 1 : 0;
    }
    m_since->setCurrentIndex(index);
    m_sinceDate->setEnabled(m_since->currentData().toString() == kSinceDate);
}

void ReviewPage::scheduleRefresh()
{
    if (m_workspace) {
        m_refreshTimer->start();
    }
}

void ReviewPage::refresh()
{
    if (!m_workspace) {
        return;
    }
    m_names = ReviewNames::load(*m_workspace);
    ReviewWidgets::fillOwners(m_owner, m_names.owners());
    fillSince();
    WhatChangedOptions options;
    options.now = m_workspace->clock().nowUtc();
    const QString since = m_since->currentData().toString();
    if (since == kSinceDate) {
        options.since = ReportPeriod::startOfDay(m_sinceDate->date(), options.zone);
    } else if (const auto snapshot = m_workspace->reviews().snapshot(since)) {
        options.since = snapshot->takenAt;
    } else {
        options.since = options.now.addDays(-kDefaultDays);
    }
    if (options.since >= options.now) {
        options.since = options.now.addMSecs(-1);
    }
    const QString owner = m_owner->currentData().toString();
    if (!owner.isEmpty()) {
        options.ownerIds = {owner};
    }
    const QString path = m_workspace->path();
    m_status->setText(tr("Updating…"));
    m_runner->run<Data>(
        [path, options] {
            auto database = Database::openWorkerConnection(path, Database::Access::ReadOnly);
            Data data;
            data.changes = WhatChanged::run(*database, options);
            data.accuracy = ForecastAccuracy::run(*database, options.now, options.zone);
            return data;
        },
        [this](const Data& data) { display(data); },
        [this](const QString& error) { m_status->setText(error); });
}

void ReviewPage::display(const Data& data)
{
    m_data = data;
    m_changes->setRows(data.changes.rows, m_names);
    m_changesTable->resizeColumnsToContents();
    // Long deal names are elided so the kind of change and its amount stay in view.
    const int character = fontMetrics().averageCharWidth();
    m_changesTable->setColumnWidth(WhatChangedModel::Deal,
                                   std::min(m_changesTable->columnWidth(WhatChangedModel::Deal), 30 * character));
    m_waterfall->setWaterfall(data.changes.waterfall, m_names.baseCurrency());
    m_accuracy->setRows(data.accuracy, m_names);
    reloadNotes();
    if (m_workspace) {
        m_status->setText(tr("%n change(s)", "", int(data.changes.rows.size())));
        if (m_currentReviewId.isEmpty()) {
            m_noteEditor->clearTarget(tr("Start a review to keep notes on deals with it."));
        } else {
            m_noteEditor->clearTarget(tr("Choose a deal in the list to write a review note."));
        }
    } else {
        m_status->clear();
    }
    emit refreshed();
}

void ReviewPage::reloadNotes()
{
    m_changes->setNotes(m_workspace && !m_currentReviewId.isEmpty() ? m_workspace->reviews().notes(m_currentReviewId)
                                                                    : QList<ReviewNote>{});
}

void ReviewPage::selectDeal(const QModelIndex& index)
{
    if (!m_workspace || !index.isValid()) {
        return;
    }
    const DealChangeRow* row = m_changes->row(m_changesProxy->mapToSource(index).row());
    if (!row) {
        return;
    }
    if (m_currentReviewId.isEmpty()) {
        m_noteEditor->clearTarget(tr("Start a review to keep notes on deals with it."));
        return;
    }
    const ReviewNote note = m_workspace->reviews().note(m_currentReviewId, row->dealId).value_or(ReviewNote{});
    m_noteEditor->setTarget(m_currentReviewId, row->dealId, row->dealName, note);
}

void ReviewPage::saveNote(const ReviewNote& note, const QString& dealName)
{
    if (!m_workspace || !m_undoStack || note.snapshotId.isEmpty()) {
        return;
    }
    m_undoStack->push(new SetReviewNoteCommand(*m_workspace, note, dealName));
}

void ReviewPage::startReview()
{
    if (!m_workspace) {
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const QString title = tr("Week %1").arg(m_workspace->clock().today().weekNumber());
        m_workspace->reviewService().startReview(title);
        QGuiApplication::restoreOverrideCursor();
    } catch (const StorageError& error) {
        QGuiApplication::restoreOverrideCursor();
        MessageBox::critical(this, tr("Start review"), error.message());
        return;
    }
    m_since->setCurrentIndex(-1); // choose the default again: since the previous review
    refresh();
}
