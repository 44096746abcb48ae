// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodsPanel.h"

#include "MethodListModel.h"

#include "core/util/Ids.h"
#include "ui/common/FocusOutWatcher.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QPushButton* button(const QString& text, const QString& name, const QString& tip, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}
} // namespace

MethodsPanel::MethodsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new MethodListModel(this))
    , m_view(new QTreeView(this))
    , m_add(button(tr("Add"), QStringLiteral("goalsMethodAddButton"), tr("Add a method (Insert)"), this))
    , m_remove(button(tr("Remove"), QStringLiteral("goalsMethodRemoveButton"), tr("Remove the method (Delete)"), this))
    , m_up(button(tr("Up"), QStringLiteral("goalsMethodUpButton"), tr("Raise the priority (Alt+Up)"), this))
    , m_down(button(tr("Down"), QStringLiteral("goalsMethodDownButton"), tr("Lower the priority (Alt+Down)"), this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_link(new QComboBox(this))
{
    m_view->setObjectName(QStringLiteral("goalsMethodList"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setMinimumHeight(110);
    m_model->setMoveHandler([this](int from, int to) { move(from, to); });

    m_title->setObjectName(QStringLiteral("goalsMethodTitleEdit"));
    m_title->setPlaceholderText(tr("How you will get there, e.g. \"Run a referral programme\""));
    m_description->setObjectName(QStringLiteral("goalsMethodDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What it takes, in a sentence or two"));
    m_description->setMaximumHeight(60);
    m_link->setObjectName(QStringLiteral("goalsMethodLinkCombo"));
    m_link->setToolTip(tr("The method of the manager's sheet this one supports"));

    const auto addAction = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(m_view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addAction(QKeySequence(Qt::Key_Insert), [this] { addMethod(); });
    addAction(QKeySequence(Qt::Key_Delete), [this] { removeCurrent(); });
    addAction(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    addAction(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); });
    connect(m_add, &QPushButton::clicked, this, &MethodsPanel::addMethod);
    connect(m_remove, &QPushButton::clicked, this, &MethodsPanel::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MethodsPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MethodsPanel::showCurrent);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_title->text();
        editCurrent([&text](V2momMethod& m) { m.title = text; }, tr("Rename method"));
    });
    auto* watcher = new FocusOutWatcher(m_description);
    connect(watcher, &FocusOutWatcher::focusLost, this, [this] {
        const QString text = m_description->toPlainText();
        editCurrent([&text](V2momMethod& m) { m.description = text; }, tr("Edit method description"));
    });
    connect(m_link, &QComboBox::activated, this, [this] {
        const QString parentId = m_link->currentData().toString();
        editCurrent([&parentId](V2momMethod& m) { m.parentMethodId = parentId; }, tr("Link method to the manager's"));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("D&escription"), m_description);
    form->addRow(tr("&Supports"), m_link);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    setFocusProxy(m_view);
}

void MethodsPanel::setSheet(const V2momSheet& sheet,
                            const QString& managerName,
                            const QList<V2momMethod>& managerMethods,
                            const QHash<QString, V2momRepository::MethodRef>& refs)
{
    const QString current = currentMethodId();
    m_sheet = sheet;
    m_managerName = managerName;
    m_managerMethods = managerMethods;
    m_refs = refs;
    m_model->setMethods(sheet.methods, managerMethods, refs);
    selectMethod(current);
    showCurrent();
}

void MethodsPanel::setEditable(bool editable)
{
    m_editable = editable;
    for (QWidget* widget : {static_cast<QWidget*>(m_add),
                            static_cast<QWidget*>(m_remove),
                            static_cast<QWidget*>(m_up),
                            static_cast<QWidget*>(m_down)}) {
        widget->setEnabled(editable);
    }
    m_title->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    showCurrent();
}

QString MethodsPanel::currentMethodId() const
{
    return m_view->currentIndex().data(MethodListModel::IdRole).toString();
}

void MethodsPanel::selectMethod(const QString& methodId)
{
    int row = m_model->rowOf(methodId);
    if (row < 0 && m_model->rowCount() > 0) {
        row = 0;
    }
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row));
    }
}

void MethodsPanel::commit(const V2momSheet& after, const QString& text)
{
    if (m_commit && m_editable && !(after == m_sheet)) {
        m_commit(after, text);
    }
}

void MethodsPanel::move(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_sheet.methods.size() || to >= m_sheet.methods.size() || from == to) {
        return;
    }
    V2momSheet after = m_sheet;
    after.methods.move(from, to);
    const QString id = m_sheet.methods[from].id;
    commit(after, tr("Change method priority"));
    selectMethod(id);
}

void MethodsPanel::moveCurrent(int delta)
{
    const int row = m_view->currentIndex().row();
    if (row >= 0) {
        move(row, row + delta);
    }
}

void MethodsPanel::addMethod()
{
    if (!m_editable) {
        return;
    }
    V2momSheet after = m_sheet;
    V2momMethod method;
    method.id = Ids::newId();
    method.title = tr("New method");
    after.methods.append(method);
    commit(after, tr("Add method"));
    selectMethod(method.id);
    m_title->setFocus();
    m_title->selectAll();
}

void MethodsPanel::removeCurrent()
{
    const QString id = currentMethodId();
    if (id.isEmpty() || !m_editable) {
        return;
    }
    V2momSheet after = m_sheet;
    after.removeMethod(id);
    commit(after, tr("Remove method"));
}

void MethodsPanel::editCurrent(const std::function<void(V2momMethod&)>& edit, const QString& text)
{
    const int index = m_sheet.methodIndex(currentMethodId());
    if (index < 0) {
        return;
    }
    V2momSheet after = m_sheet;
    edit(after.methods[index]);
    commit(after, text);
}

void MethodsPanel::fillLinkCombo()
{
    const QSignalBlocker blocker(m_link);
    m_link->clear();
    const int row = m_view->currentIndex().row();
    if (m_managerName.isEmpty()) {
        m_link->addItem(tr("— reports to nobody —"), QString());
        m_link->setEnabled(false);
        return;
    }
    m_link->addItem(tr("— not linked —"), QString());
    for (qsizetype i = 0; i < m_managerMethods.size(); ++i) {
        m_link->addItem(tr("%1. %2").arg(i + 1).arg(m_managerMethods[i].title), m_managerMethods[i].id);
    }
    const QString parent = m_sheet.methods.value(row).parentMethodId;
    int at = parent.isEmpty() ? 0 : m_link->findData(parent);
    if (at < 0) {
        // Keep the dangling link visible instead of pretending it is not linked.
        const QString title = m_model->linkTitle(row);
        const bool removed = m_model->linkOf(row) == MethodListModel::Link::Removed;
        m_link->addItem(removed ? (title.isEmpty() ? tr("⚠ Linked method was removed")
                                                   : tr("⚠ Linked method was removed: %1").arg(title))
                                : tr("⚠ Linked to another sheet: %1").arg(title),
                        parent);
        at = m_link->count() - 1;
    }
    m_link->setCurrentIndex(at);
    m_link->setEnabled(m_editable && row >= 0);
}

void MethodsPanel::showCurrent()
{
    const int row = m_view->currentIndex().row();
    const bool has = row >= 0 && row < m_sheet.methods.size();
    {
        const QSignalBlocker b1(m_title);
        const QSignalBlocker b2(m_description);
        const QString title = has ? m_sheet.methods[row].title : QString();
        const QString description = has ? m_sheet.methods[row].description : QString();
        if (m_title->text() != title) {
            m_title->setText(title);
        }
        if (m_description->toPlainText() != description) {
            m_description->setPlainText(description);
        }
    }
    m_title->setEnabled(has);
    m_description->setEnabled(has);
    m_remove->setEnabled(m_editable && has);
    m_up->setEnabled(m_editable && has && row > 0);
    m_down->setEnabled(m_editable && has && row + 1 < m_sheet.methods.size());
    fillLinkCombo();
}
