// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalsPage.h"

#include "V2momCascadeView.h"
#include "V2momRefreshView.h"
#include "V2momSheetCommand.h"
#include "V2momSheetEditor.h"
#include "V2momSheetView.h"
#include "V2momSnapshotCommand.h"
#include "VisionEditor.h"

#include "core/analytics/MeasureEvaluator.h"
#include "core/analytics/MeasureProgress.h"
#include "core/analytics/ReportingLine.h"
#include "core/analytics/V2momCascade.h"
#include "core/domain/FiscalYear.h"
#include "core/report/V2momReport.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/V2momRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Clock.h"
#include "core/util/Ids.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const Owner* ownerOf(const QList<Owner>& owners, const QString& id)
{
    for (const Owner& owner : owners) {
        if (owner.id == id) {
            return &owner;
        }
    }
    return nullptr;
}
} // namespace

GoalsPage::GoalsPage(QWidget* parent)
    : QWidget(parent)
    , m_refreshTimer(new QTimer(this))
    , m_ownerCombo(new QComboBox(this))
    , m_yearSpin(new QSpinBox(this))
    , m_span(new QLabel(this))
    , m_create(new QPushButton(tr("&New sheet"), this))
    , m_remove(new QPushButton(tr("Delete sheet"), this))
    , m_export(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_sheetStack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_emptyCreate(new QPushButton(this))
    , m_editor(new V2momSheetEditor(this))
    , m_cascade(new V2momCascadeView(this))
    , m_refresh(new V2momRefreshView(this))
{
    setObjectName(QStringLiteral("goalsPage"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &GoalsPage::refresh);

    m_ownerCombo->setObjectName(QStringLiteral("goalsOwnerCombo"));
    m_ownerCombo->setMinimumContentsLength(18);
    m_yearSpin->setObjectName(QStringLiteral("goalsYearSpin"));
    m_yearSpin->setRange(1990, 2200);
    m_yearSpin->setPrefix(tr("FY"));
    m_yearSpin->setGroupSeparatorShown(false);
    m_span->setObjectName(QStringLiteral("goalsYearSpan"));
    m_create->setObjectName(QStringLiteral("goalsCreateButton"));
    m_remove->setObjectName(QStringLiteral("goalsRemoveButton"));
    m_export->setObjectName(QStringLiteral("goalsExportButton"));
    m_export->setText(tr("E&xport Markdown"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    QAction* exportSheet = menu->addAction(tr("Goal sheet as Markdown…"));
    exportSheet->setObjectName(QStringLiteral("goalsExportSheetAction"));
    QAction* exportCascade = menu->addAction(tr("Alignment as Markdown…"));
    exportCascade->setObjectName(QStringLiteral("goalsExportCascadeAction"));
    m_export->setMenu(menu);
    connect(exportSheet, &QAction::triggered, this, [this] { exportMarkdown(false); });
    connect(exportCascade, &QAction::triggered, this, [this] { exportMarkdown(true); });

    m_tabs->setObjectName(QStringLiteral("goalsTabs"));
    m_emptyLabel->setObjectName(QStringLiteral("goalsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyCreate->setObjectName(QStringLiteral("goalsEmptyCreateButton"));
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyCreate, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_sheetStack->addWidget(empty);
    // The sheet needs more height than a laptop window has to spare; it scrolls instead of
    // forcing the whole main window taller.
    auto* sheetScroll = new QScrollArea(this);
    sheetScroll->setObjectName(QStringLiteral("goalsSheetScroll"));
    sheetScroll->setFrameShape(QFrame::NoFrame);
    sheetScroll->setWidgetResizable(true);
    sheetScroll->setWidget(m_editor);
    m_sheetStack->addWidget(sheetScroll);
    m_tabs->addTab(m_sheetStack, tr("&Sheet"));
    m_tabs->addTab(m_cascade, tr("&Alignment"));
    m_tabs->addTab(m_refresh, tr("Mid-year &refresh"));

    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, &GoalsPage::refresh);
    connect(m_yearSpin, &QSpinBox::valueChanged, this, [this] {
        updateSpan();
        refresh();
    });
    connect(m_create, &QPushButton::clicked, this, &GoalsPage::createSheet);
    connect(m_emptyCreate, &QPushButton::clicked, this, &GoalsPage::createSheet);
    connect(m_remove, &QPushButton::clicked, this, &GoalsPage::removeSheet);
    connect(m_refresh, &V2momRefreshView::takeSnapshotRequested, this, &GoalsPage::takeSnapshot);
    connect(m_refresh, &V2momRefreshView::removeSnapshotRequested, this, &GoalsPage::removeSnapshot);
    m_editor->setCommit([this](const V2momSheet& after, const QString& text) {
        if (m_workspace) {
            push(new V2momSheetCommand(
                *m_workspace, m_editor->sheet(), after, text, [this](const QString& message) { showError(message); }));
        }
    });

    auto* ownerLabel = new QLabel(tr("&Person:"), this);
    ownerLabel->setBuddy(m_ownerCombo);
    auto* yearLabel = new QLabel(tr("&Fiscal year:"), this);
    yearLabel->setBuddy(m_yearSpin);
    auto* bar = new QHBoxLayout;
    bar->addWidget(ownerLabel);
    bar->addWidget(m_ownerCombo);
    bar->addSpacing(12);
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearSpin);
    bar->addWidget(m_span);
    bar->addStretch(1);
    bar->addWidget(m_create);
    bar->addWidget(m_remove);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    setTabOrder(m_ownerCombo, m_yearSpin);
    setWorkspace(nullptr, nullptr);
}

GoalsPage::~GoalsPage() = default;

void GoalsPage::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    refresh();
}

int GoalsPage::startMonth() const
{
    return qBound(1, Settings::instance().value(Settings::Key::FiscalYearStartMonth).toInt(), 12);
}

void GoalsPage::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_sheetId.clear();
    if (workspace) {
        WorkspaceEvents* events = &workspace->events();
        // A sheet edit is shown at once (the editor keeps its selection on the stored rows);
        // pipeline changes only move live values, so they are gathered into one refresh.
        connect(events, &WorkspaceEvents::goalsChanged, this, &GoalsPage::refresh);
        connect(events, &WorkspaceEvents::ownersChanged, this, &GoalsPage::fillOwners);
        connect(events, &WorkspaceEvents::workspaceReloaded, this, &GoalsPage::fillOwners);
        connect(events, &WorkspaceEvents::dealsChanged, this, &GoalsPage::scheduleRefresh);
        connect(events, &WorkspaceEvents::dealsRemoved, this, &GoalsPage::scheduleRefresh);
        connect(events, &WorkspaceEvents::interactionsChanged, this, &GoalsPage::scheduleRefresh);
        connect(events, &WorkspaceEvents::accountPlansChanged, this, &GoalsPage::scheduleRefresh);
        const QSignalBlocker blocker(m_yearSpin);
        m_yearSpin->setValue(FiscalYear::containing(workspace->clock().today(), startMonth()).year);
    }
    updateSpan();
    fillOwners();
}

void GoalsPage::fillOwners()
{
    const QString current = currentOwnerId();
    m_owners = m_workspace ? m_workspace->owners().owners() : QList<Owner>{};
    {
        const QSignalBlocker blocker(m_ownerCombo);
        m_ownerCombo->clear();
        for (const Owner& owner : m_owners) {
            const bool leads = !ReportingLine::directReports(m_owners, owner.id).isEmpty();
            m_ownerCombo->addItem(leads ? tr("%1 (team)").arg(owner.name) : owner.name, owner.id);
        }
        int at = m_ownerCombo->findData(current);
        if (at < 0) {
            at = m_ownerCombo->findData(Settings::instance().value(Settings::Key::MyOwnerId).toString());
        }
        for (qsizetype i = 0; at < 0 && i < m_owners.size(); ++i) {
            if (!ReportingLine::directReports(m_owners, m_owners[i].id).isEmpty()) {
                at = static_cast<int>(i); // a manager shows the cascade at its fullest
            }
        }
        m_ownerCombo->setCurrentIndex(at < 0 ? 0 : at);
    }
    refresh();
}

QString GoalsPage::currentOwnerId() const
{
    return m_ownerCombo->currentData().toString();
}

void GoalsPage::showSheet(const QString& ownerId, int year)
{
    const QSignalBlocker b1(m_ownerCombo);
    const QSignalBlocker b2(m_yearSpin);
    m_ownerCombo->setCurrentIndex(std::max(0, m_ownerCombo->findData(ownerId)));
    m_yearSpin->setValue(year);
    updateSpan();
    refresh();
}

void GoalsPage::updateSpan()
{
    const FiscalYear year{m_yearSpin->value(), startMonth()};
    const QLocale locale;
    m_span->setText(tr("%1 – %2").arg(locale.toString(year.first(), QStringLiteral("MMM yyyy")),
                                      locale.toString(year.last(), QStringLiteral("MMM yyyy"))));
}

void GoalsPage::scheduleRefresh()
{
    m_refreshTimer->start();
}

void GoalsPage::refresh()
{
    m_refreshTimer->stop();
    const bool open = m_workspace != nullptr;
    const bool writable = open && !m_workspace->isReadOnly();
    m_ownerCombo->setEnabled(open);
    m_yearSpin->setEnabled(open);
    m_tabs->setEnabled(open);
    if (!open || m_owners.isEmpty()) {
        m_sheetId.clear();
        m_emptyLabel->setText(open ? tr("This workspace has no people yet: add the team before writing goal sheets.")
                                   : tr("Open a workspace to see its goal sheets."));
        m_emptyCreate->hide();
        m_sheetStack->setCurrentIndex(0);
        m_create->setEnabled(false);
        m_remove->setEnabled(false);
        m_export->setEnabled(false);
        m_cascade->clear({});
        m_refresh->clear({});
        return;
    }
    Workspace& ws = *m_workspace;
    const QString ownerId = currentOwnerId();
    const Owner* owner = ownerOf(m_owners, ownerId);
    const int year = m_yearSpin->value();
    const QDate today = ws.clock().nowUtc().toTimeZone(m_zone).date();
    const MeasureEvaluator evaluator = MeasureEvaluator::of(ws, m_zone);
    const std::optional<V2momSheet> sheet = ws.v2moms().sheetFor(ownerId, year);
    m_sheetId = sheet ? sheet->id : QString();
    const QString name = owner ? owner->name : QString();

    m_create->setEnabled(writable && !sheet);
    m_remove->setEnabled(writable && sheet.has_value());
    m_export->setEnabled(true);
    if (!sheet) {
        m_emptyLabel->setText(tr("%1 has no goal sheet for FY%2 yet.").arg(name).arg(year));
        m_emptyCreate->setText(tr("Write the goal sheet of %1").arg(name));
        m_emptyCreate->setVisible(writable);
        m_sheetStack->setCurrentIndex(0);
        m_refresh->clear(tr("Write a goal sheet first; snapshots of it appear here."));
    } else {
        const V2momSheetView view = V2momSheetView::load(ws, evaluator, *sheet, today);
        m_editor->setView(view);
        m_editor->setEditable(writable);
        m_sheetStack->setCurrentIndex(1);
        m_refresh->setSheet(*sheet, ws.v2moms().snapshots(sheet->id), view.valuesNow());
        m_refresh->setEditable(writable);
    }

    // The alignment of the person's team; a rep sees the team they belong to.
    QString cascadeOwner = ownerId;
    if (ReportingLine::directReports(m_owners, ownerId).isEmpty() && owner && !owner->managerId.isEmpty()) {
        cascadeOwner = owner->managerId;
    }
    m_cascadeOwnerId = cascadeOwner;
    QHash<QString, QString> names;
    for (const Owner& o : m_owners) {
        names.insert(o.id, o.name);
    }
    m_cascade->setCascade(V2momCascade::load(ws, evaluator, cascadeOwner, year, today), names, today);
}

void GoalsPage::push(QUndoCommand* command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo(); // no stack (tests of the page alone): apply without undo
        delete command;
    }
}

void GoalsPage::showError(const QString& message)
{
    MessageBox::warning(this, tr("Goal sheet not saved"), message);
}

void GoalsPage::createSheet()
{
    if (!m_workspace || m_workspace->isReadOnly() || currentOwnerId().isEmpty()) {
        return;
    }
    V2momSheet sheet;
    sheet.id = Ids::newId();
    sheet.ownerId = currentOwnerId();
    sheet.fiscalYear = FiscalYear{m_yearSpin->value(), startMonth()};
    push(new V2momSheetCommand(*m_workspace, std::nullopt, sheet, tr("New goal sheet"), [this](const QString& message) {
        showError(message);
    }));
    m_tabs->setCurrentIndex(0);
    m_editor->vision()->setFocus();
}

void GoalsPage::removeSheet()
{
    if (!m_workspace || m_sheetId.isEmpty()) {
        return;
    }
    const auto sheet = m_workspace->v2moms().sheet(m_sheetId);
    if (!sheet) {
        return;
    }
    const auto answer = MessageBox::question(
        this,
        tr("Delete goal sheet"),
        tr("Delete the goal sheet %1 of %2? Methods of the team linked to it will show as unlinked. "
           "Edit ▸ Undo brings it back.")
            .arg(sheet->fiscalYear.label(),
                 ownerOf(m_owners, sheet->ownerId) ? ownerOf(m_owners, sheet->ownerId)->name : QString()));
    if (answer != QMessageBox::Yes) {
        return;
    }
    push(new V2momSheetCommand(
        *m_workspace, *sheet, std::nullopt, tr("Delete goal sheet"), [this](const QString& message) {
            showError(message);
        }));
}

void GoalsPage::takeSnapshot()
{
    if (!m_workspace || m_sheetId.isEmpty()) {
        return;
    }
    const QString title =
        tr("Snapshot of %1").arg(QLocale().toString(m_workspace->clock().today(), QLocale::ShortFormat));
    push(V2momSnapshotCommand::take(
        *m_workspace, m_sheetId, title, m_zone, [this](const QString& message) { showError(message); }));
}

void GoalsPage::removeSnapshot(const QString& snapshotId)
{
    if (!m_workspace) {
        return;
    }
    if (const auto snapshot = m_workspace->v2moms().snapshot(snapshotId)) {
        push(V2momSnapshotCommand::remove(
            *m_workspace, *snapshot, [this](const QString& message) { showError(message); }));
    }
}

QString GoalsPage::sheetMarkdown() const
{
    if (!m_workspace || m_sheetId.isEmpty()) {
        return {};
    }
    const QDate today = m_workspace->clock().nowUtc().toTimeZone(m_zone).date();
    return V2momReport::sheetMarkdown(*m_workspace,
                                      MeasureEvaluator::of(*m_workspace, m_zone),
                                      m_editor->sheet().ownerId,
                                      m_yearSpin->value(),
                                      today);
}

QString GoalsPage::cascadeMarkdown() const
{
    if (!m_workspace || m_cascadeOwnerId.isEmpty()) {
        return {};
    }
    const QDate today = m_workspace->clock().nowUtc().toTimeZone(m_zone).date();
    return V2momReport::cascadeMarkdown(
        *m_workspace, MeasureEvaluator::of(*m_workspace, m_zone), m_cascadeOwnerId, m_yearSpin->value(), today);
}

void GoalsPage::exportMarkdown(bool cascade)
{
    const QString markdown = cascade ? cascadeMarkdown() : sheetMarkdown();
    if (markdown.isEmpty()) {
        MessageBox::information(this, tr("Export Markdown"), tr("There is no goal sheet to export."));
        return;
    }
    const Owner* owner = ownerOf(m_owners, cascade ? m_cascadeOwnerId : currentOwnerId());
    const QString who = owner ? owner->name : QString();
    const QString suggested = cascade ? tr("Alignment FY%1 %2.md").arg(m_yearSpin->value()).arg(who)
                                      : tr("V2MOM FY%1 %2.md").arg(m_yearSpin->value()).arg(who);
    const QString path = FileDialog::saveFileName(this,
                                                  cascade ? tr("Export alignment") : tr("Export goal sheet"),
                                                  tr("Markdown (*.md)"),
                                                  QStringLiteral("md"),
                                                  suggested);
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    const QByteArray bytes = markdown.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::warning(this, tr("Export Markdown"), tr("Could not write %1: %2").arg(path, file.errorString()));
    }
}
