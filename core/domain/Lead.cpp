// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lead.h"

#include <QCoreApplication>
#include <QStringList>

QString leadStatusKey(LeadStatus status)
{
    switch (status) {
    case LeadStatus::Open:
        return QStringLiteral("open");
    case LeadStatus::Converted:
        return QStringLiteral("converted");
    case LeadStatus::Disqualified:
        return QStringLiteral("disqualified");
    }
    return QStringLiteral("open");
}

LeadStatus leadStatusFromKey(const QString& key)
{
    if (key == QLatin1String("converted")) {
        return LeadStatus::Converted;
    }
    if (key == QLatin1String("disqualified")) {
        return LeadStatus::Disqualified;
    }
    return LeadStatus::Open;
}

QStringList leadSourceKeys()
{
    return {QStringLiteral("referral"),
            QStringLiteral("website"),
            QStringLiteral("social"),
            QStringLiteral("event"),
            QStringLiteral("webinar"),
            QStringLiteral("email_campaign"),
            QStringLiteral("purchased_list"),
            QStringLiteral("partner"),
            QStringLiteral("outbound")};
}

QString leadSourceDisplayName(const QString& key)
{
    static const char* const names[][2] = {
        {"referral", QT_TRANSLATE_NOOP("LeadSource", "Referral")},
        {"website", QT_TRANSLATE_NOOP("LeadSource", "Website")},
        {"social", QT_TRANSLATE_NOOP("LeadSource", "Social")},
        {"event", QT_TRANSLATE_NOOP("LeadSource", "Event")},
        {"webinar", QT_TRANSLATE_NOOP("LeadSource", "Webinar")},
        {"email_campaign", QT_TRANSLATE_NOOP("LeadSource", "Email campaign")},
        {"purchased_list", QT_TRANSLATE_NOOP("LeadSource", "Purchased list")},
        {"partner", QT_TRANSLATE_NOOP("LeadSource", "Partner")},
        {"outbound", QT_TRANSLATE_NOOP("LeadSource", "Outbound")},
    };
    for (const auto& pair : names) {
        if (key == QLatin1String(pair[0])) {
            return QCoreApplication::translate("LeadSource", pair[1]);
        }
    }
    return key;
}
