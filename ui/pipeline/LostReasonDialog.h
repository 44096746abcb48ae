// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/DealService.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

// Asks why a deal was lost (required), which competitor won (optional) and a note.
class LostReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostReasonDialog)
public:
    explicit LostReasonDialog(const QString& dealName, QWidget* parent = nullptr);

    MoveDetails details() const;

private:
    void updateButtons();

    QComboBox* m_reason;
    QLineEdit* m_competitor;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
};
