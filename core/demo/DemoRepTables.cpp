// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRepTables.h"

#include "DemoRandom.h"

#include "core/domain/AccountPlan.h"
#include "core/domain/StrategySheet.h"
#include "core/storage/AccountPlanRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace {
QString pick(DemoRandom& random, std::initializer_list<const char*> list)
{
    return QString::fromLatin1(*(list.begin() + random.integer(0, static_cast<int>(list.size()) - 1)));
}

const std::initializer_list<const char*> kPersonalWins = {"Be seen as the one who modernised the process",
                                                          "A quieter month-end close",
                                                          "A promotion next year",
                                                          "Less firefighting for the team",
                                                          "A success story for the board",
                                                          "Not being blamed if it fails"};
const std::initializer_list<const char*> kQuestions = {"Who signs above 250k?",
                                                       "Is the budget in this year or next?",
                                                       "Which criteria will IT score?",
                                                       "Who else is being evaluated?",
                                                       "When does the current contract end?",
                                                       "What does procurement need from us?"};
const std::initializer_list<const char*> kRedFlags = {"Champion is leaving in spring",
                                                      "No access to the economic buyer",
                                                      "Budget frozen until the audit",
                                                      "They asked for a feature comparison only",
                                                      "The incumbent offered 30 % off"};
const std::initializer_list<const char*> kActions = {"Workshop with IT on integration",
                                                     "Executive briefing with the CFO",
                                                     "Reference call with a peer customer",
                                                     "Business case review with finance",
                                                     "Proof of concept on their data",
                                                     "Legal review of the MSA"};
const std::initializer_list<const char*> kOwners = {
    "Rep", "Solution engineer", "Sales manager", "Legal", "Customer success"};
const std::initializer_list<const char*> kPromises = {"Go-live in 8 weeks",
                                                      "Single sign-on connector at no charge",
                                                      "Price held for 24 months",
                                                      "Export to their data warehouse on the roadmap for Q3"};
const std::initializer_list<const char*> kDepartments = {
    "Finance", "Sales", "Operations", "IT", "HR", "Procurement", "Customer service", "Logistics"};
const std::initializer_list<const char*> kProducts = {
    "Analytics platform", "Data integration", "Security suite", "Customer portal", "Managed services"};
const std::initializer_list<const char*> kStrategies = {
    "Consolidate the ERP landscape by 2028 and cut order-to-cash time by a third.",
    "Grow in Asia through two acquisitions; standardise processes across the group.",
    "Move every customer interaction online and halve the cost to serve.",
    "Pass the new reporting regulation and automate the monthly close."};
const std::initializer_list<const char*> kJoint = {"Quarterly business review",
                                                   "Joint roadmap workshop",
                                                   "Executive sponsor dinner",
                                                   "Shared success story for their annual report",
                                                   "Pilot in a second business unit"};

void complete(StrategySheet& sheet, DemoRandom& random, const QDate& today, bool won)
{
    // Qualification: deals that went on to win were mostly "pursue"; the rest lean to "drop".
    for (QualificationAnswer& answer : sheet.qualification) {
        const double pursue = won ? 0.8 : 0.5;
        answer = random.chance(0.15)
                     ? QualificationAnswer::Unanswered
                     : (random.chance(pursue) ? QualificationAnswer::Pursue : QualificationAnswer::Drop);
    }
    for (Stakeholder& person : sheet.stakeholders) {
        if (random.chance(0.6)) {
            person.personalWin = pick(random, kPersonalWins);
        }
        person.relationshipStrength = person.contacted ? random.integer(2, 5) : random.integer(1, 2);
        if (random.chance(0.2) && !sheet.competitors.isEmpty()) {
            person.preferredVendor = sheet.competitors.first().name;
        }
    }
    const int questions = random.integer(1, 3);
    for (int i = 0; i < questions; ++i) {
        sheet.openItems.append({random.id(),
                                OpenItemKind::Question,
                                pick(random, kQuestions),
                                pick(random, kOwners),
                                today.addDays(random.integer(-5, 20)),
                                random.chance(0.3)});
    }
    if (random.chance(0.45)) {
        sheet.openItems.append(
            {random.id(), OpenItemKind::RedFlag, pick(random, kRedFlags), pick(random, kOwners), {}, false});
    }
    for (Competitor& competitor : sheet.competitors) {
        competitor.strengths = pick(random, {"Price", "Incumbent", "Local presence", "Feature breadth"});
        competitor.weaknesses = pick(random, {"Support", "Integration", "Roadmap", "Implementation time"});
    }
    sheet.grossMarginPct = std::round(random.uniform(45, 80));
    sheet.discountPct = std::round(random.uniform(0, 25));
    sheet.cacPaybackMonths = random.integer(4, 18);
    sheet.expansionPotential = pick(random, {"Two more plants", "Group-wide roll-out", "Add-on modules", ""});
    sheet.nonFinancialValue = pick(random, {"Reference customer", "Competitive displacement", "New segment", ""});
    sheet.customWork = random.chance(0.3) ? QStringLiteral("Connector to their legacy billing") : QString();
    if (random.chance(0.35)) {
        sheet.promises.append({random.id(),
                               random.chance(0.5) ? PromiseKind::Pricing : PromiseKind::Timeline,
                               pick(random, kPromises),
                               pick(random, {"VP Sales", "CFO", "Head of Delivery"}),
                               today.addDays(-random.integer(3, 60))});
    }
    const int actions = random.integer(2, 4);
    for (int i = 0; i < actions; ++i) {
        sheet.actions.append({random.id(),
                              pick(random, kActions),
                              pick(random, kOwners),
                              today.addDays(random.integer(-10, 30)),
                              static_cast<ActionResource>(random.integer(0, 4)),
                              random.chance(0.35)});
    }
    sheet.repWinProbability = random.integer(3, 9) * 10;
    if (random.chance(0.7)) {
        sheet.managerWinProbability = std::clamp(*sheet.repWinProbability + random.integer(-3, 1) * 10, 0, 100);
        sheet.managerDecision = static_cast<ManagerDecision>(random.weighted({0.0, 0.6, 0.3, 0.1}));
        sheet.resourcesGranted = pick(random, {"Solution engineer for two days", "Executive sponsor call", ""});
    }
}

AccountPlan planFor(const DemoWorld::Customer& customer,
                    const QList<Product>& products,
                    const std::optional<int>& employees,
                    DemoRandom& random,
                    const QString& baseCurrency,
                    int year)
{
    AccountPlan plan;
    plan.id = random.id();
    plan.accountId = customer.id;
    plan.strategic = random.chance(0.85);
    plan.customerStrategy = pick(random, kStrategies);
    plan.goals =
        QStringLiteral("Become the platform for %1 departments; land a group-wide licence.").arg(random.integer(3, 5));
    const int departments = random.integer(3, 6);
    QStringList used;
    while (used.size() < departments) {
        const QString name = pick(random, kDepartments);
        if (!used.contains(name)) {
            used.append(name);
            plan.departments.append({random.id(), name});
        }
    }
    for (const AccountDepartment& department : plan.departments) {
        for (const Product& product : products) {
            const int state = random.weighted({0.3, 0.25, 0.25, 0.2}); // not assessed, using, opportunity, no fit
            plan.setCell(department.id, product.id, static_cast<WhitespaceState>(state), random.id());
        }
    }
    if (employees) {
        plan.seats = static_cast<int>(*employees * random.uniform(0.02, 0.3));
    }
    const qint64 target = static_cast<qint64>(random.logNormal(400000, 0.5)) * 100;
    plan.revenueTargets = {{random.id(), year, target, baseCurrency},
                           {random.id(), year + 1, target * random.integer(11, 15) / 10, baseCurrency}};
    const int joint = random.integer(1, 3);
    for (int i = 0; i < joint; ++i) {
        plan.jointActions.append({random.id(),
                                  pick(random, kJoint),
                                  pick(random, kOwners),
                                  customer.contacts.empty() ? QString() : customer.contacts.front().name,
                                  QDate(year, random.integer(1, 12), 15),
                                  random.chance(0.3)});
    }
    const int related = std::min<int>(static_cast<int>(customer.contacts.size()), random.integer(2, 4));
    for (int i = 0; i < related; ++i) {
        plan.relationships.append({random.id(),
                                   customer.contacts.at(std::size_t(i)).id,
                                   pick(random, {"Account executive", "Sales manager", "CEO", "Solution engineer"}),
                                   random.integer(1, 5),
                                   {}});
    }
    return plan;
}
} // namespace

namespace DemoRepTables {

DemoRandom randomFor(quint64 seed)
{
    return DemoRandom(seed ^ 0x5245505441424CULL); // "REPTABL"
}

qint64
completeSheets(QList<StrategySheet>& sheets, const QSet<QString>& wonDeals, DemoRandom& random, const QDate& today)
{
    // By deal id, the order the repository lists sheets in: the demo shows those first.
    std::vector<qsizetype> order(std::size_t(sheets.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&sheets](qsizetype a, qsizetype b) {
        return sheets[a].dealId < sheets[b].dealId;
    });
    order.resize(std::min(order.size(), std::size_t(kMaxSheetsCompleted)));
    for (const qsizetype index : order) {
        StrategySheet& sheet = sheets[index];
        complete(sheet, random, today, wonDeals.contains(sheet.dealId));
    }
    return qint64(order.size());
}

Written writePlans(Workspace& workspace, const DemoWorld& world, DemoRandom& random)
{
    Written written;
    Transaction transaction(workspace.database());

    QList<Product> products;
    for (const char* name : kProducts) {
        products.append({random.id(), QString::fromLatin1(name)});
    }
    products = workspace.accountPlans().saveProducts(products);
    written.products = products.size();
    for (const DemoWorld::Customer& customer : world.accounts) {
        if (written.accountPlans >= kMaxAccountPlans) {
            break;
        }
        if (customer.size != 2) {
            continue; // plans are for the big customers
        }
        const std::optional<Account> account = workspace.accounts().account(customer.id);
        workspace.accountPlans().save(planFor(customer,
                                              products,
                                              account ? account->employees : std::nullopt,
                                              random,
                                              world.baseCurrency,
                                              world.today.year()));
        ++written.accountPlans;
    }
    transaction.commit();
    return written;
}

} // namespace DemoRepTables
