// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"
#include "core/services/DealService.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/MockClock.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/mainwindow/Area.h"
#include "ui/mainwindow/AreaStack.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace {
// An independent connection: checks a file without the code under test.
qint64 rawDealCount(const QString& path)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM deals WHERE deleted = 0")) && query.next()) {
                count = query.value(0).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return count;
}

class CountCommand final : public QUndoCommand
{
public:
    explicit CountCommand(int& counter)
        : QUndoCommand(QStringLiteral("Count"))
        , m_counter(counter)
    {}
    void redo() override { ++m_counter; }
    void undo() override { --m_counter; }

private:
    int& m_counter;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void titleAndStatusBarShowWorkspace();
    void statusBarFollowsDealChanges();
    void sidebarClickSwitchesArea_data();
    void sidebarClickSwitchesArea();
    void shortcutSwitchesArea_data();
    void shortcutSwitchesArea();
    void placeholdersNameTheirArea_data();
    void placeholdersNameTheirArea();
    void setAreaWidgetReplacesPlaceholder();
    void narrowWindowHasIconOnlySidebar();
    void newWorkspaceThroughFileDialog();
    void newWorkspaceReplacesExistingFile();
    void cancelledDialogChangesNothing();
    void openThroughFileDialogAddsRecentFile();
    void openingTextFileShowsErrorAndKeepsWorkspace();
    void writeProtectedFileIsOfferedReadOnly();
    void saveCopyAsWritesAConsistentCopy();
    void closeLeavesNoWorkspace();
    void undoRedoFollowTheWorkspaceStack();
    void windowStateAndAreaPersist();
    void demoWorkspaceShowsEveryArea();

private:
    QString createWorkspace(const QString& fileName, const QString& name, int deals);
    QListWidget* sidebarList() const { return m_window->findChild<QListWidget*>(QStringLiteral("navigationList")); }
    QString labelText(const char* objectName) const;
    QAction* action(const char* objectName) const;
    QStackedWidget* areaStack() const { return m_window->findChild<QStackedWidget*>(QStringLiteral("areaStack")); }

    MockClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QString TestMainWindow::createWorkspace(const QString& fileName, const QString& name, int deals)
{
    const QString path = m_dir->filePath(fileName);
    auto workspace = Workspace::create(path, {name, QStringLiteral("USD")}, m_clock);
    for (int i = 0; i < deals; ++i) {
        workspace->dealService().create(DealBuilder().name(QStringLiteral("Deal %1").arg(i)).build());
    }
    return path;
}

QString TestMainWindow::labelText(const char* objectName) const
{
    auto* label = m_window->findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(objectName));
}

QAction* TestMainWindow::action(const char* objectName) const
{
    return m_window->findChild<QAction*>(QString::fromLatin1(objectName));
}

void TestMainWindow::narrowWindowHasIconOnlySidebar()
{
    auto* sidebar = m_window->findChild<QWidget*>(QStringLiteral("navigationSidebar"));
    auto* name = m_window->findChild<QWidget*>(QStringLiteral("sidebarWorkspaceName"));
    QVERIFY(sidebar && name);
    m_window->resize(1600, 900);
    QVERIFY(sidebar->width() >= 200);
    QVERIFY(name->isVisible());
    m_window->resize(1280, 800);
    QVERIFY2(sidebar->width() <= 64, qPrintable(QString::number(sidebar->width())));
    QVERIFY(!name->isVisible());
    // Still a working sidebar: a click on the fifth icon opens Funnel & Review.
    auto* list = sidebar->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(4)).center());
    QCOMPARE(m_window->currentArea(), Area::FunnelReview);
    m_window->resize(1600, 900);
    QVERIFY(sidebar->width() >= 200);
}

void TestMainWindow::init()
{
    qRegisterMetaType<Workspace*>(); // for QSignalSpy on workspaceChanged()
    m_settings = Settings::createTemporary();
    Settings::overrideInstance(m_settings.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = createWorkspace(QStringLiteral("acme.dealbench"), QStringLiteral("Acme Sales"), 2);

    m_window = std::make_unique<MainWindow>(m_clock);
    QVERIFY(m_window->openWorkspace(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
    Settings::overrideInstance(nullptr);
    m_settings.reset();
    MessageBox::clearLastText();
}

void TestMainWindow::titleAndStatusBarShowWorkspace()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Acme Sales — Dealbench"));
    QCOMPARE(labelText("statusWorkspaceName"), QStringLiteral("Acme Sales"));
    QCOMPARE(labelText("statusDealCount"), QStringLiteral("Deals: 2"));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusReadOnly"))->isHidden());
    QCOMPARE(labelText("sidebarWorkspaceName"), QStringLiteral("Acme Sales"));
}

void TestMainWindow::statusBarFollowsDealChanges()
{
    Deal third = m_window->workspace()->dealService().create(DealBuilder().name(QStringLiteral("Third")).build());
    QCOMPARE(labelText("statusDealCount"), QStringLiteral("Deals: 3"));
    m_window->workspace()->dealService().remove(third.id);
    QCOMPARE(labelText("statusDealCount"), QStringLiteral("Deals: 2"));
}

void TestMainWindow::sidebarClickSwitchesArea_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("area");
    QTest::addColumn<QString>("viewAction");
    QTest::addRow("pipeline") << 0 << int(Area::Pipeline) << "actionArea-pipeline";
    QTest::addRow("behaviour") << 1 << int(Area::Behaviour) << "actionArea-behaviour";
    QTest::addRow("strategy") << 2 << int(Area::Strategy) << "actionArea-strategy";
    QTest::addRow("accounts") << 3 << int(Area::Accounts) << "actionArea-accounts";
    QTest::addRow("funnel") << 4 << int(Area::FunnelReview) << "actionArea-funnel";
    QTest::addRow("charts") << 5 << int(Area::Charts) << "actionArea-charts";
    QTest::addRow("goals") << 6 << int(Area::Goals) << "actionArea-goals";
}

void TestMainWindow::sidebarClickSwitchesArea()
{
    QFETCH(int, row);
    QFETCH(int, area);
    QFETCH(QString, viewAction);

    // Start elsewhere so that every click, the first row's included, is a change.
    m_window->setCurrentArea(row == 6 ? Area::Pipeline : Area::Goals);
    QSignalSpy changed(m_window.get(), &MainWindow::currentAreaChanged);
    QListWidget* list = sidebarList();
    QVERIFY(list);
    QCOMPARE(list->count(), 7);
    const QRect itemRect = list->visualItemRect(list->item(row));
    QVERIFY(itemRect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, itemRect.center());

    QCOMPARE(int(m_window->currentArea()), area);
    QCOMPARE(areaStack()->currentIndex(), row);
    QCOMPARE(areaStack()->currentWidget(), m_window->areaWidget(Area(area)));
    QVERIFY(m_window->areaWidget(Area(area))->isVisible());
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_window->findChild<QAction*>(viewAction)->isChecked());
}

void TestMainWindow::shortcutSwitchesArea_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("area");
    QTest::addRow("ctrl+1") << int(Qt::Key_1) << int(Area::Pipeline);
    QTest::addRow("ctrl+2") << int(Qt::Key_2) << int(Area::Behaviour);
    QTest::addRow("ctrl+3") << int(Qt::Key_3) << int(Area::Strategy);
    QTest::addRow("ctrl+4") << int(Qt::Key_4) << int(Area::Accounts);
    QTest::addRow("ctrl+5") << int(Qt::Key_5) << int(Area::FunnelReview);
    QTest::addRow("ctrl+6") << int(Qt::Key_6) << int(Area::Charts);
    QTest::addRow("ctrl+7") << int(Qt::Key_7) << int(Area::Goals);
}

void TestMainWindow::shortcutSwitchesArea()
{
    QFETCH(int, key);
    QFETCH(int, area);

    m_window->setCurrentArea(key == Qt::Key_7 ? Area::Pipeline : Area::Goals);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier);

    QCOMPARE(int(m_window->currentArea()), area);
    QCOMPARE(areaStack()->currentWidget(), m_window->areaWidget(Area(area)));
    QCOMPARE(sidebarList()->currentRow(), key - Qt::Key_1);
}

void TestMainWindow::placeholdersNameTheirArea_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");
    QTest::addRow("pipeline") << 0 << "Pipeline";
    QTest::addRow("behaviour") << 1 << "Behaviour";
    QTest::addRow("strategy") << 2 << "Strategy";
    QTest::addRow("accounts") << 3 << "Accounts";
    QTest::addRow("funnel") << 4 << "Funnel & Review";
    QTest::addRow("charts") << 5 << "Charts";
    QTest::addRow("goals") << 6 << "Goals";
}

void TestMainWindow::placeholdersNameTheirArea()
{
    // A bare stack: in the window, features replace placeholders as they land.
    QFETCH(int, index);
    QFETCH(QString, title);
    AreaStack stack;
    QCOMPARE(stack.count(), 7);
    auto* label = stack.widget(index)->findChild<QLabel*>(QStringLiteral("placeholderTitle"));
    QVERIFY(label);
    QCOMPARE(label->text(), title);
    QVERIFY(stack.widget(index)->findChild<QLabel*>(QStringLiteral("placeholderNote")));
}

void TestMainWindow::setAreaWidgetReplacesPlaceholder()
{
    QPointer<QWidget> previous = m_window->areaWidget(Area::Accounts);
    QVERIFY(previous);
    auto* page = new QLabel(QStringLiteral("Accounts page"));
    m_window->setCurrentArea(Area::Accounts);
    m_window->setAreaWidget(Area::Accounts, page);

    QCOMPARE(m_window->areaWidget(Area::Accounts), page);
    QCOMPARE(areaStack()->currentWidget(), page);
    QCOMPARE(areaStack()->count(), 7);
    QVERIFY(previous.isNull()); // the window owned it and deleted it
    m_window->setCurrentArea(Area::Goals);
    QCOMPARE(areaStack()->currentWidget(), m_window->areaWidget(Area::Goals));
    QVERIFY(page->isHidden());
}

void TestMainWindow::newWorkspaceThroughFileDialog()
{
    QSignalSpy changed(m_window.get(), &MainWindow::workspaceChanged);
    const QString path = m_dir->filePath(QStringLiteral("fresh.dealbench"));
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("fresh"))); // the suffix is added
    action("actionNew")->trigger();

    QVERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->path(), path);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Workspace*>(), m_window->workspace());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("fresh — Dealbench"));
    QCOMPARE(labelText("statusDealCount"), QStringLiteral("Deals: 0"));
    QCOMPARE(Settings::instance().recentFiles().value(0), path);
}

void TestMainWindow::newWorkspaceReplacesExistingFile()
{
    // The save dialog has confirmed the overwrite; stale WAL companions must go too.
    const QString path = createWorkspace(QStringLiteral("old.dealbench"), QStringLiteral("Old"), 2);
    QFile junk(path + QStringLiteral("-wal"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a wal file");
    junk.close();

    FileDialog::setNextFileName(path);
    action("actionNew")->trigger();

    QVERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->path(), path);
    QCOMPARE(labelText("statusDealCount"), QStringLiteral("Deals: 0"));
    QCOMPARE(MessageBox::lastText(), QString());
}

void TestMainWindow::cancelledDialogChangesNothing()
{
    FileDialog::setNextFileName(QString());
    action("actionOpen")->trigger();
    FileDialog::setNextFileName(QString());
    action("actionNew")->trigger();
    QCOMPARE(m_window->workspace()->path(), m_path);
    QCOMPARE(MessageBox::lastText(), QString());
}

void TestMainWindow::openThroughFileDialogAddsRecentFile()
{
    const QString other = createWorkspace(QStringLiteral("globex.dealbench"), QStringLiteral("Globex"), 5);
    FileDialog::setNextFileName(other);
    action("actionOpen")->trigger();

    QCOMPARE(m_window->workspace()->path(), other);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Globex — Dealbench"));
    QCOMPARE(labelText("statusDealCount"), QStringLiteral("Deals: 5"));
    QCOMPARE(Settings::instance().recentFiles(), QStringList({other, m_path}));
    QCOMPARE(Settings::instance().value(Settings::Key::LastWorkspace).toString(), other);

    auto* recent = m_window->findChild<QMenu*>(QStringLiteral("menuRecentFiles"));
    QVERIFY(recent);
    QStringList listed;
    for (QAction* entry : recent->actions()) {
        if (entry->data().isValid()) {
            listed << entry->data().toString();
        }
    }
    QCOMPARE(listed, QStringList({other, m_path}));

    // Choosing the older entry opens it again.
    recent->actions().at(1)->trigger();
    QCOMPARE(m_window->workspace()->path(), m_path);
}

void TestMainWindow::openingTextFileShowsErrorAndKeepsWorkspace()
{
    const QString text = m_dir->filePath(QStringLiteral("notes.dealbench"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Call Globex on Monday about the renewal.\n");
    file.close();
    Workspace* before = m_window->workspace();

    FileDialog::setNextFileName(text);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("actionOpen")->trigger();

    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("notes.dealbench")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->workspace(), before);
    QCOMPARE(m_window->workspace()->path(), m_path);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Acme Sales — Dealbench"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Call Globex on Monday about the renewal.\n"));
    QVERIFY(!Settings::instance().recentFiles().contains(text));
}

void TestMainWindow::writeProtectedFileIsOfferedReadOnly()
{
    const QString path = createWorkspace(QStringLiteral("locked.dealbench"), QStringLiteral("Locked"), 1);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("read-only")), qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->workspace()->isReadOnly());
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("statusReadOnly"))->isHidden());
    QCOMPARE(labelText("statusDealCount"), QStringLiteral("Deals: 1"));

    // Declining keeps what is open.
    m_window->session().close();
    QVERIFY(m_window->openWorkspace(m_path));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->openWorkspace(path));
    QCOMPARE(m_window->workspace()->path(), m_path);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusReadOnly"))->isHidden());
}

void TestMainWindow::saveCopyAsWritesAConsistentCopy()
{
    const QString copy = m_dir->filePath(QStringLiteral("acme copy.dealbench"));
    FileDialog::setNextFileName(copy);
    action("actionSaveCopyAs")->trigger();

    QCOMPARE(MessageBox::lastText(), QString());
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(rawDealCount(copy), 2);
    QCOMPARE(m_window->workspace()->path(), m_path); // the original stays open

    // Copying onto the open file is refused.
    FileDialog::setNextFileName(m_path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("actionSaveCopyAs")->trigger();
    QVERIFY(!MessageBox::lastText().isEmpty());
    QCOMPARE(rawDealCount(m_path), 2);
}

void TestMainWindow::closeLeavesNoWorkspace()
{
    QSignalSpy changed(m_window.get(), &MainWindow::workspaceChanged);
    action("actionClose")->trigger();

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Workspace*>(), nullptr);
    QVERIFY(!m_window->workspace());
    QVERIFY(!m_window->undoStack());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Dealbench"));
    QCOMPARE(labelText("statusWorkspaceName"), QStringLiteral("No workspace open"));
    QVERIFY(!action("actionSaveCopyAs")->isEnabled());
    QVERIFY(!action("actionClose")->isEnabled());
    QVERIFY(!action("actionUndo")->isEnabled());
}

void TestMainWindow::undoRedoFollowTheWorkspaceStack()
{
    QAction* undo = action("actionUndo");
    QAction* redo = action("actionRedo");
    QVERIFY(undo);
    QVERIFY(redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    int counter = 0;
    QUndoStack* stack = m_window->undoStack();
    QVERIFY(stack);
    stack->push(new CountCommand(counter));
    QCOMPARE(counter, 1);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Count")));

    undo->trigger();
    QCOMPARE(counter, 0);
    QCOMPARE(stack->index(), 0);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(counter, 1);

    // Another workspace comes with its own, empty stack.
    const QString other = createWorkspace(QStringLiteral("other.dealbench"), QStringLiteral("Other"), 0);
    QVERIFY(m_window->openWorkspace(other));
    QVERIFY(m_window->undoStack());
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!undo->isEnabled());
    undo->trigger();
    QCOMPARE(counter, 1);
}

void TestMainWindow::windowStateAndAreaPersist()
{
    m_window->setCurrentArea(Area::Charts);
    m_window->resize(1200, 700);
    m_window->close();
    QCOMPARE(Settings::instance().value(Settings::Key::LastArea).toInt(), 5);
    QVERIFY(!Settings::instance().value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty());

    m_window = std::make_unique<MainWindow>(m_clock);
    QCOMPARE(m_window->currentArea(), Area::Charts);
    QCOMPARE(areaStack()->currentIndex(), 5);
    QCOMPARE(sidebarList()->currentRow(), 5);
    QCOMPARE(m_window->size(), QSize(1200, 700));
}

void TestMainWindow::demoWorkspaceShowsEveryArea()
{
    // The smoke test of issue 2: a generated demo workspace, every area shown in turn, each
    // a real page (no placeholder is left in the window) that paints without trouble.
    DemoOptions options;
    options.deals = 120;
    options.today = m_clock.nowUtc().date();
    const QString demo = m_dir->filePath(QStringLiteral("demo.dealbench"));
    DemoGenerator::generate(demo, options);
    QVERIFY(m_window->openWorkspace(demo));
    QCOMPARE(labelText("statusDealCount"), QStringLiteral("Deals: 120"));
    for (Area area : kAllAreas) {
        m_window->setCurrentArea(area);
        QWidget* page = m_window->areaWidget(area);
        QCOMPARE(areaStack()->currentWidget(), page);
        QVERIFY(page->isVisible());
        QVERIFY2(!page->findChild<QLabel*>(QStringLiteral("placeholderTitle")),
                 qPrintable(QStringLiteral("area %1 is still a placeholder").arg(int(area))));
        QApplication::processEvents();
        QVERIFY(!page->grab().isNull());
    }
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("placeholderTitle")));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
