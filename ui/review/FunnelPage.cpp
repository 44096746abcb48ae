// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelPage.h"

#include "AttentionModel.h"
#include "FlowStateStyle.h"
#include "ForecastModel.h"
#include "FunnelFilterProxy.h"
#include "FunnelTableModel.h"
#include "ReviewFormat.h"
#include "ReviewWidgets.h"
#include "SetQuotaCommand.h"
#include "StageSummaryModel.h"

#include "core/analytics/FunnelAnalysis.h"
#include "core/storage/Database.h"
#include "core/storage/ReviewRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/MoneyAmountDelegate.h"
#include "ui/common/ReportRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QIcon swatch(FlowState state, const QPalette& palette)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(FlowStateStyle::mark(state, palette));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}
} // namespace

FunnelPage::FunnelPage(QWidget* parent)
    : QWidget(parent)
    , m_runner(new ReportRunner(this))
    , m_refreshTimer(ReviewWidgets::refreshTimer(this))
    , m_model(new FunnelTableModel(this))
    , m_proxy(new FunnelFilterProxy(this))
    , m_stages(new StageSummaryModel(this))
    , m_attention(new AttentionModel(this))
    , m_forecast(new ForecastModel(this))
{
    setObjectName(QStringLiteral("funnelPage"));
    connect(m_refreshTimer, &QTimer::timeout, this, &FunnelPage::refresh);
    m_proxy->setSourceModel(m_model);

    m_table = ReviewWidgets::table(m_proxy, QStringLiteral("funnelTable"), this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FunnelTableModel::Amount, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The flow state is what the review is about: next to the deal, not past the right edge.
    m_table->horizontalHeader()->moveSection(FunnelTableModel::Flow, FunnelTableModel::Amount);
    connect(m_table, &QTableView::doubleClicked, this, &FunnelPage::openDealAt);

    // The table takes the width: its amounts, stages and flow states are what the manager reads
    // first. The three questions of DOMAIN.md §4 (what will we close, where is the team weak,
    // which deals need me) share the space below it, one tab each.
    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("funnelDetails"));
    m_details->setDocumentMode(true);
    m_details->addTab(buildForecastPanel(), tr("Forecast"));
    m_details->addTab(buildStagesPanel(), tr("Stages and funnel shape"));
    m_details->addTab(buildAttentionPanel(), tr("Needs attention"));
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_table);
    vertical->addWidget(m_details);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildFilters());
    layout->addWidget(vertical, 1);
    fillPeriods();
    setEnabled(false);
}

FunnelPage::~FunnelPage() = default;

QWidget* FunnelPage::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("funnelPeriod"));
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("funnelFrom"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("funnelTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &FunnelPage::scheduleRefresh);
    }
    m_owner = new QComboBox(bar);
    m_owner->setObjectName(QStringLiteral("funnelOwner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flow = new QComboBox(bar);
    m_flow->setObjectName(QStringLiteral("funnelFlow"));
    m_flow->addItem(tr("All flow states"), -1);
    for (int state = 0; state < kFlowStateCount; ++state) {
        m_flow->addItem(swatch(FlowState(state), palette()), flowStateDisplayName(FlowState(state)), state);
    }
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("funnelSearch"));
    m_search->setPlaceholderText(tr("Filter by owner, account or deal"));
    m_search->setClearButtonEnabled(true);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("funnelStatus"));

    row->addWidget(new QLabel(tr("Period:"), bar));
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Reps:"), bar));
    row->addWidget(m_owner);
    row->addWidget(m_flow);
    row->addWidget(m_search, 1);
    row->addWidget(m_status);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        scheduleRefresh();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, &FunnelPage::scheduleRefresh);
    connect(m_flow, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_flow->currentData().toInt();
        m_proxy->setFlowState(state < 0 ? std::nullopt : std::optional<FlowState>(FlowState(state)));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &FunnelFilterProxy::setText);
    return bar;
}

QWidget* FunnelPage::buildStagesPanel()
{
    auto* panel = new QWidget(this);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 6, 0, 0);
    auto* stages = ReviewWidgets::table(m_stages, QStringLiteral("stageSummaryTable"), panel);
    stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    stages->horizontalHeader()->setSectionResizeMode(StageSummaryModel::Stage, QHeaderView::ResizeToContents);
    stages->setSelectionMode(QAbstractItemView::NoSelection);
    column->addWidget(stages, 1);
    m_shape = new QLabel(panel);
    m_shape->setObjectName(QStringLiteral("funnelShape"));
    m_shape->setWordWrap(true);
    m_shape->setTextFormat(Qt::PlainText);
    column->addWidget(m_shape);
    return panel;
}

QWidget* FunnelPage::buildAttentionPanel()
{
    auto* attention = ReviewWidgets::table(m_attention, QStringLiteral("attentionTable"), this);
    attention->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    attention->horizontalHeader()->setStretchLastSection(true);
    connect(attention, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openDealRequested(index.data(AttentionModel::DealIdRole).toString());
    });
    return attention;
}

QWidget* FunnelPage::buildForecastPanel()
{
    auto* panel = new QWidget(this);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 6, 0, 0);
    auto* title = new QHBoxLayout;
    m_forecastTitle = ReviewWidgets::heading(tr("Forecast"), panel);
    m_forecastKind = new QComboBox(panel);
    m_forecastKind->setObjectName(QStringLiteral("forecastKind"));
    m_forecastKind->addItem(tr("Quarter"), int(ForecastPeriod::Kind::Quarter));
    m_forecastKind->addItem(tr("Month"), int(ForecastPeriod::Kind::Month));
    connect(m_forecastKind, &QComboBox::currentIndexChanged, this, &FunnelPage::scheduleRefresh);
    title->addWidget(m_forecastTitle);
    title->addWidget(m_forecastKind);
    title->addStretch(1);
    column->addLayout(title);
    auto* table = ReviewWidgets::table(m_forecast, QStringLiteral("forecastTable"), panel);
    // Figures and headers keep their full width (Polish and Chinese headers are longer than
    // the numbers under them); the rep names take what is left.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ForecastModel::Rep, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table->setItemDelegateForColumn(ForecastModel::Quota, new MoneyAmountDelegate(table));
    connect(m_forecast, &ForecastModel::quotaEdited, this, &FunnelPage::editQuota);
    column->addWidget(table);
    return panel;
}

void FunnelPage::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undoStack = undoStack;
    setEnabled(workspace != nullptr);
    if (!workspace) {
        m_report = FunnelReport{};
        m_names = ReviewNames{};
        display(m_report);
        return;
    }
    WorkspaceEvents& events = workspace->events();
    for (auto signal : {&WorkspaceEvents::pipelinesChanged,
                        &WorkspaceEvents::ownersChanged,
                        &WorkspaceEvents::productsChanged,
                        &WorkspaceEvents::reviewsChanged,
                        &WorkspaceEvents::quotasChanged,
                        &WorkspaceEvents::workspaceReloaded}) {
        connect(&events, signal, this, &FunnelPage::scheduleRefresh);
    }
    connect(&events, &WorkspaceEvents::dealsChanged, this, &FunnelPage::scheduleRefresh);
    connect(&events, &WorkspaceEvents::dealsRemoved, this, &FunnelPage::scheduleRefresh);
    connect(&events, &WorkspaceEvents::interactionsChanged, this, &FunnelPage::scheduleRefresh);
    connect(&events, &WorkspaceEvents::strategySheetsChanged, this, &FunnelPage::scheduleRefresh);
    fillPeriods();
    refresh();
}

void FunnelPage::fillPeriods()
{
    const QSignalBlocker blocker(m_period);
    const int previous = m_period->currentData().isValid() ? m_period->currentData().toInt() : -1;
    m_period->clear();
    const bool hasReview = m_workspace && !m_workspace->reviews().snapshots().isEmpty();
    if (hasReview) {
        m_period->addItem(tr("Since the last review"), SinceLastReview);
    }
    m_period->addItem(tr("Last 7 days"), LastSevenDays);
    m_period->addItem(tr("This week"), ThisWeek);
    m_period->addItem(tr("Last 30 days"), LastThirtyDays);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("This quarter"), ThisQuarter);
    m_period->addItem(tr("Custom"), Custom);
    const int index = m_period->findData(previous);
    m_period->setCurrentIndex(index >= 0 ? index : 0);
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    if (!m_from->isEnabled()) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(today.addDays(-6));
        m_to->setDate(today);
    }
    m_from->setEnabled(m_period->currentData().toInt() == Custom);
    m_to->setEnabled(m_from->isEnabled());
}

void FunnelPage::scheduleRefresh()
{
    if (m_workspace) {
        m_refreshTimer->start();
    }
}

FunnelOptions FunnelPage::options() const
{
    FunnelOptions options;
    options.now = m_workspace->clock().nowUtc();
    const QTimeZone& zone = options.zone;
    const QDate today = options.now.toTimeZone(zone).date();
    switch (m_period->currentData().toInt()) {
    case SinceLastReview: {
        const QList<ReviewSnapshot> snapshots = m_workspace->reviews().snapshots();
        options.period = snapshots.isEmpty() ? ReportPeriod::lastDays(7, options.now, zone)
                                             : ReportPeriod::since(snapshots.front().takenAt, options.now, zone);
        break;
    }
    case ThisWeek:
        options.period = ReportPeriod::fromLocalDays(today.addDays(1 - today.dayOfWeek()), today, zone);
        break;
    case LastThirtyDays:
        options.period = ReportPeriod::lastDays(30, options.now, zone);
        break;
    case ThisMonth:
        options.period = ForecastPeriod::containing(today, ForecastPeriod::Kind::Month).span(zone);
        break;
    case ThisQuarter:
        options.period = ForecastPeriod::containing(today, ForecastPeriod::Kind::Quarter).span(zone);
        break;
    case Custom:
        options.period = ReportPeriod::fromLocalDays(
            std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date()), zone);
        break;
    default:
        options.period = ReportPeriod::lastDays(7, options.now, zone);
        break;
    }
    const QString owner = m_owner->currentData().toString();
    if (!owner.isEmpty()) {
        options.ownerIds = {owner};
    }
    const auto kind = ForecastPeriod::Kind(m_forecastKind->currentData().toInt());
    options.forecastPeriod =
        ForecastPeriod::containing(options.period.asOf(options.now).addMSecs(-1).toTimeZone(zone).date(), kind);
    return options;
}

void FunnelPage::refresh()
{
    if (!m_workspace) {
        return;
    }
    m_names = ReviewNames::load(*m_workspace);
    ReviewWidgets::fillOwners(m_owner, m_names.owners());
    fillPeriods();
    const FunnelOptions opts = options();
    const QString path = m_workspace->path();
    m_status->setText(tr("Updating…"));
    m_runner->run<FunnelReport>(
        [path, opts] {
            // The worker's own connection: Qt SQL connections belong to one thread.
            auto database = Database::openWorkerConnection(path, Database::Access::ReadOnly);
            return FunnelAnalysis::run(*database, opts);
        },
        [this](const FunnelReport& report) { display(report); },
        [this](const QString& error) { m_status->setText(error); });
}

void FunnelPage::display(const FunnelReport& report)
{
    m_report = report;
    m_model->setRows(report.rows, m_names);
    m_stages->setRows(report.stages, m_names);
    m_attention->setItems(report.attention, m_names);
    m_forecast->setBlocks(report.forecast.team, report.forecast.reps, m_names);
    m_shape->setText(report.shape.sentences.join(u'\n'));
    m_table->resizeColumnsToContents();
    // Long names are elided rather than pushing the amounts and flow states out of view.
    const int character = fontMetrics().averageCharWidth();
    for (const auto& [column, characters] : {std::pair{FunnelTableModel::Owner, 18},
                                             std::pair{FunnelTableModel::Account, 22},
                                             std::pair{FunnelTableModel::Deal, 30}}) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), characters * character));
    }
    m_details->setTabText(AttentionTab,
                          report.attention.isEmpty() ? tr("Needs attention")
                                                     : tr("Needs attention (%L1)").arg(report.attention.size()));
    if (report.period.isValid()) {
        const QDate first = report.period.start.toLocalTime().date();
        const QDate last = report.period.end.addMSecs(-1).toLocalTime().date();
        QString status = tr("%n deal(s), %1 – %2", "", int(report.rows.size()))
                             .arg(ReviewFormat::date(first), ReviewFormat::date(last));
        if (!report.unconverted.isEmpty()) {
            QStringList currencies(report.unconverted.cbegin(), report.unconverted.cend());
            currencies.sort();
            status += u' ' + tr("(no exchange rate for %1: left out of totals)").arg(currencies.join(tr(", ")));
        }
        m_status->setText(status);
        m_forecastTitle->setText(tr("Forecast %1 – %2, in %3")
                                     .arg(ReviewFormat::date(report.forecastPeriod.first),
                                          ReviewFormat::date(report.forecastPeriod.last()),
                                          report.baseCurrency));
    } else {
        m_status->clear();
    }
    emit refreshed();
}

void FunnelPage::editQuota(const QString& ownerId, const std::optional<Money>& quota)
{
    if (!m_workspace || !m_undoStack) {
        return;
    }
    m_undoStack->push(
        new SetQuotaCommand(*m_workspace, ownerId, m_report.forecastPeriod, quota, m_names.owner(ownerId)));
}

void FunnelPage::openDealAt(const QModelIndex& index)
{
    if (index.isValid()) {
        emit openDealRequested(index.data(FunnelTableModel::DealIdRole).toString());
    }
}
