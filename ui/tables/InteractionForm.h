// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QWidget>

#include <memory>

template <typename Doc>
class FormBinding;
class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;
class Workspace;

// The side form of the behaviour table: every field of one interaction, the plan half, the
// review half and the manager's coaching (DOMAIN.md §2). Leaving a changed field pushes one
// undoable edit.
class InteractionForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionForm)
public:
    explicit InteractionForm(QWidget* parent = nullptr);
    ~InteractionForm() override;

    void setWorkspace(Workspace* workspace, QUndoStack* undoStack);
    // Shows an interaction (empty id: nothing, the form is disabled).
    void setInteraction(const QString& interactionId);
    QString interactionId() const;
    // Marks the appointment done and puts the cursor on the outcome ("Log review").
    void startReview();

private:
    void build();
    void reload();
    void refreshContacts();
    void commit(const Interaction& after, const QString& what);

    Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    std::unique_ptr<FormBinding<Interaction>> m_binding;
    QString m_id;
    QLabel* m_title = nullptr;
    QListWidget* m_contacts = nullptr;
    QWidget* m_outcome = nullptr;
    QWidget* m_body = nullptr;
};
