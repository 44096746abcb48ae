// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineEditorDialog.h"

#include "core/domain/DefaultPipeline.h"
#include "core/services/PipelineService.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    ProbabilityColumn,
    RottingColumn,
    MilestoneColumn,
};
} // namespace

PipelineEditorDialog::PipelineEditorDialog(Workspace& workspace, const QString& pipelineId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pipelines(new QListWidget(this))
    , m_stages(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("pipelineEditorDialog"));
    setWindowTitle(tr("Pipelines and stages"));
    m_pipelines->setObjectName(QStringLiteral("pipelineList"));
    m_pipelines->setMaximumWidth(220);
    m_stages->setObjectName(QStringLiteral("stageTable"));
    m_stages->setColumnCount(4);
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Win %"), tr("Rotting days"), tr("Milestone to enter")});
    m_stages->horizontalHeader()->setSectionResizeMode(MilestoneColumn, QHeaderView::Stretch);
    m_stages->verticalHeader()->setVisible(false);
    m_stages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_message->setObjectName(QStringLiteral("pipelineEditorMessage"));
    m_message->setWordWrap(true);

    auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    QPushButton* addPipelineButton = button(tr("Add pipeline\u2026"), QStringLiteral("addPipeline"));
    QPushButton* renamePipelineButton = button(tr("Rename\u2026"), QStringLiteral("renamePipeline"));
    QPushButton* removePipelineButton = button(tr("Delete"), QStringLiteral("removePipeline"));
    QPushButton* addStageButton = button(tr("Add stage"), QStringLiteral("addStage"));
    QPushButton* removeStageButton = button(tr("Delete stage"), QStringLiteral("removeStage"));
    QPushButton* upButton = button(tr("Move up"), QStringLiteral("moveStageUp"));
    QPushButton* downButton = button(tr("Move down"), QStringLiteral("moveStageDown"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_pipelines, 1);
    left->addWidget(addPipelineButton);
    left->addWidget(renamePipelineButton);
    left->addWidget(removePipelineButton);
    auto* stageButtons = new QHBoxLayout;
    stageButtons->addWidget(addStageButton);
    stageButtons->addWidget(removeStageButton);
    stageButtons->addStretch(1);
    stageButtons->addWidget(upButton);
    stageButtons->addWidget(downButton);
    auto* right = new QVBoxLayout;
    right->addWidget(m_stages, 1);
    right->addLayout(stageButtons);
    right->addWidget(m_message);
    auto* body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_pipelines, &QListWidget::currentRowChanged, this, &PipelineEditorDialog::loadStages);
    connect(m_stages, &QTableWidget::cellChanged, this, &PipelineEditorDialog::stageEdited);
    connect(addPipelineButton, &QPushButton::clicked, this, &PipelineEditorDialog::addPipeline);
    connect(renamePipelineButton, &QPushButton::clicked, this, &PipelineEditorDialog::renamePipeline);
    connect(removePipelineButton, &QPushButton::clicked, this, &PipelineEditorDialog::removePipeline);
    connect(addStageButton, &QPushButton::clicked, this, &PipelineEditorDialog::addStage);
    connect(removeStageButton, &QPushButton::clicked, this, &PipelineEditorDialog::removeStage);
    connect(upButton, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveStage(1); });
    loadPipelines(pipelineId);
    resize(860, 460);
}

QString PipelineEditorDialog::currentPipelineId() const
{
    const QListWidgetItem* item = m_pipelines->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PipelineEditorDialog::loadPipelines(const QString& select)
{
    m_loading = true;
    m_pipelines->clear();
    for (const Pipeline& pipeline : m_workspace.pipelines().pipelines()) {
        auto* item = new QListWidgetItem(DefaultPipeline::displayName(pipeline.id, pipeline.name), m_pipelines);
        item->setData(Qt::UserRole, pipeline.id);
        if (pipeline.id == select) {
            m_pipelines->setCurrentItem(item);
        }
    }
    if (!m_pipelines->currentItem() && m_pipelines->count() > 0) {
        m_pipelines->setCurrentRow(0);
    }
    m_loading = false;
    loadStages();
}

void PipelineEditorDialog::loadStages()
{
    if (m_loading) {
        return;
    }
    const QString keep = selectedStageId();
    m_loading = true;
    m_stages->setRowCount(0);
    const std::optional<Pipeline> pipeline = m_workspace.pipelines().pipeline(currentPipelineId());
    if (pipeline) {
        for (const Stage& stage : pipeline->stages) {
            const int row = m_stages->rowCount();
            m_stages->insertRow(row);
            auto* name = new QTableWidgetItem(DefaultPipeline::displayName(stage.id, stage.name));
            name->setData(Qt::UserRole, stage.id);
            auto* probability = new QTableWidgetItem;
            probability->setData(Qt::EditRole, stage.probability);
            auto* rotting = new QTableWidgetItem;
            rotting->setData(Qt::EditRole, stage.rottingDays);
            auto* milestone = new QTableWidgetItem(stage.milestone);
            if (!stage.isOpen()) {
                // Won and Lost keep their fixed probability and never rot.
                for (QTableWidgetItem* item : {probability, rotting}) {
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                }
            }
            m_stages->setItem(row, NameColumn, name);
            m_stages->setItem(row, ProbabilityColumn, probability);
            m_stages->setItem(row, RottingColumn, rotting);
            m_stages->setItem(row, MilestoneColumn, milestone);
            if (stage.id == keep) {
                m_stages->selectRow(row);
            }
        }
    }
    m_stages->resizeColumnToContents(NameColumn);
    m_loading = false;
}

QString PipelineEditorDialog::selectedStageId() const
{
    const int row = m_stages->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_stages->item(row, NameColumn) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PipelineEditorDialog::apply(const std::function<void()>& edit)
{
    try {
        edit();
        m_message->clear();
    } catch (const StorageError& error) {
        m_message->setText(error.message());
    }
}

void PipelineEditorDialog::stageEdited(int row, int column)
{
    if (m_loading) {
        return;
    }
    const QString stageId = m_stages->item(row, NameColumn)->data(Qt::UserRole).toString();
    const QVariant value = m_stages->item(row, column)->data(Qt::EditRole);
    PipelineService& service = m_workspace.pipelineService();
    apply([&] {
        switch (column) {
        case NameColumn:
            service.renameStage(stageId, value.toString());
            break;
        case ProbabilityColumn:
            service.setProbability(stageId, value.toInt());
            break;
        case RottingColumn:
            service.setRottingDays(stageId, value.toInt());
            break;
        default:
            service.setMilestone(stageId, value.toString());
            break;
        }
    });
    loadStages();
}

void PipelineEditorDialog::addPipeline()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add pipeline"), tr("Name of the new pipeline:"), QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    QString added;
    apply([&] { added = m_workspace.pipelineService().addPipeline(name).id; });
    loadPipelines(added.isEmpty() ? currentPipelineId() : added);
}

void PipelineEditorDialog::renamePipeline()
{
    const QString id = currentPipelineId();
    const QListWidgetItem* item = m_pipelines->currentItem();
    if (id.isEmpty() || !item) {
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename pipeline"), tr("Name:"), QLineEdit::Normal, item->text(), &ok);
    if (ok) {
        apply([&] { m_workspace.pipelineService().renamePipeline(id, name); });
        loadPipelines(id);
    }
}

void PipelineEditorDialog::removePipeline()
{
    const QString id = currentPipelineId();
    apply([&] { m_workspace.pipelineService().removePipeline(id); });
    loadPipelines({});
}

void PipelineEditorDialog::addStage()
{
    apply([&] { m_workspace.pipelineService().addStage(currentPipelineId(), tr("New stage")); });
    loadStages();
}

void PipelineEditorDialog::removeStage()
{
    const QString id = selectedStageId();
    if (!id.isEmpty()) {
        apply([&] { m_workspace.pipelineService().removeStage(id); });
        loadStages();
    }
}

void PipelineEditorDialog::moveStage(int direction)
{
    const QString id = selectedStageId();
    const int row = m_stages->currentRow();
    if (id.isEmpty()) {
        return;
    }
    apply([&] { m_workspace.pipelineService().moveStage(id, row + direction); });
    loadStages();
}
