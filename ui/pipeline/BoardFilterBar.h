// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BoardFilter.h"
#include "core/domain/Owner.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

/**
 * The board's filter and sort controls: search (type-ahead, applied after a short pause),
 * owner (everyone, me, one person), close period (this month, this quarter, next quarter,
 * custom range), "only stalled", "only without next step", and the order within columns.
 * It edits a BoardFilter whose owner may be BoardSettings::meOwner ("me").
 */
class BoardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardFilterBar)
public:
    explicit BoardFilterBar(QWidget* parent = nullptr);

    void setOwners(const QList<Owner>& owners, const QString& myOwnerId);
    // Shows a filter without emitting filterChanged.
    void setFilter(const BoardFilter& filter);
    BoardFilter filter() const { return m_filter; }
    // The search pause before a keystroke applies, in milliseconds.
    static constexpr int searchDelayMs = 120;

signals:
    void filterChanged(const BoardFilter& filter);
    // The search field got the focus: typing may follow.
    void searchFocused();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fromControls();
    void showCustomRange();

    BoardFilter m_filter;
    bool m_updating = false;
    QLineEdit* m_search;
    QComboBox* m_owner;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QToolButton* m_stalled;
    QToolButton* m_noNextStep;
    QComboBox* m_sort;
    QTimer m_searchTimer;
};
