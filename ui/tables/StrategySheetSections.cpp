// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategySheetSections.h"

#include "core/domain/Money.h"
#include "ui/common/FormBinding.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>

namespace {
QLineEdit* line(const char* name)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

template <typename T>
T* named(T* widget, const char* name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

// A text field bound to a QString member of the sheet.
QLineEdit*
text(StrategySheetSections::Binding& b, const char* name, QString StrategySheet::*member, const QString& what)
{
    QLineEdit* edit = line(name);
    b.text(
        edit,
        [member](const StrategySheet& s) { return s.*member; },
        [member](StrategySheet& s, const QString& v) { s.*member = v; },
        what);
    return edit;
}

template <typename Enum>
QComboBox* choice(StrategySheetSections::Binding& b,
                  const char* name,
                  Enum StrategySheet::*member,
                  const QList<std::pair<Enum, QString>>& items,
                  const QString& what)
{
    auto* combo = named(new QComboBox, name);
    for (const auto& [value, label] : items) {
        combo->addItem(label, static_cast<int>(value));
    }
    b.template choice<Enum>(
        combo,
        [member](const StrategySheet& s) { return s.*member; },
        [member](StrategySheet& s, Enum v) { s.*member = v; },
        what);
    return combo;
}

QSpinBox* percent(StrategySheetSections::Binding& b,
                  const char* name,
                  std::optional<int> StrategySheet::*member,
                  const QString& what)
{
    auto* spin = named(new QSpinBox, name);
    spin->setSuffix(QStringLiteral(" %"));
    b.integer(
        spin,
        0,
        100,
        [member](const StrategySheet& s) { return s.*member; },
        [member](StrategySheet& s, std::optional<int> v) { s.*member = v; },
        what);
    return spin;
}
} // namespace

QGroupBox* StrategySheetSections::objective(Binding& b)
{
    auto* box = named(new QGroupBox(tr("Single sales objective")), "objectiveSection");
    auto* form = new QFormLayout(box);
    form->addRow(tr("&What"), text(b, "objectiveWhat", &StrategySheet::objective, tr("Edit the objective")));
    auto* amount = named(new QDoubleSpinBox, "objectiveAmount");
    amount->setGroupSeparatorShown(true);
    b.real(
        amount,
        0,
        1e12,
        [](const StrategySheet& s) {
            return s.objectiveAmountMinor
                       ? std::optional<double>(Money{*s.objectiveAmountMinor, s.objectiveCurrency}.majorUnits())
                       : std::nullopt;
        },
        [](StrategySheet& s, std::optional<double> v) {
            s.objectiveAmountMinor =
                v ? std::optional<qint64>(Money::fromMajorUnits(*v, s.objectiveCurrency).minor) : std::nullopt;
        },
        tr("Edit the objective amount"));
    amount->setDecimals(0);
    auto* currency = named(new QLabel, "objectiveCurrency");
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(amount, 1);
    amountRow->addWidget(currency);
    form->addRow(tr("How &much"), amountRow);
    auto* by = named(new QDateEdit, "objectiveBy");
    b.date(
        by,
        [](const StrategySheet& s) { return s.objectiveBy; },
        [](StrategySheet& s, const QDate& v) { s.objectiveBy = v; },
        tr("Edit the objective date"));
    form->addRow(tr("By &when"), by);
    // The currency is the deal's; it follows the sheet shown.
    b.follow([currency](const StrategySheet& s) { currency->setText(s.objectiveCurrency); });
    return box;
}

QGroupBox* StrategySheetSections::customerInterest(Binding& b)
{
    auto* box = named(new QGroupBox(tr("Customer interest in us")), "interestSection");
    auto* form = new QFormLayout(box);
    form->addRow(tr("Compelling event"),
                 text(b, "compellingEvent", &StrategySheet::compellingEvent, tr("Edit the compelling event")));
    form->addRow(tr("Urgency"),
                 choice<Degree>(b,
                                "urgency",
                                &StrategySheet::urgency,
                                {{Degree::Unknown, tr("Unknown")},
                                 {Degree::High, degreeDisplayName(Degree::High)},
                                 {Degree::Medium, degreeDisplayName(Degree::Medium)},
                                 {Degree::Low, degreeDisplayName(Degree::Low)}},
                                tr("Set the urgency")));
    form->addRow(tr("Budgeted"),
                 choice<YesNo>(b,
                               "budgeted",
                               &StrategySheet::budgeted,
                               {{YesNo::Unknown, yesNoDisplayName(YesNo::Unknown)},
                                {YesNo::Yes, yesNoDisplayName(YesNo::Yes)},
                                {YesNo::No, yesNoDisplayName(YesNo::No)}},
                               tr("Set whether it is budgeted")));
    auto* process = named(new QCheckBox(tr("Decision process known")), "processKnown");
    b.check(
        process,
        [](const StrategySheet& s) { return s.processKnown; },
        [](StrategySheet& s, bool v) { s.processKnown = v; },
        tr("Mark the decision process"));
    auto* timeline = named(new QCheckBox(tr("Timeline known")), "timelineKnown");
    b.check(
        timeline,
        [](const StrategySheet& s) { return s.timelineKnown; },
        [](StrategySheet& s, bool v) { s.timelineKnown = v; },
        tr("Mark the timeline"));
    form->addRow(QString(), process);
    form->addRow(QString(), timeline);
    return box;
}

QGroupBox* StrategySheetSections::qualification(Binding& b)
{
    auto* box = named(new QGroupBox(tr("Qualification: pursue or drop")), "qualificationSection");
    auto* grid = new QGridLayout(box);
    const QualificationCheck checks[kQualificationChecks] = {QualificationCheck::Sponsor,
                                                             QualificationCheck::Problem,
                                                             QualificationCheck::Competition,
                                                             QualificationCheck::Process,
                                                             QualificationCheck::Fit};
    for (int i = 0; i < kQualificationChecks; ++i) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("qualification%1").arg(i));
        combo->addItem(tr("Not answered"), static_cast<int>(QualificationAnswer::Unanswered));
        combo->addItem(tr("Pursue: %1").arg(qualificationPursueText(checks[i])),
                       static_cast<int>(QualificationAnswer::Pursue));
        combo->addItem(tr("Drop: %1").arg(qualificationDropText(checks[i])),
                       static_cast<int>(QualificationAnswer::Drop));
        b.choice<QualificationAnswer>(
            combo,
            [i](const StrategySheet& s) { return s.qualification[i]; },
            [i](StrategySheet& s, QualificationAnswer v) { s.qualification[i] = v; },
            tr("Answer a qualification check"));
        grid->addWidget(new QLabel(QString::number(i + 1)), i, 0);
        grid->addWidget(combo, i, 1);
    }
    auto* drops = named(new QLabel, "dropCount");
    b.follow([drops](const StrategySheet& s) {
        drops->setText(tr("%1 of 5 say pursue, %2 say drop")
                           .arg(s.answers(QualificationAnswer::Pursue))
                           .arg(s.answers(QualificationAnswer::Drop)));
    });
    grid->addWidget(drops, kQualificationChecks, 1);
    grid->setColumnStretch(1, 1);
    return box;
}

QGroupBox* StrategySheetSections::milestones(Binding& b, std::function<QDate()> today)
{
    auto* box = named(new QGroupBox(tr("Decision milestones (progress, not activity)")), "milestonesSection");
    auto* grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Reached")), 0, 0);
    grid->addWidget(new QLabel(tr("Planned for")), 0, 1);
    grid->addWidget(new QLabel(tr("Reached on")), 0, 2);
    for (int i = 0; i < kDecisionMilestones; ++i) {
        auto* done = new QCheckBox(decisionMilestoneDisplayName(static_cast<DecisionMilestone>(i)));
        done->setObjectName(QStringLiteral("milestone%1").arg(i));
        b.check(
            done,
            [i](const StrategySheet& s) { return s.milestones[i].isDone(); },
            [i, today](StrategySheet& s, bool on) { s.milestones[i].done = on ? today() : QDate(); },
            tr("Mark a milestone"));
        auto* due = new QDateEdit;
        due->setObjectName(QStringLiteral("milestoneDue%1").arg(i));
        b.date(
            due,
            [i](const StrategySheet& s) { return s.milestones[i].due; },
            [i](StrategySheet& s, const QDate& v) { s.milestones[i].due = v; },
            tr("Plan a milestone"));
        auto* reached = new QDateEdit;
        reached->setObjectName(QStringLiteral("milestoneDone%1").arg(i));
        b.date(
            reached,
            [i](const StrategySheet& s) { return s.milestones[i].done; },
            [i](StrategySheet& s, const QDate& v) { s.milestones[i].done = v; },
            tr("Date a milestone"));
        grid->addWidget(done, i + 1, 0);
        grid->addWidget(due, i + 1, 1);
        grid->addWidget(reached, i + 1, 2);
    }
    grid->setColumnStretch(0, 1);
    return box;
}

QGroupBox* StrategySheetSections::economics(Binding& b)
{
    auto* box = named(new QGroupBox(tr("Deal economics")), "economicsSection");
    auto* form = new QFormLayout(box);
    auto* margin = named(new QDoubleSpinBox, "grossMargin");
    margin->setSuffix(QStringLiteral(" %"));
    b.real(
        margin,
        -100,
        100,
        [](const StrategySheet& s) { return s.grossMarginPct; },
        [](StrategySheet& s, std::optional<double> v) { s.grossMarginPct = v; },
        tr("Edit the gross margin"));
    auto* discount = named(new QDoubleSpinBox, "discount");
    discount->setSuffix(QStringLiteral(" %"));
    b.real(
        discount,
        0,
        100,
        [](const StrategySheet& s) { return s.discountPct; },
        [](StrategySheet& s, std::optional<double> v) { s.discountPct = v; },
        tr("Edit the discount"));
    auto* payback = named(new QSpinBox, "cacPayback");
    payback->setSuffix(tr(" months"));
    b.integer(
        payback,
        0,
        120,
        [](const StrategySheet& s) { return s.cacPaybackMonths; },
        [](StrategySheet& s, std::optional<int> v) { s.cacPaybackMonths = v; },
        tr("Edit the payback"));
    form->addRow(tr("Gross margin"), margin);
    form->addRow(tr("Discount"), discount);
    form->addRow(tr("Custom work / services"),
                 text(b, "customWork", &StrategySheet::customWork, tr("Edit the custom work")));
    form->addRow(tr("CAC payback"), payback);
    form->addRow(tr("Expansion potential"),
                 text(b, "expansion", &StrategySheet::expansionPotential, tr("Edit the expansion potential")));
    auto* value = text(b, "nonFinancialValue", &StrategySheet::nonFinancialValue, tr("Edit the non-financial value"));
    value->setPlaceholderText(tr("Reference customer, competitive displacement, new segment"));
    form->addRow(tr("Non-financial value"), value);
    return box;
}

QGroupBox* StrategySheetSections::assessment(Binding& b)
{
    auto* box = named(new QGroupBox(tr("Manager assessment")), "assessmentSection");
    auto* form = new QFormLayout(box);
    form->addRow(tr("Rep's win probability"),
                 percent(b, "repProbability", &StrategySheet::repWinProbability, tr("Edit the rep's probability")));
    form->addRow(
        tr("Manager's win probability"),
        percent(b, "managerProbability", &StrategySheet::managerWinProbability, tr("Edit the manager's probability")));
    form->addRow(
        tr("Decision"),
        choice<ManagerDecision>(b,
                                "managerDecision",
                                &StrategySheet::managerDecision,
                                {{ManagerDecision::Undecided, managerDecisionDisplayName(ManagerDecision::Undecided)},
                                 {ManagerDecision::Invest, managerDecisionDisplayName(ManagerDecision::Invest)},
                                 {ManagerDecision::Hold, managerDecisionDisplayName(ManagerDecision::Hold)},
                                 {ManagerDecision::Drop, managerDecisionDisplayName(ManagerDecision::Drop)}},
                                tr("Set the manager's decision")));
    form->addRow(tr("Resources granted"),
                 text(b, "resourcesGranted", &StrategySheet::resourcesGranted, tr("Edit the resources granted")));
    auto* note = named(new QPlainTextEdit, "managerNote");
    note->setFixedHeight(60);
    b.plainText(
        note,
        [](const StrategySheet& s) { return s.managerNote; },
        [](StrategySheet& s, const QString& v) { s.managerNote = v; },
        tr("Edit the manager's note"));
    form->addRow(tr("Manager's note"), note);
    return box;
}
