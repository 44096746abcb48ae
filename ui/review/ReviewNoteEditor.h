// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ReviewSnapshot.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The manager's comment and the agreed next step on the deal chosen in the review.
class ReviewNoteEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewNoteEditor)
public:
    explicit ReviewNoteEditor(QWidget* parent = nullptr);

    // Edits the note of `dealId` in the review `snapshotId` (empty: no review started yet).
    void setTarget(const QString& snapshotId, const QString& dealId, const QString& dealName, const ReviewNote& note);
    void clearTarget(const QString& message);
    ReviewNote note() const;

signals:
    void saveRequested(const ReviewNote& note, const QString& dealName);

private:
    QLabel* m_title = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QLineEdit* m_nextStep = nullptr;
    QCheckBox* m_hasDate = nullptr;
    QDateEdit* m_date = nullptr;
    QPushButton* m_save = nullptr;
    QString m_snapshotId;
    QString m_dealId;
    QString m_dealName;
};
