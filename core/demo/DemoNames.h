// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The word pools the demo data is made from. Content, not interface text: the demo
// workspace reads like one English-speaking sales team's file, so none of it is translated.
namespace DemoNames {

const QStringList& firstNames();
const QStringList& lastNames();
// Company names are root + word (+ legal form).
const QStringList& companyRoots();
const QStringList& companyWords();
const QStringList& legalForms();
const QStringList& industries();
// Job titles per org level: executive, senior, middle, staff (Contact.h OrgLevel order).
const QStringList& titles(int level);
const QStringList& products();
const QStringList& howSecured();
// Objective pairs per open stage (0 = Lead ... 5 = Negotiation): best at even, minimum at odd index.
const QStringList& objectives(int stage);
const QStringList& openings();
const QStringList& questions();
const QStringList& showings();
const QStringList& customerNeeds();
const QStringList& advantages();
const QStringList& commitments();
const QStringList& nextSteps();
const QStringList& coachNotes();
const QStringList& competitors();
// Free-text notes for a lost reason key (price, competitor, no_decision, ...).
const QStringList& lostNotes(const QString& reasonKey);

} // namespace DemoNames
