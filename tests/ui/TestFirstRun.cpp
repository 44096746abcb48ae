// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9: translations load (English plurals, Chinese terms, Polish plural forms), the
// Preferences dialog writes Settings, the welcome page stands in for a missing workspace,
// a new workspace gets its owners, and the user guide is found per language.
#include "core/domain/Owner.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "tests/support/MockClock.h"
#include "tests/support/TempWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/settings/Translations.h"
#include "ui/welcome/WelcomePage.h"
#include "ui/welcome/WorkspaceSetup.h"

#include <QAction>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString translated(const char* context, const char* text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}
} // namespace

class TestFirstRun final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void englishPluralForms_data();
    void englishPluralForms();
    void polishPluralForms_data();
    void polishPluralForms();
    void chineseUsesTheDomainTerms();
    void preferencesWriteSettings();
    void preferencesWithoutWorkspaceDisableIdentity();
    void welcomeStandsInForAMissingWorkspace();
    void welcomeDemoButtonAsksTheApp();
    void workspaceSetupCreatesOwners();
    void userGuideFollowsTheLanguage_data();
    void userGuideFollowsTheLanguage();

private:
    std::unique_ptr<Settings> m_settings;
};

void TestFirstRun::init()
{
    m_settings = Settings::createTemporary();
    Settings::overrideInstance(m_settings.get());
    MessageBox::setNonInteractive(true);
}

void TestFirstRun::cleanup()
{
    Translations::installEnglish();
    QLocale::setDefault(QLocale::c());
    Settings::overrideInstance(nullptr);
    m_settings.reset();
}

void TestFirstRun::englishPluralForms_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one") << 1 << QStringLiteral("1 deal");
    QTest::addRow("two") << 2 << QStringLiteral("2 deals");
    QTest::addRow("zero") << 0 << QStringLiteral("0 deals");
}

void TestFirstRun::englishPluralForms()
{
    QFETCH(int, n);
    QFETCH(QString, expected);
    Translations::installEnglish();
    QCOMPARE(translated("FunnelChart", "%n deal(s)", n), expected);
    QCOMPARE(translated("V2momCascadeView", "%n person(s)", 2), QStringLiteral("2 people"));
}

void TestFirstRun::polishPluralForms_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    // Polish: 1 szansa; 2–4, 22–24 … szanse; 0, 5–21, 25 … szans
    QTest::addRow("1") << 1 << QStringLiteral("1 szansa");
    QTest::addRow("3") << 3 << QStringLiteral("3 szanse");
    QTest::addRow("5") << 5 << QStringLiteral("5 szans");
    QTest::addRow("12") << 12 << QStringLiteral("12 szans");
    QTest::addRow("22") << 22 << QStringLiteral("22 szanse");
    QTest::addRow("0") << 0 << QStringLiteral("0 szans");
}

void TestFirstRun::polishPluralForms()
{
    QFETCH(int, n);
    QFETCH(QString, expected);
    const QLocale locale = Translations::install(QStringLiteral("pl"));
    QCOMPARE(locale.language(), QLocale::Polish);
    QCOMPARE(translated("FunnelChart", "%n deal(s)", n), expected);
    QCOMPARE(translated("AreaCatalog", "Goals"), QStringLiteral("Cele"));
}

void TestFirstRun::chineseUsesTheDomainTerms()
{
    Translations::install(QStringLiteral("zh_CN"));
    QCOMPARE(translated("StrategySheetWidget", "Strategy sheet"), QStringLiteral("销售策略表"));
    QCOMPARE(translated("InteractionForm", "Behaviour table"), QStringLiteral("销售行为控制表"));
    QCOMPARE(translated("AccountPlanWidget", "Account plan"), QStringLiteral("客户经营计划表"));
    QCOMPARE(translated("FlowState", "Regressed"), QStringLiteral("回溯"));
    QCOMPARE(translated("FunnelChart", "%n deal(s)", 3), QStringLiteral("3 个商机"));
}

void TestFirstRun::preferencesWriteSettings()
{
    TempWorkspace ws;
    Owner owner;
    owner.name = QStringLiteral("Ada Rep");
    const QString ownerId = ws->owners().insert(owner).id;
    const QString pipelineId = ws->pipelines().pipelines().constFirst().id;

    PreferencesDialog dialog(*m_settings, &*ws);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    auto* currency = dialog.findChild<QComboBox*>(QStringLiteral("currencyCombo"));
    auto* fiscal = dialog.findChild<QComboBox*>(QStringLiteral("fiscalYearStartCombo"));
    auto* week = dialog.findChild<QComboBox*>(QStringLiteral("weekStartCombo"));
    auto* identity = dialog.findChild<QComboBox*>(QStringLiteral("identityCombo"));
    auto* pipeline = dialog.findChild<QComboBox*>(QStringLiteral("defaultPipelineCombo"));
    auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("backupFolderEdit"));
    auto* keep = dialog.findChild<QSpinBox*>(QStringLiteral("backupKeepSpin"));
    QVERIFY(language && currency && fiscal && week && identity && pipeline && folder && keep);
    QCOMPARE(language->count(), 4); // System, English, 简体中文, Polski

    language->setCurrentIndex(language->findData(QStringLiteral("pl")));
    currency->setCurrentText(QStringLiteral("pln"));
    fiscal->setCurrentIndex(fiscal->findData(4));
    week->setCurrentIndex(week->findData(int(Qt::Sunday)));
    identity->setCurrentIndex(identity->findData(ownerId));
    pipeline->setCurrentIndex(pipeline->findData(pipelineId));
    folder->setText(QStringLiteral("/tmp/dealbench-backups"));
    keep->setValue(7);
    dialog.apply();

    QCOMPARE(m_settings->value(Settings::Key::Language).toString(), QStringLiteral("pl"));
    QCOMPARE(m_settings->value(Settings::Key::DefaultCurrency).toString(), QStringLiteral("PLN"));
    QCOMPARE(m_settings->value(Settings::Key::FiscalYearStartMonth).toInt(), 4);
    QCOMPARE(m_settings->value(Settings::Key::WeekStartDay).toInt(), 7);
    QCOMPARE(m_settings->value(Settings::Key::MyOwnerId).toString(), ownerId);
    QCOMPARE(m_settings->value(Settings::Key::DefaultPipelineId).toString(), pipelineId);
    QCOMPARE(m_settings->value(Settings::Key::BackupFolder).toString(), QStringLiteral("/tmp/dealbench-backups"));
    QCOMPARE(m_settings->value(Settings::Key::BackupKeep).toInt(), 7);
}

void TestFirstRun::preferencesWithoutWorkspaceDisableIdentity()
{
    m_settings->set(Settings::Key::MyOwnerId, QStringLiteral("someone"));
    PreferencesDialog dialog(*m_settings, nullptr);
    auto* identity = dialog.findChild<QComboBox*>(QStringLiteral("identityCombo"));
    QVERIFY(identity);
    QVERIFY(!identity->isEnabled());
    dialog.apply();
    // Without a workspace the owner cannot be chosen, so the old choice stays.
    QCOMPARE(m_settings->value(Settings::Key::MyOwnerId).toString(), QStringLiteral("someone"));
}

void TestFirstRun::welcomeStandsInForAMissingWorkspace()
{
    TempWorkspace ws;
    const QString path = ws.path();
    ws.close();
    MockClock clock;
    MainWindow window(clock);
    auto* welcome = window.findChild<WelcomePage*>(QStringLiteral("welcomePage"));
    QVERIFY(welcome);
    QVERIFY(window.isWelcomeShown());
    QVERIFY(window.openWorkspace(path));
    QVERIFY(!window.isWelcomeShown());

    window.findChild<QAction*>(QStringLiteral("actionWelcome"))->trigger();
    QVERIFY(window.isWelcomeShown());
    auto* back = welcome->findChild<QPushButton*>(QStringLiteral("welcomeBackButton"));
    QVERIFY(back && !back->isHidden());
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!window.isWelcomeShown());

    window.findChild<QAction*>(QStringLiteral("actionClose"))->trigger();
    QVERIFY(window.isWelcomeShown());
}

void TestFirstRun::welcomeDemoButtonAsksTheApp()
{
    MockClock clock;
    MainWindow window(clock);
    QSignalSpy demo(&window, &MainWindow::demoWorkspaceRequested);
    auto* button = window.findChild<QCommandLinkButton*>(QStringLiteral("welcomeDemoButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
}

void TestFirstRun::workspaceSetupCreatesOwners()
{
    QTemporaryDir dir;
    MockClock clock;
    const NewWorkspaceDialog::Answers answers{
        QStringLiteral("Team East"), QStringLiteral("PLN"), QStringLiteral("Ola Nowak"), QStringLiteral("Jan Kowal")};
    auto workspace =
        WorkspaceSetup::create(dir.filePath(QStringLiteral("east.dealbench")), answers, clock, *m_settings);
    QCOMPARE(workspace->meta().name(), QStringLiteral("Team East"));
    QCOMPARE(workspace->meta().baseCurrency(), QStringLiteral("PLN"));
    const QList<Owner> owners = workspace->owners().owners(); // by name
    QCOMPARE(owners.size(), 2);
    QCOMPARE(owners.at(0).name, QStringLiteral("Jan Kowal"));
    QCOMPARE(owners.at(0).role, OwnerRole::Manager);
    QCOMPARE(owners.at(1).name, QStringLiteral("Ola Nowak"));
    QCOMPARE(owners.at(1).managerId, owners.at(0).id);
    QCOMPARE(m_settings->value(Settings::Key::MyOwnerId).toString(), owners.at(1).id);
    QVERIFY(!workspace->pipelines().pipelines().isEmpty());
}

void TestFirstRun::userGuideFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("phrase");
    const QString english = QStringLiteral(":/help/guide.html");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral(":/help/guide_zh_CN.html")
                           << QStringLiteral("销售行为控制表");
    QTest::addRow("pl") << QStringLiteral("pl_PL") << QStringLiteral(":/help/guide_pl.html")
                        << QStringLiteral("Przegląd tygodniowy");
    QTest::addRow("en") << QStringLiteral("en_GB") << english << QStringLiteral("The weekly review");
    QTest::addRow("de falls back") << QStringLiteral("de_DE") << english << QStringLiteral("V2MOM goals");
}

void TestFirstRun::userGuideFollowsTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, path);
    QFETCH(QString, phrase);
    QCOMPARE(UserGuideDialog::guidePath(QLocale(locale)), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(phrase));
}

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
