// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNames.h"

#include <array>

namespace {
QStringList listOf(std::initializer_list<const char*> words)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(words.size()));
    for (const char* word : words) {
        list.append(QString::fromUtf8(word));
    }
    return list;
}
} // namespace

namespace DemoNames {

const QStringList& firstNames()
{
    static const QStringList names =
        listOf({"Anna",  "Ben",    "Carla",  "David",  "Elena",  "Felix",  "Grace",   "Hannah",  "Ivan",   "Julia",
                "Karim", "Laura",  "Marco",  "Nina",   "Oliver", "Priya",  "Quentin", "Rosa",    "Samuel", "Tanya",
                "Uma",   "Victor", "Wei",    "Xavier", "Yara",   "Zoe",    "Ahmed",   "Beatriz", "Chen",   "Daniel",
                "Emma",  "Fatima", "George", "Helena", "Isaac",  "Jana",   "Kenji",   "Lea",     "Mateo",  "Nora",
                "Omar",  "Paula",  "Rahul",  "Sofia",  "Tom",    "Ursula", "Vera",    "William", "Ying",   "Zara",
                "Aisha", "Bruno",  "Clara",  "Diego",  "Eva",    "Farid",  "Greta",   "Hugo",    "Ines",   "Jonas"});
    return names;
}

const QStringList& lastNames()
{
    static const QStringList names = listOf(
        {"Schmidt", "Garcia", "Novak",     "Okafor",   "Lindqvist", "Rossi",    "Tanaka",   "Dubois",   "Kowalski",
         "Murphy",  "Haddad", "Jensen",    "Costa",    "Fischer",   "Nguyen",   "Patel",    "Moreau",   "Brennan",
         "Silva",   "Weber",  "Larsen",    "Kim",      "Horvat",    "Ivanova",  "Mendes",   "Becker",   "Walsh",
         "Yilmaz",  "Zhang",  "Andersen",  "Bauer",    "Castillo",  "Dimitrov", "Evans",    "Ferreira", "Gallo",
         "Hughes",  "Ito",    "Jovanovic", "Keller",   "Lopez",     "Meyer",    "Nakamura", "Olsen",    "Petrov",
         "Quinn",   "Reyes",  "Santos",    "Thompson", "Ueda",      "Varga",    "Wagner",   "Xu",       "Young",
         "Ziegler", "Abbott", "Bianchi",   "Carter",   "Duarte",    "Eriksen"});
    return names;
}

const QStringList& companyRoots()
{
    static const QStringList roots =
        listOf({"Northwind", "Bluefield",   "Cedar",     "Silverline", "Ironbridge",  "Redwood",     "Harbor",
                "Summit",    "Brightwater", "Oakmont",   "Granite",    "Evergreen",   "Falcon",      "Highland",
                "Lakeside",  "Meridian",    "Nordic",    "Orion",      "Pinecrest",   "Quarry",      "Riverside",
                "Sterling",  "Trident",     "Union",     "Vanguard",   "Westbrook",   "Yellowstone", "Zenith",
                "Alder",     "Beacon",      "Copper",    "Delta",      "Eastgate",    "Foxglove",    "Greenway",
                "Horizon",   "Inland",      "Juniper",   "Keystone",   "Lighthouse",  "Maple",       "Newhaven",
                "Oceanic",   "Pioneer",     "Quayside",  "Rivermark",  "Stonebridge", "Tidewater",   "Upland",
                "Valemont",  "Whitecliff",  "Ashford",   "Baltic",     "Crestview",   "Driftwood",   "Elmstead",
                "Fairport",  "Goldcrest",   "Hillcrest", "Ivywood"});
    return roots;
}

const QStringList& companyWords()
{
    static const QStringList words =
        listOf({"Logistics",   "Manufacturing", "Health",    "Foods",     "Energy",   "Bank",         "Insurance",
                "Retail",      "Systems",       "Labs",      "Motors",    "Pharma",   "Telecom",      "Analytics",
                "Freight",     "Components",    "Hospitals", "Utilities", "Capital",  "Outfitters",   "Software",
                "Engineering", "Chemicals",     "Textiles",  "Media",     "Airlines", "Construction", "Robotics",
                "Packaging",   "Clinics",       "Grocers",   "Metals",    "Networks", "Partners",     "Holdings",
                "Industries",  "Consulting",    "Devices",   "Transport", "Water"});
    return words;
}

const QStringList& legalForms()
{
    static const QStringList forms = listOf({"", "", "", "Inc.", "Ltd", "GmbH", "Group", "AG", "SA", "plc", "BV"});
    return forms;
}

const QStringList& industries()
{
    static const QStringList list = listOf({"Manufacturing",
                                            "Financial services",
                                            "Healthcare",
                                            "Retail",
                                            "Technology",
                                            "Logistics",
                                            "Energy",
                                            "Public sector",
                                            "Education",
                                            "Telecommunications",
                                            "Professional services"});
    return list;
}

const QStringList& titles(int level)
{
    static const std::array<QStringList, 4> byLevel = {
        listOf({"Chief Executive Officer",
                "Chief Financial Officer",
                "Chief Information Officer",
                "Chief Operating Officer",
                "Chief Technology Officer",
                "Managing Director",
                "VP Sales"}),
        listOf({"VP Operations",
                "Director of IT",
                "Head of Procurement",
                "Director of Finance",
                "VP Engineering",
                "Head of Customer Service",
                "Director of Supply Chain"}),
        listOf({"IT Manager",
                "Operations Manager",
                "Project Manager",
                "Finance Manager",
                "Team Lead Analytics",
                "Procurement Manager",
                "Service Manager"}),
        listOf({"Business Analyst",
                "Systems Engineer",
                "Buyer",
                "Data Analyst",
                "Office Manager",
                "Administrator",
                "Specialist Operations"}),
    };
    return byLevel.at(static_cast<std::size_t>(qBound(0, level, 3)));
}

const QStringList& products()
{
    static const QStringList list = listOf(
        {"Analytics platform", "Data integration",   "Security suite",   "Cloud migration",    "CRM rollout",
         "Support renewal",    "Training programme", "Seat expansion",   "Reporting upgrade",  "Field service app",
         "Procurement portal", "Customer portal",    "Managed services", "Pilot project",      "Forecasting module",
         "Compliance package", "Warehouse scanning", "Mobile sales app", "Group-wide licence", "Workflow automation"});
    return list;
}

const QStringList& howSecured()
{
    static const QStringList list = listOf({"Agreed at the end of the last meeting",
                                            "Cold call",
                                            "Introduced by our champion",
                                            "Customer asked for it by email",
                                            "Met at a trade fair",
                                            "Partner introduction",
                                            "Follow-up to the webinar",
                                            "Booked through their assistant"});
    return list;
}

const QStringList& objectives(int stage)
{
    static const std::array<QStringList, 6> byStage = {
        listOf({"Agree to a discovery meeting with the head of operations",
                "Learn who owns the problem",
                "Get an introduction to the IT director",
                "Get permission to send a short case study",
                "Agree on a date for a first needs workshop",
                "Confirm that the topic is on this year's agenda"}),
        listOf({"Confirm budget range and who signs off",
                "Learn the rough budget range",
                "Agree to a needs workshop with IT and finance",
                "Get the names of the people affected",
                "Confirm the decision timeline",
                "Learn whether a project has been approved"}),
        listOf({"Customer quantifies the cost of the problem",
                "Customer confirms the problem in their own words",
                "Agree the evaluation criteria for a proof of concept",
                "Get access to sample data",
                "Meet the economic buyer",
                "Learn who else needs to agree"}),
        listOf({"Agree success criteria and start the proof of concept",
                "Agree a date for the technical demo",
                "IT confirms the integration is feasible",
                "Get feedback from two key users",
                "Customer presents POC results to the board",
                "Schedule the results review"}),
        listOf({"Economic buyer accepts the proposal in principle",
                "Walk the buyer through the proposal",
                "Agree the commercial framework",
                "Learn which points procurement will challenge",
                "Customer names us preferred vendor",
                "Get feedback on the price level"}),
        listOf({"Signed contract this month",
                "Contract goes to legal review this week",
                "Agree final price and payment terms",
                "Resolve the open liability clause",
                "Get the purchase order number",
                "Agree the signing date"}),
    };
    return byStage.at(static_cast<std::size_t>(qBound(0, stage, 5)));
}

const QStringList& openings()
{
    static const QStringList list = listOf({"Recap of the last meeting",
                                            "Short agenda and time check",
                                            "Reference from a similar customer",
                                            "Their recent announcement",
                                            "Results of the pilot"});
    return list;
}

const QStringList& questions()
{
    static const QStringList list =
        listOf({"how orders are processed today, where delays come from, what a day of delay costs",
                "who uses the reports, what they cannot see, what decisions wait for data",
                "how the team plans, where errors creep in, what an error costs a customer",
                "what the current system costs, what breaks, what a fix would be worth",
                "how the audit went, what was found, what a clean audit means for them",
                "how long onboarding takes, what slows it, what faster onboarding would save"});
    return list;
}

const QStringList& showings()
{
    static const QStringList list = listOf({"dashboard demo",
                                            "ROI calculation",
                                            "case study of a peer",
                                            "integration diagram",
                                            "rollout plan",
                                            "pricing options"});
    return list;
}

const QStringList& customerNeeds()
{
    static const QStringList list = listOf({"Faster month-end close",
                                            "One view of stock across sites",
                                            "Fewer manual spreadsheets",
                                            "Audit-proof approval trail",
                                            "Shorter onboarding of new staff",
                                            "Real-time delivery status for customers",
                                            "Lower licence costs than the current tool",
                                            "Integration with their ERP",
                                            "Mobile access for field staff",
                                            "Reliable forecasts for the board",
                                            "Data kept in the EU",
                                            "Less dependence on one key person"});
    return list;
}

const QStringList& advantages()
{
    static const QStringList list = listOf({"\"Your rollout plan is the first one that fits our calendar\"",
                                            "Reference from a company they respect",
                                            "The ERP connector works out of the box",
                                            "Local support team",
                                            "Clear pricing without add-ons",
                                            "The demo used their own data",
                                            "Faster implementation than the competitor",
                                            "\"Our users actually liked it\""});
    return list;
}

const QStringList& commitments()
{
    static const QStringList list = listOf({"Introduction to the CFO",
                                            "Sample data by Friday",
                                            "Workshop date agreed",
                                            "Evaluation criteria shared",
                                            "Access to the test system",
                                            "Budget confirmed for this year",
                                            "Proposal review meeting booked",
                                            "Legal contact named"});
    return list;
}

const QStringList& nextSteps()
{
    static const QStringList list = listOf({"Send summary and proposed agenda",
                                            "Prepare the demo with their data",
                                            "Book the workshop room",
                                            "Send the reference contact",
                                            "Draft the proposal",
                                            "Call the champion to prepare the board meeting",
                                            "Send the revised quote",
                                            "Follow up with procurement",
                                            "Schedule the technical deep dive"});
    return list;
}

const QStringList& coachNotes()
{
    static const QStringList list = listOf({"Good questions on impact; next time ask for the commitment earlier.",
                                            "Talked too much about features before the problem was clear.",
                                            "Strong opening. The minimum objective was too soft.",
                                            "Handled the price objection well by going back to the business case.",
                                            "Prepare the economic buyer's questions before the meeting.",
                                            "Clear next step with a date: keep doing that.",
                                            "Missed the chance to ask who else decides."});
    return list;
}

const QStringList& competitors()
{
    static const QStringList list =
        listOf({"Corvane", "Helixsoft", "Nimbus Analytics", "Quorra", "Vantix", "Stratagem", "In-house build"});
    return list;
}

const QStringList& lostNotes(const QString& reasonKey)
{
    static const QStringList price = listOf({"Budget cut by a third at the last minute", "Competitor 20% cheaper"});
    static const QStringList competitor =
        listOf({"Incumbent vendor offered a free year", "Their IT prefers the competitor's stack"});
    static const QStringList noDecision =
        listOf({"Project put on hold after reorganisation", "Champion left the company"});
    static const QStringList noBudget = listOf({"No budget this fiscal year", "Funds moved to another project"});
    static const QStringList timing = listOf({"Revisit next year", "Waiting for the ERP migration to finish"});
    static const QStringList fit = listOf({"Needs on-premise only", "Missing the Chinese-language interface"});
    static const QStringList other = listOf({"Company was acquired", "Went silent after the demo"});
    if (reasonKey == QLatin1String("price")) {
        return price;
    }
    if (reasonKey == QLatin1String("competitor")) {
        return competitor;
    }
    if (reasonKey == QLatin1String("no_decision")) {
        return noDecision;
    }
    if (reasonKey == QLatin1String("no_budget")) {
        return noBudget;
    }
    if (reasonKey == QLatin1String("timing")) {
        return timing;
    }
    if (reasonKey == QLatin1String("product_fit")) {
        return fit;
    }
    return other;
}

} // namespace DemoNames
