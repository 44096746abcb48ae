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
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
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

// Many rows, so that the import takes long enough to watch and to cancel.
QString writeLargeCsv(const TempWorkspace& workspace, int rows)
{
    const QString path = workspace.dir() + QStringLiteral("/large.csv");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        QByteArray out = "Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Associated Company\n";
        for (int i = 0; i < rows; ++i) {
            out += QByteArray::number(900000 + i) + ",Deal " + QByteArray::number(i) + ',' +
                   (i % 2 == 0 ? "Proposal" : "Qualified") + ",2026-12-01 00:00,Rep " + QByteArray::number(i % 9) +
                   ',' + QByteArray::number(100 + i) + ",Account " + QByteArray::number(i % 300) + '\n';
        }
        file.write(out);
    }
    return path;
}

qint64 count(TempWorkspace& workspace, const QString& sql)
{
    return Statement::scalar(workspace->database(), sql).toLongLong();
}

// Shows the wizard and walks it with `csv` to the preview page, where planning starts.
void walkToPreview(ImportWizard& wizard, const QString& csv)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit*>(QStringLiteral("importFile"))->setText(csv);
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
}

// Walks the wizard to its last page, which starts the import.
void startImport(ImportWizard& wizard, const QString& csv)
{
    walkToPreview(wizard, csv);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isPlanning(), 60000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
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
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isPlanning(), 30000);
        auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("importPreview"));
        QCOMPARE(preview->rowCount(), 4);
        QVERIFY(preview->item(2, 0)->text().contains(QStringLiteral("lots"))); // the unreadable amount
        auto* stages = wizard.findChild<QTableWidget*>(QStringLiteral("importStages"));
        QCOMPARE(stages->rowCount(), 1);
        QCOMPARE(stages->item(0, 0)->text(), QStringLiteral("Discovery call"));
        // Map the unknown stage to "Qualified" instead of creating it.
        auto* choice = wizard.findChild<QComboBox*>(QStringLiteral("importStageChoice_0"));
        choice->setCurrentIndex(choice->findText(QStringLiteral("Qualified")));
        QVERIFY(wizard.isPlanning()); // the choice is planned again
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isPlanning(), 30000);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        shoot(wizard, QStringLiteral("4-preview"), theme);
        QCOMPARE(Statement::scalar(workspace->database(), QStringLiteral("SELECT COUNT(*) FROM deals")).toInt(), 0);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isImporting(), 30000);
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
        wizard.reject(); // while the preview is still being planned
        QTest::qWait(50);
        QCOMPARE(Statement::scalar(workspace->database(), QStringLiteral("SELECT COUNT(*) FROM deals")).toInt(), 0);
        QCOMPARE(
            Statement::scalar(workspace->database(), QStringLiteral("SELECT COUNT(*) FROM import_batches")).toInt(), 0);
    }

    // The preview of a big file is planned on a worker: the page shows its progress, the
    // table and the Import button wait for the plan, and the plan covers every row.
    void largePreviewIsPlannedOffTheGuiThread()
    {
        constexpr int kRows = 20000;
        TempWorkspace workspace;
        const QString csv = writeLargeCsv(workspace, kRows);
        ImportWizard wizard(*workspace);
        int lastDone = -1;
        int lastTotal = -1;
        connect(&wizard, &ImportWizard::planProgress, this, [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        walkToPreview(wizard, csv);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(wizard.isPlanning());
        QVERIFY(wizard.findChild<QProgressBar*>(QStringLiteral("importPlanProgress"))->isVisible());
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        shoot(wizard, QStringLiteral("4-planning"), QStringLiteral("light"));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isPlanning(), 60000);
        QCOMPARE(lastDone, kRows);
        QCOMPARE(lastTotal, kRows);
        QVERIFY(!wizard.findChild<QProgressBar*>(QStringLiteral("importPlanProgress"))->isVisible());
        QCOMPARE(wizard.findChild<QTableWidget*>(QStringLiteral("importPreview"))->rowCount(), 100);
        QCOMPARE(wizard.state().plan.deals.size(), kRows);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        const QString summary = wizard.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.contains(QLocale().toString(kRows) + QStringLiteral(" new deals")), qPrintable(summary));
    }

    // The import runs on a worker: the GUI thread keeps handling events, the progress bar
    // moves through the rows, and the last page ends with the report.
    void largeImportShowsProgress()
    {
        constexpr int kRows = 20000;
        TempWorkspace workspace;
        const QString csv = writeLargeCsv(workspace, kRows);
        ImportWizard wizard(*workspace);
        QList<std::tuple<bool, int, int>> reports;
        connect(&wizard, &ImportWizard::importProgress, this, [&](bool planning, int done, int total) {
            reports.append({planning, done, total});
        });
        startImport(wizard, csv);
        auto* bar = wizard.findChild<QProgressBar*>(QStringLiteral("importProgress"));
        QVERIFY(bar->isVisible());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000);
        shoot(wizard, QStringLiteral("6-progress"), QStringLiteral("light"));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isImporting(), 120000);
        QVERIFY(wizard.state().report.ok);
        // Rows checked, then deals written, each counting up to its total.
        QVERIFY(reports.size() >= 4);
        QCOMPARE(reports.first(), std::make_tuple(true, 0, kRows));
        QCOMPARE(reports.last(), std::make_tuple(false, kRows, kRows));
        for (qsizetype i = 1; i < reports.size(); ++i) {
            const auto& [planning, done, total] = reports.at(i);
            const auto& [wasPlanning, before, totalBefore] = reports.at(i - 1);
            QVERIFY(planning == wasPlanning ? done > before : wasPlanning);
            QCOMPARE(total, kRows);
            Q_UNUSED(totalBefore)
        }
        QVERIFY(!bar->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        const QString report = wizard.findChild<QPlainTextEdit*>(QStringLiteral("importReport"))->toPlainText();
        QVERIFY2(report.contains(QLocale().toString(kRows) + QStringLiteral(" created")), qPrintable(report));
        shoot(wizard, QStringLiteral("7-done"), QStringLiteral("light"));
        QCOMPARE(count(workspace, QStringLiteral("SELECT COUNT(*) FROM deals")), qint64(kRows));
        QCOMPARE(count(workspace, QStringLiteral("SELECT COUNT(*) FROM deal_events")), qint64(kRows));
        QCOMPARE(count(workspace, QStringLiteral("SELECT COUNT(*) FROM accounts")), qint64(300));
    }

    // Cancel while the worker writes: everything is rolled back, the earlier data stays.
    void cancelRollsBackEverything()
    {
        TempWorkspace workspace;
        {
            ImportWizard first(*workspace);
            startImport(first, writeCsv(workspace));
            QTRY_VERIFY_WITH_TIMEOUT(!first.isImporting(), 30000);
            QVERIFY(first.state().report.ok);
        }
        const QString counts =
            QStringLiteral("SELECT (SELECT COUNT(*) FROM deals) || '/' || (SELECT COUNT(*) FROM deal_events) || '/' || "
                           "(SELECT COUNT(*) FROM accounts) || '/' || (SELECT COUNT(*) FROM owners) || '/' || "
                           "(SELECT COUNT(*) FROM import_batches) || '/' || (SELECT COUNT(*) FROM import_batch_rows)");
        const QString before = Statement::scalar(workspace->database(), counts).toString();
        QCOMPARE(before.section(u'/', 0, 1), QStringLiteral("3/3"));

        ImportWizard wizard(*workspace);
        startImport(wizard, writeLargeCsv(workspace, 30000));
        auto* bar = wizard.findChild<QProgressBar*>(QStringLiteral("importProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000);
        QVERIFY(wizard.isImporting());
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("importCancel")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isImporting(), 60000);
        QVERIFY(wizard.state().report.cancelled);
        QVERIFY(!wizard.state().report.ok);
        const QString report = wizard.findChild<QPlainTextEdit*>(QStringLiteral("importReport"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("cancelled")), qPrintable(report));
        shoot(wizard, QStringLiteral("8-cancelled"), QStringLiteral("light"));
        QCOMPARE(Statement::scalar(workspace->database(), counts).toString(), before);
        QCOMPARE(Statement::scalar(workspace->database(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

private:
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
