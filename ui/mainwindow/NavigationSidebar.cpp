// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationSidebar.h"

#include "AreaCatalog.h"
#include "NavigationItemDelegate.h"

#include "ui/common/Colors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace {
constexpr int kMarkSize = 28;
} // namespace

NavigationSidebar::NavigationSidebar(QWidget* parent)
    : QWidget(parent)
    , m_mark(new QLabel(this))
    , m_workspaceName(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("navigationSidebar"));

    auto* productName = new QLabel(tr("Dealbench"), this);
    m_productName = productName;
    QFont productFont = productName->font();
    productFont.setPointSizeF(productFont.pointSizeF() * 1.2);
    productFont.setWeight(QFont::DemiBold);
    productName->setFont(productFont);
    m_mark->setPixmap(QIcon(QStringLiteral(":/icons/dealbench.svg")).pixmap(kMarkSize, kMarkSize));
    m_workspaceName->setObjectName(QStringLiteral("sidebarWorkspaceName"));

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(productName);
    titles->addWidget(m_workspaceName);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(16, 16, 16, 14);
    header->setSpacing(10);
    header->addWidget(m_mark, 0, Qt::AlignVCenter);
    header->addLayout(titles, 1);

    m_list->setObjectName(QStringLiteral("navigationList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_delegate = new NavigationItemDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    m_list->setFocusPolicy(Qt::StrongFocus);
    for (Area area : kAllAreas) {
        auto* item = new QListWidgetItem(AreaCatalog::title(area), m_list);
        item->setData(NavigationItemDelegate::IconPathRole, AreaCatalog::iconPath(area));
        item->setData(NavigationItemDelegate::ShortcutRole,
                      AreaCatalog::shortcut(area).toString(QKeySequence::NativeText));
        item->setToolTip(QStringLiteral("<b>%1</b> (%2)<br>%3")
                             .arg(AreaCatalog::title(area).toHtmlEscaped(),
                                  AreaCatalog::shortcut(area).toString(QKeySequence::NativeText),
                                  AreaCatalog::description(area).toHtmlEscaped()));
    }
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (auto area = AreaCatalog::fromIndex(row)) {
            emit areaActivated(*area);
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 1, 0); // 1 px for the separator line painted on the right
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);

    m_fullWidth = qBound(200, m_list->sizeHintForColumn(0) + 8, 280);
    setFixedWidth(m_fullWidth);
    applyPalette();
}

void NavigationSidebar::setCompact(bool compact)
{
    if (compact == isCompact()) {
        return;
    }
    m_delegate->setCompact(compact);
    m_productName->setVisible(!compact);
    m_workspaceName->setVisible(!compact);
    setFixedWidth(compact ? kMarkSize + 2 * 16 + 1 : m_fullWidth);
    m_list->doItemsLayout();
    m_list->viewport()->update();
    if (!compact) {
        setWorkspaceName(m_fullWorkspaceName);
    }
}

bool NavigationSidebar::isCompact() const
{
    return m_delegate->isCompact();
}

Area NavigationSidebar::currentArea() const
{
    return AreaCatalog::fromIndex(m_list->currentRow()).value_or(Area::Pipeline);
}

void NavigationSidebar::setCurrentArea(Area area)
{
    const int row = AreaCatalog::indexOf(area);
    if (m_list->currentRow() != row) {
        m_list->setCurrentRow(row);
    }
}

void NavigationSidebar::setWorkspaceName(const QString& name)
{
    m_fullWorkspaceName = name;
    const int available = width() - 16 - kMarkSize - 10 - 16;
    m_workspaceName->setText(m_workspaceName->fontMetrics().elidedText(name, Qt::ElideRight, available));
    m_workspaceName->setToolTip(name);
}

void NavigationSidebar::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), backgroundColor());
    painter.setPen(Colors::mutedText(palette(), 0.16));
    painter.drawLine(width() - 1, 0, width() - 1, height());
}

void NavigationSidebar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyPalette();
    }
}

QColor NavigationSidebar::backgroundColor() const
{
    // A shade darker than the window, in light and dark palettes alike.
    return Colors::mix(palette().color(QPalette::Window), Qt::black, 0.05);
}

void NavigationSidebar::applyPalette()
{
    QPalette listPalette = m_list->palette();
    listPalette.setColor(QPalette::Base, backgroundColor());
    listPalette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    m_list->setPalette(listPalette);

    QPalette mutedPalette = m_workspaceName->palette();
    mutedPalette.setColor(QPalette::WindowText, Colors::mutedText(palette(), 0.6));
    m_workspaceName->setPalette(mutedPalette);
}
