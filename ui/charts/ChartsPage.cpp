// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsPage.h"

#include "ChartCanvas.h"
#include "ChartFigures.h"
#include "ChartFilterBar.h"
#include "ChartJobs.h"
#include "ChartRenderer.h"
#include "ChartStyle.h"

#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Page
{
    BusyPage,
    MessagePage,
    ChartPage,
};
constexpr int kRefreshDelayMs = 400; // edits come in bursts (an import, a drag across columns)
} // namespace

ChartsPage::ChartsPage(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_question(new QLabel(this))
    , m_view(new QComboBox(this))
    , m_export(new QToolButton(this))
    , m_busy(new QProgressBar(this))
    , m_filters(new ChartFilterBar(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_canvas(new ChartCanvas(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("chartsPage"));
    m_list->setObjectName(QStringLiteral("chartList"));
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export->setObjectName(QStringLiteral("chartExport"));
    m_busy->setObjectName(QStringLiteral("chartBusy"));
    m_stack->setObjectName(QStringLiteral("chartStack"));
    m_message->setObjectName(QStringLiteral("chartMessage"));

    for (ChartKind kind : ChartKinds::all()) {
        auto* item = new QListWidgetItem(ChartKinds::displayName(kind), m_list);
        item->setData(Qt::UserRole, ChartKinds::key(kind));
        item->setToolTip(ChartKinds::question(kind));
    }
    m_list->setCurrentRow(0);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    fitListToNames();

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_question->setWordWrap(true);
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the chart as a PNG image (200 dpi) or a PDF page (vector). SVG is not offered: "
                            "the Qt SVG module is not part of the platform packages we build on."));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("PNG image or PDF document…"), this, &ChartsPage::exportChart);
    m_export->setMenu(menu);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto* busyPage = new QWidget(m_stack);
    auto* busyLayout = new QVBoxLayout(busyPage);
    auto* busyLabel = new QLabel(tr("Computing…"), busyPage);
    busyLabel->setAlignment(Qt::AlignCenter);
    auto* spinner = new QProgressBar(busyPage);
    spinner->setRange(0, 0);
    spinner->setMaximumWidth(240);
    busyLayout->addStretch(1);
    busyLayout->addWidget(busyLabel, 0, Qt::AlignHCenter);
    busyLayout->addWidget(spinner, 0, Qt::AlignHCenter);
    busyLayout->addStretch(1);
    m_stack->insertWidget(BusyPage, busyPage);
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->insertWidget(ChartPage, m_canvas);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    m_viewLabel = new QLabel(tr("View:"), this);
    m_viewLabel->setBuddy(m_view);
    header->addWidget(m_viewLabel);
    header->addWidget(m_view);
    header->addWidget(m_export);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 6, 8, 6);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_question);
    rightLayout->addWidget(m_filters);
    rightLayout->addWidget(m_busy);
    rightLayout->addWidget(m_stack, 1);
    // No splitter: the list is exactly as wide as the chart names (fitListToNames), and a
    // splitter pane kept its own wider size, leaving a band of nothing beside the list.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(right, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChartsPage::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChartsPage::onChartChosen);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int view) {
        if (view >= 0) {
            m_views.insert(m_kind, view);
            redraw();
        }
    });
    connect(m_filters, &ChartFilterBar::filterChanged, this, &ChartsPage::invalidate);
    onChartChosen();
    setWorkspace(nullptr);
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::setWorkspace(Workspace* workspace)
{
    m_jobs.reset(); // waits for a computation on the previous workspace
    m_workspace = workspace;
    m_cache.clear();
    m_busy->setVisible(false);
    if (!workspace) {
        showMessage(tr("Open a workspace to see its charts."));
        return;
    }
    m_jobs = std::make_unique<ChartJobs>(workspace->database());
    connect(m_jobs.get(), &ChartJobs::ready, this, &ChartsPage::onDataReady);
    connect(m_jobs.get(), &ChartJobs::busyChanged, m_busy, &QWidget::setVisible);
    WorkspaceEvents& events = workspace->events();
    auto changed = [this] {
        m_cache.clear();
        if (isVisible()) {
            m_refreshTimer->start();
        }
    };
    auto choicesChanged = [this, changed] {
        m_filters->setChoices(m_workspace->pipelines().pipelines(), m_workspace->owners().owners());
        changed();
    };
    connect(&events, &WorkspaceEvents::dealsChanged, m_jobs.get(), changed);
    connect(&events, &WorkspaceEvents::dealsRemoved, m_jobs.get(), changed);
    connect(&events, &WorkspaceEvents::interactionsChanged, m_jobs.get(), changed);
    connect(&events, &WorkspaceEvents::strategySheetsChanged, m_jobs.get(), changed);
    connect(&events, &WorkspaceEvents::pipelinesChanged, m_jobs.get(), choicesChanged);
    connect(&events, &WorkspaceEvents::ownersChanged, m_jobs.get(), choicesChanged);
    connect(&events, &WorkspaceEvents::workspaceReloaded, m_jobs.get(), choicesChanged);
    {
        const QSignalBlocker blocker(m_filters);
        m_filters->setChoices(workspace->pipelines().pipelines(), workspace->owners().owners());
    }
    invalidate();
}

void ChartsPage::setCurrentChart(ChartKind kind)
{
    m_list->setCurrentRow(int(ChartKinds::all().indexOf(kind)));
}

int ChartsPage::currentView() const
{
    return std::max(0, m_view->currentIndex());
}

void ChartsPage::setCurrentView(int view)
{
    m_view->setCurrentIndex(view);
}

const ChartData* ChartsPage::currentData() const
{
    const auto it = m_cache.constFind(m_kind);
    return it == m_cache.cend() ? nullptr : &it.value();
}

bool ChartsPage::isBusy() const
{
    return m_jobs && m_jobs->isBusy();
}

void ChartsPage::onChartChosen()
{
    const int row = std::max(0, m_list->currentRow());
    m_kind = ChartKinds::all().value(row, ChartKind::Funnel);
    m_title->setText(ChartKinds::displayName(m_kind));
    m_question->setText(ChartKinds::question(m_kind));
    {
        const QSignalBlocker blocker(m_view);
        m_view->clear();
        m_view->addItems(ChartFigures::views(m_kind));
        m_view->setCurrentIndex(m_views.value(m_kind, 0));
    }
    m_view->setEnabled(m_view->count() > 1);
    // A chart with one way of looking at it shows no empty "View:" box.
    m_view->setVisible(m_view->count() > 0);
    if (m_viewLabel) {
        m_viewLabel->setVisible(m_view->count() > 0);
    }
    refresh();
}

void ChartsPage::invalidate()
{
    m_cache.clear();
    refresh();
}

void ChartsPage::refresh()
{
    if (!m_workspace || !m_jobs) {
        return;
    }
    if (m_cache.contains(m_kind)) {
        redraw();
        return;
    }
    if (!isVisible()) {
        return; // computed when shown
    }
    if (m_stack->currentIndex() != ChartPage) {
        m_stack->setCurrentIndex(BusyPage);
    }
    const QDateTime now = m_workspace->clock().nowUtc();
    m_jobs->request(m_kind, m_filters->filter(now.toLocalTime().date()), now);
}

void ChartsPage::onDataReady(const ChartData& ready)
{
    m_cache.insert(ready.kind, ready);
    if (ready.kind == m_kind) {
        redraw();
        emit chartShown(ready.kind);
    }
}

void ChartsPage::redraw()
{
    const ChartData* shown = currentData();
    if (!shown) {
        refresh();
        return;
    }
    ChartFigure figure = ChartFigures::build(*shown, currentView(), ChartStyle(palette(), locale()));
    if (figure.isEmpty()) {
        showMessage(figure.emptyText);
        return;
    }
    m_canvas->setFigure(std::move(figure));
    m_stack->setCurrentIndex(ChartPage);
    m_export->setEnabled(true);
}

void ChartsPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentIndex(MessagePage);
    m_export->setEnabled(false);
}

void ChartsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ChartsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitListToNames();
    }
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange) && currentData()) {
        redraw(); // the data stays; only the drawing follows the theme or language
    }
}

void ChartsPage::fitListToNames()
{
    // As wide as the longest chart name (short in zh_CN, longer in English), so the chart
    // gets the rest of the width instead of a fixed band of empty list.
    const int names = m_list->sizeHintForColumn(0);
    const int padding = 2 * m_list->frameWidth() +
                        2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) +
                        fontMetrics().averageCharWidth() * 4;
    m_list->setFixedWidth(names + padding);
}

bool ChartsPage::exportTo(const QString& path)
{
    const ChartData* shown = currentData();
    if (!shown) {
        return false;
    }
    const ChartStyle style = ChartStyle::print(locale());
    ChartFigure figure = ChartFigures::build(*shown, currentView(), style);
    figure.title += QStringLiteral(" — ") + m_filters->summary();
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        return ChartRenderer::savePdf(figure, style, path);
    }
    return ChartRenderer::savePng(figure, style, path);
}

void ChartsPage::exportChart()
{
    const QString suggested = ChartKinds::key(m_kind) + QStringLiteral(".png");
    const QString path = FileDialog::saveFileName(this,
                                                  tr("Export chart"),
                                                  tr("PNG image, 200 dpi (*.png);;PDF document (*.pdf)"),
                                                  QStringLiteral("png"),
                                                  suggested);
    if (path.isEmpty()) {
        return;
    }
    if (!exportTo(path)) {
        MessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    }
}
