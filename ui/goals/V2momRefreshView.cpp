// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momRefreshView.h"

#include "GoalTreeModel.h"
#include "MeasureProgressDelegate.h"

#include "core/report/V2momMarkdown.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace {
using Tone = GoalTreeNode::Tone;
using Diff = V2momRefreshDiff;

QString number(const std::optional<double>& value, const QString& unit = {})
{
    if (!value) {
        return QCoreApplication::translate("V2momRefreshView", "—");
    }
    const QString text = V2momMarkdown::formatNumber(*value, QLocale());
    return unit.isEmpty() ? text : text + u' ' + unit;
}

QString percent(const std::optional<double>& share)
{
    if (!share) {
        return QCoreApplication::translate("V2momRefreshView", "—");
    }
    return QLocale().toString(std::round(*share * 100.0), 'f', 0) + QStringLiteral(" %");
}

QTreeView* treeView(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}
} // namespace

V2momRefreshView::V2momRefreshView(QWidget* parent)
    : QWidget(parent)
    , m_snapshotCombo(new QComboBox(this))
    , m_take(new QPushButton(tr("Take &snapshot"), this))
    , m_remove(new QPushButton(tr("Remove snapshot"), this))
    , m_summary(new QLabel(this))
    , m_changes(new GoalTreeModel({tr("Change"), tr("Then"), tr("Now")}, this))
    , m_measures(new GoalTreeModel(
          {tr("Measure"), tr("Target then → now"), tr("Completion then"), tr("Completion now"), tr("Value now")}, this))
{
    setObjectName(QStringLiteral("goalsRefreshView"));
    m_snapshotCombo->setObjectName(QStringLiteral("goalsSnapshotCombo"));
    m_snapshotCombo->setMinimumContentsLength(28);
    m_take->setObjectName(QStringLiteral("goalsTakeSnapshotButton"));
    m_take->setToolTip(tr("Freeze the sheet as it is now, to compare with it later in the year"));
    m_remove->setObjectName(QStringLiteral("goalsRemoveSnapshotButton"));
    m_summary->setObjectName(QStringLiteral("goalsRefreshSummary"));
    m_summary->setWordWrap(true);
    m_changesView = treeView(QStringLiteral("goalsRefreshChanges"), m_changes, this);
    m_measuresView = treeView(QStringLiteral("goalsRefreshMeasures"), m_measures, this);
    m_measures->setProgressColumn(3);
    m_measuresView->setItemDelegateForColumn(3, new MeasureProgressDelegate(m_measuresView));

    connect(m_take, &QPushButton::clicked, this, &V2momRefreshView::takeSnapshotRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = currentSnapshotId();
        if (!id.isEmpty()) {
            emit removeSnapshotRequested(id);
        }
    });
    connect(m_snapshotCombo, &QComboBox::currentIndexChanged, this, &V2momRefreshView::showDiff);

    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Compare with &snapshot:"), this);
    label->setBuddy(m_snapshotCombo);
    bar->addWidget(label);
    bar->addWidget(m_snapshotCombo);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    bar->addWidget(m_take);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_changesView);
    splitter->addWidget(m_measuresView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void V2momRefreshView::clear(const QString& message)
{
    m_sheet = {};
    m_snapshots.clear();
    {
        const QSignalBlocker blocker(m_snapshotCombo);
        m_snapshotCombo->clear();
    }
    m_summary->setText(message);
    m_changes->setNodes({});
    m_measures->setNodes({});
    m_take->setEnabled(false);
    m_remove->setEnabled(false);
}

void V2momRefreshView::setEditable(bool editable)
{
    m_editable = editable;
    m_take->setEnabled(editable && !m_sheet.id.isEmpty());
    m_remove->setEnabled(editable && !m_snapshots.isEmpty());
}

QString V2momRefreshView::currentSnapshotId() const
{
    return m_snapshotCombo->currentData().toString();
}

void V2momRefreshView::setSheet(const V2momSheet& sheet,
                                const QList<V2momSnapshot>& snapshots,
                                const QHash<QString, double>& valuesNow)
{
    const QString current = currentSnapshotId();
    const bool newer = snapshots.size() > m_snapshots.size() && m_sheet.id == sheet.id;
    m_sheet = sheet;
    m_snapshots = snapshots;
    m_valuesNow = valuesNow;
    {
        const QSignalBlocker blocker(m_snapshotCombo);
        m_snapshotCombo->clear();
        const QLocale locale;
        for (const V2momSnapshot& snapshot : snapshots) {
            const QString when = locale.toString(snapshot.takenAt.toLocalTime(), QLocale::ShortFormat);
            m_snapshotCombo->addItem(snapshot.title.isEmpty() ? when : tr("%1 (%2)").arg(snapshot.title, when),
                                     snapshot.id);
        }
        // The newest by default, and the one just taken after a snapshot.
        const int kept = m_snapshotCombo->findData(current);
        m_snapshotCombo->setCurrentIndex(kept >= 0 && !newer ? kept : m_snapshotCombo->count() - 1);
    }
    setEditable(m_editable);
    showDiff();
}

void V2momRefreshView::showDiff()
{
    const QString id = currentSnapshotId();
    const V2momSnapshot* snapshot = nullptr;
    for (const V2momSnapshot& s : m_snapshots) {
        if (s.id == id) {
            snapshot = &s;
        }
    }
    if (!snapshot) {
        m_summary->setText(m_sheet.id.isEmpty()
                               ? QString()
                               : tr("No snapshot yet. Take one at the start of the year or before a mid-year "
                                    "refresh; later this page shows what changed since."));
        m_changes->setNodes({});
        m_measures->setNodes({});
        return;
    }
    const Diff diff = Diff::compute(*snapshot, m_sheet, m_valuesNow);

    QList<GoalTreeNode> parts;
    for (Diff::Part part :
         {Diff::Part::Vision, Diff::Part::Value, Diff::Part::Method, Diff::Part::Obstacle, Diff::Part::Measure}) {
        GoalTreeNode group;
        group.tone = Tone::Heading;
        for (const Diff::ItemChange& item : diff.items) {
            if (item.part != part) {
                continue;
            }
            GoalTreeNode child;
            child.id = item.id;
            QString label = refreshChangeDisplayName(item.change);
            if (item.change == Diff::Change::Moved) {
                label = tr("Priority %1 → %2").arg(item.positionBefore).arg(item.positionAfter);
            }
            child.columns = {label,
                             item.change == Diff::Change::Added ? QString() : item.before,
                             item.change == Diff::Change::Removed ? QString() : item.after};
            child.tone = item.change == Diff::Change::Removed ? Tone::Warning
                         : item.change == Diff::Change::Added ? Tone::Good
                                                              : Tone::Normal;
            if (item.change == Diff::Change::Relinked) {
                child.columns[1] = item.before;
                child.columns[2] = item.after;
            }
            group.children.append(child);
        }
        if (group.children.isEmpty()) {
            continue;
        }
        group.columns = {refreshPartDisplayName(part),
                         tr("%n change(s)", nullptr, static_cast<int>(group.children.size())),
                         QString()};
        parts.append(group);
    }
    m_changes->setNodes(parts);
    m_changesView->expandAll();
    m_changesView->header()->setSectionResizeMode(QHeaderView::Stretch);

    QList<GoalTreeNode> rows;
    for (const Diff::MeasureRow& row : diff.measures) {
        GoalTreeNode node;
        node.id = row.id;
        QString name = row.name;
        if (row.added) {
            name = tr("%1 (new)").arg(row.name);
        } else if (row.removed) {
            name = tr("%1 (removed)").arg(row.name);
        }
        QString target = number(row.targetAfter, row.unit);
        if (row.added) {
            target = tr("— → %1").arg(number(row.targetAfter, row.unit));
        } else if (row.removed) {
            target = tr("%1 → —").arg(number(row.targetBefore, row.unit));
        } else if (row.targetChanged()) {
            target = tr("%1 → %2").arg(number(row.targetBefore), number(row.targetAfter, row.unit));
        }
        node.columns = {
            name, target, percent(row.completionThen), percent(row.completionNow), number(row.valueNow, row.unit)};
        MeasureProgress progress;
        progress.completion = row.completionNow;
        progress.pace = row.completionNow && *row.completionNow >= 1.0 ? Pace::Achieved : Pace::OnTrack;
        node.progress = MeasureProgressDelegate::cellValue(progress);
        node.tone = row.removed                                 ? Tone::Muted
                    : (row.targetChanged() || row.dueChanged()) ? Tone::Heading
                                                                : Tone::Normal;
        if (row.dueChanged()) {
            const QLocale locale;
            node.toolTip = tr("Due date moved from %1 to %2")
                               .arg(locale.toString(row.dueBefore, QLocale::ShortFormat),
                                    locale.toString(row.dueAfter, QLocale::ShortFormat));
        }
        rows.append(node);
    }
    m_measures->setNodes(rows);
    m_measuresView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_measuresView->header()->setStretchLastSection(false);
    m_measuresView->setColumnWidth(1, 200);
    m_measuresView->setColumnWidth(2, 120);
    m_measuresView->setColumnWidth(3, 160);
    m_measuresView->setColumnWidth(4, 140);

    const QLocale locale;
    m_summary->setText(
        diff.isEmpty()
            ? tr("Nothing changed since the snapshot of %1.")
                  .arg(locale.toString(snapshot->takenAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Since the snapshot of %1: %n change(s) to the sheet.", nullptr, static_cast<int>(diff.items.size()))
                  .arg(locale.toString(snapshot->takenAt.toLocalTime(), QLocale::ShortFormat)));
}
