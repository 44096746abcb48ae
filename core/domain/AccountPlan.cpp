// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPlan.h"

#include "EnumKeys.h"

#include <QCoreApplication>

namespace {
const std::array<std::pair<WhitespaceState, const char*>, 4> kStates = {{
    {WhitespaceState::NotAssessed, ""},
    {WhitespaceState::Using, "using"},
    {WhitespaceState::Opportunity, "opportunity"},
    {WhitespaceState::NotAFit, "not_fit"},
}};
} // namespace

WhitespaceState AccountPlan::cell(const QString& departmentId, const QString& productId) const
{
    for (const WhitespaceCell& c : whitespace) {
        if (c.departmentId == departmentId && c.productId == productId) {
            return c.state;
        }
    }
    return WhitespaceState::NotAssessed;
}

void AccountPlan::setCell(const QString& departmentId,
                          const QString& productId,
                          WhitespaceState state,
                          const QString& newId)
{
    for (qsizetype i = 0; i < whitespace.size(); ++i) {
        WhitespaceCell& c = whitespace[i];
        if (c.departmentId == departmentId && c.productId == productId) {
            if (state == WhitespaceState::NotAssessed) {
                whitespace.removeAt(i);
            } else {
                c.state = state;
            }
            return;
        }
    }
    if (state != WhitespaceState::NotAssessed) {
        whitespace.append({newId, departmentId, productId, state});
    }
}

bool AccountPlan::sameContent(const AccountPlan& other) const
{
    AccountPlan a = *this;
    AccountPlan b = other;
    a.createdAt = b.createdAt = {};
    a.updatedAt = b.updatedAt = {};
    return a == b;
}

QString whitespaceStateKey(WhitespaceState state)
{
    return EnumKeys::keyOf(kStates, state);
}

WhitespaceState whitespaceStateFromKey(const QString& key)
{
    return EnumKeys::valueOf(kStates, key);
}

QString whitespaceStateDisplayName(WhitespaceState state)
{
    switch (state) {
    case WhitespaceState::NotAssessed:
        return {};
    case WhitespaceState::Using:
        return QCoreApplication::translate("AccountPlan", "Using");
    case WhitespaceState::Opportunity:
        return QCoreApplication::translate("AccountPlan", "Opportunity");
    case WhitespaceState::NotAFit:
        return QCoreApplication::translate("AccountPlan", "Not a fit");
    }
    return {};
}

QList<WhitespaceState> allWhitespaceStates()
{
    QList<WhitespaceState> states;
    for (const auto& entry : kStates) {
        states.append(entry.first);
    }
    return states;
}
