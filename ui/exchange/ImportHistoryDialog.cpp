// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportHistoryDialog.h"

#include "core/storage/ImportStore.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportHistoryDialog::ImportHistoryDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_batches(new QTableWidget)
    , m_revert(new QPushButton(tr("&Revert Import…")))
    , m_result(new QLabel)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    m_batches->setObjectName(QStringLiteral("importBatches"));
    m_revert->setObjectName(QStringLiteral("revertImport"));
    m_result->setObjectName(QStringLiteral("revertResult"));
    m_result->setWordWrap(true);
    m_batches->setColumnCount(5);
    m_batches->setHorizontalHeaderLabels({tr("Imported"), tr("File"), tr("New deals"), tr("Updated"), tr("State")});
    m_batches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batches->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batches->verticalHeader()->setVisible(false);
    m_batches->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revert, &QPushButton::clicked, this, &ImportHistoryDialog::revertSelected);
    connect(m_batches, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_batches->currentRow();
        m_revert->setEnabled(row >= 0 && m_batches->item(row, 4)->data(Qt::UserRole + 1).toBool());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_batches, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(720, 360);
    reload();
}

ImportHistoryDialog::~ImportHistoryDialog() = default;

void ImportHistoryDialog::reload()
{
    const QLocale locale;
    QList<ImportBatchInfo> batches;
    try {
        batches = ImportStore(m_workspace.database()).batches();
    } catch (const StorageError& error) {
        m_result->setText(error.message());
    }
    m_batches->setRowCount(static_cast<int>(batches.size()));
    for (int row = 0; row < batches.size(); ++row) {
        const ImportBatchInfo& batch = batches.at(row);
        auto* when = new QTableWidgetItem(locale.toString(batch.importedAt.toLocalTime(), QLocale::ShortFormat));
        when->setData(Qt::UserRole, batch.id);
        m_batches->setItem(row, 0, when);
        m_batches->setItem(row, 1, new QTableWidgetItem(batch.fileName));
        m_batches->setItem(row, 2, new QTableWidgetItem(locale.toString(batch.dealsCreated)));
        m_batches->setItem(row, 3, new QTableWidgetItem(locale.toString(batch.dealsUpdated)));
        const bool standing = !batch.revertedAt.isValid();
        auto* state = new QTableWidgetItem(
            standing ? tr("imported")
                     : tr("reverted %1").arg(locale.toString(batch.revertedAt.toLocalTime(), QLocale::ShortFormat)));
        state->setData(Qt::UserRole + 1, standing);
        m_batches->setItem(row, 4, state);
    }
    m_batches->resizeColumnsToContents();
    m_revert->setEnabled(false);
}

void ImportHistoryDialog::revertSelected()
{
    const int row = m_batches->currentRow();
    if (row < 0) {
        return;
    }
    const QString id = m_batches->item(row, 0)->data(Qt::UserRole).toString();
    const QString file = m_batches->item(row, 1)->text();
    if (QMessageBox::question(this,
                              tr("Revert Import"),
                              tr("Take the deals, accounts and owners that the import of %1 created out of the "
                                 "workspace, and put back the values it changed? Rows edited since stay as they are.")
                                  .arg(file)) != QMessageBox::Yes) {
        return;
    }
    try {
        const ImportRevertResult result = ImportStore(m_workspace.database()).revert(id, m_workspace.clock().nowUtc());
        const QLocale locale;
        m_result->setText(result.rowsKept == 0
                              ? tr("Reverted %1 rows.").arg(locale.toString(result.rowsReverted))
                              : tr("Reverted %1 rows. %2 rows were edited after the import (or are used by such "
                                   "rows) and were left as they are.")
                                    .arg(locale.toString(result.rowsReverted), locale.toString(result.rowsKept)));
        emit m_workspace.events().workspaceReloaded();
    } catch (const StorageError& error) {
        m_result->setText(error.message());
    }
    reload();
}
