// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Statement.h"
#include "core/util/Settings.h"
#include "tests/support/TempWorkspace.h"
#include "ui/common/Theme.h"
#include "ui/exchange/ImportWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

namespace {
QString writeCsv(const TempWorkspace& workspace)
{
    const QString path = workspace.dir() + QStringLiteral("/hubspot.csv");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        // HubSpot after a save in Excel: BOM and CRLF; one bad amount, one unknown stage.
        file.write("\xEF\xBB\xBFRecord ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Associated Company\r\n"
                   "1,Alpha,Proposal,2026-12-01 00:00,Kim Park,\"1,200.50\",Acme\r\n"
                   "2,Beta,Discovery call,2026-12-05 00:00,Kim Park,900,acme \r\n"
                   "3,Gamma,Won,2026-11-05 00:00,Lee Chan,lots,Beta Corp\r\n"
                   "4,Delta,Closed Lost,2026-11-07 00:00,Lee Chan,300,Beta Corp\r\n");
    }
    return path;
}

void shoot(QWidget& widget, const QString& name, const QString& theme)
{
    const QString dir = QStringLiteral(DEALBENCH_SHOTS_DIR);
    QDir().mkpath(dir);
    widget.grab().save(dir + QStringLiteral("/import-%1-%2.png").arg(name, theme));
}
} // namespace

class TestImportWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_settings = Settings::createTemporary();
        Settings::overrideInstance(m_settings.get());
    }

    void cleanupTestCase() { Settings::overrideInstance(nullptr); }

    void importsThroughEveryPage_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void importsThroughEveryPage()
    {
        QFETCH(QString, theme);
        Theme::apply(theme);
        TempWorkspace workspace;
        const QString csv = writeCsv(workspace);
        ImportWizard wizard(*workspace);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit*>(QStringLiteral("importFile"))->setText(csv);
        shoot(wizard, QStringLiteral("1-file"), theme);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("importEncoding"))->currentData().toInt(),
                 int(TextEncoding::Utf8Bom));
        QCOMPARE(wizard.findChild<QTableWidget*>(QStringLiteral("importSample"))->rowCount(), 4);
        shoot(wizard, QStringLiteral("2-format"), theme);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("importPreset"))->currentData().toString(),
                 QStringLiteral("hubspot"));
        shoot(wizard, QStringLiteral("3-mapping"), theme);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("importPreview"));
        QCOMPARE(preview->rowCount(), 4);
        QVERIFY(preview->item(2, 0)->text().contains(QStringLiteral("lots"))); // the unreadable amount
        auto* stages = wizard.findChild<QTableWidget*>(QStringLiteral("importStages"));
        QCOMPARE(stages->rowCount(), 1);
        QCOMPARE(stages->item(0, 0)->text(), QStringLiteral("Discovery call"));
        // Map the unknown stage to "Qualified" instead of creating it.
        auto* choice = wizard.findChild<QComboBox*>(QStringLiteral("importStageChoice_0"));
        choice->setCurrentIndex(choice->findText(QStringLiteral("Qualified")));
        shoot(wizard, QStringLiteral("4-preview"), theme);
        QCOMPARE(Statement::scalar(workspace->database(), QStringLiteral("SELECT COUNT(*) FROM deals")).toInt(), 0);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        const QString report = wizard.findChild<QPlainTextEdit*>(QStringLiteral("importReport"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("3 created")), qPrintable(report));
        shoot(wizard, QStringLiteral("5-report"), theme);
        QCOMPARE(Statement::scalar(workspace->database(), QStringLiteral("SELECT COUNT(*) FROM deals")).toInt(), 3);
        QCOMPARE(Statement::scalar(workspace->database(), QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 2);
        QCOMPARE(Statement::scalar(workspace->database(),
                                   QStringLiteral("SELECT COUNT(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                                  "WHERE s.name = 'Qualified'"))
                     .toInt(),
                 1);
    }

    void cancelChangesNothing()
    {
        TempWorkspace workspace;
        const QString csv = writeCsv(workspace);
        ImportWizard wizard(*workspace);
        wizard.show();
        wizard.findChild<QLineEdit*>(QStringLiteral("importFile"))->setText(csv);
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        wizard.reject();
        QCOMPARE(Statement::scalar(workspace->database(), QStringLiteral("SELECT COUNT(*) FROM deals")).toInt(), 0);
        QCOMPARE(
            Statement::scalar(workspace->database(), QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 0);
    }

private:
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
