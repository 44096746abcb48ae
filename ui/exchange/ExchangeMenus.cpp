// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeMenus.h"

#include "ImportHistoryDialog.h"
#include "ImportWizard.h"

#include "core/exchange/DataExport.h"
#include "core/storage/DealRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "ui/common/FileDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/report/ReportExportDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

#include <functional>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace ExchangeMenus {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ExchangeMenus", text);
}

QAction* insertBefore(QMenu* menu, const char* beforeName, QAction* action)
{
    QAction* before = nullptr;
    for (QAction* candidate : menu->actions()) {
        if (candidate->objectName() == QLatin1String(beforeName)) {
            before = candidate;
            break;
        }
    }
    menu->insertAction(before, action);
    return action;
}

void save(MainWindow& window,
          const QString& caption,
          const QString& filter,
          const QString& suffix,
          const QString& name,
          const std::function<QByteArray(Workspace&)>& bytes)
{
    Workspace* workspace = window.workspace();
    if (!workspace) {
        return;
    }
    const QString path = FileDialog::saveFileName(&window, caption, filter, suffix, name);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    try {
        error = DataExport::writeFile(path, bytes(*workspace));
    } catch (const StorageError& storage) {
        error = storage.message();
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(&window, caption, error);
    }
}

void exportTable(MainWindow& window, ExportQuery::Table table, const QString& name)
{
    save(window,
         tr("Export as CSV"),
         tr("CSV files (*.csv)"),
         QStringLiteral("csv"),
         name,
         [table](Workspace& workspace) { return DataExport::csv(workspace.database(), table, true); });
}

void exportVCards(MainWindow& window)
{
    Workspace* workspace = window.workspace();
    if (!workspace) {
        return;
    }
    const QList<Deal> deals = workspace->deals().openDeals(workspace->pipelines().pipelines().value(0).id);
    QStringList names;
    for (const Deal& deal : deals) {
        names.append(deal.name);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(&window, tr("Export Contacts"), tr("Contacts of the deal:"), names, 0, false, &ok);
    if (!ok || chosen.isEmpty()) {
        return;
    }
    const QString dealId = deals.at(names.indexOf(chosen)).id;
    save(window,
         tr("Export Contacts as vCard"),
         tr("vCard files (*.vcf)"),
         QStringLiteral("vcf"),
         chosen + QStringLiteral(".vcf"),
         [dealId](Workspace& w) { return DataExport::vcards(w.database(), dealId); });
}
} // namespace

void install(MainWindow& window)
{
    QMenu* file = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
    QMenu* edit = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuEdit"));
    if (!file || !edit) {
        return;
    }
    auto* import = new QAction(tr("&Import CSV…"), &window);
    import->setObjectName(QStringLiteral("actionImportCsv"));
    insertBefore(file, "actionClose", import);
    auto* report = new QAction(tr("Export &Report…"), &window);
    report->setObjectName(QStringLiteral("actionExportReport"));
    report->setShortcut(QKeySequence::Print);
    insertBefore(file, "actionClose", report);
    auto* exportMenu = new QMenu(tr("&Export Data"), file);
    exportMenu->setObjectName(QStringLiteral("menuExportData"));
    insertBefore(file, "actionClose", exportMenu->menuAction());
    file->insertSeparator(file->actions().value(file->actions().indexOf(exportMenu->menuAction()) + 1));
    auto* history = new QAction(tr("Import &History…"), &window);
    history->setObjectName(QStringLiteral("actionImportHistory"));
    edit->insertAction(edit->actions().value(2), history);

    QObject::connect(import, &QAction::triggered, &window, [&window] {
        if (Workspace* workspace = window.workspace()) {
            ImportWizard wizard(*workspace, &window);
            wizard.exec();
        }
    });
    QObject::connect(report, &QAction::triggered, &window, [&window] {
        if (Workspace* workspace = window.workspace()) {
            ReportExportDialog dialog(*workspace, &window);
            dialog.exec();
        }
    });
    QObject::connect(history, &QAction::triggered, &window, [&window] {
        if (Workspace* workspace = window.workspace()) {
            ImportHistoryDialog dialog(*workspace, &window);
            dialog.exec();
        }
    });
    const struct
    {
        const char* name;
        const char* text;
        ExportQuery::Table table;
        const char* file;
    } tables[] = {
        {"actionExportDeals",
         QT_TRANSLATE_NOOP("ExchangeMenus", "&Deals (CSV)…"),
         ExportQuery::Table::Deals,
         "deals.csv"},
        {"actionExportAccounts",
         QT_TRANSLATE_NOOP("ExchangeMenus", "&Accounts (CSV)…"),
         ExportQuery::Table::Accounts,
         "accounts.csv"},
        {"actionExportContacts",
         QT_TRANSLATE_NOOP("ExchangeMenus", "&Contacts (CSV)…"),
         ExportQuery::Table::Contacts,
         "contacts.csv"},
        {"actionExportInteractions",
         QT_TRANSLATE_NOOP("ExchangeMenus", "&Interactions (CSV)…"),
         ExportQuery::Table::Interactions,
         "interactions.csv"},
    };
    for (const auto& entry : tables) {
        QAction* action = exportMenu->addAction(tr(entry.text));
        action->setObjectName(QString::fromLatin1(entry.name));
        const ExportQuery::Table table = entry.table;
        const QString name = QString::fromLatin1(entry.file);
        QObject::connect(
            action, &QAction::triggered, &window, [&window, table, name] { exportTable(window, table, name); });
    }
    exportMenu->addSeparator();
    QAction* calendar = exportMenu->addAction(tr("Next Steps and Planned Interactions (iCalendar)…"));
    calendar->setObjectName(QStringLiteral("actionExportCalendar"));
    QObject::connect(calendar, &QAction::triggered, &window, [&window] {
        save(window,
             tr("Export Calendar"),
             tr("iCalendar files (*.ics)"),
             QStringLiteral("ics"),
             QStringLiteral("dealbench.ics"),
             [](Workspace& workspace) {
                 const QDateTime now = workspace.clock().nowUtc();
                 return DataExport::calendar(workspace.database(), now.addDays(-1), now);
             });
    });
    QAction* vcards = exportMenu->addAction(tr("Contacts of a Deal (vCard)…"));
    vcards->setObjectName(QStringLiteral("actionExportVCards"));
    QObject::connect(vcards, &QAction::triggered, &window, [&window] { exportVCards(window); });

    auto follow = [import, history, exportMenu, report](Workspace* workspace) {
        const bool open = workspace != nullptr && !workspace->isReadOnly();
        import->setEnabled(open);
        history->setEnabled(open);
        exportMenu->setEnabled(workspace != nullptr);
        report->setEnabled(workspace != nullptr);
    };
    QObject::connect(&window, &MainWindow::workspaceChanged, import, follow);
    follow(window.workspace());
}

} // namespace ExchangeMenus
