// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportFigure.h"
#include "ReportKind.h"
#include "ReportTable.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The content of a report, independent of its format: headings, paragraphs, key figures,
// tables and figures in reading order. Builders in core/report fill it from a workspace; the
// renderers in ui/report turn it into PDF, HTML or print, and ReportCsv writes its tables.
struct ReportDocument
{
    struct Block
    {
        enum class Kind
        {
            Heading, // level 1 or 2
            Paragraph,
            Bullet,    // level 0 or 1 (nested)
            KeyFigure, // "label: value", shown in a row of tiles
            Table,     // index into tables
            Figure,    // index into figures
        };
        Kind kind = Kind::Paragraph;
        int level = 0;
        QString text;
        QString value; // KeyFigure
        int index = -1;
    };

    ReportKind kind = ReportKind::WeeklyReview;
    QString title;
    QString workspaceName;
    QString periodLabel; // "Week 47, 2026 (16/11/2026 – 22/11/2026)"
    QDateTime generatedAt;
    QList<Block> blocks;
    QList<ReportTable> tables;
    QList<ReportFigure> figures;

    void addHeading(const QString& text, int level = 1);
    void addParagraph(const QString& text);
    void addBullet(const QString& text, int level = 0);
    void addKeyFigure(const QString& label, const QString& value);
    void addTable(const ReportTable& table);
    void addFigure(const ReportFigure& figure);
    // Every text of the document in reading order (tests and search).
    QString plainText() const;
};
