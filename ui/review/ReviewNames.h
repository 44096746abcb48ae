// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Owner.h"

#include <QHash>
#include <QList>
#include <QString>

class Workspace;

// Display names of owners and stages for the review screens, read once per refresh.
class ReviewNames final
{
public:
    static ReviewNames load(Workspace& workspace);

    QString owner(const QString& ownerId) const;
    QString stage(const QString& stageId) const;
    const QList<Owner>& owners() const { return m_owners; }
    const QString& baseCurrency() const { return m_baseCurrency; }

private:
    QList<Owner> m_owners;
    QHash<QString, QString> m_ownerNames;
    QHash<QString, QString> m_stageNames;
    QString m_baseCurrency;
};
