// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasuresPanel.h"

#include "MeasureProgressDelegate.h"

#include "core/report/V2momMarkdown.h"
#include "core/util/Ids.h"
#include "ui/common/RowTableEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace {
enum Column
{
    NameColumn,
    TargetColumn,
    UnitColumn,
    DueColumn,
    ProgressColumn,
    PaceColumn,
    SourceColumn,
    ScopeColumn,
    MethodColumn,
};

QString number(double value)
{
    return V2momMarkdown::formatNumber(value, QLocale());
}

// In the progress bar, fractions of large values are noise ("19,584,506.1 / 23,650,000").
QString progressNumber(double value)
{
    return number(std::abs(value) >= 1000 ? std::round(value) : value);
}

QString withUnit(const QString& number, const QString& unit)
{
    return unit.isEmpty() ? number : number + u' ' + unit;
}
} // namespace

MeasuresPanel::MeasuresPanel(QWidget* parent)
    : QWidget(parent)
    , m_details(new QGroupBox(tr("Selected measure"), this))
    , m_info(new QLabel(this))
    , m_start(new QDateEdit(this))
    , m_segment(new QLineEdit(this))
    , m_industry(new QLineEdit(this))
    , m_mode(new QComboBox(this))
{
    m_entryModel = new RowTableModel<MeasureEntry>(
        {RowColumn<MeasureEntry>{
             .header = tr("Date"),
             .editor = CellEditor::Date,
             .value = [](const MeasureEntry& e) { return e.date.isValid() ? QVariant(e.date) : QVariant(); },
             .setValue =
                 [](MeasureEntry& e, const QVariant& v) {
                     if (v.toDate().isValid()) {
                         e.date = v.toDate();
                     }
                 }},
         RowColumn<MeasureEntry>{
             .header = tr("Value"),
             .editor = CellEditor::Real,
             .value = [](const MeasureEntry& e) { return QVariant(e.value); },
             .setValue = [](MeasureEntry& e, const QVariant& v) { e.value = v.isNull() ? 0 : v.toDouble(); },
             .display = [](const MeasureEntry& e) { return number(e.value); },
             .minimum = -1e12,
             .maximum = 1e12},
         RowColumn<MeasureEntry>{.header = tr("Note"),
                                 .editor = CellEditor::Text,
                                 .value = [](const MeasureEntry& e) { return QVariant(e.note); },
                                 .setValue =
                                     [](MeasureEntry& e, const QVariant& v) {
                                         e.note = v.toString();
                                     }}},
        this);
    m_entryModel->setEditHandler([this](int row, const MeasureEntry& after) { editEntry(row, after); });
    m_entries = new RowTableEditor(QStringLiteral("goalsEntries"), m_entryModel, this);
    m_entries->setAddHandler([this] { addEntry(); });
    m_entries->setRemoveHandler([this](int row) { removeEntry(row); });
    m_entries->view()->setMinimumHeight(70);

    m_info->setObjectName(QStringLiteral("goalsMeasureInfo"));
    m_info->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("goalsMeasureStartEdit"));
    m_start->setToolTip(tr("The first day the measure counts; empty: the fiscal year's first day"));
    m_segment->setObjectName(QStringLiteral("goalsMeasureSegmentEdit"));
    m_segment->setPlaceholderText(tr("e.g. Enterprise"));
    m_industry->setObjectName(QStringLiteral("goalsMeasureIndustryEdit"));
    m_industry->setPlaceholderText(tr("e.g. Financial services"));
    m_mode->setObjectName(QStringLiteral("goalsMeasureModeCombo"));
    m_mode->addItem(tr("Add up the entries"), static_cast<int>(ManualMode::Sum));
    m_mode->addItem(tr("Take the latest entry"), static_cast<int>(ManualMode::Latest));

    m_form = std::make_unique<FormBinding<V2momMeasure>>(
        this, [this](const V2momMeasure& after, const QString& what) { commitMeasure(after, what); });
    m_form->date(
        m_start,
        [](const V2momMeasure& m) { return m.startDate; },
        [](V2momMeasure& m, const QDate& d) { m.startDate = d; },
        tr("Change measure start"));
    m_form->text(
        m_segment,
        [](const V2momMeasure& m) { return m.binding.segment; },
        [](V2momMeasure& m, const QString& t) { m.binding.segment = t.trimmed(); },
        tr("Change measure segment"));
    m_form->text(
        m_industry,
        [](const V2momMeasure& m) { return m.binding.industry; },
        [](V2momMeasure& m, const QString& t) { m.binding.industry = t.trimmed(); },
        tr("Change measure industry"));
    m_form->choice<ManualMode>(
        m_mode,
        [](const V2momMeasure& m) { return m.manualMode; },
        [](V2momMeasure& m, ManualMode mode) { m.manualMode = mode; },
        tr("Change how entries count"));

    auto* params = new QHBoxLayout;
    params->addWidget(m_segment);
    params->addWidget(m_industry);
    auto* form = new QFormLayout;
    form->addRow(tr("&Starts"), m_start);
    form->addRow(tr("Se&gment / industry"), params);
    form->addRow(tr("&Entries"), m_mode);
    auto* detailsLayout = new QHBoxLayout(m_details);
    auto* left = new QVBoxLayout;
    left->addWidget(m_info);
    left->addLayout(form);
    left->addStretch(1);
    detailsLayout->addLayout(left, 1);
    detailsLayout->addWidget(m_entries, 1);

    m_table = new RowTableEditor(QStringLiteral("goalsMeasures"), nullptr, this);
    m_table->setAddHandler([this] { addMeasure(); });
    m_table->setRemoveHandler([this](int row) { removeMeasure(row); });
    m_table->view()->setItemDelegateForColumn(ProgressColumn, new MeasureProgressDelegate(m_table->view()));
    m_table->view()->setMinimumHeight(120);
    buildModel();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_details, 2);
}

MeasuresPanel::~MeasuresPanel() = default;

void MeasuresPanel::buildModel()
{
    QList<CellChoice> sources;
    for (MeasureBindingKind kind : allMeasureBindings()) {
        sources.append(CellChoice{static_cast<int>(kind), measureBindingDisplayName(kind)});
    }
    const QList<CellChoice> scopes{
        {static_cast<int>(MeasureScope::Person), measureScopeDisplayName(MeasureScope::Person)},
        {static_cast<int>(MeasureScope::Team), measureScopeDisplayName(MeasureScope::Team)}};
    QList<RowColumn<MeasureRow>> columns{
        {.header = tr("Measure"),
         .editor = CellEditor::Text,
         .value = [](const MeasureRow& r) { return QVariant(r.measure.name); },
         .setValue =
             [](MeasureRow& r, const QVariant& v) {
                 r.measure.name = v.toString();
             }},
        {.header = tr("Target"),
         .editor = CellEditor::Real,
         .value = [](const MeasureRow& r) { return QVariant(r.measure.target); },
         .setValue = [](MeasureRow& r, const QVariant& v) { r.measure.target = v.isNull() ? 0 : v.toDouble(); },
         .display = [](const MeasureRow& r) { return number(r.measure.target); },
         .minimum = 0,
         .maximum = 1e13},
        {.header = tr("Unit"),
         .editor = CellEditor::Text,
         .value = [](const MeasureRow& r) { return QVariant(r.measure.unit); },
         .setValue =
             [](MeasureRow& r, const QVariant& v) {
                 r.measure.unit = v.toString().trimmed();
             }},
        {.header = tr("Due"),
         .editor = CellEditor::Date,
         .value = [](const MeasureRow& r) { return QVariant(r.measure.dueDate); },
         .setValue =
             [](MeasureRow& r, const QVariant& v) {
                 if (v.toDate().isValid()) {
                     r.measure.dueDate = v.toDate();
                 }
             }},
        {.header = tr("Progress"),
         .editor = CellEditor::None,
         .value = [](const MeasureRow& r) { return MeasureProgressDelegate::cellValue(r.progress); },
         .display =
             [](const MeasureRow& r) {
                 const QString value = r.value.value ? progressNumber(*r.value.value) : tr("—");
                 return withUnit(tr("%1 / %2").arg(value, progressNumber(r.measure.target)), r.measure.unit);
             },
         .toolTip = tr("Value against the target; the tick is where the calendar says it should be by today")},
        {.header = tr("Pace"),
         .editor = CellEditor::None,
         .value = [](const MeasureRow& r) { return QVariant(static_cast<int>(r.progress.pace)); },
         .display =
             [](const MeasureRow& r) {
                 return paceDisplayName(r.progress.pace);
             }},
        {.header = tr("Source"),
         .editor = CellEditor::Choice,
         .value = [](const MeasureRow& r) { return QVariant(static_cast<int>(r.measure.binding.kind)); },
         .setValue =
             [this](MeasureRow& r, const QVariant& v) {
                 const auto kind = static_cast<MeasureBindingKind>(v.toInt());
                 if (r.measure.binding.kind == kind) {
                     return;
                 }
                 r.measure.binding.kind = kind;
                 // Suggest the unit the live value comes in.
                 r.measure.unit = r.measure.binding.isMoney() ? m_baseCurrency : measureBindingDefaultUnit(kind);
             },
         .choices = sources},
        {.header = tr("Whose"),
         .editor = CellEditor::Choice,
         .value = [](const MeasureRow& r) { return QVariant(static_cast<int>(r.measure.binding.scope)); },
         .setValue = [](MeasureRow& r,
                        const QVariant& v) { r.measure.binding.scope = static_cast<MeasureScope>(v.toInt()); },
         .choices = scopes,
         .toolTip = tr("Own data, or the team's: the person and everyone who reports to them")},
        {.header = tr("Method"),
         .editor = CellEditor::Choice,
         .value = [](const MeasureRow& r) { return QVariant(r.measure.methodId); },
         .setValue = [](MeasureRow& r, const QVariant& v) { r.measure.methodId = v.toString(); },
         .choicesNow =
             [this] {
                 QList<CellChoice> methods{{QString(), tr("—")}};
                 for (qsizetype i = 0; i < m_sheet.methods.size(); ++i) {
                     methods.append(
                         CellChoice{m_sheet.methods[i].id, tr("%1. %2").arg(i + 1).arg(m_sheet.methods[i].title)});
                 }
                 return methods;
             }},
    };
    m_model = new RowTableModel<MeasureRow>(std::move(columns), this);
    m_model->setEditHandler([this](int row, const MeasureRow& after) { editMeasure(row, after); });
    QTableView* view = m_table->view();
    view->setModel(m_model);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MeasuresPanel::showCurrent);
    view->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setStretchLastSection(false);
    // Sized so the measure's name keeps about a fifth of the table at 1280×800.
    view->setColumnWidth(TargetColumn, 90);
    view->setColumnWidth(UnitColumn, 50);
    view->setColumnWidth(DueColumn, 90);
    view->setColumnWidth(ProgressColumn, 210);
    view->setColumnWidth(PaceColumn, 70);
    view->setColumnWidth(SourceColumn, 140);
    view->setColumnWidth(ScopeColumn, 55);
    view->setColumnWidth(MethodColumn, 110);
}

void MeasuresPanel::setSheet(const V2momSheet& sheet,
                             const QList<MeasureRow>& rows,
                             const QString& baseCurrency,
                             const QDate& today)
{
    const QString current = currentMeasureId();
    m_sheet = sheet;
    m_rows = rows;
    m_today = today;
    m_baseCurrency = baseCurrency;
    m_model->setRows(rows);
    selectMeasure(current);
    showCurrent();
}

void MeasuresPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_model->setReadOnly(!editable);
    m_entryModel->setReadOnly(!editable);
    m_table->setEditable(editable);
    showCurrent();
}

QString MeasuresPanel::currentMeasureId() const
{
    const int row = m_table->view()->currentIndex().row();
    return row >= 0 && row < m_rows.size() ? m_rows[row].measure.id : QString();
}

void MeasuresPanel::selectMeasure(const QString& measureId)
{
    int row = m_sheet.measureIndex(measureId);
    if (row < 0 && !m_rows.isEmpty()) {
        row = 0;
    }
    if (row >= 0) {
        const QModelIndex current = m_table->view()->currentIndex();
        m_table->view()->setCurrentIndex(m_model->index(row, current.isValid() ? current.column() : 0));
    }
}

void MeasuresPanel::commit(const V2momSheet& after, const QString& text)
{
    if (m_commit && m_editable && !(after == m_sheet)) {
        m_commit(after, text);
    }
}

void MeasuresPanel::addMeasure()
{
    V2momSheet after = m_sheet;
    V2momMeasure measure;
    measure.id = Ids::newId();
    measure.name = tr("New measure");
    measure.dueDate = m_sheet.fiscalYear.last();
    after.measures.append(measure);
    commit(after, tr("Add measure"));
    const int row = after.measureIndex(measure.id);
    m_table->focusRow(row, NameColumn);
}

void MeasuresPanel::removeMeasure(int row)
{
    if (row < 0 || row >= m_sheet.measures.size()) {
        return;
    }
    V2momSheet after = m_sheet;
    after.measures.removeAt(row);
    commit(after, tr("Remove measure"));
}

void MeasuresPanel::editMeasure(int row, const MeasureRow& after)
{
    commitMeasure(after.measure, tr("Edit measure"));
    Q_UNUSED(row)
}

void MeasuresPanel::commitMeasure(const V2momMeasure& after, const QString& text)
{
    const int index = m_sheet.measureIndex(after.id);
    if (index < 0) {
        return;
    }
    V2momSheet sheet = m_sheet;
    sheet.measures[index] = after;
    commit(sheet, text);
}

void MeasuresPanel::showCurrent()
{
    const int row = m_sheet.measureIndex(currentMeasureId());
    const bool has = row >= 0;
    m_details->setEnabled(has);
    if (!has) {
        m_details->setTitle(tr("Selected measure"));
        m_info->setText(tr("Add a measure: a number with a target and a due date."));
        m_entryModel->setRows({});
        return;
    }
    const MeasureRow& current = m_rows[row];
    const V2momMeasure& measure = current.measure;
    m_details->setTitle(tr("Selected measure: %1").arg(measure.name));
    m_form->setDocument(measure);
    const bool bound = measure.binding.isBound();
    const bool segmented = measure.binding.kind == MeasureBindingKind::DealsCreatedInSegment;
    m_segment->setEnabled(m_editable && segmented);
    m_industry->setEnabled(m_editable && segmented);
    m_mode->setEnabled(m_editable && !bound);
    m_start->setEnabled(m_editable);
    m_entries->setEnabled(!bound);
    m_entries->setEditable(m_editable && !bound);
    m_entryModel->setRows(bound ? QList<MeasureEntry>{} : measure.entries);

    QString info;
    if (bound) {
        info = tr("Live from the pipeline: %1, %2 (%3 behind the value).")
                   .arg(measureBindingDisplayName(measure.binding.kind),
                        measureScopeDisplayName(measure.binding.scope).toLower())
                   .arg(current.value.samples);
        if (!current.value.unconverted.isEmpty()) {
            QStringList codes(current.value.unconverted.cbegin(), current.value.unconverted.cend());
            codes.sort();
            info += u' ' + tr("Left out for want of an exchange rate: %1.").arg(codes.join(QStringLiteral(", ")));
        }
    } else {
        info = tr("Entered by hand: add an entry with its date whenever there is progress.");
    }
    const QLocale locale;
    info += u' ' + tr("Period: %1 to %2.")
                       .arg(locale.toString(m_sheet.periodStart(measure), QLocale::ShortFormat),
                            locale.toString(m_sheet.periodEnd(measure), QLocale::ShortFormat));
    if (current.progress.expected) {
        info +=
            u' ' +
            tr("By today the calendar asks for %1.").arg(withUnit(number(*current.progress.expected), measure.unit));
    }
    m_info->setText(info);
}

void MeasuresPanel::addEntry()
{
    const int index = m_sheet.measureIndex(currentMeasureId());
    if (index < 0) {
        return;
    }
    V2momSheet after = m_sheet;
    MeasureEntry entry;
    entry.id = Ids::newId();
    entry.date = m_today.isValid() ? m_today : QDate::currentDate();
    entry.value = 1;
    after.measures[index].entries.append(entry);
    commit(after, tr("Add entry"));
    m_entries->focusRow(static_cast<int>(after.measures[index].entries.size() - 1), 1);
}

void MeasuresPanel::removeEntry(int row)
{
    const int index = m_sheet.measureIndex(currentMeasureId());
    if (index < 0 || row < 0 || row >= m_sheet.measures[index].entries.size()) {
        return;
    }
    V2momSheet after = m_sheet;
    after.measures[index].entries.removeAt(row);
    commit(after, tr("Remove entry"));
}

void MeasuresPanel::editEntry(int row, const MeasureEntry& entry)
{
    const int index = m_sheet.measureIndex(currentMeasureId());
    if (index < 0 || row < 0 || row >= m_sheet.measures[index].entries.size()) {
        return;
    }
    V2momSheet after = m_sheet;
    after.measures[index].entries[row] = entry;
    commit(after, tr("Edit entry"));
}
