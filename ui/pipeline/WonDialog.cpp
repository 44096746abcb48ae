// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WonDialog.h"

#include "BoardFormat.h"

#include "core/services/DealValidation.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

WonDialog::WonDialog(const Deal& deal, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_currency(deal.amount.currency)
    , m_amount(new QDoubleSpinBox(this))
    , m_closeDate(new QDateEdit(this))
{
    setObjectName(QStringLiteral("wonDialog"));
    setWindowTitle(tr("Mark as won"));
    m_amount->setObjectName(QStringLiteral("wonAmount"));
    m_closeDate->setObjectName(QStringLiteral("wonCloseDate"));
    const int digits = Money::minorDigits(deal.amount.currency);
    m_amount->setDecimals(digits);
    m_amount->setRange(0, static_cast<double>(DealValidation::maxAmountMinor) / std::pow(10.0, digits));
    m_amount->setGroupSeparatorShown(true);
    m_amount->setPrefix(BoardFormat::currencySymbol(deal.amount.currency));
    m_amount->setValue(deal.amount.majorUnits());
    m_closeDate->setCalendarPopup(true);
    m_closeDate->setDate(today);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as won"));
    auto* intro = new QLabel(tr("Congratulations! Confirm the signed amount and the close date of \u201C%1\u201D.")
                                 .arg(deal.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Amount"), m_amount);
    form->addRow(tr("Closed on"), m_closeDate);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MoveDetails WonDialog::details() const
{
    MoveDetails details;
    details.wonAmount = Money::fromMajorUnits(m_amount->value(), m_currency);
    details.closeDate = m_closeDate->date();
    return details;
}
