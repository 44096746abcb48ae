// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaPlaceholder.h"

#include "AreaCatalog.h"

#include "ui/common/Colors.h"
#include "ui/common/MonochromeIcon.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace {
constexpr int kIconSize = 56;
constexpr int kTextWidth = 480;
} // namespace

AreaPlaceholder::AreaPlaceholder(Area area, QWidget* parent)
    : QWidget(parent)
    , m_area(area)
    , m_icon(new QLabel(this))
    , m_description(new QLabel(AreaCatalog::description(area), this))
    , m_note(new QLabel(tr("Coming soon — this area lands with its own issue."), this))
{
    setObjectName(QStringLiteral("placeholder-") + AreaCatalog::key(area));

    auto* title = new QLabel(AreaCatalog::title(area), this);
    title->setObjectName(QStringLiteral("placeholderTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    m_description->setWordWrap(true);
    m_description->setFixedWidth(kTextWidth);
    m_description->setAlignment(Qt::AlignHCenter);
    QFont descriptionFont = m_description->font();
    descriptionFont.setPointSizeF(descriptionFont.pointSizeF() * 1.08);
    m_description->setFont(descriptionFont);
    m_note->setObjectName(QStringLiteral("placeholderNote"));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(3);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(14);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_description, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addWidget(m_note, 0, Qt::AlignHCenter);
    layout->addStretch(4);
    applyPalette();
}

void AreaPlaceholder::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyPalette();
    }
}

void AreaPlaceholder::applyPalette()
{
    m_icon->setPixmap(MonochromeIcon::pixmap(AreaCatalog::iconPath(m_area),
                                             QSize(kIconSize, kIconSize),
                                             Colors::mutedText(palette(), 0.45),
                                             devicePixelRatioF()));
    QPalette descriptionPalette = m_description->palette();
    descriptionPalette.setColor(QPalette::WindowText, Colors::mutedText(palette(), 0.75));
    m_description->setPalette(descriptionPalette);
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::WindowText, Colors::mutedText(palette(), 0.5));
    m_note->setPalette(notePalette);
}
