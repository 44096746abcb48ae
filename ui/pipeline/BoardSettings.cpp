// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardSettings.h"

#include "core/util/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace {
// A workspace is known by its absolute path; hashed, because QSettings keys must not
// contain the path's slashes.
QString workspaceScope(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("PipelineBoard/Workspace-") + QString::fromLatin1(hash.left(20));
}

QString pipelineScope(const QString& pipelineId)
{
    return QStringLiteral("PipelineBoard/Pipeline-") + pipelineId;
}
} // namespace

namespace BoardSettings {

BoardFilter filter(Settings& settings, const QString& workspacePath)
{
    return BoardFilter::fromVariantMap(
        settings.scopedValue(workspaceScope(workspacePath), QStringLiteral("Filter")).toMap());
}

void setFilter(Settings& settings, const QString& workspacePath, const BoardFilter& filter)
{
    settings.setScopedValue(workspaceScope(workspacePath), QStringLiteral("Filter"), filter.toVariantMap());
}

QString pipeline(Settings& settings, const QString& workspacePath)
{
    return settings.scopedValue(workspaceScope(workspacePath), QStringLiteral("Pipeline")).toString();
}

void setPipeline(Settings& settings, const QString& workspacePath, const QString& pipelineId)
{
    settings.setScopedValue(workspaceScope(workspacePath), QStringLiteral("Pipeline"), pipelineId);
}

QStringList foldedStages(Settings& settings, const QString& pipelineId, const QStringList& defaultFolded)
{
    const QVariant stored = settings.scopedValue(pipelineScope(pipelineId), QStringLiteral("Folded"));
    return stored.isValid() ? stored.toStringList() : defaultFolded;
}

void setFoldedStages(Settings& settings, const QString& pipelineId, const QStringList& stageIds)
{
    // An empty list is stored as a marker so "nothing folded" is not mistaken for "never set".
    settings.setScopedValue(
        pipelineScope(pipelineId), QStringLiteral("Folded"), stageIds.isEmpty() ? QStringList{QString()} : stageIds);
}

} // namespace BoardSettings
