// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewWidgets.h"

#include "core/domain/Owner.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>

namespace {
constexpr int kRefreshDelayMs = 150;
} // namespace

namespace ReviewWidgets {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableView* table(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QTimer* refreshTimer(QObject* parent)
{
    auto* timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(kRefreshDelayMs);
    return timer;
}

void fillOwners(QComboBox* combo, const QList<Owner>& owners)
{
    const QSignalBlocker blocker(combo);
    const QString previous = combo->currentData().toString();
    combo->clear();
    combo->addItem(QCoreApplication::translate("ReviewWidgets", "Whole team"), QString());
    for (const Owner& owner : owners) {
        combo->addItem(owner.name, owner.id);
    }
    const int index = combo->findData(previous);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace ReviewWidgets
