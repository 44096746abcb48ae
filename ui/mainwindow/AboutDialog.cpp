// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "ui/common/Colors.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Dealbench"));

    auto* mark = new QLabel(this);
    mark->setPixmap(QIcon(QStringLiteral(":/icons/dealbench.svg")).pixmap(72, 72));

    auto* name = new QLabel(tr("Dealbench"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);

    auto* version = new QLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    auto* description = new QLabel(
        tr("A sales-pipeline workstation for reps and their managers, on one local file per workspace."), this);
    description->setWordWrap(true);
    auto* qtVersion = new QLabel(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);
    QPalette muted = qtVersion->palette();
    muted.setColor(QPalette::WindowText, Colors::mutedText(palette(), 0.6));
    qtVersion->setPalette(muted);
    version->setPalette(muted);

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(10);
    text->addWidget(description);
    text->addSpacing(10);
    text->addWidget(qtVersion);
    text->addStretch();

    auto* body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(mark, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(body);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    setFixedWidth(460);
}
