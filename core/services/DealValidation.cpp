// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealValidation.h"

#include "core/domain/Deal.h"
#include "core/domain/Pipeline.h"
#include "core/services/InputRules.h"

#include <QCoreApplication>

namespace DealValidation {

bool isCurrencyCode(const QString& code)
{
    if (code.size() != 3) {
        return false;
    }
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z') {
            return false;
        }
    }
    return true;
}

QString check(const Deal& deal, const Pipeline* pipeline)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("DealValidation", text);
    };
    if (deal.name.trimmed().isEmpty()) {
        return tr("A deal needs a name.");
    }
    if (deal.name.size() > maxNameLength) {
        return tr("The deal name is longer than %1 characters.").arg(maxNameLength);
    }
    const QString textProblem = InputRules::first({InputRules::checkText(deal.source, tr("The source")),
                                                   InputRules::checkText(deal.lostNote, tr("The note")),
                                                   InputRules::checkText(deal.competitor, tr("The competitor")),
                                                   InputRules::checkText(deal.externalId, tr("The external id"))});
    if (!textProblem.isEmpty()) {
        return textProblem;
    }
    if (!isCurrencyCode(deal.amount.currency)) {
        return tr("\"%1\" is not a three-letter currency code such as USD or EUR.").arg(deal.amount.currency);
    }
    if (deal.amount.minor < 0) {
        return tr("The amount cannot be negative.");
    }
    if (deal.amount.minor > maxAmountMinor) {
        return tr("The amount is too large.");
    }
    if (deal.expectedCloseDate.isValid() &&
        (deal.expectedCloseDate.year() < 1970 || deal.expectedCloseDate.year() > 2200)) {
        return tr("The close date %1 is out of range.").arg(deal.expectedCloseDate.toString(Qt::ISODate));
    }
    if (!pipeline) {
        return tr("The deal's pipeline does not exist.");
    }
    const Stage* stage = pipeline->stage(deal.stageId);
    if (!stage) {
        return tr("The deal's stage is not a stage of its pipeline.");
    }
    if (stage->kind == StageKind::Lost && deal.lostReason == LostReason::None) {
        return tr("A lost deal needs a lost reason.");
    }
    return {};
}

} // namespace DealValidation
