// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QObject;
class QTableView;
class QTimer;
class QWidget;
struct Owner;

// The parts the funnel and the weekly review pages share, so both read and behave alike.
namespace ReviewWidgets {

// A bold section title above a table.
QLabel* heading(const QString& text, QWidget* parent);
// A read-mostly table: whole rows selected one at a time, no row numbers, rows one line high.
QTableView* table(QAbstractItemModel* model, const QString& objectName, QWidget* parent);
// Edits come in bursts (a drag across the board, an import): pages recompute once they settle.
QTimer* refreshTimer(QObject* parent);
// "Whole team" followed by the reps, keeping the rep chosen before when it is still there.
void fillOwners(QComboBox* combo, const QList<Owner>& owners);

} // namespace ReviewWidgets
