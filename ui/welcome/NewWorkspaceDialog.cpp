// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewWorkspaceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

NewWorkspaceDialog::NewWorkspaceDialog(const QString& defaultCurrency, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_myName(new QLineEdit(this))
    , m_managerName(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newWorkspaceDialog"));
    setWindowTitle(tr("New Workspace"));
    m_name->setObjectName(QStringLiteral("workspaceNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Team East 2026"));
    m_currency->setObjectName(QStringLiteral("workspaceCurrencyCombo"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"),
                          QStringLiteral("EUR"),
                          QStringLiteral("CNY"),
                          QStringLiteral("PLN"),
                          QStringLiteral("GBP"),
                          QStringLiteral("JPY")});
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{3}")), m_currency));
    m_currency->setCurrentText(defaultCurrency);
    m_myName->setObjectName(QStringLiteral("myNameEdit"));
    m_managerName->setObjectName(QStringLiteral("managerNameEdit"));
    m_managerName->setPlaceholderText(tr("Optional"));

    auto* intro = new QLabel(
        tr("A workspace is one file with your pipeline, tables and goals. You can send it to your manager."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Workspace &name:"), m_name);
    form->addRow(tr("Base &currency:"), m_currency);
    form->addRow(tr("&Your name:"), m_myName);
    form->addRow(tr("Your &manager:"), m_managerName);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Choose &File…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_myName}) {
        connect(edit, &QLineEdit::textChanged, this, &NewWorkspaceDialog::updateOk);
    }
    connect(m_currency, &QComboBox::currentTextChanged, this, &NewWorkspaceDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    updateOk();
}

NewWorkspaceDialog::Answers NewWorkspaceDialog::answers() const
{
    return {m_name->text().trimmed(),
            m_currency->currentText().trimmed().toUpper(),
            m_myName->text().trimmed(),
            m_managerName->text().trimmed()};
}

void NewWorkspaceDialog::updateOk()
{
    const Answers a = answers();
    m_ok->setEnabled(!a.name.isEmpty() && !a.myName.isEmpty() && a.currency.size() == 3);
}
