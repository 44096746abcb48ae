// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/PipelineBoardQuery.h"

#include <QWidget>

class DealCardDelegate;
class DealListView;
class QMimeData;
class StageColumnHeader;
class StageColumnModel;

/**
 * One column of the board: header and card list, or, folded, a narrow strip with the
 * stage's name and count. Either way the whole column takes dropped cards, so folded Won
 * and Lost columns work as drop zones.
 */
class StageColumnWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageColumnWidget)
public:
    StageColumnWidget(StageColumnModel* model, DealCardDelegate* delegate, QWidget* parent = nullptr);

    StageColumnModel* model() const { return m_model; }
    DealListView* view() const { return m_view; }
    StageColumnHeader* header() const { return m_header; }
    QString stageId() const;
    void setDisplay(const QString& name, const QColor& tint);
    void setTotals(const StageTotals& totals, const QString& baseCurrency);
    void setFolded(bool folded);
    bool isFolded() const { return m_folded; }

    static constexpr int foldedWidth = 40;
    static constexpr int minimumWidth = 186;
    static constexpr int maximumWidth = 340;

signals:
    void foldToggled(bool folded);
    void dealDropped(const QString& dealId, const QString& stageId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool acceptsDrag(const QMimeData* data) const;

    StageColumnModel* m_model;
    StageColumnHeader* m_header;
    DealListView* m_view;
    QString m_name;
    QColor m_tint;
    StageTotals m_totals;
    QString m_baseCurrency;
    bool m_folded = false;
    bool m_dropActive = false;
};
