// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "V2momMarkdown.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

// Inside the named namespace so that lupdate gives the helpers' tr() calls its context.
namespace V2momMarkdown {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("V2momMarkdown", text);
}

QString percent(const std::optional<double>& share, const QLocale& locale)
{
    if (!share) {
        return QStringLiteral("–");
    }
    return locale.toString(std::round(*share * 100.0), 'f', 0) + QStringLiteral(" %");
}

QString amount(const std::optional<double>& value, const QString& unit, const QLocale& locale)
{
    if (!value) {
        return QStringLiteral("–");
    }
    const QString number = V2momMarkdown::formatNumber(*value, locale);
    return unit.isEmpty() ? number : number + u' ' + unit;
}

QString sourceOf(const V2momMeasure& measure)
{
    if (!measure.binding.isBound()) {
        return measure.manualMode == ManualMode::Sum ? tr("Entered by hand (sum of entries)")
                                                     : tr("Entered by hand (latest entry)");
    }
    QString text = measureBindingDisplayName(measure.binding.kind);
    QStringList params;
    if (!measure.binding.segment.isEmpty()) {
        params << tr("segment %1").arg(measure.binding.segment);
    }
    if (!measure.binding.industry.isEmpty()) {
        params << tr("industry %1").arg(measure.binding.industry);
    }
    params << measureScopeDisplayName(measure.binding.scope).toLower();
    return text + QStringLiteral(" (") + params.join(QStringLiteral(", ")) + u')';
}

QString methodTitle(const V2momSheet& sheet, const QString& methodId)
{
    const int index = sheet.methodIndex(methodId);
    return index < 0 ? QString() : sheet.methods[index].title;
}

} // namespace

QString formatNumber(double value, const QLocale& locale)
{
    const bool whole = std::abs(value - std::round(value)) < 0.005;
    return locale.toString(value, 'f', whole ? 0 : 1);
}

QString cell(const QString& text)
{
    QString result = text;
    result.replace(u'|', QStringLiteral("\\|"));
    result.replace(u'\n', u' ');
    return result.trimmed();
}

QString sheet(const V2momSheet& sheet, const SheetContext& context, const QLocale& locale)
{
    QString md;
    md += QStringLiteral("# ") + tr("V2MOM %1 — %2").arg(sheet.fiscalYear.label(), context.ownerName) +
          QStringLiteral("\n\n");
    md += u'_' + tr("Fiscal year %1 to %2")
                     .arg(locale.toString(sheet.fiscalYear.first(), QLocale::ShortFormat),
                          locale.toString(sheet.fiscalYear.last(), QLocale::ShortFormat));
    if (!context.managerName.isEmpty()) {
        md += QStringLiteral(" · ") + tr("aligned to %1").arg(context.managerName);
    }
    if (context.today.isValid()) {
        md += QStringLiteral(" · ") + tr("as of %1").arg(locale.toString(context.today, QLocale::ShortFormat));
    }
    md += QStringLiteral("_\n\n");

    md += QStringLiteral("## ") + tr("Vision") + QStringLiteral("\n\n");
    md += (sheet.vision.trimmed().isEmpty() ? u'_' + tr("No vision written yet.") + u'_' : sheet.vision.trimmed()) +
          QStringLiteral("\n\n");

    md += QStringLiteral("## ") + tr("Values") + QStringLiteral("\n\n");
    if (sheet.values.isEmpty()) {
        md += u'_' + tr("None yet.") + QStringLiteral("_\n");
    }
    for (qsizetype i = 0; i < sheet.values.size(); ++i) {
        md += QString::number(i + 1) + QStringLiteral(". ") + sheet.values[i].text.trimmed() + u'\n';
    }
    md += u'\n';

    md += QStringLiteral("## ") + tr("Methods") + QStringLiteral("\n\n");
    if (sheet.methods.isEmpty()) {
        md += u'_' + tr("None yet.") + QStringLiteral("_\n");
    }
    for (qsizetype i = 0; i < sheet.methods.size(); ++i) {
        const V2momMethod& method = sheet.methods[i];
        md += QString::number(i + 1) + QStringLiteral(". **") + method.title.trimmed() + QStringLiteral("**");
        if (!method.description.trimmed().isEmpty()) {
            md += QStringLiteral(" — ") + method.description.trimmed();
        }
        md += u'\n';
        if (!method.parentMethodId.isEmpty()) {
            const auto link = context.links.constFind(method.parentMethodId);
            if (link == context.links.cend() || link->removed) {
                md += QStringLiteral("   - ") + u'_' + tr("Linked method was removed") + QStringLiteral("_\n");
            } else {
                md += QStringLiteral("   - ") + tr("Supports: %1").arg(link->title) + u'\n';
            }
        }
    }
    md += u'\n';

    md += QStringLiteral("## ") + tr("Obstacles") + QStringLiteral("\n\n");
    if (sheet.obstacles.isEmpty()) {
        md += u'_' + tr("None yet.") + QStringLiteral("_\n");
    }
    for (const V2momObstacle& obstacle : sheet.obstacles) {
        md += QStringLiteral("- ") + obstacle.text.trimmed();
        const QString title = methodTitle(sheet, obstacle.methodId);
        if (!title.isEmpty()) {
            md += QStringLiteral(" _(") + tr("method: %1").arg(title) + QStringLiteral(")_");
        }
        md += u'\n';
    }
    md += u'\n';

    md += QStringLiteral("## ") + tr("Measures") + QStringLiteral("\n\n");
    if (sheet.measures.isEmpty()) {
        md += u'_' + tr("None yet.") + QStringLiteral("_\n\n");
        return md;
    }
    md += u'|' +
          QStringList{tr("Measure"),
                      tr("Target"),
                      tr("Value"),
                      tr("Completion"),
                      tr("Pace"),
                      tr("Due"),
                      tr("Method"),
                      tr("Source")}
              .join(u'|') +
          QStringLiteral("|\n|---|---:|---:|---:|---|---|---|---|\n");
    for (const V2momMeasure& measure : sheet.measures) {
        const MeasureProgress progress = context.progress.value(measure.id);
        md += u'|' +
              QStringList{cell(measure.name),
                          cell(amount(measure.target, measure.unit, locale)),
                          cell(amount(progress.value, measure.unit, locale)),
                          percent(progress.completion, locale),
                          paceDisplayName(progress.pace),
                          locale.toString(sheet.periodEnd(measure), QLocale::ShortFormat),
                          cell(methodTitle(sheet, measure.methodId)),
                          cell(sourceOf(measure))}
                  .join(u'|') +
              QStringLiteral("|\n");
    }
    md += u'\n';
    return md;
}

QString cascade(const V2momCascade& cascade, const QHash<QString, QString>& names, const QLocale& locale)
{
    const QString manager = names.value(cascade.managerId);
    const auto nameOf = [&names](const QString& id) {
        const QString name = names.value(id);
        return name.isEmpty() ? tr("(unknown person)") : name;
    };
    QString md;
    const QString year = cascade.managerSheet ? cascade.managerSheet->fiscalYear.label()
                                              : QStringLiteral("FY%1").arg(cascade.fiscalYear);
    md += QStringLiteral("# ") + tr("Alignment %1 — %2 and team").arg(year, manager) + QStringLiteral("\n\n");
    if (!cascade.managerSheet) {
        md += u'_' + tr("%1 has no goal sheet for this year: no method can be supported yet.").arg(manager) +
              QStringLiteral("_\n\n");
    }

    md += QStringLiteral("## ") + tr("Methods of %1 and who supports them").arg(manager) + QStringLiteral("\n\n");
    for (const CascadeMethod& method : cascade.methods) {
        md += QString::number(method.priority) + QStringLiteral(". **") + method.method.title.trimmed() +
              QStringLiteral("**\n");
        if (method.unsupported()) {
            md += QStringLiteral("   - ⚠ ") + tr("No one supports this method") + u'\n';
        }
        for (const CascadeSupport& support : method.supporters) {
            md += QStringLiteral("   - ") +
                  tr("%1: %2 (priority %3)")
                      .arg(nameOf(support.ownerId), support.method.title.trimmed())
                      .arg(support.priority) +
                  u'\n';
        }
    }
    if (cascade.methods.isEmpty()) {
        md += u'_' + tr("None yet.") + QStringLiteral("_\n");
    }
    md += u'\n';

    md += QStringLiteral("## ") + tr("Methods not linked to a method of %1").arg(manager) + QStringLiteral("\n\n");
    if (cascade.unlinked.isEmpty()) {
        md += u'_' + tr("Every method of the team supports one of the manager's.") + QStringLiteral("_\n");
    }
    for (const CascadeUnlinked& item : cascade.unlinked) {
        QString why;
        switch (item.reason) {
        case UnlinkedReason::NotLinked:
            why = tr("not linked");
            break;
        case UnlinkedReason::LinkRemoved:
            why = item.linkedTitle.isEmpty() ? tr("linked method was removed")
                                             : tr("linked method was removed (%1)").arg(item.linkedTitle);
            break;
        case UnlinkedReason::LinkElsewhere:
            why = tr("linked to a method of another sheet (%1)").arg(item.linkedTitle);
            break;
        }
        md += QStringLiteral("- ⚠ ") +
              tr("%1: %2 — %3").arg(nameOf(item.support.ownerId), item.support.method.title.trimmed(), why) + u'\n';
    }
    md += u'\n';

    if (!cascade.reportsWithoutSheet.isEmpty()) {
        QStringList people;
        for (const QString& id : cascade.reportsWithoutSheet) {
            people << nameOf(id);
        }
        md += tr("No goal sheet yet: %1").arg(people.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
    }

    if (!cascade.rollUps.isEmpty()) {
        md += QStringLiteral("## ") + tr("Roll-up of live measures") + QStringLiteral("\n\n");
        md += u'|' +
              QStringList{tr("Measure"),
                          tr("Target of %1").arg(manager),
                          tr("Team value"),
                          tr("Completion"),
                          tr("Pace"),
                          tr("Sum of own targets")}
                  .join(u'|') +
              QStringLiteral("|\n|---|---:|---:|---:|---|---:|\n");
        for (const CascadeRollUp& rollUp : cascade.rollUps) {
            const QString& unit = rollUp.measure.unit;
            const QString own = rollUp.measure.binding.isCumulative() && rollUp.reportsWithTarget > 0
                                    ? amount(rollUp.reportTargets, unit, locale)
                                    : QStringLiteral("–");
            md += u'|' +
                  QStringList{cell(rollUp.measure.name),
                              cell(amount(rollUp.measure.target, unit, locale)),
                              cell(amount(rollUp.teamValue.value, unit, locale)),
                              percent(rollUp.progress.completion, locale),
                              paceDisplayName(rollUp.progress.pace),
                              cell(own)}
                      .join(u'|') +
                  QStringLiteral("|\n");
        }
        md += u'\n';
        for (const CascadeRollUp& rollUp : cascade.rollUps) {
            md += QStringLiteral("### ") + rollUp.measure.name.trimmed() + QStringLiteral("\n\n");
            md += u'|' + QStringList{tr("Person"), tr("Value"), tr("Own target")}.join(u'|') +
                  QStringLiteral("|\n|---|---:|---:|\n");
            for (const CascadeRollUp::Share& share : rollUp.reports) {
                md += u'|' +
                      QStringList{cell(nameOf(share.ownerId)),
                                  cell(amount(share.value.value, rollUp.measure.unit, locale)),
                                  cell(amount(share.target, rollUp.measure.unit, locale))}
                          .join(u'|') +
                      QStringLiteral("|\n");
            }
            md += u'\n';
        }
    }
    return md;
}

} // namespace V2momMarkdown
