// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTeam.h"

#include "DemoNames.h"
#include "DemoRandom.h"

#include "core/domain/Account.h"
#include "core/domain/Contact.h"
#include "core/domain/Owner.h"
#include "core/storage/BulkWriter.h"

#include <QSet>

#include <algorithm>

namespace {
const char* const kRegions[] = {"North America", "EMEA", "APAC", "LATAM"};
const char* const kSizeBands[] = {"SMB", "Mid-market", "Enterprise"};
const char* const kSegments[] = {"Commercial", "Corporate", "Strategic"};
const char* const kPhonePrefixes[] = {"+1 555 01", "+44 20 7946 0", "+61 2 5550 0", "+55 11 5555 0"};

template <typename T>
const T& pick(DemoRandom& random, const QList<T>& list)
{
    return list.at(random.integer(0, static_cast<int>(list.size()) - 1));
}

QString emailPart(const QString& text)
{
    QString part;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            part.append(c.toLower());
        }
    }
    return part;
}

OrgLevel orgLevelOf(int level)
{
    static const OrgLevel levels[] = {OrgLevel::Executive, OrgLevel::Senior, OrgLevel::Middle, OrgLevel::Staff};
    return levels[qBound(0, level, 3)];
}
} // namespace

namespace DemoTeam {

QString personName(DemoRandom& random)
{
    return pick(random, DemoNames::firstNames()) + QLatin1Char(' ') + pick(random, DemoNames::lastNames());
}

QString companyName(DemoRandom& random)
{
    QString name = pick(random, DemoNames::companyRoots()) + QLatin1Char(' ') + pick(random, DemoNames::companyWords());
    const QString& form = pick(random, DemoNames::legalForms());
    if (!form.isEmpty()) {
        name += QLatin1Char(' ') + form;
    }
    return name;
}

qint64 workingTime(qint64 msecs, DemoRandom& random)
{
    qint64 dayNumber = msecs / DemoWorld::day;
    const qint64 ofDay = msecs - dayNumber * DemoWorld::day;
    const qint64 opens = 8 * DemoWorld::hour;
    const qint64 closes = 18 * DemoWorld::hour;
    bool moved = false;
    if (ofDay >= closes) {
        ++dayNumber;
        moved = true;
    }
    // 1970-01-01 was a Thursday; 5 and 6 are Saturday and Sunday.
    while ((dayNumber + 3) % 7 >= 5) {
        ++dayNumber;
        moved = true;
    }
    const qint64 start = dayNumber * DemoWorld::day;
    if (!moved && ofDay >= opens) {
        return msecs;
    }
    // A meeting slot on the half hour.
    const qint64 earliest = moved ? opens : std::max(opens, ofDay);
    const qint64 halfHours = std::max<qint64>(1, (closes - earliest) / (DemoWorld::hour / 2));
    return start + earliest + random.integer(0, static_cast<int>(halfHours) - 1) * (DemoWorld::hour / 2);
}

int writeOwners(DemoWorld& world, DemoRandom& random, BulkWriter& writer, int reps, int managers)
{
    QSet<QString> used;
    auto uniqueName = [&]() {
        QString name = personName(random);
        for (int attempt = 0; used.contains(name) && attempt < 50; ++attempt) {
            name = personName(random);
        }
        if (used.contains(name)) {
            name += QStringLiteral(" %1").arg(used.size() + 1);
        }
        used.insert(name);
        return name;
    };
    auto owner = [&](OwnerRole role, const QString& managerId) {
        Owner o;
        o.id = random.id();
        o.name = uniqueName();
        o.email = emailPart(o.name.section(QLatin1Char(' '), 0, 0)) + QLatin1Char('.') +
                  emailPart(o.name.section(QLatin1Char(' '), 1)) + QStringLiteral("@dealbench-demo.example");
        o.role = role;
        o.managerId = managerId;
        o.createdAt = o.updatedAt =
            DemoWorld::toDateTime(world.historyStart - random.integer(30, 700) * DemoWorld::day);
        writer.insertOwner(o);
        return o.id;
    };
    QStringList managerIds;
    for (int i = 0; i < managers; ++i) {
        managerIds.append(owner(OwnerRole::Manager, QString()));
    }
    for (int i = 0; i < reps; ++i) {
        DemoWorld::Rep rep;
        // Reps are split over the managers in blocks: 8 under 2 gives 4 each.
        rep.team = managers > 0 ? i * managers / reps : 0;
        rep.managerId = managers > 0 ? managerIds.at(rep.team) : QString();
        rep.id = owner(OwnerRole::Rep, rep.managerId);
        rep.winFactor = random.uniform(0.8, 1.25);
        rep.planningRate = random.uniform(0.7, 0.97);
        rep.reviewRate = random.uniform(0.72, 0.96);
        rep.skill = random.uniform(2.6, 4.3);
        world.reps.push_back(rep);
    }
    return managers + reps;
}

qint64 writeAccounts(DemoWorld& world, DemoRandom& random, BulkWriter& writer, int accounts)
{
    QSet<QString> usedNames;
    qint64 contactCount = 0;
    world.accounts.reserve(static_cast<std::size_t>(accounts));
    for (int i = 0; i < accounts; ++i) {
        DemoWorld::Customer customer;
        customer.id = random.id();
        customer.name = companyName(random);
        for (int attempt = 0; usedNames.contains(customer.name) && attempt < 20; ++attempt) {
            customer.name = companyName(random);
        }
        if (usedNames.contains(customer.name)) {
            customer.name += QStringLiteral(" (%1)").arg(i + 1);
        }
        usedNames.insert(customer.name);
        customer.size = random.weighted({0.45, 0.35, 0.20});
        customer.region = random.weighted({0.45, 0.28, 0.19, 0.08});
        customer.repIndex = random.integer(0, static_cast<int>(world.reps.size()) - 1);

        Account account;
        account.id = customer.id;
        account.name = customer.name;
        account.industry = pick(random, DemoNames::industries());
        account.sizeBand = QString::fromLatin1(kSizeBands[customer.size]);
        static const int employeeRanges[3][2] = {{10, 199}, {200, 1999}, {2000, 60000}};
        account.employees = random.integer(employeeRanges[customer.size][0], employeeRanges[customer.size][1]);
        account.region = QString::fromLatin1(kRegions[customer.region]);
        // Segment follows size, with some accounts managed a tier up or down.
        const int segment = qBound(0, customer.size + (random.chance(0.2) ? random.integer(-1, 1) : 0), 2);
        account.segment = QString::fromLatin1(kSegments[segment]);
        account.ownerId = world.reps.at(static_cast<std::size_t>(customer.repIndex)).id;
        account.createdAt = account.updatedAt =
            DemoWorld::toDateTime(world.historyStart - random.integer(0, 500) * DemoWorld::day);
        writer.insertAccount(account);

        const QString domain = emailPart(customer.name.section(QLatin1Char(' '), 0, 1)) + QStringLiteral(".example");
        static const int contactRanges[3][2] = {{2, 4}, {3, 6}, {4, 9}};
        const int contacts = random.integer(contactRanges[customer.size][0], contactRanges[customer.size][1]);
        for (int c = 0; c < contacts; ++c) {
            DemoWorld::Person person;
            person.id = random.id();
            person.name = personName(random);
            // The first contact is often the one who signs; the rest spread over the org chart.
            person.level =
                c == 0 && random.chance(0.5) ? random.integer(0, 1) : random.weighted({0.12, 0.25, 0.36, 0.27});
            Contact contact;
            contact.id = person.id;
            contact.accountId = customer.id;
            contact.name = person.name;
            contact.title = pick(random, DemoNames::titles(person.level));
            contact.orgLevel = orgLevelOf(person.level);
            contact.email = emailPart(person.name.section(QLatin1Char(' '), 0, 0)) + QLatin1Char('.') +
                            emailPart(person.name.section(QLatin1Char(' '), 1)) + QLatin1Char('@') + domain;
            contact.phone = QString::fromLatin1(kPhonePrefixes[customer.region]) +
                            QStringLiteral("%1").arg(random.integer(0, 99), 2, 10, QLatin1Char('0'));
            contact.createdAt = contact.updatedAt = account.createdAt.addDays(random.integer(0, 60));
            writer.insertContact(contact);
            customer.contacts.push_back(person);
            ++contactCount;
        }
        world.accounts.push_back(std::move(customer));
    }
    return contactCount;
}

} // namespace DemoTeam
