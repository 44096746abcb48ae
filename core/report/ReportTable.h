// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportCell.h"

#include <QList>
#include <QString>
#include <QStringList>

// One table of a report. `rows` is what the reader sees (formatted for the locale) and goes
// into the PDF and the HTML; `data` holds the same cells machine-readable (plain numbers, ISO
// dates) for the CSV export, "the tables behind the report".
struct ReportTable
{
    QString key;   // stable, for CSV file names: "forecast", "attention" ...
    QString title; // shown above the table
    QStringList header;
    QList<QStringList> rows;
    QList<QStringList> data;
    QList<int> numericColumns; // right-aligned in PDF and HTML
    int displayLimit = 0;      // PDF and HTML show at most this many rows (0: all); CSV has all

    bool isNumeric(int column) const { return numericColumns.contains(column); }
    void appendRow(const QList<ReportCell>& cells);
};
