// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreBackupDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(const QList<WorkspaceBackup>& backups, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_backups(backups)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        backups.isEmpty()
            ? tr("There are no backups of this workspace yet in %1.").arg(QDir::toNativeSeparators(folder))
            : tr("Dealbench keeps a copy of the workspace when you open it (once a day), before upgrading it and "
                 "before every import or merge. Backups are in %1.")
                  .arg(QDir::toNativeSeparators(folder)),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(backups.size()), 3, this);
    m_table->setObjectName(QStringLiteral("backupList"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Why"), tr("Deals")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QLocale locale;
    for (int row = 0; row < backups.size(); ++row) {
        const WorkspaceBackup& backup = backups.at(row);
        m_table->setItem(
            row, 0, new QTableWidgetItem(locale.toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(backup.reasonText()));
        auto* deals = new QTableWidgetItem(locale.toString(backup.dealCount));
        deals->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, deals);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    layout->addWidget(m_table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_openCopy = buttons->addButton(tr("Open as a Copy"), QDialogButtonBox::AcceptRole);
    m_openCopy->setObjectName(QStringLiteral("openCopyButton"));
    m_openCopy->setToolTip(tr("Copy the backup beside the workspace and open the copy; nothing is replaced"));
    m_replace = buttons->addButton(tr("Replace Workspace…"), QDialogButtonBox::DestructiveRole);
    m_replace->setObjectName(QStringLiteral("replaceButton"));
    m_replace->setToolTip(tr("Put the backup in place of the workspace (the workspace is backed up first)"));
    layout->addWidget(buttons);
    connect(m_openCopy, &QPushButton::clicked, this, [this] { finish(Choice::OpenCopy); });
    connect(m_replace, &QPushButton::clicked, this, [this] { finish(Choice::Replace); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const bool any = !backups.isEmpty();
    m_openCopy->setEnabled(any);
    m_replace->setEnabled(any);
    if (any) {
        m_table->selectRow(0);
    }
    resize(560, 360);
}

std::optional<WorkspaceBackup> RestoreBackupDialog::selectedBackup() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size()) {
        return std::nullopt;
    }
    return m_backups.at(row);
}

void RestoreBackupDialog::finish(Choice choice)
{
    m_choice = choice;
    accept();
}
