// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momCascadeView.h"

#include "GoalTreeModel.h"
#include "MeasureProgressDelegate.h"

#include "core/report/V2momMarkdown.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
using Tone = GoalTreeNode::Tone;

QString number(const std::optional<double>& value, const QString& unit)
{
    if (!value) {
        return QCoreApplication::translate("V2momCascadeView", "—");
    }
    const QString text = V2momMarkdown::formatNumber(*value, QLocale());
    return unit.isEmpty() ? text : text + u' ' + unit;
}

QTreeView* treeView(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}
} // namespace

V2momCascadeView::V2momCascadeView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_alignment(new GoalTreeModel({tr("Method"), tr("Whose"), tr("Alignment")}, this))
    , m_rollUp(new GoalTreeModel({tr("Live measure"), tr("Target"), tr("Value"), tr("Progress"), tr("Pace")}, this))
{
    setObjectName(QStringLiteral("goalsCascadeView"));
    m_summary->setObjectName(QStringLiteral("goalsCascadeSummary"));
    m_summary->setWordWrap(true);
    m_alignmentView = treeView(QStringLiteral("goalsCascadeTree"), m_alignment, this);
    m_rollUpView = treeView(QStringLiteral("goalsRollUpTree"), m_rollUp, this);
    m_rollUp->setProgressColumn(3);
    m_rollUpView->setItemDelegateForColumn(3, new MeasureProgressDelegate(m_rollUpView));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_alignmentView);
    splitter->addWidget(m_rollUpView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_alignmentView);
}

void V2momCascadeView::clear(const QString& message)
{
    m_summary->setText(message);
    m_alignment->setNodes({});
    m_rollUp->setNodes({});
}

void V2momCascadeView::setCascade(const V2momCascade& cascade, const QHash<QString, QString>& names, const QDate& today)
{
    const QString manager = names.value(cascade.managerId);
    const auto nameOf = [&names](const QString& id) {
        const QString name = names.value(id);
        return name.isEmpty() ? tr("(unknown person)") : name;
    };

    QList<GoalTreeNode> nodes;
    for (const CascadeMethod& method : cascade.methods) {
        GoalTreeNode node;
        node.id = method.method.id;
        node.columns = {tr("%1. %2").arg(method.priority).arg(method.method.title),
                        manager,
                        method.unsupported()
                            ? tr("⚠ No one supports this method")
                            : tr("Supported by %n method(s)", nullptr, static_cast<int>(method.supporters.size()))};
        node.tone = method.unsupported() ? Tone::Warning : Tone::Heading;
        node.toolTip = method.method.description;
        for (const CascadeSupport& support : method.supporters) {
            GoalTreeNode child;
            child.id = support.method.id;
            child.columns = {
                support.method.title, nameOf(support.ownerId), tr("Their priority %1").arg(support.priority)};
            child.toolTip = support.method.description;
            node.children.append(child);
        }
        nodes.append(node);
    }
    if (!cascade.unlinked.isEmpty()) {
        GoalTreeNode group;
        group.id = QStringLiteral("unlinked");
        group.columns = {tr("Not linked to a method of %1").arg(manager),
                         QString(),
                         tr("%n method(s)", nullptr, static_cast<int>(cascade.unlinked.size()))};
        group.tone = Tone::Heading;
        for (const CascadeUnlinked& item : cascade.unlinked) {
            GoalTreeNode child;
            child.id = item.support.method.id;
            QString why;
            switch (item.reason) {
            case UnlinkedReason::NotLinked:
                why = tr("⚠ Linked to nothing");
                break;
            case UnlinkedReason::LinkRemoved:
                why = item.linkedTitle.isEmpty() ? tr("⚠ Linked method was removed")
                                                 : tr("⚠ Linked method was removed: %1").arg(item.linkedTitle);
                break;
            case UnlinkedReason::LinkElsewhere:
                why = tr("⚠ Linked to another sheet: %1").arg(item.linkedTitle);
                break;
            }
            child.columns = {item.support.method.title, nameOf(item.support.ownerId), why};
            child.tone = Tone::Warning;
            group.children.append(child);
        }
        nodes.append(group);
    }
    if (!cascade.reportsWithoutSheet.isEmpty()) {
        GoalTreeNode group;
        group.id = QStringLiteral("nosheet");
        group.columns = {tr("No goal sheet yet"),
                         QString(),
                         tr("%n person(s)", nullptr, static_cast<int>(cascade.reportsWithoutSheet.size()))};
        group.tone = Tone::Muted;
        for (const QString& id : cascade.reportsWithoutSheet) {
            GoalTreeNode child;
            child.id = id;
            child.columns = {nameOf(id), nameOf(id), tr("Has not written a sheet for this year")};
            child.tone = Tone::Muted;
            group.children.append(child);
        }
        nodes.append(group);
    }
    m_alignment->setNodes(nodes);
    m_alignmentView->expandAll();
    m_alignmentView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_alignmentView->header()->setStretchLastSection(false);
    m_alignmentView->setColumnWidth(1, 160);
    m_alignmentView->setColumnWidth(2, 280);

    QList<GoalTreeNode> rollUps;
    for (const CascadeRollUp& rollUp : cascade.rollUps) {
        const V2momMeasure& measure = rollUp.measure;
        GoalTreeNode node;
        node.id = measure.id;
        node.tone = Tone::Heading;
        node.columns = {tr("%1 — team of %2").arg(measure.name, manager),
                        number(measure.target, measure.unit),
                        number(rollUp.teamValue.value, measure.unit),
                        tr("%1 / %2").arg(number(rollUp.teamValue.value, {}), number(measure.target, measure.unit)),
                        paceDisplayName(rollUp.progress.pace)};
        node.progress = MeasureProgressDelegate::cellValue(rollUp.progress);
        if (rollUp.reportsWithTarget > 0 && measure.binding.isCumulative()) {
            node.toolTip = tr("The reports' own targets add up to %1.").arg(number(rollUp.reportTargets, measure.unit));
        }
        const QDate first = cascade.managerSheet ? cascade.managerSheet->periodStart(measure) : QDate();
        const QDate last = cascade.managerSheet ? cascade.managerSheet->periodEnd(measure) : QDate();
        for (const CascadeRollUp::Share& share : rollUp.reports) {
            GoalTreeNode child;
            child.id = share.ownerId;
            const MeasureProgress progress = MeasureProgress::of(share.value.value,
                                                                 share.target.value_or(0),
                                                                 measure.binding.isCumulative(),
                                                                 measure.binding.lowerIsBetter(),
                                                                 first,
                                                                 last,
                                                                 today);
            child.columns = {nameOf(share.ownerId),
                             share.target ? tr("own: %1").arg(number(share.target, measure.unit)) : tr("no own target"),
                             number(share.value.value, measure.unit),
                             share.target
                                 ? tr("%1 / %2").arg(number(share.value.value, {}), number(share.target, measure.unit))
                                 : number(share.value.value, measure.unit),
                             share.target ? paceDisplayName(progress.pace) : QString()};
            child.progress = MeasureProgressDelegate::cellValue(progress);
            child.tone = share.target ? Tone::Normal : Tone::Muted;
            node.children.append(child);
        }
        if (rollUp.reportsWithTarget > 0 && measure.binding.isCumulative()) {
            GoalTreeNode sum;
            sum.id = measure.id + QStringLiteral("-targets");
            const bool covered = rollUp.reportTargets >= measure.target;
            sum.columns = {tr("Reports' own targets together"),
                           number(rollUp.reportTargets, measure.unit),
                           QString(),
                           QString(),
                           covered ? tr("Cover the target") : tr("Short of the target")};
            sum.tone = covered ? Tone::Good : Tone::Warning;
            node.children.append(sum);
        }
        rollUps.append(node);
    }
    m_rollUp->setNodes(rollUps);
    m_rollUpView->expandAll();
    m_rollUpView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rollUpView->header()->setStretchLastSection(false);
    m_rollUpView->setColumnWidth(1, 150);
    m_rollUpView->setColumnWidth(2, 130);
    m_rollUpView->setColumnWidth(3, 220);
    m_rollUpView->setColumnWidth(4, 90);

    QString summary;
    if (!cascade.managerSheet) {
        summary = tr("%1 has no goal sheet for this year yet: the team's methods cannot be aligned.").arg(manager);
    } else {
        summary = tr("%1 methods of %2, %3 without support; %4 of the team's methods not linked to one.")
                      .arg(cascade.methods.size())
                      .arg(manager)
                      .arg(cascade.unsupportedCount())
                      .arg(cascade.unlinked.size());
    }
    if (cascade.reports.isEmpty()) {
        summary += u' ' + tr("Nobody reports to %1.").arg(manager);
    }
    m_summary->setText(summary);
}
