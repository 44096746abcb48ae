// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariantList>

class Workspace;

// One string per row of a query the test writes itself, fields joined by '|' and NULL as
// "<null>": what the code under test wrote, read back independently of it.
QStringList queryRows(Workspace& workspace, const QString& sql, const QVariantList& binds = {});
