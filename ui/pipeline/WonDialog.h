// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/DealService.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;

// Confirms the final amount and the close date of a won deal (DOMAIN.md §1).
class WonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WonDialog)
public:
    WonDialog(const Deal& deal, const QDate& today, QWidget* parent = nullptr);

    MoveDetails details() const;

private:
    QString m_currency;
    QDoubleSpinBox* m_amount;
    QDateEdit* m_closeDate;
};
