// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionForm.h"

#include "BehaviourText.h"
#include "EditInteractionCommand.h"

#include "core/services/InteractionService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/InteractionRepository.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/FormBinding.h"
#include "ui/common/MessageBox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
template <typename Enum>
QComboBox* combo(const QString& name, const QList<Enum>& values, QString (*label)(Enum))
{
    auto* box = new QComboBox;
    box->setObjectName(name);
    for (Enum value : values) {
        box->addItem(label(value), static_cast<int>(value));
    }
    return box;
}

QLineEdit* line(const QString& name, const QString& placeholder = {})
{
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPlainTextEdit* text(const QString& name, const QString& placeholder = {})
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(64);
    return edit;
}
} // namespace

InteractionForm::InteractionForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("interactionForm"));
    build();
    setInteraction({});
}

InteractionForm::~InteractionForm() = default;

void InteractionForm::build()
{
    m_binding = std::make_unique<FormBinding<Interaction>>(
        this, [this](const Interaction& after, const QString& what) { commit(after, what); });
    FormBinding<Interaction>& b = *m_binding;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("interactionTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    // Plan half, filled before the meeting.
    auto* when = new QDateTimeEdit;
    when->setObjectName(QStringLiteral("whenEdit"));
    b.dateTime(
        when,
        [](const Interaction& i) { return i.scheduledAt; },
        [](Interaction& i, const QDateTime& v) { i.scheduledAt = v; },
        tr("Change the date"));
    auto* type = combo(QStringLiteral("typeCombo"),
                       QList<InteractionType>{InteractionType::Visit,
                                              InteractionType::Call,
                                              InteractionType::Video,
                                              InteractionType::Demo,
                                              InteractionType::Workshop,
                                              InteractionType::Email,
                                              InteractionType::Event},
                       &BehaviourText::type);
    b.choice<InteractionType>(
        type,
        [](const Interaction& i) { return i.type; },
        [](Interaction& i, InteractionType v) { i.type = v; },
        tr("Change the type"));
    auto* state = combo(QStringLiteral("appointmentCombo"),
                        QList<AppointmentState>{AppointmentState::Planned,
                                                AppointmentState::Confirmed,
                                                AppointmentState::Done,
                                                AppointmentState::Cancelled,
                                                AppointmentState::NoShow},
                        &BehaviourText::appointment);
    b.choice<AppointmentState>(
        state,
        [](const Interaction& i) { return i.appointmentState; },
        [](Interaction& i, AppointmentState v) { i.appointmentState = v; },
        tr("Change the appointment"));
    auto* secured = line(QStringLiteral("howSecuredEdit"), tr("Referral from the CFO, cold call …"));
    b.text(
        secured,
        [](const Interaction& i) { return i.howSecured; },
        [](Interaction& i, const QString& v) { i.howSecured = v; },
        tr("Edit how it was secured"));
    m_contacts = new QListWidget;
    m_contacts->setObjectName(QStringLiteral("contactsList"));
    m_contacts->setFixedHeight(72);
    connect(m_contacts, &QListWidget::itemChanged, this, [this] {
        QStringList ids;
        for (int r = 0; r < m_contacts->count(); ++r) {
            if (m_contacts->item(r)->checkState() == Qt::Checked) {
                ids << m_contacts->item(r)->data(Qt::UserRole).toString();
            }
        }
        ids.sort();
        m_binding->change([&ids](Interaction& i) { i.contactIds = ids; }, tr("Change who was met"));
    });
    auto* best = line(QStringLiteral("objectiveEdit"), tr("Agree to a technical workshop with IT"));
    b.text(
        best,
        [](const Interaction& i) { return i.objectiveBest; },
        [](Interaction& i, const QString& v) { i.objectiveBest = v; },
        tr("Edit the objective"));
    auto* minimum = line(QStringLiteral("minimumObjectiveEdit"));
    b.text(
        minimum,
        [](const Interaction& i) { return i.objectiveMinimum; },
        [](Interaction& i, const QString& v) { i.objectiveMinimum = v; },
        tr("Edit the minimum objective"));
    auto* logic = text(QStringLiteral("conversationLogicEdit"),
                       tr("Opening; situation, problem, implication and "
                          "need-payoff questions; what to show"));
    b.plainText(
        logic,
        [](const Interaction& i) { return i.conversationLogic; },
        [](Interaction& i, const QString& v) { i.conversationLogic = v; },
        tr("Edit the conversation logic"));
    auto* plan = new QGroupBox(tr("Plan"));
    auto* planForm = new QFormLayout(plan);
    planForm->addRow(tr("&When"), when);
    planForm->addRow(tr("&Type"), type);
    planForm->addRow(tr("&Appointment"), state);
    planForm->addRow(tr("How secured"), secured);
    planForm->addRow(tr("Contacts met"), m_contacts);
    planForm->addRow(tr("&Objective"), best);
    planForm->addRow(tr("Minimum objective"), minimum);
    planForm->addRow(tr("Conversation logic"), logic);

    // Review half, filled after it.
    auto* needs = text(QStringLiteral("customerNeedsEdit"));
    b.plainText(
        needs,
        [](const Interaction& i) { return i.customerNeeds; },
        [](Interaction& i, const QString& v) { i.customerNeeds = v; },
        tr("Edit the customer needs"));
    auto* advantages = text(QStringLiteral("advantagesEdit"), tr("In the customer's words"));
    b.plainText(
        advantages,
        [](const Interaction& i) { return i.advantages; },
        [](Interaction& i, const QString& v) { i.advantages = v; },
        tr("Edit the advantages"));
    auto* outcome = combo(QStringLiteral("outcomeCombo"),
                          QList<InteractionOutcome>{InteractionOutcome::NotReviewed,
                                                    InteractionOutcome::Yes,
                                                    InteractionOutcome::Partly,
                                                    InteractionOutcome::No},
                          &BehaviourText::outcome);
    b.choice<InteractionOutcome>(
        outcome,
        [](const Interaction& i) { return i.outcome; },
        [](Interaction& i, InteractionOutcome v) { i.outcome = v; },
        tr("Set the outcome"));
    m_outcome = outcome;
    auto* commitment = line(QStringLiteral("commitmentEdit"));
    b.text(
        commitment,
        [](const Interaction& i) { return i.commitment; },
        [](Interaction& i, const QString& v) { i.commitment = v; },
        tr("Edit the commitment"));
    auto* next = line(QStringLiteral("nextStepEdit"));
    b.text(
        next,
        [](const Interaction& i) { return i.nextStep; },
        [](Interaction& i, const QString& v) { i.nextStep = v; },
        tr("Edit the next step"));
    auto* nextDate = new QDateEdit;
    nextDate->setObjectName(QStringLiteral("nextStepDateEdit"));
    b.date(
        nextDate,
        [](const Interaction& i) { return i.nextStepDate; },
        [](Interaction& i, const QDate& v) { i.nextStepDate = v; },
        tr("Change the next-step date"));
    auto* review = new QGroupBox(tr("Review"));
    auto* reviewForm = new QFormLayout(review);
    reviewForm->addRow(tr("Customer needs"), needs);
    reviewForm->addRow(tr("Advantages that moved them"), advantages);
    reviewForm->addRow(tr("O&utcome"), outcome);
    reviewForm->addRow(tr("Commitment obtained"), commitment);
    reviewForm->addRow(tr("&Next step"), next);
    reviewForm->addRow(tr("Next step date"), nextDate);

    // Coaching, filled by the manager.
    auto* coaching = new QGroupBox(tr("Coaching"));
    auto* coachForm = new QFormLayout(coaching);
    auto* note = text(QStringLiteral("coachNoteEdit"));
    b.plainText(
        note,
        [](const Interaction& i) { return i.coachNote; },
        [](Interaction& i, const QString& v) { i.coachNote = v; },
        tr("Edit the coaching note"));
    coachForm->addRow(tr("Manager's note"), note);
    std::optional<int> SkillRatings::*const skills[5] = {&SkillRatings::planning,
                                                         &SkillRatings::questioning,
                                                         &SkillRatings::presentingValue,
                                                         &SkillRatings::handlingObjections,
                                                         &SkillRatings::gainingCommitment};
    for (int s = 0; s < 5; ++s) {
        auto* spin = new QSpinBox;
        spin->setObjectName(QStringLiteral("rating%1Spin").arg(s));
        const auto member = skills[s];
        b.integer(
            spin,
            1,
            5,
            [member](const Interaction& i) { return i.ratings.*member; },
            [member](Interaction& i, std::optional<int> v) { i.ratings.*member = v; },
            tr("Rate a skill"));
        coachForm->addRow(BehaviourText::skill(s), spin);
    }

    m_body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->addWidget(plan);
    bodyLayout->addWidget(review);
    bodyLayout->addWidget(coaching);
    bodyLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
}

void InteractionForm::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undoStack = undoStack;
    if (workspace) {
        connect(&workspace->events(), &WorkspaceEvents::interactionsChanged, this, [this](const QStringList& ids) {
            if (ids.contains(m_id)) {
                reload();
            }
        });
    }
    setInteraction({});
}

QString InteractionForm::interactionId() const
{
    return m_id;
}

void InteractionForm::setInteraction(const QString& interactionId)
{
    m_id = interactionId;
    reload();
}

void InteractionForm::reload()
{
    std::optional<Interaction> current;
    if (m_workspace && !m_id.isEmpty()) {
        current = m_workspace->interactions().interaction(m_id);
    }
    m_body->setEnabled(current.has_value() && !m_workspace->isReadOnly());
    m_binding->setDocument(current.value_or(Interaction{}));
    if (!current) {
        m_id.clear();
        m_title->setText(tr("Select an interaction, or plan one with Ctrl+Shift+N."));
        m_contacts->clear();
        return;
    }
    QString deal;
    if (!current->dealId.isEmpty()) {
        if (const std::optional<Deal> d = m_workspace->deals().deal(current->dealId)) {
            deal = d->name;
        }
    }
    m_title->setText(deal.isEmpty() ? BehaviourText::type(current->type)
                                    : tr("%1 — %2").arg(BehaviourText::type(current->type), deal));
    refreshContacts();
}

void InteractionForm::refreshContacts()
{
    const Interaction& i = m_binding->document();
    QString accountId = i.accountId;
    if (accountId.isEmpty() && !i.dealId.isEmpty()) {
        if (const std::optional<Deal> deal = m_workspace->deals().deal(i.dealId)) {
            accountId = deal->accountId;
        }
    }
    const QSignalBlocker blocker(m_contacts);
    m_contacts->clear();
    if (accountId.isEmpty()) {
        return;
    }
    for (const Contact& contact : m_workspace->accounts().contacts(accountId)) {
        auto* item = new QListWidgetItem(
            contact.title.isEmpty() ? contact.name : tr("%1 (%2)").arg(contact.name, contact.title), m_contacts);
        item->setData(Qt::UserRole, contact.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(i.contactIds.contains(contact.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void InteractionForm::commit(const Interaction& after, const QString& what)
{
    if (!m_workspace || !m_undoStack) {
        return;
    }
    const QString problem = InteractionService::validate(after);
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Behaviour table"), problem);
        m_binding->setDocument(m_binding->document());
        return;
    }
    m_undoStack->push(new EditInteractionCommand(*m_workspace, m_binding->document(), after, what));
}

void InteractionForm::startReview()
{
    if (m_id.isEmpty()) {
        return;
    }
    if (m_binding->document().appointmentState == AppointmentState::Planned ||
        m_binding->document().appointmentState == AppointmentState::Confirmed) {
        m_binding->change([](Interaction& i) { i.appointmentState = AppointmentState::Done; }, tr("Log review"));
    }
    m_outcome->setFocus(Qt::ShortcutFocusReason);
}
