// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Dealbench User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guidePath(QLocale())));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString UserGuideDialog::guidePath(const QLocale& locale)
{
    for (const QString& language : locale.uiLanguages()) {
        // uiLanguages() spells them "zh-Hans-CN", "zh-CN", "pl-PL", "pl"
        const QString name = QString(language).replace(u'-', u'_');
        for (const QString& candidate : {name, name.section(u'_', 0, 0)}) {
            const QString path = QStringLiteral(":/help/guide_") + candidate + QStringLiteral(".html");
            if (QFile::exists(path)) {
                return path;
            }
        }
    }
    return QStringLiteral(":/help/guide.html");
}
