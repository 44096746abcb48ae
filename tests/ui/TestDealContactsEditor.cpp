// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The deal editor's contacts, driven by keys as a rep does: type, complete, accept, remove,
// save with OK, undo. What is stored is read with the test's own SQL.
#include "BoardPageFixture.h"

#include "core/services/DealService.h"
#include "core/services/StrategySheetService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/util/Settings.h"
#include "tests/support/DealBuilder.h"
#include "tests/support/QueryRows.h"
#include "tests/support/TempWorkspace.h"
#include "ui/common/Theme.h"
#include "ui/pipeline/DealEditorDialog.h"
#include "ui/pipeline/DealListView.h"
#include "ui/pipeline/PipelineBoardPage.h"
#include "ui/pipeline/PipelineBoardView.h"
#include "ui/pipeline/StageColumnWidget.h"
#include "ui/settings/Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

namespace {
// name|contact's account of each live buying-centre row of the deal, in sheet order.
QStringList buyingCentre(Workspace& workspace, const QString& dealId)
{
    return queryRows(workspace,
                     QStringLiteral("SELECT p.name, ifnull(c.account_id, '-') FROM strategy_stakeholders p "
                                    "JOIN strategy_sheets s ON s.id = p.sheet_id "
                                    "LEFT JOIN contacts c ON c.id = p.contact_id AND c.deleted = 0 "
                                    "WHERE s.deal_id = ? AND s.deleted = 0 AND p.deleted = 0 ORDER BY p.sort_order"),
                     {dealId});
}

QStringList listTexts(const QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        texts.append(list->item(row)->text());
    }
    return texts;
}
} // namespace

class TestDealContactsEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typeCompleteRemoveSaveAndUndo();
    void cancelStoresNothing();
    void aNewNameNeedsTheAccount();
    void aNewDealComesWithItsContacts();
    // Writes the editor's PNGs when DEALBENCH_SHOTS_DIR names a folder; skipped otherwise.
    void shots_data();
    void shots();

private:
    Deal addDeal(const QString& name, const QString& accountId);
    DealEditorDialog* openEditor(PipelineBoardPage& page, const Deal& deal);
    std::unique_ptr<PipelineBoardPage> makePage();

    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<Settings> m_settings;
    QUndoStack m_stack;
    QString m_me;
    QString m_acme;
    QString m_bob;
};

void TestDealContactsEditor::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    m_settings = Settings::createTemporary();
    Owner me;
    me.name = QStringLiteral("Mia Chen");
    m_me = (*m_ws)->owners().insert(me).id;
    m_settings->set(Settings::Key::MyOwnerId, m_me);
    Account acme;
    acme.name = QStringLiteral("Acme");
    m_acme = (*m_ws)->accounts().insert(acme).id;
    Account globex;
    globex.name = QStringLiteral("Globex");
    const QString globexId = (*m_ws)->accounts().insert(globex).id;
    const auto contact = [this](const QString& account, const QString& name, const QString& title) {
        Contact c;
        c.accountId = account;
        c.name = name;
        c.title = title;
        return (*m_ws)->accounts().insertContact(c).id;
    };
    contact(m_acme, QStringLiteral("Alice Ng"), QStringLiteral("CFO"));
    contact(m_acme, QStringLiteral("Alicia Park"), QString());
    m_bob = contact(m_acme, QStringLiteral("Bob Li"), QString());
    contact(globexId, QStringLiteral("Alina Globex"), QString()); // another account: never offered
    m_stack.clear();
}

void TestDealContactsEditor::cleanup()
{
    m_stack.clear();
    m_ws.reset();
    m_settings.reset();
}

Deal TestDealContactsEditor::addDeal(const QString& name, const QString& accountId)
{
    Deal deal = DealBuilder().name(name).stage(2).account(accountId).owner(m_me).build();
    return (*m_ws)->dealService().create(deal);
}

std::unique_ptr<PipelineBoardPage> TestDealContactsEditor::makePage()
{
    return showBoardPage(**m_ws, *m_settings, m_stack, QSize(1400, 800));
}

DealEditorDialog* TestDealContactsEditor::openEditor(PipelineBoardPage& page, const Deal& deal)
{
    if (!page.view()->selectDeal(deal.id)) {
        return nullptr;
    }
    auto* column = page.findChild<StageColumnWidget*>(QStringLiteral("stageColumn-") + deal.stageId);
    QTest::keyClick(column->view(), Qt::Key_Return);
    auto* editor = page.findChild<DealEditorDialog*>();
    if (editor && !QTest::qWaitForWindowExposed(editor)) {
        return nullptr;
    }
    return editor;
}

void TestDealContactsEditor::typeCompleteRemoveSaveAndUndo()
{
    const Deal deal = addDeal(QStringLiteral("Platform"), m_acme);
    StrategySheet sheet = (*m_ws)->strategySheetService().create(deal.id);
    Stakeholder bob;
    bob.contactId = m_bob;
    bob.name = QStringLiteral("Bob Li");
    sheet.stakeholders = {bob};
    (*m_ws)->strategySheetService().save(sheet);
    const QStringList contactsBefore =
        queryRows(**m_ws, QStringLiteral("SELECT id, name FROM contacts WHERE deleted = 0 ORDER BY id"));

    auto page = makePage();
    DealEditorDialog* editor = openEditor(*page, deal);
    QVERIFY(editor);
    auto* list = editor->findChild<QListWidget*>(QStringLiteral("dealContacts"));
    auto* input = editor->findChild<QLineEdit*>(QStringLiteral("dealContactInput"));
    QVERIFY(list && input);
    QCOMPARE(listTexts(list), QStringList{QStringLiteral("Bob Li")});

    // Type part of a name: the account's matching contacts are offered, the other
    // account's and the ones already on the deal are not.
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("ali"));
    QAbstractItemView* popup = input->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(input->completer()->completionCount(), 2);
    QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().data().toString(), QStringLiteral("Alice Ng \u2014 CFO"));
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(listTexts(list), (QStringList{QStringLiteral("Bob Li"), QStringLiteral("Alice Ng \u2014 CFO")}));
    QTRY_VERIFY(input->text().isEmpty());
    QVERIFY(editor->isVisible()); // Enter in the field never closes the editor

    // A name that is no contact yet becomes a new contact of the account.
    QTest::keyClicks(input, QStringLiteral("Dora Wu"));
    if (popup->isVisible()) {
        QTest::keyClick(popup, Qt::Key_Escape);
    }
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(editor->isVisible());
    QCOMPARE(listTexts(list),
             (QStringList{QStringLiteral("Bob Li"),
                          QStringLiteral("Alice Ng \u2014 CFO"),
                          QStringLiteral("Dora Wu (new contact)")}));

    // Remove Bob with the Delete key.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(listTexts(list),
             (QStringList{QStringLiteral("Alice Ng \u2014 CFO"), QStringLiteral("Dora Wu (new contact)")}));
    // Nothing is stored before OK.
    QCOMPARE(buyingCentre(**m_ws, deal.id), QStringList{QStringLiteral("Bob Li|") + m_acme});

    // A field of the deal changes in the same edit.
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("dealName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Platform 2027"));
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(m_stack.count(), 1); // one step for the fields and the contacts
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT name FROM deals WHERE id = ?"), {deal.id}),
             QStringList{QStringLiteral("Platform 2027")});
    QCOMPARE(buyingCentre(**m_ws, deal.id),
             (QStringList{QStringLiteral("Alice Ng|") + m_acme, QStringLiteral("Dora Wu|") + m_acme}));
    QCOMPARE(
        queryRows(**m_ws, QStringLiteral("SELECT account_id FROM contacts WHERE deleted = 0 AND name = 'Dora Wu'")),
        QStringList{m_acme});

    m_stack.undo();
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT name FROM deals WHERE id = ?"), {deal.id}),
             QStringList{QStringLiteral("Platform")});
    QCOMPARE(buyingCentre(**m_ws, deal.id), QStringList{QStringLiteral("Bob Li|") + m_acme});
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT id, name FROM contacts WHERE deleted = 0 ORDER BY id")),
             contactsBefore);

    m_stack.redo();
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT name FROM deals WHERE id = ?"), {deal.id}),
             QStringList{QStringLiteral("Platform 2027")});
    QCOMPARE(buyingCentre(**m_ws, deal.id),
             (QStringList{QStringLiteral("Alice Ng|") + m_acme, QStringLiteral("Dora Wu|") + m_acme}));
}

void TestDealContactsEditor::cancelStoresNothing()
{
    const Deal deal = addDeal(QStringLiteral("Pilot"), m_acme);
    auto page = makePage();
    DealEditorDialog* editor = openEditor(*page, deal);
    QVERIFY(editor);
    auto* input = editor->findChild<QLineEdit*>(QStringLiteral("dealContactInput"));
    auto* list = editor->findChild<QListWidget*>(QStringLiteral("dealContacts"));
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("Bob Li"));
    if (input->completer()->popup()->isVisible()) {
        QTest::keyClick(input->completer()->popup(), Qt::Key_Escape);
    }
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(listTexts(list), QStringList{QStringLiteral("Bob Li")}); // the contact, not a new one
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT count(*) FROM strategy_sheets")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT count(*) FROM contacts")), QStringList{QStringLiteral("4")});
}

void TestDealContactsEditor::aNewNameNeedsTheAccount()
{
    const Deal deal = addDeal(QStringLiteral("No account yet"), QString());
    auto page = makePage();
    DealEditorDialog* editor = openEditor(*page, deal);
    QVERIFY(editor);
    auto* input = editor->findChild<QLineEdit*>(QStringLiteral("dealContactInput"));
    auto* list = editor->findChild<QListWidget*>(QStringLiteral("dealContacts"));
    auto* hint = editor->findChild<QLabel*>(QStringLiteral("dealContactHint"));
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("Zed"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(list->count(), 0);
    QVERIFY(hint->isVisible());
    QVERIFY(editor->isVisible());
    // Picking the account offers its contacts.
    auto* account = editor->findChild<QLineEdit*>(QStringLiteral("dealAccount"));
    account->setText(QStringLiteral("Acme"));
    input->clear();
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("bob"));
    QTRY_VERIFY(input->completer()->popup()->isVisible());
    QCOMPARE(input->completer()->completionCount(), 1);
    QTest::keyClick(input->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(input->completer()->popup(), Qt::Key_Return);
    QCOMPARE(listTexts(list), QStringList{QStringLiteral("Bob Li")});
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT account_id FROM deals WHERE id = ?"), {deal.id}),
             QStringList{m_acme});
    QCOMPARE(buyingCentre(**m_ws, deal.id), QStringList{QStringLiteral("Bob Li|") + m_acme});
    m_stack.undo();
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT ifnull(account_id, '-') FROM deals WHERE id = ?"), {deal.id}),
             QStringList{QStringLiteral("-")});
    QCOMPARE(buyingCentre(**m_ws, deal.id), QStringList{});
}

void TestDealContactsEditor::aNewDealComesWithItsContacts()
{
    auto page = makePage();
    page->view()->setFocus();
    QTest::keySequence(page.get(), QKeySequence::New);
    auto* editor = page->findChild<DealEditorDialog*>();
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("dealName")), QStringLiteral("Greenfield"));
    editor->findChild<QLineEdit*>(QStringLiteral("dealAccount"))->setText(QStringLiteral("Acme"));
    auto* input = editor->findChild<QLineEdit*>(QStringLiteral("dealContactInput"));
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("Bob Li"));
    if (input->completer()->popup()->isVisible()) {
        QTest::keyClick(input->completer()->popup(), Qt::Key_Escape);
    }
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(listTexts(editor->findChild<QListWidget*>(QStringLiteral("dealContacts"))),
             QStringList{QStringLiteral("Bob Li")});
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_stack.count(), 1);
    const QStringList ids =
        queryRows(**m_ws, QStringLiteral("SELECT id FROM deals WHERE deleted = 0 AND name = 'Greenfield'"));
    QCOMPARE(ids.size(), 1);
    QCOMPARE(buyingCentre(**m_ws, ids.first()), QStringList{QStringLiteral("Bob Li|") + m_acme});
    m_stack.undo();
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT count(*) FROM deals WHERE deleted = 0")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(queryRows(**m_ws, QStringLiteral("SELECT count(*) FROM strategy_sheets WHERE deleted = 0")),
             QStringList{QStringLiteral("0")});
    m_stack.redo();
    QCOMPARE(buyingCentre(**m_ws, ids.first()), QStringList{QStringLiteral("Bob Li|") + m_acme});
}

void TestDealContactsEditor::shots_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("language");
    for (const char* theme : {"light", "dark"}) {
        for (const char* language : {"en", "zh_CN"}) {
            QTest::addRow("%s %s", theme, language) << QString::fromLatin1(theme) << QString::fromLatin1(language);
        }
    }
}

void TestDealContactsEditor::shots()
{
    const QString out = qEnvironmentVariable("DEALBENCH_SHOTS_DIR");
    if (out.isEmpty()) {
        QSKIP("DEALBENCH_SHOTS_DIR is not set");
    }
    QFETCH(QString, theme);
    QFETCH(QString, language);
    Translations::install(language);
    QVERIFY(Theme::apply(theme));
    Contact wang;
    wang.accountId = m_acme;
    wang.name = QStringLiteral("王芳");
    wang.title = QStringLiteral("IT Director");
    (*m_ws)->accounts().insertContact(wang);
    const Deal deal = addDeal(QStringLiteral("Acme data platform, 3 years"), m_acme);
    StrategySheet sheet = (*m_ws)->strategySheetService().create(deal.id);
    Stakeholder bob;
    bob.contactId = m_bob;
    bob.name = QStringLiteral("Bob Li");
    bob.title = QStringLiteral("Head of Finance");
    Stakeholder ivo;
    ivo.name = QStringLiteral("Ivo Petrov");
    ivo.title = QStringLiteral("Procurement");
    sheet.stakeholders = {bob, ivo};
    (*m_ws)->strategySheetService().save(sheet);
    auto page = makePage();
    DealEditorDialog* editor = openEditor(*page, deal);
    QVERIFY(editor);
    auto* input = editor->findChild<QLineEdit*>(QStringLiteral("dealContactInput"));
    input->setFocus();
    input->setText(QStringLiteral("王芳")); // QTest types ASCII only
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, QStringLiteral("Dora Wu"));
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, QStringLiteral("ali"));
    QTRY_VERIFY(input->completer()->popup()->isVisible());
    QTest::qWait(50);
    QDir().mkpath(out);
    const QString name = QStringLiteral("deal-editor-contacts-%1-%2.png").arg(theme, language);
    // The popup is a window of its own: drawn onto the editor's picture where it shows.
    QPixmap picture = editor->grab();
    {
        QPainter painter(&picture);
        QWidget* popup = input->completer()->popup();
        painter.drawPixmap(editor->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    }
    QVERIFY(picture.save(QDir(out).filePath(name)));
    editor->reject();
    Translations::installEnglish();
    QVERIFY(Theme::apply(QStringLiteral("light")));
}

QTEST_MAIN(TestDealContactsEditor)
#include "TestDealContactsEditor.moc"
