// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetPages.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SheetPages::SheetPages(
    QWidget* sheetPage, const QString& startText, const QString& textName, const QString& buttonName, QWidget* parent)
    : QStackedWidget(parent)
{
    auto* start = new QWidget;
    auto* layout = new QVBoxLayout(start);
    m_explanation = new QLabel;
    m_explanation->setObjectName(textName);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_start = new QPushButton(startText);
    m_start->setObjectName(buttonName);
    connect(m_start, &QPushButton::clicked, this, &SheetPages::startRequested);
    layout->addStretch(1);
    layout->addWidget(m_explanation);
    layout->addWidget(m_start, 0, Qt::AlignCenter);
    layout->addStretch(2);
    addWidget(start);
    addWidget(sheetPage);
}

void SheetPages::showStart(const QString& explanation, bool canStart)
{
    m_explanation->setText(explanation);
    m_start->setVisible(canStart);
    setCurrentIndex(0);
}

void SheetPages::showSheet()
{
    setCurrentIndex(1);
}
