// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FiscalYear.h"
#include "MeasureBinding.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// A V2MOM goal sheet (年度目标, DOMAIN.md §6): one per person per fiscal year — Vision,
// Values, Methods, Obstacles, Measures. Edited as a whole document: every undo step keeps
// the sheet before and after. Lists are in display order; a method's position is its priority.

struct V2momValue
{
    QString id;
    QString text;

    friend bool operator==(const V2momValue&, const V2momValue&) = default;
};

struct V2momMethod
{
    QString id;
    QString title;
    QString description;
    // The method of the manager's sheet this one supports; empty: not aligned. May name a
    // method the manager removed since (the cascade shows it as removed).
    QString parentMethodId;

    friend bool operator==(const V2momMethod&, const V2momMethod&) = default;
};

struct V2momObstacle
{
    QString id;
    QString text;
    QString methodId; // a method of the same sheet; empty: the whole sheet

    friend bool operator==(const V2momObstacle&, const V2momObstacle&) = default;
};

enum class ManualMode
{
    Sum,    // entries are increments ("ran 2 workshops")
    Latest, // entries are readings ("NPS is 41"); the latest counts
};

QString manualModeKey(ManualMode mode);
ManualMode manualModeFromKey(const QString& key);

// Progress of a measure without a binding, entered by hand.
struct MeasureEntry
{
    QString id;
    QDate date;
    double value = 0;
    QString note;

    friend bool operator==(const MeasureEntry&, const MeasureEntry&) = default;
};

struct V2momMeasure
{
    QString id;
    QString name;
    double target = 0;
    QString unit;
    QDate startDate; // invalid: the fiscal year's first day
    QDate dueDate;
    MeasureBinding binding;
    ManualMode manualMode = ManualMode::Sum;
    QString methodId; // a method of the same sheet; empty: none
    QList<MeasureEntry> entries;

    friend bool operator==(const V2momMeasure&, const V2momMeasure&) = default;
};

struct V2momSheet
{
    QString id;
    QString ownerId;
    FiscalYear fiscalYear;
    QString vision; // Markdown: short rich text (bold, italics, lists, links)
    QList<V2momValue> values;
    QList<V2momMethod> methods; // by priority
    QList<V2momObstacle> obstacles;
    QList<V2momMeasure> measures;
    QDateTime createdAt;
    QDateTime updatedAt;

    int methodIndex(const QString& methodId) const; // -1 when not in the sheet
    int measureIndex(const QString& measureId) const;
    // Removes a method and the links of this sheet's obstacles and measures to it.
    void removeMethod(const QString& methodId);
    // First and last local day of a measure's period.
    QDate periodStart(const V2momMeasure& measure) const;
    QDate periodEnd(const V2momMeasure& measure) const;
    // Equal apart from the timestamps.
    bool sameContent(const V2momSheet& other) const;

    friend bool operator==(const V2momSheet&, const V2momSheet&) = default;
};
