// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceEvents.h"

WorkspaceEvents::WorkspaceEvents(QObject* parent)
    : QObject(parent)
{}
