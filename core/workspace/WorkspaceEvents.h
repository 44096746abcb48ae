// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

// Change notifications from core services, emitted after the transaction of an edit has
// committed. Models listen and refresh only what changed.
class WorkspaceEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceEvents)
public:
    explicit WorkspaceEvents(QObject* parent = nullptr);

signals:
    void dealsChanged(const QStringList& dealIds);
    void dealsRemoved(const QStringList& dealIds);
    void pipelinesChanged();
    void ownersChanged();
    void accountsChanged(const QStringList& accountIds);
    void interactionsChanged(const QStringList& interactionIds);
    // Strategy sheets of these deals were created, edited or removed.
    void strategySheetsChanged(const QStringList& dealIds);
    // Account plans of these accounts were created, edited or removed.
    void accountPlansChanged(const QStringList& accountIds);
    // The product catalogue (columns of the whitespace grids) changed.
    void productsChanged();
    // Review snapshots or review notes were added, changed or removed.
    void reviewsChanged();
    // A rep's quota was set or cleared.
    void quotasChanged();
    // V2MOM goal sheets (or their snapshots) with these ids were created, edited or removed.
    void goalsChanged(const QStringList& sheetIds);
    // Many rows changed at once (import, merge): refresh everything.
    void workspaceReloaded();
    // The integrity check that went on after opening found damage: the workspace is
    // read-only from now on. `message` says what was found, fit to show.
    void damageFound(const QString& message);
};
