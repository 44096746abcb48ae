// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

class MeasureEvaluator;
class Workspace;

// V2MOM sheets and the cascade read from a workspace and written as Markdown: what the
// Export action writes and what the reports embed (V2momMarkdown does the writing).
namespace V2momReport {

// The sheet of `ownerId` for the fiscal year starting in `fiscalYear`, with each measure's
// value and pace as of `today`; empty when there is no such sheet.
QString sheetMarkdown(Workspace& workspace,
                      const MeasureEvaluator& evaluator,
                      const QString& ownerId,
                      int fiscalYear,
                      const QDate& today,
                      const QLocale& locale = QLocale());
// The alignment of `managerId`'s direct reports to the manager's sheet, with the roll-ups.
QString cascadeMarkdown(Workspace& workspace,
                        const MeasureEvaluator& evaluator,
                        const QString& managerId,
                        int fiscalYear,
                        const QDate& today,
                        const QLocale& locale = QLocale());

} // namespace V2momReport
