// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Goals area offscreen: sheet editor (create, vision, methods with reorder and links,
// measures, entries), undo of every edit, the cascade with a removed manager method, the
// mid-year snapshot and the Markdown export. Asserts through the store, not the widgets.
#include "core/domain/V2mom.h"
#include "core/services/V2momService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/V2momRepository.h"
#include "core/util/Settings.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/TempWorkspace.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RowTableEditor.h"
#include "ui/common/RowTableModel.h"
#include "ui/goals/GoalTreeModel.h"
#include "ui/goals/GoalsPage.h"
#include "ui/goals/MeasureRow.h"
#include "ui/goals/MeasuresPanel.h"
#include "ui/goals/MethodListModel.h"
#include "ui/goals/MethodsPanel.h"
#include "ui/goals/V2momCascadeView.h"
#include "ui/goals/V2momRefreshView.h"
#include "ui/goals/V2momSheetEditor.h"
#include "ui/goals/VisionEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFocusEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

class TestGoalsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createEditUndo();
    void methodsReorderAndLink();
    void removedManagerMethodShowsUnlinked();
    void measuresAndEntries();
    void cascadeView();
    void snapshotAndRefresh();
    void exportMarkdown();
    void readOnlyWorkspace();

private:
    template <typename T>
    T* child(const char* name)
    {
        T* widget = m_page->findChild<T*>(QLatin1String(name));
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }
    V2momSheet annSheet() { return *(*m_ws)->v2moms().sheetFor(m_ann, 2026); }
    void leave(QWidget* widget)
    {
        QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
        QApplication::sendEvent(widget, &out);
    }

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<GoalsPage> m_page;
    QString m_mia;
    QString m_ann;
    QString m_solo;
    V2momSheet m_miaSheet;
};

void TestGoalsPage::init()
{
    m_settings = Settings::createTemporary();
    Settings::overrideInstance(m_settings.get());
    m_ws = std::make_unique<TempWorkspace>();
    const auto add = [this](const QString& name, const QString& manager) {
        Owner owner;
        owner.name = name;
        owner.managerId = manager;
        return (*m_ws)->owners().insert(owner).id;
    };
    m_mia = add(QStringLiteral("Mia Manager"), {});
    m_ann = add(QStringLiteral("Ann Rep"), m_mia);
    m_solo = add(QStringLiteral("Solo Founder"), {});
    m_miaSheet = (*m_ws)->v2momService().create(m_mia, FiscalYear{2026, 1});
    m_miaSheet.methods = {V2momMethod{{}, QStringLiteral("Win the mid-market"), {}, {}},
                          V2momMethod{{}, QStringLiteral("Grow partners"), {}, {}}};
    m_miaSheet = (*m_ws)->v2momService().save(m_miaSheet);

    m_stack = std::make_unique<QUndoStack>();
    m_page = std::make_unique<GoalsPage>();
    m_page->resize(1200, 800);
    m_page->setWorkspace(&**m_ws, m_stack.get());
    m_page->setTimeZone(QTimeZone::utc());
    m_page->show();
    QApplication::setActiveWindow(m_page.get()); // the editors' shortcuts need a focus widget
    m_page->showSheet(m_ann, 2026);
    MessageBox::setNonInteractive(true); // an unexpected message must fail the test, not hang it
    MessageBox::clearLastText();
}

void TestGoalsPage::cleanup()
{
    QCOMPARE(MessageBox::lastText(), QString());
    m_page.reset();
    m_stack.reset();
    m_ws.reset();
    Settings::overrideInstance(nullptr);
    m_settings.reset();
}

void TestGoalsPage::createEditUndo()
{
    auto* create = child<QPushButton>("goalsEmptyCreateButton");
    QVERIFY(create->isVisible());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY((*m_ws)->v2moms().sheetFor(m_ann, 2026));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(child<V2momSheetEditor>("goalsSheetEditor")->isVisible());

    // Vision: typed, committed when the editor is left.
    auto* vision = child<QTextEdit>("goalsVisionEdit");
    vision->setFocus();
    QTest::keyClicks(vision, QStringLiteral("Be the partner banks trust"));
    leave(vision);
    QCOMPARE(annSheet().vision, QStringLiteral("Be the partner banks trust"));
    QCOMPARE(m_stack->count(), 2);

    // Values: add two, edit one in place.
    auto* addValue = child<QPushButton>("goalsValuesAddButton");
    QTest::mouseClick(addValue, Qt::LeftButton);
    QTest::mouseClick(addValue, Qt::LeftButton);
    QCOMPARE(annSheet().values.size(), 2);
    auto* values = child<QTableView>("goalsValuesTable");
    QVERIFY(values->model()->setData(values->model()->index(1, 0), QStringLiteral("Candour"), Qt::EditRole));
    QCOMPARE(annSheet().values[1].text, QStringLiteral("Candour"));
    // Alt+Up moves it to the top.
    values->setCurrentIndex(values->model()->index(1, 0));
    values->setFocus();
    QTest::keyClick(values, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(annSheet().values[0].text, QStringLiteral("Candour"));
    QCOMPARE(m_stack->count(), 6);

    // Every step undoes, back to no sheet at all; redo brings it all back.
    for (int i = 0; i < 5; ++i) {
        m_stack->undo();
    }
    QVERIFY(annSheet().values.isEmpty());
    QCOMPARE(annSheet().vision, QString());
    m_stack->undo();
    QVERIFY(!(*m_ws)->v2moms().sheetFor(m_ann, 2026));
    QVERIFY(child<QPushButton>("goalsEmptyCreateButton")->isVisible());
    while (m_stack->canRedo()) {
        m_stack->redo();
    }
    QCOMPARE(annSheet().values[0].text, QStringLiteral("Candour"));
    QCOMPARE(annSheet().vision, QStringLiteral("Be the partner banks trust"));
    QCOMPARE(child<QTextEdit>("goalsVisionEdit")->toPlainText(), QStringLiteral("Be the partner banks trust"));
}

void TestGoalsPage::methodsReorderAndLink()
{
    QTest::mouseClick(child<QPushButton>("goalsEmptyCreateButton"), Qt::LeftButton);
    auto* add = child<QPushButton>("goalsMethodAddButton");
    auto* title = child<QLineEdit>("goalsMethodTitleEdit");
    for (const QString& name : {QStringLiteral("Prospect 40 banks"),
                                QStringLiteral("Pilot with two banks"),
                                QStringLiteral("Learn the product")}) {
        QTest::mouseClick(add, Qt::LeftButton);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, name);
        QTest::keyClick(title, Qt::Key_Return);
    }
    QCOMPARE(annSheet().methods.size(), 3);
    QCOMPARE(annSheet().methods[2].title, QStringLiteral("Learn the product"));

    // The selected (last) method goes up with Alt+Up.
    auto* list = child<QTreeView>("goalsMethodList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(annSheet().methods[1].title, QStringLiteral("Learn the product"));
    // A drag of the first method to the end (dropped below the last row).
    auto* model = qobject_cast<MethodListModel*>(list->model());
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0)}));
    model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {});
    QStringList order;
    for (const V2momMethod& m : annSheet().methods) {
        order << m.title;
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("Learn the product"),
                          QStringLiteral("Pilot with two banks"),
                          QStringLiteral("Prospect 40 banks")}));

    // Link the current method (the moved one, now last) to Mia's first method with the keyboard.
    QCOMPARE(list->currentIndex().row(), 2);
    auto* link = child<QComboBox>("goalsMethodLinkCombo");
    QCOMPARE(link->count(), 3); // not linked + Mia's two methods
    link->setFocus();
    QTest::keyClick(link, Qt::Key_Down);
    QCOMPARE(annSheet().methods[2].parentMethodId, m_miaSheet.methods[0].id);
    QVERIFY(model->index(2).data().toString().contains(QStringLiteral("Win the mid-market")));

    // The reorder survives a reopen of the file; undo walks it back.
    const int steps = m_stack->count();
    m_stack->undo();
    QVERIFY(annSheet().methods[2].parentMethodId.isEmpty());
    m_stack->undo();
    QCOMPARE(annSheet().methods[0].title, QStringLiteral("Prospect 40 banks"));
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(m_stack->count(), steps);
    m_page->setWorkspace(nullptr, nullptr);
    m_ws->reopen();
    QCOMPARE(annSheet().methods[0].title, QStringLiteral("Learn the product"));
    QCOMPARE(annSheet().methods[2].parentMethodId, m_miaSheet.methods[0].id);
}

void TestGoalsPage::removedManagerMethodShowsUnlinked()
{
    V2momSheet sheet = (*m_ws)->v2momService().create(m_ann, FiscalYear{2026, 1});
    sheet.methods = {V2momMethod{{}, QStringLiteral("Prospect 40 banks"), {}, m_miaSheet.methods[0].id}};
    (*m_ws)->v2momService().save(sheet);
    auto* list = child<QTreeView>("goalsMethodList");
    QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("Win the mid-market")));

    // Mia removes the method Ann aligned to: Ann's method stays, visibly unlinked.
    V2momSheet mia = m_miaSheet;
    mia.removeMethod(mia.methods[0].id);
    (*m_ws)->v2momService().save(mia);
    QVERIFY2(list->model()->index(0, 0).data().toString().contains(QStringLiteral("linked method was removed")),
             qPrintable(list->model()->index(0, 0).data().toString()));
    list->setCurrentIndex(list->model()->index(0, 0));
    auto* link = child<QComboBox>("goalsMethodLinkCombo");
    QVERIFY(link->currentText().contains(QStringLiteral("Linked method was removed")));
    QVERIFY(link->currentText().contains(QStringLiteral("Win the mid-market")));
    QCOMPARE(annSheet().methods[0].parentMethodId, m_miaSheet.methods[0].id); // nothing was rewritten
}

void TestGoalsPage::measuresAndEntries()
{
    QTest::mouseClick(child<QPushButton>("goalsEmptyCreateButton"), Qt::LeftButton);
    // One won deal of 30,000 USD this year.
    Deal deal = DealBuilder().owner(m_ann).amount(3000000).stage(6).build();
    deal.createdAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    deal.wonAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    (*m_ws)->deals().insert(deal);

    auto* add = child<QPushButton>("goalsMeasuresAddButton");
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(annSheet().measures.size(), 2);
    auto* table = child<QTableView>("goalsMeasuresTable");
    QAbstractItemModel* model = table->model();
    // Source column (6): bind the first measure to the closed-won amount; the unit follows.
    QVERIFY(model->setData(model->index(0, 6), static_cast<int>(MeasureBindingKind::ClosedWonAmount), Qt::EditRole));
    QVERIFY(model->setData(model->index(0, 1), 120000.0, Qt::EditRole));
    model = table->model();
    QCOMPARE(annSheet().measures[0].binding.kind, MeasureBindingKind::ClosedWonAmount);
    QCOMPARE(annSheet().measures[0].unit, QStringLiteral("USD"));
    QCOMPARE(annSheet().measures[0].target, 120000.0);
    const QString progress = model->index(0, 4).data().toString();
    QVERIFY2(progress.contains(QStringLiteral("30,000")) || progress.contains(QStringLiteral("30000")),
             qPrintable(progress));

    // The second stays manual: entries with dates.
    table->setCurrentIndex(model->index(1, 0));
    auto* addEntry = child<QPushButton>("goalsEntriesAddButton");
    QVERIFY(addEntry->isEnabled());
    QTest::mouseClick(addEntry, Qt::LeftButton);
    QTest::mouseClick(addEntry, Qt::LeftButton);
    QCOMPARE(annSheet().measures[1].entries.size(), 2);
    auto* entries = child<QTableView>("goalsEntriesTable");
    QVERIFY(entries->model()->setData(entries->model()->index(1, 1), 2.5, Qt::EditRole));
    QCOMPARE(annSheet().measures[1].entries[1].value, 2.5);
    // The manual value is the sum of the entries (1 + 2.5) against a target of 0: no target.
    QVERIFY(table->model()->index(1, 4).data().toString().startsWith(QStringLiteral("3.5")));

    // Undo the entry edit and both entries.
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QVERIFY(annSheet().measures[1].entries.isEmpty());
}

void TestGoalsPage::cascadeView()
{
    V2momSheet sheet = (*m_ws)->v2momService().create(m_ann, FiscalYear{2026, 1});
    sheet.methods = {V2momMethod{{}, QStringLiteral("Prospect 40 banks"), {}, m_miaSheet.methods[0].id},
                     V2momMethod{{}, QStringLiteral("Learn Spanish"), {}, {}}};
    (*m_ws)->v2momService().save(sheet);
    m_page->showSheet(m_mia, 2026);
    m_page->tabs()->setCurrentIndex(1);
    GoalTreeModel* model = m_page->cascade()->alignmentModel();
    QCOMPARE(model->rowCount(), 3); // two methods of Mia, the unlinked group
    const QModelIndex first = model->index(0, 0);
    QCOMPARE(model->rowCount(first), 1);
    QCOMPARE(model->index(0, 0, first).data().toString(), QStringLiteral("Prospect 40 banks"));
    const QModelIndex second = model->index(1, 0);
    QCOMPARE(second.data(GoalTreeModel::ToneRole).toInt(), static_cast<int>(GoalTreeNode::Tone::Warning));
    QVERIFY(model->index(1, 2).data().toString().contains(QStringLiteral("No one supports")));
    const QModelIndex unlinked = model->index(2, 0);
    QCOMPARE(model->rowCount(unlinked), 1);
    QCOMPARE(model->index(0, 0, unlinked).data().toString(), QStringLiteral("Learn Spanish"));
    // A rep sees the alignment of the team they belong to.
    m_page->showSheet(m_ann, 2026);
    QCOMPARE(m_page->cascade()->alignmentModel()->rowCount(), 3);
    // Someone who reports to nobody and leads nobody: an empty cascade, no crash.
    m_page->showSheet(m_solo, 2026);
    QCOMPARE(m_page->cascade()->alignmentModel()->rowCount(), 0);
    m_page->tabs()->setCurrentIndex(0);
    QVERIFY(child<QPushButton>("goalsEmptyCreateButton")->isVisible());
    QTest::mouseClick(child<QPushButton>("goalsEmptyCreateButton"), Qt::LeftButton);
    QVERIFY((*m_ws)->v2moms().sheetFor(m_solo, 2026));
    QVERIFY(!child<QComboBox>("goalsMethodLinkCombo")->isEnabled());
}

void TestGoalsPage::snapshotAndRefresh()
{
    QTest::mouseClick(child<QPushButton>("goalsEmptyCreateButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("goalsValuesAddButton"), Qt::LeftButton);
    m_page->tabs()->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>("goalsTakeSnapshotButton"), Qt::LeftButton);
    QCOMPARE((*m_ws)->v2moms().snapshots(annSheet().id).size(), 1);
    // Reword the value: the refresh shows one reworded value.
    auto* values = child<QTableView>("goalsValuesTable");
    values->model()->setData(values->model()->index(0, 0), QStringLiteral("Focus"), Qt::EditRole);
    GoalTreeModel* changes = m_page->refreshView()->changesModel();
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->index(0, 0).data().toString(), QStringLiteral("Value"));
    const QModelIndex item = changes->index(0, 0, changes->index(0, 0));
    QCOMPARE(item.data().toString(), QStringLiteral("Reworded"));
    QCOMPARE(changes->index(0, 2, changes->index(0, 0)).data().toString(), QStringLiteral("Focus"));
    // Undo the reword and the snapshot.
    m_stack->undo();
    m_stack->undo();
    QCOMPARE((*m_ws)->v2moms().snapshots(annSheet().id).size(), 0);
}

void TestGoalsPage::exportMarkdown()
{
    QTest::mouseClick(child<QPushButton>("goalsEmptyCreateButton"), Qt::LeftButton);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ann.md"));
    FileDialog::setNextFileName(path);
    QAction* action = m_page->findChild<QAction*>(QStringLiteral("goalsExportSheetAction"));
    QVERIFY(action);
    action->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.startsWith(QStringLiteral("# V2MOM FY2026 — Ann Rep\n")), qPrintable(text.left(80)));
    QVERIFY(text.contains(QStringLiteral("aligned to Mia Manager")));

    const QString cascadePath = dir.filePath(QStringLiteral("team.md"));
    FileDialog::setNextFileName(cascadePath);
    m_page->findChild<QAction*>(QStringLiteral("goalsExportCascadeAction"))->trigger();
    QFile cascade(cascadePath);
    QVERIFY(cascade.open(QIODevice::ReadOnly));
    QVERIFY(
        QString::fromUtf8(cascade.readAll()).startsWith(QStringLiteral("# Alignment FY2026 — Mia Manager and team")));
}

void TestGoalsPage::readOnlyWorkspace()
{
    (*m_ws)->v2momService().create(m_ann, FiscalYear{2026, 1});
    m_page->setWorkspace(nullptr, nullptr);
    const QString path = m_ws->path();
    m_ws->close();
    MockClock clock;
    auto readOnly = Workspace::open(path, Database::Access::ReadOnly, clock);
    m_page->setWorkspace(readOnly.get(), m_stack.get());
    m_page->showSheet(m_ann, 2026);
    QVERIFY(!child<QPushButton>("goalsMethodAddButton")->isEnabled());
    QVERIFY(child<QTextEdit>("goalsVisionEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>("goalsRemoveButton")->isEnabled());
    m_page->setWorkspace(nullptr, nullptr);
}

QTEST_MAIN(TestGoalsPage)
#include "TestGoalsPage.moc"
