// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BoardFilter.h"

#include <QStringList>

class Settings;

/**
 * What the pipeline board remembers, in Settings' scoped values: the filter and the chosen
 * pipeline per workspace file, the folded columns per pipeline. The filter's owner may be
 * stored as "me" (BoardSettings::meOwner), resolved against Settings' MyOwnerId on use, so a
 * filter keeps meaning "my deals" in a file opened by a colleague.
 */
namespace BoardSettings {

inline constexpr auto meOwner = "@me";

BoardFilter filter(Settings& settings, const QString& workspacePath);
void setFilter(Settings& settings, const QString& workspacePath, const BoardFilter& filter);
QString pipeline(Settings& settings, const QString& workspacePath);
void setPipeline(Settings& settings, const QString& workspacePath, const QString& pipelineId);
// Won and Lost are folded until the user opens them.
QStringList foldedStages(Settings& settings, const QString& pipelineId, const QStringList& defaultFolded);
void setFoldedStages(Settings& settings, const QString& pipelineId, const QStringList& stageIds);

} // namespace BoardSettings
