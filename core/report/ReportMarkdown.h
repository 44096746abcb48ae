// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct ReportDocument;

// Reads the Markdown the V2MOM export writes (headings, paragraphs, numbered and nested lists,
// pipe tables, emphasis) into report blocks, so the report and the Markdown export say the
// same thing without writing it twice.
namespace ReportMarkdown {

// The first level-1 heading becomes a level-1 heading like the others; tables are keyed
// "<keyPrefix>-<n>".
void append(ReportDocument& document, const QString& markdown, const QString& keyPrefix);
// Inline emphasis removed: "**a**" → "a", "_b_" → "b", "\|" → "|".
QString plain(const QString& text);

} // namespace ReportMarkdown
