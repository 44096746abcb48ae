// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Report…: the dialog previews the first page, refuses a period it cannot read,
// writes the chosen format, remembers the choices, and is reachable from the File menu.
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "tests/core/ReviewFixture.h"
#include "tests/support/TempWorkspace.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/report/ReportExportDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
void choose(QComboBox* box, const QString& key)
{
    const int index = box->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    box->setCurrentIndex(index);
}
} // namespace

class TestReportExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewsTheFirstPage();
    void unreadablePeriodDisablesExport();
    void writesCsvWithByteOrderMarkAndRemembersIt();
    void fileMenuOpensTheDialog();

private:
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TempWorkspace> m_ws;
    QTemporaryDir m_out;
};

void TestReportExportDialog::init()
{
    m_settings = Settings::createTemporary();
    Settings::overrideInstance(m_settings.get());
    m_ws = std::make_unique<TempWorkspace>();
    ReviewFixture f(*m_ws);
    const QString alice = f.owner(QStringLiteral("Alice Zhang"));
    f.create(QStringLiteral("Acme expansion"), ReviewFixture::utc(11, 2), 3, 12000000, alice);
    f.create(QStringLiteral("Gamma pilot"), ReviewFixture::utc(11, 17), 0, 3000000, alice);
    m_ws->clock().set(ReviewFixture::utc(11, 20));
}

void TestReportExportDialog::cleanup()
{
    m_ws.reset();
    Settings::overrideInstance(nullptr);
    m_settings.reset();
}

void TestReportExportDialog::previewsTheFirstPage()
{
    ReportExportDialog dialog(**m_ws);
    auto* preview = dialog.findChild<QLabel*>(QStringLiteral("reportPreview"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("reportStatus"));
    QVERIFY(preview && status);
    QVERIFY(dialog.report().has_value());
    QVERIFY(!preview->pixmap().isNull());
    // A4 at the preview's 48 dpi: 8.27 in × 48 ≈ 397 px wide, taller than wide.
    QVERIFY2(qAbs(preview->pixmap().width() - 397) <= 2, qPrintable(QString::number(preview->pixmap().width())));
    QVERIFY(preview->pixmap().height() > preview->pixmap().width());
    QVERIFY2(status->text().contains(QLatin1String("page")), qPrintable(status->text()));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("reportExportButton"))->isEnabled());
}

void TestReportExportDialog::unreadablePeriodDisablesExport()
{
    ReportExportDialog dialog(**m_ws);
    auto* period = dialog.findChild<QLineEdit*>(QStringLiteral("reportPeriod"));
    QVERIFY(period);
    QTest::keyClicks(period, QStringLiteral("next tuesday"));
    dialog.refreshPreview(); // what the pause timer calls
    QVERIFY(!dialog.report().has_value());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("reportExportButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("reportPrintButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("reportStatus"))->text().contains(QLatin1String("2026-W47")));

    period->clear();
    QTest::keyClicks(period, QStringLiteral("2026-W47"));
    dialog.refreshPreview();
    QVERIFY(dialog.report().has_value());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("reportExportButton"))->isEnabled());
}

void TestReportExportDialog::writesCsvWithByteOrderMarkAndRemembersIt()
{
    const QString path = m_out.filePath(QStringLiteral("weekly.csv"));
    {
        ReportExportDialog dialog(**m_ws);
        auto* format = dialog.findChild<QComboBox*>(QStringLiteral("reportFormat"));
        auto* bom = dialog.findChild<QCheckBox*>(QStringLiteral("reportBom"));
        auto* page = dialog.findChild<QComboBox*>(QStringLiteral("reportPage"));
        choose(format, QStringLiteral("csv"));
        QVERIFY(bom->isEnabled());
        QVERIFY(!page->isEnabled()); // a page size means nothing to CSV
        bom->setChecked(true);
        QVERIFY(dialog.exportTo(path));
    }
    // One file per table of the report (forecast, what changed, flow, funnel, waterfall), each
    // with the mark.
    const QStringList files = QDir(m_out.path()).entryList({QStringLiteral("weekly*.csv")}, QDir::Files);
    QVERIFY2(files.size() > 1, qPrintable(files.join(u',')));
    QByteArray all;
    for (const QString& name : files) {
        QFile file(m_out.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(name));
        all += bytes;
    }
    QVERIFY(all.contains("Alice Zhang,"));
    QVERIFY(all.contains("Gamma pilot"));
    // The waterfall: Acme's 120,000 at the start, Gamma's 30,000 added, 150,000 at the end.
    QVERIFY(all.contains("Start,120000.00,1\r\n"));
    QVERIFY(all.contains("End,150000.00,2\r\n"));

    // The next dialog starts from the same choices.
    ReportExportDialog again(**m_ws);
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("reportFormat"))->currentData().toString(),
             QStringLiteral("csv"));
    QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("reportBom"))->isChecked());
}

void TestReportExportDialog::fileMenuOpensTheDialog()
{
    const QString path = m_out.filePath(QStringLiteral("menu.dealbench"));
    Workspace::create(path, {}, Clock::system()).reset();
    MainWindow window;
    auto* action = window.findChild<QAction*>(QStringLiteral("actionExportReport"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no workspace yet
    QVERIFY(window.openWorkspace(path));
    QVERIFY(action->isEnabled());

    QString opened;
    QTimer::singleShot(0, &window, [&opened] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            opened = modal->objectName();
            modal->close();
        }
    });
    action->trigger();
    QCOMPARE(opened, QStringLiteral("reportExportDialog"));
}

QTEST_MAIN(TestReportExportDialog)
#include "TestReportExportDialog.moc"
