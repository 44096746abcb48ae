// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyAmountDelegate.h"

#include <QDoubleSpinBox>

namespace {
// A trillion in major units: far beyond any quota, well inside a double's exact integers.
constexpr double kLargestAmount = 1e12;
} // namespace

MoneyAmountDelegate::MoneyAmountDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* MoneyAmountDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* editor = new QDoubleSpinBox(parent);
    editor->setRange(0.0, kLargestAmount);
    editor->setDecimals(2);
    editor->setGroupSeparatorShown(true);
    editor->setButtonSymbols(QAbstractSpinBox::NoButtons);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    return editor;
}

void MoneyAmountDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* spin = qobject_cast<QDoubleSpinBox*>(editor);
    spin->setValue(index.data(Qt::EditRole).toDouble());
    spin->selectAll();
}

void MoneyAmountDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* spin = qobject_cast<QDoubleSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}
