// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momSheetEditor.h"

#include "MeasuresPanel.h"
#include "MethodsPanel.h"
#include "VisionEditor.h"

#include "core/util/Ids.h"
#include "ui/common/RowTableEditor.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}
} // namespace

V2momSheetEditor::V2momSheetEditor(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_vision(new VisionEditor(this))
    , m_methods(new MethodsPanel(this))
    , m_measures(new MeasuresPanel(this))
{
    setObjectName(QStringLiteral("goalsSheetEditor"));
    m_heading->setObjectName(QStringLiteral("goalsSheetHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_valueModel = new RowTableModel<V2momValue>(
        {RowColumn<V2momValue>{.header = tr("What matters, in order"),
                               .editor = CellEditor::Text,
                               .value = [](const V2momValue& v) { return QVariant(v.text); },
                               .setValue =
                                   [](V2momValue& v, const QVariant& value) {
                                       v.text = value.toString();
                                   }}},
        this);
    m_valueModel->setEditHandler([this](int row, const V2momValue& after) {
        V2momSheet sheet = m_view.sheet;
        sheet.values[row] = after;
        commit(sheet, tr("Edit value"));
    });
    m_values = new RowTableEditor(QStringLiteral("goalsValues"), m_valueModel, this);
    m_values->view()->horizontalHeader()->hide();
    m_values->setAddHandler([this] {
        V2momSheet sheet = m_view.sheet;
        sheet.values.append(V2momValue{Ids::newId(), tr("New value")});
        commit(sheet, tr("Add value"));
        m_values->focusRow(static_cast<int>(sheet.values.size() - 1));
    });
    m_values->setRemoveHandler([this](int row) {
        V2momSheet sheet = m_view.sheet;
        sheet.values.removeAt(row);
        commit(sheet, tr("Remove value"));
    });
    m_valueUp = new QPushButton(tr("Up"), this);
    m_valueUp->setObjectName(QStringLiteral("goalsValueUpButton"));
    m_valueUp->setToolTip(tr("Move up (Alt+Up)"));
    m_valueDown = new QPushButton(tr("Down"), this);
    m_valueDown->setObjectName(QStringLiteral("goalsValueDownButton"));
    m_valueDown->setToolTip(tr("Move down (Alt+Down)"));
    connect(m_valueUp, &QPushButton::clicked, this, [this] { moveValue(-1); });
    connect(m_valueDown, &QPushButton::clicked, this, [this] { moveValue(1); });
    for (const auto& [keys, delta] :
         {std::pair{QKeySequence(Qt::ALT | Qt::Key_Up), -1}, std::pair{QKeySequence(Qt::ALT | Qt::Key_Down), 1}}) {
        auto* action = new QAction(m_values->view());
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_values->view()->addAction(action);
        const int d = delta;
        connect(action, &QAction::triggered, this, [this, d] { moveValue(d); });
    }

    m_obstacles = new RowTableEditor(QStringLiteral("goalsObstacles"), nullptr, this);
    m_obstacles->setAddHandler([this] {
        V2momSheet sheet = m_view.sheet;
        sheet.obstacles.append(V2momObstacle{Ids::newId(), tr("New obstacle"), {}});
        commit(sheet, tr("Add obstacle"));
        m_obstacles->focusRow(static_cast<int>(sheet.obstacles.size() - 1));
    });
    m_obstacles->setRemoveHandler([this](int row) {
        V2momSheet sheet = m_view.sheet;
        sheet.obstacles.removeAt(row);
        commit(sheet, tr("Remove obstacle"));
    });
    buildObstacleModel();

    connect(m_vision, &VisionEditor::edited, this, [this](const QString& markdown) {
        V2momSheet sheet = m_view.sheet;
        sheet.vision = markdown;
        commit(sheet, tr("Edit vision"));
    });
    const auto forward = [this](const V2momSheet& after, const QString& text) {
        commit(after, text);
    };
    m_methods->setCommit(forward);
    m_measures->setCommit(forward);

    auto* valueButtons = new QVBoxLayout;
    valueButtons->addWidget(m_valueUp);
    valueButtons->addWidget(m_valueDown);
    valueButtons->addStretch(1);
    auto* valuesBox = new QWidget(this);
    auto* valuesLayout = new QHBoxLayout(valuesBox);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    valuesLayout->addWidget(m_values, 1);
    valuesLayout->addLayout(valueButtons);

    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(group(tr("&Vision — what do you want to achieve?"), m_vision, top), 3);
    topLayout->addWidget(group(tr("Values — what is important about it?"), valuesBox, top), 2);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QHBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(group(tr("&Methods — how will you get it? (by priority)"), m_methods, middle), 3);
    middleLayout->addWidget(group(tr("Obstacles — what could stop you?"), m_obstacles, middle), 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("goalsSheetSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(middle);
    splitter->addWidget(group(tr("Mea&sures — how do you know you got it?"), m_measures, this));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
}

void V2momSheetEditor::setCommit(Commit commit)
{
    m_commit = std::move(commit);
}

void V2momSheetEditor::setView(const V2momSheetView& view)
{
    m_view = view;
    QString heading = tr("%1 — %2").arg(view.sheet.fiscalYear.label(), view.ownerName);
    heading +=
        view.managerName.isEmpty() ? tr("  ·  reports to nobody") : tr("  ·  aligned to %1").arg(view.managerName);
    m_heading->setText(heading);
    m_vision->setMarkdown(view.sheet.vision);
    m_valueModel->setRows(view.sheet.values);
    m_methods->setSheet(view.sheet, view.managerName, view.managerMethods, view.links);
    m_obstacleModel->setRows(view.sheet.obstacles);
    m_measures->setSheet(view.sheet, view.measures, view.baseCurrency, view.today);
    const int row = m_values->view()->currentIndex().row();
    m_valueUp->setEnabled(m_editable && row > 0);
    m_valueDown->setEnabled(m_editable && row >= 0 && row + 1 < view.sheet.values.size());
}

void V2momSheetEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_vision->setReadOnly(!editable);
    m_valueModel->setReadOnly(!editable);
    m_obstacleModel->setReadOnly(!editable);
    m_values->setEditable(editable);
    m_obstacles->setEditable(editable);
    m_valueUp->setEnabled(editable);
    m_valueDown->setEnabled(editable);
    m_methods->setEditable(editable);
    m_measures->setEditable(editable);
}

void V2momSheetEditor::commit(const V2momSheet& after, const QString& text)
{
    if (m_commit && m_editable && !(after == m_view.sheet)) {
        m_commit(after, text);
    }
}

void V2momSheetEditor::moveValue(int delta)
{
    const int row = m_values->view()->currentIndex().row();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_view.sheet.values.size()) {
        return;
    }
    V2momSheet sheet = m_view.sheet;
    sheet.values.move(row, to);
    commit(sheet, tr("Reorder values"));
    m_values->focusRow(to);
}

void V2momSheetEditor::buildObstacleModel()
{
    m_obstacleModel = new RowTableModel<V2momObstacle>(
        {RowColumn<V2momObstacle>{.header = tr("Obstacle"),
                                  .editor = CellEditor::Text,
                                  .value = [](const V2momObstacle& o) { return QVariant(o.text); },
                                  .setValue =
                                      [](V2momObstacle& o, const QVariant& v) {
                                          o.text = v.toString();
                                      }},
         RowColumn<V2momObstacle>{
             .header = tr("Threatens"),
             .editor = CellEditor::Choice,
             .value = [](const V2momObstacle& o) { return QVariant(o.methodId); },
             .setValue = [](V2momObstacle& o, const QVariant& v) { o.methodId = v.toString(); },
             .choicesNow =
                 [this] {
                     QList<CellChoice> methods{{QString(), tr("The whole sheet")}};
                     const QList<V2momMethod>& list = m_view.sheet.methods;
                     for (qsizetype i = 0; i < list.size(); ++i) {
                         methods.append(CellChoice{list[i].id, tr("%1. %2").arg(i + 1).arg(list[i].title)});
                     }
                     return methods;
                 }}},
        this);
    m_obstacleModel->setEditHandler([this](int row, const V2momObstacle& after) {
        V2momSheet sheet = m_view.sheet;
        sheet.obstacles[row] = after;
        commit(sheet, tr("Edit obstacle"));
    });
    m_obstacles->view()->setModel(m_obstacleModel);
    m_obstacles->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_obstacles->view()->horizontalHeader()->setStretchLastSection(false);
    m_obstacles->view()->setColumnWidth(1, 150);
}
