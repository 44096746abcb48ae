// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "core/util/Settings.h"
#include "ui/common/Colors.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kPathRole = Qt::UserRole;

QCommandLinkButton* makeChoice(QWidget* parent, const QString& objectName, const QString& text, const QString& about)
{
    auto* button = new QCommandLinkButton(text, about, parent);
    button->setObjectName(objectName);
    button->setMinimumWidth(380);
    return button;
}
} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto* mark = new QLabel(this);
    mark->setPixmap(QIcon(QStringLiteral(":/icons/dealbench.svg")).pixmap(64, 64));
    auto* title = new QLabel(tr("Welcome to Dealbench"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto* subtitle =
        new QLabel(tr("Your pipeline, behaviour, strategy and funnel tables, and V2MOM goals in one file."), this);
    subtitle->setWordWrap(true);
    QPalette muted = subtitle->palette();
    muted.setColor(QPalette::WindowText, Colors::mutedText(palette(), 0.65));
    subtitle->setPalette(muted);

    m_demo = makeChoice(this,
                        QStringLiteral("welcomeDemoButton"),
                        tr("Open the demo workspace"),
                        tr("A sales team with a year of deals, to look around and try things."));
    m_create = makeChoice(this,
                          QStringLiteral("welcomeCreateButton"),
                          tr("Create a new workspace"),
                          tr("Start empty with the standard pipeline, your name and your manager's."));
    m_import = makeChoice(this,
                          QStringLiteral("welcomeImportButton"),
                          tr("Import from CSV"),
                          tr("Bring deals and contacts from a spreadsheet or another CRM."));
    m_open = makeChoice(this,
                        QStringLiteral("welcomeOpenButton"),
                        tr("Open an existing file"),
                        tr("A .dealbench workspace, yours or one a rep sent you."));
    connect(m_demo, &QAbstractButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(m_create, &QAbstractButton::clicked, this, &WelcomePage::createRequested);
    connect(m_open, &QAbstractButton::clicked, this, &WelcomePage::openFileRequested);
    connect(m_import, &QAbstractButton::clicked, this, [this] {
        if (m_importAction) {
            m_importAction->trigger();
        }
    });

    auto* recentTitle = new QLabel(tr("Recent files"), this);
    QFont bold = recentTitle->font();
    bold.setWeight(QFont::DemiBold);
    recentTitle->setFont(bold);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("welcomeRecentList"));
    m_recent->setMinimumWidth(320);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentFileRequested(item->data(kPathRole).toString());
    });
    connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentFiles) {
            rebuildRecentFiles();
        }
    });

    m_back = new QPushButton(tr("Back to the workspace"), this);
    m_back->setObjectName(QStringLiteral("welcomeBackButton"));
    m_back->setVisible(false);
    connect(m_back, &QPushButton::clicked, this, &WelcomePage::backRequested);

    auto* heading = new QHBoxLayout;
    heading->addWidget(mark, 0, Qt::AlignTop);
    auto* headingText = new QVBoxLayout;
    headingText->addWidget(title);
    headingText->addWidget(subtitle);
    heading->addLayout(headingText, 1);

    auto* choices = new QVBoxLayout;
    for (QCommandLinkButton* button : {m_demo, m_create, m_import, m_open}) {
        choices->addWidget(button);
    }
    choices->addStretch();
    auto* recent = new QVBoxLayout;
    recent->addWidget(recentTitle);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_back, 0, Qt::AlignRight);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(choices, 1);
    columns->addLayout(recent, 1);

    auto* body = new QWidget(this);
    body->setMaximumWidth(960);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->addLayout(heading);
    bodyLayout->addSpacing(24);
    bodyLayout->addLayout(columns, 1);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(40, 40, 40, 40);
    outer->addStretch();
    outer->addWidget(body, 4);
    outer->addStretch();

    rebuildRecentFiles();
    updateImport();
}

void WelcomePage::setImportAction(QAction* action)
{
    if (action == m_importAction) {
        updateImport();
        return;
    }
    if (m_importAction) {
        disconnect(m_importAction, nullptr, this, nullptr);
    }
    m_importAction = action;
    if (action) {
        connect(action, &QAction::changed, this, &WelcomePage::updateImport);
    }
    updateImport();
}

void WelcomePage::setWorkspaceOpen(bool open)
{
    m_back->setVisible(open);
}

void WelcomePage::rebuildRecentFiles()
{
    m_recent->clear();
    const QStringList files = Settings::instance().recentFiles();
    for (const QString& path : files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            info.completeBaseName() + QStringLiteral("\n") + QDir::toNativeSeparators(info.absolutePath()), m_recent);
        item->setData(kPathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 is no longer there.").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent files"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::updateImport()
{
    const bool available = m_importAction != nullptr;
    m_import->setEnabled(available && m_importAction->isEnabled());
    if (!available) {
        m_import->setToolTip(tr("Importing from CSV is not available in this version."));
    } else if (!m_importAction->isEnabled()) {
        m_import->setToolTip(tr("Open or create a workspace first; the deals are imported into it."));
    } else {
        m_import->setToolTip(QString());
    }
}
