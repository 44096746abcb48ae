// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Display text for the keys core groups by (lead sources, lost reasons, stakeholder roles, the
// "not recorded" and "other" buckets), so every chart names them alike.
class ChartLabelText final
{
    Q_DECLARE_TR_FUNCTIONS(ChartLabelText)
public:
    static QString notRecorded();
    static QString source(const QString& key);
    static QString lostReason(const QString& key);
    static QString championRole(const QString& key);
    // A free value (segment, industry, competitor ...), or the special WinScenarios keys.
    static QString value(const QString& key);
};
