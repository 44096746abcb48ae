// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "V2momSheetView.h"

#include "core/domain/V2mom.h"
#include "ui/common/RowTableModel.h"

#include <QWidget>

#include <functional>

class MeasuresPanel;
class MethodsPanel;
class QLabel;
class QPushButton;
class RowTableEditor;
class VisionEditor;

// One person's V2MOM for one fiscal year (DOMAIN.md §6): Vision, Values, Methods, Obstacles,
// Measures. Each change builds the whole changed sheet and hands it to the commit function,
// which pushes one undo command; setView() then shows the stored result.
class V2momSheetEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(V2momSheetEditor)
public:
    using Commit = std::function<void(const V2momSheet& after, const QString& text)>;

    explicit V2momSheetEditor(QWidget* parent = nullptr);

    void setCommit(Commit commit);
    void setView(const V2momSheetView& view);
    void setEditable(bool editable);
    const V2momSheet& sheet() const { return m_view.sheet; }
    VisionEditor* vision() const { return m_vision; }
    MethodsPanel* methods() const { return m_methods; }
    MeasuresPanel* measures() const { return m_measures; }
    RowTableEditor* values() const { return m_values; }
    RowTableEditor* obstacles() const { return m_obstacles; }

private:
    void commit(const V2momSheet& after, const QString& text);
    void buildObstacleModel();
    void moveValue(int delta);

    V2momSheetView m_view;
    bool m_editable = true;
    Commit m_commit;
    QLabel* m_heading = nullptr;
    VisionEditor* m_vision = nullptr;
    RowTableModel<V2momValue>* m_valueModel = nullptr;
    RowTableModel<V2momObstacle>* m_obstacleModel = nullptr;
    RowTableEditor* m_values = nullptr;
    QPushButton* m_valueUp = nullptr;
    QPushButton* m_valueDown = nullptr;
    MethodsPanel* m_methods = nullptr;
    RowTableEditor* m_obstacles = nullptr;
    MeasuresPanel* m_measures = nullptr;
};
