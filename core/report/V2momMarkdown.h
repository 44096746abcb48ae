// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/MeasureProgress.h"
#include "core/analytics/V2momCascade.h"
#include "core/domain/V2mom.h"
#include "core/storage/V2momRepository.h"

#include <QHash>
#include <QLocale>
#include <QString>

// V2MOM sheets and the cascade as plain Markdown (GitHub dialect: tables, lists), for the
// Export action and for the reports that embed them. User content is written as entered;
// headings and labels are translated; numbers and dates follow `locale`.
namespace V2momMarkdown {

struct SheetContext
{
    QString ownerName;
    QString managerName;                              // empty: reports to nobody
    QHash<QString, MeasureProgress> progress;         // by measure id
    QHash<QString, V2momRepository::MethodRef> links; // the methods this sheet's methods support
    QDate today;                                      // "as of" line; invalid: none
};

QString sheet(const V2momSheet& sheet, const SheetContext& context, const QLocale& locale = QLocale());
// `names` maps owner ids to display names.
QString cascade(const V2momCascade& cascade, const QHash<QString, QString>& names, const QLocale& locale = QLocale());

// A measure's number as the sheet shows it: whole numbers without decimals, others with one.
QString formatNumber(double value, const QLocale& locale);
// Text that goes into a table cell: pipes escaped, line breaks as spaces.
QString cell(const QString& text);

} // namespace V2momMarkdown
