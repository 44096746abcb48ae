// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dealbench report` as a script sees it: exit codes, one line on stderr when refused, the
// written files on stdout, nothing written when refused.
#include "tests/core/ReviewFixture.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReportCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();

private:
    TempWorkspace m_ws;
    QTemporaryDir m_out;
};

void TestReportCommand::initTestCase()
{
    ReviewFixture f(m_ws);
    const QString alice = f.owner(QStringLiteral("Alice Zhang"));
    f.create(QStringLiteral("Acme expansion"), ReviewFixture::utc(11, 2), 3, 12000000, alice);
    f.create(QStringLiteral("Gamma pilot"), ReviewFixture::utc(11, 17), 0, 3000000, alice);
    m_ws.close(); // the command opens the file itself
}

void TestReportCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("written"); // file expected afterwards; empty: none
    const QString ws = m_ws.path();
    const QString asOf = QStringLiteral("2026-11-20T12:00:00Z");
    auto out = [this](const QString& name) {
        return m_out.filePath(name);
    };
    QTest::addRow("weekly pdf") << QStringList{QStringLiteral("weekly"),
                                               QStringLiteral("--workspace"),
                                               ws,
                                               QStringLiteral("--period"),
                                               QStringLiteral("2026-W47"),
                                               QStringLiteral("--as-of"),
                                               asOf,
                                               QStringLiteral("--format"),
                                               QStringLiteral("pdf"),
                                               QStringLiteral("--page"),
                                               QStringLiteral("letter"),
                                               QStringLiteral("--out"),
                                               out(QStringLiteral("w.pdf"))}
                                << 0 << out(QStringLiteral("w.pdf"));
    QTest::addRow("weekly html, format from the suffix") << QStringList{QStringLiteral("weekly"),
                                                                        QStringLiteral("--workspace"),
                                                                        ws,
                                                                        QStringLiteral("--as-of"),
                                                                        asOf,
                                                                        QStringLiteral("--out"),
                                                                        out(QStringLiteral("w.html"))}
                                                         << 0 << out(QStringLiteral("w.html"));
    QTest::addRow("weekly csv") << QStringList{QStringLiteral("weekly"),
                                               QStringLiteral("--workspace"),
                                               ws,
                                               QStringLiteral("--as-of"),
                                               asOf,
                                               QStringLiteral("--format"),
                                               QStringLiteral("csv"),
                                               QStringLiteral("--out"),
                                               out(QStringLiteral("w.csv"))}
                                << 0 << out(QStringLiteral("w-waterfall.csv"));
    QTest::addRow("unknown report") << QStringList{QStringLiteral("monthly"),
                                                   QStringLiteral("--workspace"),
                                                   ws,
                                                   QStringLiteral("--out"),
                                                   out(QStringLiteral("m.pdf"))}
                                    << 2 << QString();
    QTest::addRow("no --out") << QStringList{QStringLiteral("weekly"), QStringLiteral("--workspace"), ws} << 2
                              << QString();
    QTest::addRow("bad period") << QStringList{QStringLiteral("weekly"),
                                               QStringLiteral("--workspace"),
                                               ws,
                                               QStringLiteral("--period"),
                                               QStringLiteral("2026-W60"),
                                               QStringLiteral("--out"),
                                               out(QStringLiteral("p.pdf"))}
                                << 2 << QString();
    QTest::addRow("unknown format") << QStringList{QStringLiteral("weekly"),
                                                   QStringLiteral("--workspace"),
                                                   ws,
                                                   QStringLiteral("--out"),
                                                   out(QStringLiteral("w.docx"))}
                                    << 2 << QString();
    QTest::addRow("unknown owner") << QStringList{QStringLiteral("scorecard"),
                                                  QStringLiteral("--workspace"),
                                                  ws,
                                                  QStringLiteral("--owner"),
                                                  QStringLiteral("Nobody"),
                                                  QStringLiteral("--out"),
                                                  out(QStringLiteral("s.pdf"))}
                                   << 2 << QString();
    QTest::addRow("strategy without a deal") << QStringList{QStringLiteral("strategy"),
                                                            QStringLiteral("--workspace"),
                                                            ws,
                                                            QStringLiteral("--out"),
                                                            out(QStringLiteral("d.pdf"))}
                                             << 2 << QString();
    QTest::addRow("missing workspace") << QStringList{QStringLiteral("weekly"),
                                                      QStringLiteral("--workspace"),
                                                      out(QStringLiteral("none.dealbench")),
                                                      QStringLiteral("--out"),
                                                      out(QStringLiteral("x.pdf"))}
                                       << 1 << QString();
    QTest::addRow("unwritable output") << QStringList{QStringLiteral("weekly"),
                                                      QStringLiteral("--workspace"),
                                                      ws,
                                                      QStringLiteral("--as-of"),
                                                      asOf,
                                                      QStringLiteral("--out"),
                                                      out(QStringLiteral("no/such/dir/w.html"))}
                                       << 1 << QString();
}

void TestReportCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, written);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must not need either
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_out.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DEALBENCH_BINARY), QStringList{QStringLiteral("report")} + arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(err));
    QVERIFY2(process.exitCode() == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(err)));
    if (exitCode == 0) {
        QVERIFY(QFile::exists(written));
        QVERIFY(out.contains(written));
        QVERIFY(QFile(written).size() > 0);
    } else {
        QVERIFY(!err.trimmed().isEmpty());
        QVERIFY(out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
