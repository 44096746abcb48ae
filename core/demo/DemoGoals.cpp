// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGoals.h"

#include "DemoRandom.h"

#include "core/analytics/MeasureEvaluator.h"
#include "core/analytics/ReportingLine.h"
#include "core/domain/FiscalYear.h"
#include "core/domain/V2mom.h"
#include "core/storage/AccountPlanRepository.h"
#include "core/storage/ExchangeRateRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/V2momRepository.h"
#include "core/workspace/Workspace.h"

#include <QTimeZone>

#include <cmath>

namespace {
struct Idea
{
    const char* title;
    const char* description;
};

// The manager's methods by theme; the last one is dropped at the mid-year refresh.
enum Theme
{
    Pipeline,
    Qualify,
    Strategic,
    Coaching,
    Cash,
    Partners,
    ThemeCount,
};

const Idea kManagerMethods[ThemeCount] = {
    {"Build pipeline worth three times the quota",
     "Two prospecting blocks a week per rep; a referral ask after every win."},
    {"Qualify hard, drop early", "The five pursue-or-drop checks on every deal above the average size."},
    {"Win the Strategic segment",
     "An executive sponsor on every Strategic deal; proofs of concept with agreed criteria."},
    {"Coach every rep every week", "One call review or joint visit per rep per week, rated on the five skills."},
    {"Get paid on time", "The payment plan is agreed at signature and followed up by the rep."},
    {"Launch a partner channel", "Two implementation partners who bring us into their customers."},
};

const Idea kRepMethods[ThemeCount][3] = {
    {{"Two prospecting blocks every week", "Tuesday and Thursday mornings, phone off."},
     {"Ask every happy customer for a referral", "At the first success review, with a name in mind."},
     {"Follow up every webinar lead within a day", ""}},
    {{"Run the five checks before any proposal", "No proposal without an economic buyer met."},
     {"Meet the economic buyer before the proof of concept", ""},
     {"Drop deals with no decision date", "Move them to nurture instead of the forecast."}},
    {{"Map the buying centre of my three largest accounts", "Every role, every attitude, a coach in each."},
     {"Bring an executive sponsor to every Strategic deal", ""},
     {"Agree evaluation criteria in writing", ""}},
    {{"Plan every meeting with an action objective", "Best and minimum objective written before the call."},
     {"Review one call with my manager each week", ""},
     {"Practise objection handling on Fridays", ""}},
    {{"Agree the payment plan at signature", ""},
     {"Call the customer's finance contact before each invoice", ""},
     {"Chase overdue invoices within three days", ""}},
    {{"Co-sell one deal with a partner", "Start with the partner that already knows my largest account."},
     {"Invite partners to my customer workshops", ""},
     {"Learn the partners' offerings", ""}},
};

const Idea kOwnMethods[] = {
    {"Finish the product certification", "Before the spring release."},
    {"Learn the new analytics module", "Demo it myself by the end of the quarter."},
    {"Write up two customer stories", ""},
};

const char* const kManagerVisions[] = {
    "A team that wins **predictably**: pipeline built every week, honest forecasts, and customers who refer us.",
    "Make our team the first call of mid-sized companies in the region — and the team reps want to join.",
    "Grow revenue by a fifth *without* growing the discount: win on value, get paid on time.",
};

const char* const kRepVisions[] = {
    "Be the rep my customers call **first** when they plan something new.",
    "My best year yet: fewer, bigger deals — and keep every customer I win.",
    "Turn my territory into referrals: every happy customer introduces me to one more.",
    "Forecasts my manager can take to the bank.",
    "Grow my share of the Strategic segment with deals that are *planned*, not hoped for.",
    "Make every meeting count: a clear objective going in, a commitment coming out.",
};

const char* const kValues[] = {
    "Customer outcomes before our quota",
    "Honest forecasts, even when they hurt",
    "Every meeting has an action objective",
    "Help each other win",
    "Drop bad deals early",
    "Promise only what we can deliver",
    "Learn from every loss",
    "Keep it simple",
};

const Idea kManagerObstacles[] = {
    {"Security reviews at large customers take months", nullptr},
    {"Reps lose a day a week to admin", nullptr},
    {"A low-cost competitor discounts hard", nullptr},
    {"Invoices leave finance late", nullptr},
};
const Theme kManagerObstacleThemes[] = {Strategic, Coaching, Qualify, Cash};

const char* const kRepObstacles[] = {
    "Too many small deals crowd the calendar",
    "Few referrals in my territory yet",
    "Customers delay signatures to the quarter end",
    "Long travel between accounts",
};

QString text(const char* latin)
{
    return QString::fromUtf8(latin);
}

// A target that looks chosen by a person: rounded to a step that fits its size.
double roundTarget(double value)
{
    const double magnitude = std::abs(value);
    const double step = magnitude >= 1e6   ? 50000
                        : magnitude >= 1e5 ? 10000
                        : magnitude >= 1e4 ? 1000
                        : magnitude >= 100 ? 10
                                           : 1;
    return std::max(step, std::round(value / step) * step);
}

struct Context
{
    Workspace& workspace;
    const DemoWorld& world;
    DemoRandom& random;
    MeasureEvaluator evaluator;
    FiscalYear year;
    QString base;
    bool hasStrategicPlans = false;
    QList<Owner> owners;
};

// The owners' last twelve months of a binding: the ground the targets stand on.
double lastYear(const Context& c, MeasureBindingKind kind, const QStringList& owners, const QString& segment = {})
{
    MeasureBinding binding;
    binding.kind = kind;
    binding.segment = segment;
    return c.evaluator.bound(binding, owners, c.world.today.addDays(-364), c.world.today).value.value_or(0);
}

V2momMeasure measure(const Context& c,
                     const char* name,
                     MeasureBindingKind kind,
                     MeasureScope scope,
                     double target,
                     const QString& methodId)
{
    V2momMeasure m;
    m.id = c.random.id();
    m.name = text(name);
    m.binding.kind = kind;
    m.binding.scope = scope;
    m.target = target;
    m.unit = m.binding.isMoney() ? c.base : measureBindingDefaultUnit(kind);
    m.dueDate = c.year.last();
    m.methodId = methodId;
    return m;
}

// Dated entries for a manual measure, spread over the year up to today.
QList<MeasureEntry> entries(Context& c, int count, int low, int high)
{
    QList<MeasureEntry> list;
    const qint64 span = std::max<qint64>(1, c.year.first().daysTo(std::min(c.world.today, c.year.last())));
    for (int i = 0; i < count; ++i) {
        const QDate day = c.year.first().addDays((span * (i + 1)) / (count + 1) + c.random.integer(-3, 3));
        list.append(MeasureEntry{c.random.id(),
                                 std::clamp(day, c.year.first(), c.world.today),
                                 static_cast<double>(c.random.integer(low, high)),
                                 QString()});
    }
    return list;
}

QList<V2momValue> values(Context& c, int count)
{
    QList<V2momValue> list;
    QList<int> used;
    while (list.size() < count) {
        const int pick = c.random.integer(0, static_cast<int>(std::size(kValues)) - 1);
        if (!used.contains(pick)) {
            used.append(pick);
            list.append(V2momValue{c.random.id(), text(kValues[pick])});
        }
    }
    return list;
}

V2momSheet managerSheet(Context& c, const Owner& manager)
{
    V2momSheet sheet;
    sheet.id = c.random.id();
    sheet.ownerId = manager.id;
    sheet.fiscalYear = c.year;
    sheet.vision = text(kManagerVisions[c.random.integer(0, static_cast<int>(std::size(kManagerVisions)) - 1)]);
    sheet.values = values(c, 3 + c.random.integer(0, 1));
    for (const Idea& idea : kManagerMethods) {
        sheet.methods.append(V2momMethod{c.random.id(), text(idea.title), text(idea.description), {}});
    }
    for (qsizetype i = 0; i < static_cast<qsizetype>(std::size(kManagerObstacles)); ++i) {
        if (c.random.chance(0.75)) {
            sheet.obstacles.append(V2momObstacle{
                c.random.id(), text(kManagerObstacles[i].title), sheet.methods[kManagerObstacleThemes[i]].id});
        }
    }
    const QStringList team = ReportingLine::team(c.owners, manager.id);
    const auto id = [&sheet](Theme theme) {
        return sheet.methods[theme].id;
    };
    const double won = roundTarget(std::max(100000.0, lastYear(c, MeasureBindingKind::ClosedWonAmount, team) * 1.15));
    sheet.measures.append(
        measure(c, "Closed-won revenue", MeasureBindingKind::ClosedWonAmount, MeasureScope::Team, won, id(Pipeline)));
    sheet.measures.append(
        measure(c,
                "New pipeline created",
                MeasureBindingKind::NewPipelineCreated,
                MeasureScope::Team,
                roundTarget(std::max(300000.0, lastYear(c, MeasureBindingKind::NewPipelineCreated, team) * 1.1)),
                id(Pipeline)));
    const double rate = lastYear(c, MeasureBindingKind::WinRate, team);
    sheet.measures.append(measure(c,
                                  "Win rate",
                                  MeasureBindingKind::WinRate,
                                  MeasureScope::Team,
                                  std::max(20.0, std::ceil((rate + 3) / 5) * 5),
                                  id(Qualify)));
    const double cycle = lastYear(c, MeasureBindingKind::AverageCycleDays, team);
    sheet.measures.append(measure(c,
                                  "Average sales cycle",
                                  MeasureBindingKind::AverageCycleDays,
                                  MeasureScope::Team,
                                  cycle > 0 ? std::round(cycle * 0.9) : 60,
                                  id(Qualify)));
    sheet.measures.append(measure(
        c,
        "New deals in the Strategic segment",
        MeasureBindingKind::DealsCreatedInSegment,
        MeasureScope::Team,
        roundTarget(std::max(
            5.0, lastYear(c, MeasureBindingKind::DealsCreatedInSegment, team, QStringLiteral("Strategic")) * 1.2)),
        id(Strategic)));
    sheet.measures.last().binding.segment = QStringLiteral("Strategic");
    sheet.measures.append(
        measure(c,
                "Meetings with an action objective",
                MeasureBindingKind::InteractionsWithObjective,
                MeasureScope::Team,
                roundTarget(std::max(50.0, lastYear(c, MeasureBindingKind::InteractionsWithObjective, team) * 1.1)),
                id(Coaching)));
    sheet.measures.append(measure(c,
                                  "Collections received",
                                  MeasureBindingKind::CollectionsReceived,
                                  MeasureScope::Team,
                                  roundTarget(won * 0.85),
                                  id(Cash)));
    if (c.hasStrategicPlans) {
        sheet.measures.append(measure(c,
                                      "Strategic accounts with an account plan",
                                      MeasureBindingKind::StrategicAccountsWithPlan,
                                      MeasureScope::Team,
                                      10,
                                      id(Strategic)));
    }
    V2momMeasure references =
        measure(c, "Reference customers signed up", MeasureBindingKind::None, MeasureScope::Person, 6, id(Strategic));
    references.unit = QStringLiteral("references");
    references.entries = entries(c, 3, 1, 2);
    sheet.measures.append(references);
    return sheet;
}

V2momSheet repSheet(Context& c, const Owner& rep, const V2momSheet* manager, int index)
{
    V2momSheet sheet;
    sheet.id = c.random.id();
    sheet.ownerId = rep.id;
    sheet.fiscalYear = c.year;
    sheet.vision = text(kRepVisions[c.random.integer(0, static_cast<int>(std::size(kRepVisions)) - 1)]);
    sheet.values = values(c, 2 + c.random.integer(0, 1));
    // Three methods aligned to the manager's themes; the first rep of a team also co-sells with
    // a partner (the method the manager drops later), every third one learns something of their own.
    QList<Theme> themes{Pipeline, Theme(c.random.integer(Qualify, Coaching)), Cash};
    if (c.random.chance(0.5)) {
        themes[2] = Theme(c.random.integer(Qualify, Coaching));
    }
    if (index == 0) {
        themes.insert(1, Partners);
    }
    QList<Theme> used;
    for (Theme theme : themes) {
        if (used.contains(theme)) {
            continue;
        }
        used.append(theme);
        const Idea& idea = kRepMethods[theme][c.random.integer(0, 2)];
        sheet.methods.append(V2momMethod{
            c.random.id(), text(idea.title), text(idea.description), manager ? manager->methods[theme].id : QString()});
    }
    if (index % 3 == 2) {
        const Idea& own = kOwnMethods[c.random.integer(0, static_cast<int>(std::size(kOwnMethods)) - 1)];
        sheet.methods.append(V2momMethod{c.random.id(), text(own.title), text(own.description), {}});
    }
    sheet.obstacles.append(
        V2momObstacle{c.random.id(),
                      text(kRepObstacles[c.random.integer(0, static_cast<int>(std::size(kRepObstacles)) - 1)]),
                      sheet.methods.first().id});

    const QStringList me{rep.id};
    const QString first = sheet.methods.first().id;
    sheet.measures.append(
        measure(c,
                "Closed-won revenue",
                MeasureBindingKind::ClosedWonAmount,
                MeasureScope::Person,
                roundTarget(std::max(50000.0, lastYear(c, MeasureBindingKind::ClosedWonAmount, me) * 1.15)),
                first));
    sheet.measures.append(
        measure(c,
                "Meetings with an action objective",
                MeasureBindingKind::InteractionsWithObjective,
                MeasureScope::Person,
                roundTarget(std::max(20.0, lastYear(c, MeasureBindingKind::InteractionsWithObjective, me) * 1.1)),
                QString()));
    const double rate = lastYear(c, MeasureBindingKind::WinRate, me);
    sheet.measures.append(measure(c,
                                  "Win rate",
                                  MeasureBindingKind::WinRate,
                                  MeasureScope::Person,
                                  std::max(20.0, std::ceil((rate + 2) / 5) * 5),
                                  QString()));
    V2momMeasure referrals =
        measure(c, "Referrals asked for", MeasureBindingKind::None, MeasureScope::Person, 24, first);
    referrals.unit = QStringLiteral("referrals");
    referrals.entries = entries(c, std::max(1, c.world.today.month() - 1), 1, 4);
    sheet.measures.append(referrals);
    return sheet;
}

// The manager's sheet as it was at mid-year, then refreshed: the partner channel dropped, a
// value reworded, the revenue target raised.
void midYearRefresh(Context& c, V2momSheet& sheet)
{
    const QDate midYear = c.year.first().addMonths(6);
    if (c.world.today >= midYear) {
        V2momSnapshot snapshot;
        snapshot.id = c.random.id();
        snapshot.sheetId = sheet.id;
        snapshot.takenAt = QDateTime(midYear, QTime(9, 0), QTimeZone::utc());
        snapshot.title = QStringLiteral("Mid-year refresh");
        snapshot.sheet = sheet;
        for (const V2momMeasure& m : sheet.measures) {
            const MeasureValue value = m.binding.isBound()
                                           ? c.evaluator.bound(m.binding,
                                                               c.evaluator.ownersFor(sheet.ownerId, m.binding.scope),
                                                               sheet.periodStart(m),
                                                               midYear.addDays(-1))
                                           : c.evaluator.evaluate(sheet, m, midYear.addDays(-1));
            if (value.value) {
                snapshot.measureValues.insert(m.id, *value.value);
            }
        }
        c.workspace.v2moms().insertSnapshot(snapshot);
    }
    sheet.removeMethod(sheet.methods[Partners].id);
    if (!sheet.values.isEmpty()) {
        sheet.values.first().text += QStringLiteral(" — always");
    }
    sheet.measures.first().target = roundTarget(sheet.measures.first().target * 1.05);
}

} // namespace

namespace DemoGoals {

Written write(Workspace& workspace, const DemoWorld& world, DemoRandom& random)
{
    Transaction transaction(workspace.database());
    const QList<Owner> owners = workspace.owners().owners();
    Context c{
        workspace,
        world,
        random,
        MeasureEvaluator(
            workspace.database(), world.baseCurrency, workspace.exchangeRates().rates(), owners, QTimeZone::utc()),
        FiscalYear::containing(world.today, 1),
        world.baseCurrency,
        false,
        owners};
    for (const AccountPlan& plan : workspace.accountPlans().plans()) {
        c.hasStrategicPlans = c.hasStrategicPlans || plan.strategic;
    }
    Written written;

    QList<Owner> managers;
    for (const Owner& owner : owners) {
        if (owner.role == OwnerRole::Manager || !ReportingLine::directReports(owners, owner.id).isEmpty()) {
            managers.append(owner);
        }
    }
    for (const Owner& manager : managers) {
        V2momSheet sheet = managerSheet(c, manager);
        sheet = workspace.v2moms().save(sheet);
        const QList<Owner> reports = ReportingLine::directReports(owners, manager.id);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            workspace.v2moms().save(repSheet(c, reports[i], &sheet, static_cast<int>(i)));
            ++written.sheets;
        }
        midYearRefresh(c, sheet);
        workspace.v2moms().save(sheet);
        ++written.sheets;
    }
    // Reps without a manager in the file write their own, aligned to nobody.
    int alone = 0;
    for (const Owner& owner : owners) {
        if (owner.managerId.isEmpty() && !managers.contains(owner)) {
            workspace.v2moms().save(repSheet(c, owner, nullptr, alone++));
            ++written.sheets;
        }
    }
    transaction.commit();
    return written;
}

} // namespace DemoGoals
