// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <Qt>

// How a cell of an editable sheet table is edited. Models report it through EditorRole,
// CellDelegate creates the matching editor; an empty value (QVariant()) means "not set".
enum class CellEditor
{
    None,
    Text,
    Choice,  // one of ChoicesRole (a QVariantList of QVariantList{value, label})
    Date,    // QDate; an unset date shows as a dash
    Integer, // int within MinimumRole..MaximumRole; one below the minimum means unset
    Real,    // double, like Integer
    Check,   // Qt::CheckStateRole
};

namespace CellRole {
// Raw values for sorting and editing, never display text.
inline constexpr int Sort = Qt::UserRole;
inline constexpr int Editor = Qt::UserRole + 1;
inline constexpr int Choices = Qt::UserRole + 2;
inline constexpr int Minimum = Qt::UserRole + 3;
inline constexpr int Maximum = Qt::UserRole + 4;
} // namespace CellRole

struct CellChoice
{
    QVariant value;
    QString label;
};

// The choices as ChoicesRole carries them.
QVariant choicesValue(const QList<CellChoice>& choices);
