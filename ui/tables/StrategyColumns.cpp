// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategyColumns.h"

namespace {
template <typename Enum>
QList<CellChoice> choicesOf(const QList<Enum>& values, QString (*label)(Enum), const QString& unset = {})
{
    QList<CellChoice> choices;
    for (Enum value : values) {
        const QString text = label(value);
        choices.append({static_cast<int>(value), text.isEmpty() ? unset : text});
    }
    return choices;
}

// A text column over a QString member.
template <typename Row>
RowColumn<Row> textColumn(const QString& header, QString Row::*member)
{
    return {header,
            CellEditor::Text,
            [member](const Row& r) { return QVariant(r.*member); },
            [member](Row& r, const QVariant& v) {
                r.*member = v.toString();
            }};
}

template <typename Row>
RowColumn<Row> dateColumn(const QString& header, QDate Row::*member)
{
    return {header,
            CellEditor::Date,
            [member](const Row& r) { return (r.*member).isValid() ? QVariant(r.*member) : QVariant(); },
            [member](Row& r, const QVariant& v) {
                r.*member = v.toDate();
            }};
}

template <typename Row>
RowColumn<Row> checkColumn(const QString& header, bool Row::*member)
{
    return {header,
            CellEditor::Check,
            [member](const Row& r) { return QVariant(r.*member); },
            [member](Row& r, const QVariant& v) {
                r.*member = v.toBool();
            }};
}

template <typename Row, typename Enum>
RowColumn<Row> choiceColumn(const QString& header, Enum Row::*member, QList<CellChoice> choices)
{
    RowColumn<Row> column{header,
                          CellEditor::Choice,
                          [member](const Row& r) { return QVariant(static_cast<int>(r.*member)); },
                          [member](Row& r, const QVariant& v) {
                              r.*member = static_cast<Enum>(v.toInt());
                          }};
    column.choices = std::move(choices);
    return column;
}
} // namespace

QList<CellChoice> StrategyColumns::orgLevelChoices()
{
    return choicesOf<OrgLevel>(
        {OrgLevel::Unknown, OrgLevel::Executive, OrgLevel::Senior, OrgLevel::Middle, OrgLevel::Staff},
        &orgLevelDisplayName);
}

QList<RowColumn<Stakeholder>> StrategyColumns::stakeholders(std::shared_ptr<const QList<Contact>> contacts)
{
    RowColumn<Stakeholder> contact{tr("Contact"),
                                   CellEditor::Choice,
                                   [](const Stakeholder& s) { return QVariant(s.contactId); },
                                   [contacts](Stakeholder& s, const QVariant& v) {
                                       s.contactId = v.toString();
                                       for (const Contact& c : *contacts) {
                                           if (c.id == s.contactId) {
                                               s.name = s.name.isEmpty() ? c.name : s.name;
                                               s.title = s.title.isEmpty() ? c.title : s.title;
                                               if (s.orgLevel == OrgLevel::Unknown) {
                                                   s.orgLevel = c.orgLevel;
                                               }
                                           }
                                       }
                                   }};
    contact.choicesNow = [contacts] {
        QList<CellChoice> choices{{QString(), tr("—")}};
        for (const Contact& c : *contacts) {
            choices.append({c.id, c.name});
        }
        return choices;
    };
    contact.toolTip = tr("Link the stakeholder to one of the account's contacts");

    RowColumn<Stakeholder> strength{
        tr("Relationship"),
        CellEditor::Integer,
        [](const Stakeholder& s) { return s.relationshipStrength ? QVariant(*s.relationshipStrength) : QVariant(); },
        [](Stakeholder& s, const QVariant& v) {
            s.relationshipStrength = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
        }};
    strength.minimum = 1;
    strength.maximum = 5;
    strength.toolTip = tr("Relationship strength, 1 (none) to 5 (trusted)");
    RowColumn<Stakeholder> result = textColumn(tr("Organisational result"), &Stakeholder::orgResult);
    result.toolTip = tr("The result the organisation needs from this person's point of view");
    RowColumn<Stakeholder> win = textColumn(tr("Personal win"), &Stakeholder::personalWin);
    win.toolTip = tr("What they want for themselves (个人期望): people decide on personal interest too");

    return {
        textColumn(tr("Name"), &Stakeholder::name),
        textColumn(tr("Title"), &Stakeholder::title),
        contact,
        choiceColumn(tr("Level"), &Stakeholder::orgLevel, orgLevelChoices()),
        choiceColumn(
            tr("Role"), &Stakeholder::role, choicesOf(allStakeholderRoles(), &stakeholderRoleDisplayName, tr("—"))),
        choiceColumn(tr("Influence"), &Stakeholder::influence, choicesOf(allDegrees(), &degreeDisplayName, tr("—"))),
        choiceColumn(tr("Attitude"), &Stakeholder::attitude, choicesOf(allAttitudes(), &attitudeDisplayName, tr("—"))),
        checkColumn(tr("Contacted"), &Stakeholder::contacted),
        result,
        win,
        textColumn(tr("Preferred vendor"), &Stakeholder::preferredVendor),
        strength};
}

QList<RowColumn<OpenItem>> StrategyColumns::openItems()
{
    return {choiceColumn(
                tr("Kind"),
                &OpenItem::kind,
                choicesOf<OpenItemKind>({OpenItemKind::Question, OpenItemKind::RedFlag}, &openItemKindDisplayName)),
            textColumn(tr("Question or red flag"), &OpenItem::text),
            textColumn(tr("Owner"), &OpenItem::owner),
            dateColumn(tr("Due"), &OpenItem::due),
            checkColumn(tr("Resolved"), &OpenItem::resolved)};
}

QList<RowColumn<Competitor>> StrategyColumns::competitors()
{
    return {textColumn(tr("Competitor"), &Competitor::name),
            textColumn(tr("Their strengths"), &Competitor::strengths),
            textColumn(tr("Their weaknesses"), &Competitor::weaknesses),
            textColumn(tr("Their supporters here"), &Competitor::supporters),
            choiceColumn(tr("Our strategy"),
                         &Competitor::strategy,
                         choicesOf<CompetitiveStrategy>({CompetitiveStrategy::None,
                                                         CompetitiveStrategy::Differentiate,
                                                         CompetitiveStrategy::Reframe,
                                                         CompetitiveStrategy::Price,
                                                         CompetitiveStrategy::Withdraw},
                                                        &competitiveStrategyDisplayName,
                                                        tr("—"))),
            textColumn(tr("Note"), &Competitor::note)};
}

QList<RowColumn<Promise>> StrategyColumns::promises()
{
    return {choiceColumn(tr("Beyond standard in"),
                         &Promise::kind,
                         choicesOf<PromiseKind>({PromiseKind::Pricing,
                                                 PromiseKind::Customisation,
                                                 PromiseKind::Timeline,
                                                 PromiseKind::Roadmap,
                                                 PromiseKind::Other},
                                                &promiseKindDisplayName)),
            textColumn(tr("What was promised"), &Promise::description),
            textColumn(tr("Approved by"), &Promise::approvedBy),
            dateColumn(tr("Approved on"), &Promise::approvedOn)};
}

QList<RowColumn<PlanAction>> StrategyColumns::actions()
{
    return {textColumn(tr("Action"), &PlanAction::text),
            textColumn(tr("Owner"), &PlanAction::owner),
            dateColumn(tr("Due"), &PlanAction::due),
            choiceColumn(tr("Resource asked for"),
                         &PlanAction::resource,
                         choicesOf(QList<ActionResource>{ActionResource::None,
                                                         ActionResource::SolutionEngineer,
                                                         ActionResource::ExecutiveSponsor,
                                                         ActionResource::Legal,
                                                         ActionResource::DiscountApproval,
                                                         ActionResource::Other},
                                   &actionResourceDisplayName,
                                   tr("—"))),
            checkColumn(tr("Done"), &PlanAction::done)};
}
