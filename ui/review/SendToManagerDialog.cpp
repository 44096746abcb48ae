// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendToManagerDialog.h"

#include "core/exchange/TeamFileExport.h"
#include "core/storage/Database.h"
#include "ui/common/FileDialog.h"
#include "ui/common/ReportRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

SendToManagerDialog::SendToManagerDialog(QString workspacePath, const QList<Owner>& owners, QWidget* parent)
    : QDialog(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_all(new QRadioButton(tr("The whole workspace"), this))
    , m_mine(new QRadioButton(tr("Only the deals of"), this))
    , m_owner(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_send(new QPushButton(tr("Save Copy…"), this))
    , m_runner(new ReportRunner(this))
{
    setObjectName(QStringLiteral("sendToManagerDialog"));
    setWindowTitle(tr("Send to Manager"));
    m_all->setObjectName(QStringLiteral("sendAll"));
    m_mine->setObjectName(QStringLiteral("sendMine"));
    m_owner->setObjectName(QStringLiteral("sendOwner"));
    m_send->setObjectName(QStringLiteral("sendSave"));
    m_status->setWordWrap(true);
    for (const Owner& owner : owners) {
        m_owner->addItem(owner.name, owner.id);
    }
    m_all->setChecked(true);
    m_mine->setEnabled(!owners.isEmpty());
    m_owner->setEnabled(false);
    connect(m_mine, &QRadioButton::toggled, m_owner, &QWidget::setEnabled);

    auto* intro = new QLabel(tr("Writes a consistent copy of this workspace that your manager imports into the team "
                                "file with File ▸ Import Team Member's File…. Rows keep their ids and times, so "
                                "sending again later only brings what changed."),
                             this);
    intro->setWordWrap(true);
    auto* mine = new QHBoxLayout;
    mine->addWidget(m_mine);
    mine->addWidget(m_owner, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] { write(); });
    connect(this, &SendToManagerDialog::written, this, [this](bool ok, const QString& message) {
        m_status->setText(message);
        m_send->setEnabled(true);
        if (ok) {
            accept();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_all);
    layout->addLayout(mine);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void SendToManagerDialog::write(const QString& chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        const QString suggested =
            QFileInfo(m_workspacePath).completeBaseName() + QStringLiteral("-for-manager.dealbench");
        path = FileDialog::saveFileName(this,
                                        tr("Send to Manager"),
                                        tr("Dealbench workspaces (*.dealbench)"),
                                        QStringLiteral("dealbench"),
                                        suggested);
    }
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspacePath).absoluteFilePath()) {
        emit written(false, tr("Choose another file than the open workspace."));
        return;
    }
    // The file dialog has confirmed replacing an existing file; VACUUM INTO needs it gone.
    QFile::remove(path);
    const QString owner = m_mine->isChecked() ? m_owner->currentData().toString() : QString();
    const QString source = m_workspacePath;
    m_send->setEnabled(false);
    m_status->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_runner->run<QString>(
        [source, path, owner] {
            auto database = Database::openWorkerConnection(source, Database::Access::ReadOnly);
            TeamFileExport::write(*database, path, owner);
            return path;
        },
        [this](const QString& savedPath) {
            m_writtenPath = savedPath;
            emit written(true, tr("Wrote %1.").arg(QDir::toNativeSeparators(savedPath)));
        },
        [this](const QString& error) { emit written(false, error); });
}
