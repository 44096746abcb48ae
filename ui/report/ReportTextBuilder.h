// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

struct ReportDocument;
class QTextDocument;

// Writes a report's blocks into a QTextDocument with a cursor: headings, paragraphs, key
// figures as tiles, tables with a repeating header row, figures as drawn objects. The page
// header and footer are not part of the text: ReportPages paints them on every page.
namespace ReportTextBuilder {

void fill(QTextDocument* document, const ReportDocument& report, const QLocale& locale);
// "… and %n more rows: the CSV export has them all."
QString moreRowsText(int hidden);

} // namespace ReportTextBuilder
