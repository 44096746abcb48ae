// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Deal.h"
#include "core/domain/Interaction.h"
#include "core/domain/Owner.h"

#include <QDateTime>
#include <QString>

#include <optional>

class Workspace;

// Small fixtures for the rep's tables: people, accounts and interactions written through
// the repositories, with only the fields a test names.
namespace RepFixture {

QString owner(Workspace& workspace, const QString& name, OwnerRole role = OwnerRole::Rep);
QString account(Workspace& workspace, const QString& name, std::optional<int> employees = std::nullopt);
QString contact(Workspace& workspace, const QString& accountId, const QString& name, OrgLevel level);
// A deal in the default pipeline at stage `stage` (0 = Lead ... 6 = Won, 7 = Lost).
Deal deal(Workspace& workspace,
          const QString& name,
          const QString& ownerId,
          const QString& accountId = {},
          int stage = 2,
          const QDate& closeDate = QDate(2026, 12, 31));
// An interaction at local time `when`; planned, no objective, not reviewed.
Interaction interaction(const QString& ownerId, const QDateTime& when, const QString& dealId = {});

} // namespace RepFixture
