// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellDelegate.h"

#include "CellEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>

#include <algorithm>

namespace {
const QDate kNoDate(1900, 1, 1);

CellEditor editorOf(const QModelIndex& index)
{
    return static_cast<CellEditor>(index.data(CellRole::Editor).toInt());
}
} // namespace

QVariant choicesValue(const QList<CellChoice>& choices)
{
    QVariantList list;
    for (const CellChoice& choice : choices) {
        list.append(QVariant(QVariantList{choice.value, choice.label}));
    }
    return list;
}

CellDelegate::CellDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    switch (editorOf(index)) {
    case CellEditor::Choice: {
        auto* combo = new QComboBox(parent);
        for (const QVariant& entry : index.data(CellRole::Choices).toList()) {
            const QVariantList pair = entry.toList();
            combo->addItem(pair.value(1).toString(), pair.value(0));
        }
        return combo;
    }
    case CellEditor::Date: {
        auto* edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("—"));
        return edit;
    }
    case CellEditor::Integer: {
        auto* spin = new QSpinBox(parent);
        spin->setRange(index.data(CellRole::Minimum).toInt() - 1, index.data(CellRole::Maximum).toInt());
        spin->setSpecialValueText(tr("—"));
        return spin;
    }
    case CellEditor::Real: {
        auto* spin = new QDoubleSpinBox(parent);
        spin->setDecimals(1);
        spin->setRange(index.data(CellRole::Minimum).toDouble() - 1, index.data(CellRole::Maximum).toDouble());
        spin->setSpecialValueText(tr("—"));
        return spin;
    }
    case CellEditor::None:
    case CellEditor::Check:
        return nullptr;
    case CellEditor::Text:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    switch (editorOf(index)) {
    case CellEditor::Choice: {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return;
    }
    case CellEditor::Date: {
        const QDate date = value.toDate();
        static_cast<QDateEdit*>(editor)->setDate(date.isValid() ? date : kNoDate);
        return;
    }
    case CellEditor::Integer: {
        auto* spin = static_cast<QSpinBox*>(editor);
        spin->setValue(value.isNull() ? spin->minimum() : value.toInt());
        return;
    }
    case CellEditor::Real: {
        auto* spin = static_cast<QDoubleSpinBox*>(editor);
        spin->setValue(value.isNull() ? spin->minimum() : value.toDouble());
        return;
    }
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void CellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    switch (editorOf(index)) {
    case CellEditor::Choice:
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
        return;
    case CellEditor::Date: {
        const QDate date = static_cast<QDateEdit*>(editor)->date();
        model->setData(index, date == kNoDate ? QVariant() : QVariant(date), Qt::EditRole);
        return;
    }
    case CellEditor::Integer: {
        auto* spin = static_cast<QSpinBox*>(editor);
        spin->interpretText();
        model->setData(index, spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value()), Qt::EditRole);
        return;
    }
    case CellEditor::Real: {
        auto* spin = static_cast<QDoubleSpinBox*>(editor);
        spin->interpretText();
        model->setData(index, spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value()), Qt::EditRole);
        return;
    }
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}
