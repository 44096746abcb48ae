// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LostReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

LostReasonDialog::LostReasonDialog(const QString& dealName, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_competitor(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("lostReasonDialog"));
    setWindowTitle(tr("Mark as lost"));
    m_reason->setObjectName(QStringLiteral("lostReason"));
    m_competitor->setObjectName(QStringLiteral("lostCompetitor"));
    m_note->setObjectName(QStringLiteral("lostNote"));
    // No reason is preselected: a lost reason is a decision, not a default (DOMAIN.md §1).
    m_reason->addItem(tr("Choose a reason\u2026"), static_cast<int>(LostReason::None));
    for (LostReason reason : {LostReason::Price,
                              LostReason::Competitor,
                              LostReason::NoDecision,
                              LostReason::NoBudget,
                              LostReason::Timing,
                              LostReason::ProductFit,
                              LostReason::Other}) {
        m_reason->addItem(lostReasonDisplayName(reason), static_cast<int>(reason));
    }
    m_competitor->setPlaceholderText(tr("Who won the deal (optional)"));
    m_note->setPlaceholderText(tr("What happened (optional)"));
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as lost"));

    auto* intro = new QLabel(tr("Why was \u201C%1\u201D lost?").arg(dealName.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Competitor"), m_competitor);
    form->addRow(tr("Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &LostReasonDialog::updateButtons);
    updateButtons();
}

void LostReasonDialog::updateButtons()
{
    const bool chosen = m_reason->currentData().toInt() != static_cast<int>(LostReason::None);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen);
    if (m_reason->currentData().toInt() == static_cast<int>(LostReason::Competitor)) {
        m_competitor->setFocus();
    }
}

MoveDetails LostReasonDialog::details() const
{
    MoveDetails details;
    details.lostReason = static_cast<LostReason>(m_reason->currentData().toInt());
    details.competitor = m_competitor->text().trimmed();
    details.lostNote = m_note->toPlainText().trimmed();
    return details;
}
