// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLocale>

struct ReportDocument;

// A report as one self-contained XHTML file (well-formed XML, so any XML parser reads it):
// styles inline in the head, figures embedded as base64 PNG at 192 dpi, no external files.
namespace ReportHtml {

QByteArray encode(const ReportDocument& report, const QLocale& locale = QLocale());

} // namespace ReportHtml
