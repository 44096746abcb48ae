// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pipeline.h"

QString stageKindKey(StageKind kind)
{
    switch (kind) {
    case StageKind::Open:
        return QStringLiteral("open");
    case StageKind::Won:
        return QStringLiteral("won");
    case StageKind::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

StageKind stageKindFromKey(const QString& key)
{
    if (key == QLatin1String("won")) {
        return StageKind::Won;
    }
    if (key == QLatin1String("lost")) {
        return StageKind::Lost;
    }
    return StageKind::Open;
}

const Stage* Pipeline::stage(const QString& stageId) const
{
    for (const Stage& s : stages) {
        if (s.id == stageId) {
            return &s;
        }
    }
    return nullptr;
}

const Stage* Pipeline::wonStage() const
{
    for (const Stage& s : stages) {
        if (s.kind == StageKind::Won) {
            return &s;
        }
    }
    return nullptr;
}

const Stage* Pipeline::lostStage() const
{
    for (const Stage& s : stages) {
        if (s.kind == StageKind::Lost) {
            return &s;
        }
    }
    return nullptr;
}

QList<Stage> Pipeline::openStages() const
{
    QList<Stage> result;
    for (const Stage& s : stages) {
        if (s.isOpen()) {
            result.append(s);
        }
    }
    return result;
}
