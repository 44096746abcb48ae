// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Owner.h"
#include "core/domain/Pipeline.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// Names reports print instead of ids: owners, stages, the workspace and its base currency.
class ReportNames final
{
public:
    static ReportNames load(Workspace& workspace);

    QString owner(const QString& ownerId) const;
    QString stage(const QString& stageId) const;
    const Stage* stageById(const QString& stageId) const;
    const QList<Owner>& owners() const { return m_owners; }
    const QList<Pipeline>& pipelines() const { return m_pipelines; }
    const QString& baseCurrency() const { return m_baseCurrency; }
    const QString& workspaceName() const { return m_workspaceName; }
    // An owner by id or by name, ignoring case and surrounding blanks.
    std::optional<Owner> findOwner(const QString& idOrName) const;

private:
    QList<Owner> m_owners;
    QList<Pipeline> m_pipelines;
    QHash<QString, QString> m_ownerNames;
    QHash<QString, Stage> m_stages;
    QString m_baseCurrency;
    QString m_workspaceName;
};
