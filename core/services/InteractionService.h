// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Interaction.h"

#include <QtGlobal>

class Workspace;

/**
 * Edits of the behaviour table (DOMAIN.md §2). Each call is one transaction; it validates
 * first (StorageError of kind InvalidInput, nothing written), commits, then emits
 * WorkspaceEvents::interactionsChanged with the interaction's id. Workspace thread only.
 */
class InteractionService final
{
    Q_DISABLE_COPY_MOVE(InteractionService)
public:
    explicit InteractionService(Workspace& workspace);

    // Stores a new interaction; keeps `draft.id` when set, so an undone creation can be redone.
    Interaction create(const Interaction& draft);
    // Stores every field of `interaction`; returns the interaction as it was before.
    Interaction update(const Interaction& interaction);
    // Tombstones the interaction; returns it as it was, for an undo.
    Interaction remove(const QString& id);
    // Puts back a removed interaction exactly as given.
    void restore(const Interaction& interaction);

    // Why `interaction` cannot be stored, or an empty string when it can.
    static QString validate(const Interaction& interaction);

private:
    Interaction existing(const QString& id) const;

    Workspace& m_workspace;
};
