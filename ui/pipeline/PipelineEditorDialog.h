// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QTableWidget;
class Workspace;

/**
 * The pipeline and stage editor: pipelines on the left (add, rename, delete), the chosen
 * pipeline's stages on the right (name, probability, rotting days, milestone; add, delete,
 * reorder). Every edit goes straight to PipelineService, one transaction each; a refused
 * edit (a stage that still has deals, a bad value) is explained under the table.
 */
class PipelineEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineEditorDialog)
public:
    PipelineEditorDialog(Workspace& workspace, const QString& pipelineId, QWidget* parent = nullptr);

    QString currentPipelineId() const;

private:
    void loadPipelines(const QString& select);
    void loadStages();
    void stageEdited(int row, int column);
    void apply(const std::function<void()>& edit);
    QString selectedStageId() const;
    void addPipeline();
    void renamePipeline();
    void removePipeline();
    void addStage();
    void removeStage();
    void moveStage(int direction);

    Workspace& m_workspace;
    QListWidget* m_pipelines;
    QTableWidget* m_stages;
    QLabel* m_message;
    bool m_loading = false;
};
