// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewNoteEditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReviewNoteEditor::ReviewNoteEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_nextStep(new QLineEdit(this))
    , m_hasDate(new QCheckBox(tr("by"), this))
    , m_date(new QDateEdit(this))
    , m_save(new QPushButton(tr("Save note"), this))
{
    setObjectName(QStringLiteral("reviewNoteEditor"));
    m_title->setObjectName(QStringLiteral("reviewNoteTitle"));
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_comment->setObjectName(QStringLiteral("reviewNoteComment"));
    m_comment->setPlaceholderText(tr("Manager's comment"));
    m_comment->setTabChangesFocus(true);
    m_nextStep->setObjectName(QStringLiteral("reviewNoteNextStep"));
    m_nextStep->setPlaceholderText(tr("Agreed next step"));
    m_hasDate->setObjectName(QStringLiteral("reviewNoteHasDate"));
    m_date->setObjectName(QStringLiteral("reviewNoteDate"));
    m_date->setCalendarPopup(true);
    m_date->setEnabled(false);
    m_save->setObjectName(QStringLiteral("reviewNoteSave"));
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(note(), m_dealName); });

    auto* step = new QHBoxLayout;
    step->addWidget(m_nextStep, 1);
    step->addWidget(m_hasDate);
    step->addWidget(m_date);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_comment, 1);
    layout->addLayout(step);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    clearTarget(tr("Choose a deal in the list to write a review note."));
}

void ReviewNoteEditor::setTarget(const QString& snapshotId,
                                 const QString& dealId,
                                 const QString& dealName,
                                 const ReviewNote& note)
{
    m_snapshotId = snapshotId;
    m_dealId = dealId;
    m_dealName = dealName;
    m_title->setText(tr("Review note on %1").arg(dealName));
    m_comment->setPlainText(note.comment);
    m_nextStep->setText(note.nextStep);
    m_hasDate->setChecked(note.nextStepDate.isValid());
    m_date->setDate(note.nextStepDate.isValid() ? note.nextStepDate : QDate::currentDate().addDays(7));
    for (QWidget* widget : std::initializer_list<QWidget*>{m_comment, m_nextStep, m_hasDate, m_save}) {
        widget->setEnabled(true);
    }
    m_date->setEnabled(m_hasDate->isChecked());
}

void ReviewNoteEditor::clearTarget(const QString& message)
{
    m_snapshotId.clear();
    m_dealId.clear();
    m_dealName.clear();
    m_title->setText(message);
    m_comment->clear();
    m_nextStep->clear();
    m_hasDate->setChecked(false);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_comment, m_nextStep, m_hasDate, m_date, m_save}) {
        widget->setEnabled(false);
    }
}

ReviewNote ReviewNoteEditor::note() const
{
    ReviewNote note;
    note.snapshotId = m_snapshotId;
    note.dealId = m_dealId;
    note.comment = m_comment->toPlainText().trimmed();
    note.nextStep = m_nextStep->text().trimmed();
    note.nextStepDate = m_hasDate->isChecked() ? m_date->date() : QDate();
    return note;
}
