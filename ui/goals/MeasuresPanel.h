// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureRow.h"

#include "core/domain/V2mom.h"
#include "ui/common/FormBinding.h"
#include "ui/common/RowTableModel.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class RowTableEditor;

// The Measures of a sheet: a table with each measure's target, due date, live or entered
// value, a progress bar with the calendar's expectation, and its pace; below it the selected
// measure's binding parameters and, for measures entered by hand, its dated entries.
class MeasuresPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasuresPanel)
public:
    using Commit = std::function<void(const V2momSheet& after, const QString& text)>;

    explicit MeasuresPanel(QWidget* parent = nullptr);
    ~MeasuresPanel() override;

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    // `rows` are the sheet's measures in order, with their values.
    void
    setSheet(const V2momSheet& sheet, const QList<MeasureRow>& rows, const QString& baseCurrency, const QDate& today);
    void setEditable(bool editable);
    RowTableEditor* table() const { return m_table; }
    RowTableEditor* entries() const { return m_entries; }
    QString currentMeasureId() const;
    void selectMeasure(const QString& measureId);

private:
    void commit(const V2momSheet& after, const QString& text);
    void buildModel();
    void addMeasure();
    void removeMeasure(int row);
    void editMeasure(int row, const MeasureRow& after);
    void commitMeasure(const V2momMeasure& after, const QString& text);
    void showCurrent();
    void addEntry();
    void removeEntry(int row);
    void editEntry(int row, const MeasureEntry& after);

    V2momSheet m_sheet;
    QList<MeasureRow> m_rows;
    QString m_baseCurrency;
    QDate m_today;
    bool m_editable = true;
    Commit m_commit;
    RowTableModel<MeasureRow>* m_model = nullptr;
    RowTableModel<MeasureEntry>* m_entryModel = nullptr;
    RowTableEditor* m_table = nullptr;
    RowTableEditor* m_entries = nullptr;
    QGroupBox* m_details = nullptr;
    QLabel* m_info = nullptr;
    QDateEdit* m_start = nullptr;
    QLineEdit* m_segment = nullptr;
    QLineEdit* m_industry = nullptr;
    QComboBox* m_mode = nullptr;
    std::unique_ptr<FormBinding<V2momMeasure>> m_form;
};
