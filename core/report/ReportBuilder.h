// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportRequest.h"

#include <QString>

#include <optional>

class Workspace;

// Turns a request into a report's content; the one entry point of the export dialog, the
// print action and `dealbench report`.
namespace ReportBuilder {

struct Outcome
{
    std::optional<ReportDocument> document;
    QString error;           // set when there is no document
    bool badRequest = false; // the request names no such owner/deal, or misses one
};

// Reads only. Storage failures come back as an error, not an exception.
Outcome build(Workspace& workspace, const ReportRequest& request);
// The range a request without one reports on.
ReportRange defaultRange(const ReportRequest& request);

} // namespace ReportBuilder
