// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

// The questions a new workspace starts from: its name, its base currency, who you are and
// who your manager is (both become owners; you are remembered as "me").
class NewWorkspaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewWorkspaceDialog)
public:
    struct Answers
    {
        QString name;
        QString currency;
        QString myName;
        QString managerName; // empty: no manager in this workspace
    };

    explicit NewWorkspaceDialog(const QString& defaultCurrency, QWidget* parent = nullptr);

    Answers answers() const;

private:
    void updateOk();

    QLineEdit* m_name = nullptr;
    QComboBox* m_currency = nullptr;
    QLineEdit* m_myName = nullptr;
    QLineEdit* m_managerName = nullptr;
    QPushButton* m_ok = nullptr;
};
