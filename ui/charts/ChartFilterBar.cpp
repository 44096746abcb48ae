// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFilterBar.h"

#include "core/analytics/ChartPeriod.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace {
QComboBox* combo(const QString& name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void select(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

ChartFilterBar::ChartFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_pipeline(combo(QStringLiteral("chartPipeline"), this))
    , m_team(combo(QStringLiteral("chartTeam"), this))
    , m_rep(combo(QStringLiteral("chartRep"), this))
    , m_period(combo(QStringLiteral("chartPeriod"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto add = [this, layout](const QString& text, QComboBox* box) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
        layout->addSpacing(8);
    };
    add(tr("&Pipeline:"), m_pipeline);
    add(tr("&Team:"), m_team);
    add(tr("&Rep:"), m_rep);
    add(tr("P&eriod:"), m_period);
    layout->addStretch(1);
    for (ChartPeriod period : ChartPeriods::all()) {
        m_period->addItem(ChartPeriods::displayName(period), ChartPeriods::key(period));
    }
    select(m_period, ChartPeriods::key(ChartPeriod::ThisQuarter));

    for (QComboBox* box : {m_pipeline, m_rep, m_period}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ChartFilterBar::filterChanged);
    }
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        fillReps();
        // Choosing a team asks for the whole team, even if the rep chosen before is in it.
        const QSignalBlocker blocker(m_rep);
        m_rep->setCurrentIndex(0);
        emit filterChanged();
    });
}

void ChartFilterBar::setChoices(const QList<Pipeline>& pipelines, const QList<Owner>& owners)
{
    const QSignalBlocker pipelineBlocker(m_pipeline);
    const QSignalBlocker teamBlocker(m_team);
    const QVariant pipeline = m_pipeline->currentData();
    const QVariant team = m_team->currentData();
    m_owners = owners;
    std::sort(m_owners.begin(), m_owners.end(), [](const Owner& a, const Owner& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_pipeline->clear();
    for (const Pipeline& p : pipelines) {
        m_pipeline->addItem(p.name, p.id);
    }
    select(m_pipeline, pipeline);
    m_team->clear();
    m_team->addItem(tr("Everyone"), QString());
    for (const Owner& owner : std::as_const(m_owners)) {
        if (owner.role == OwnerRole::Manager) {
            m_team->addItem(tr("Team %1").arg(owner.name), owner.id);
        }
    }
    select(m_team, team);
    fillReps();
}

void ChartFilterBar::fillReps()
{
    const QSignalBlocker blocker(m_rep);
    const QVariant rep = m_rep->currentData();
    const QString manager = m_team->currentData().toString();
    const QSet<QString> team = manager.isEmpty() ? QSet<QString>() : ChartFilter::teamOf(m_owners, manager);
    m_rep->clear();
    m_rep->addItem(manager.isEmpty() ? tr("All reps") : tr("Whole team"), QString());
    for (const Owner& owner : std::as_const(m_owners)) {
        if (owner.role == OwnerRole::Rep && (team.isEmpty() || team.contains(owner.id))) {
            m_rep->addItem(owner.name, owner.id);
        }
    }
    select(m_rep, rep);
}

ChartFilter ChartFilterBar::filter(const QDate& today) const
{
    ChartFilter filter;
    filter.pipelineId = m_pipeline->currentData().toString();
    const QString rep = m_rep->currentData().toString();
    const QString manager = m_team->currentData().toString();
    if (!rep.isEmpty()) {
        filter.ownerIds = {rep};
    } else if (!manager.isEmpty()) {
        filter.ownerIds = ChartFilter::teamOf(m_owners, manager);
    }
    const auto period = ChartPeriods::fromKey(m_period->currentData().toString()).value_or(ChartPeriod::ThisQuarter);
    filter.period = ChartPeriods::resolve(period, today);
    return filter;
}

QString ChartFilterBar::summary() const
{
    return QStringList{m_pipeline->currentText(),
                       m_rep->currentData().toString().isEmpty() ? m_team->currentText() : m_rep->currentText(),
                       m_period->currentText()}
        .join(QStringLiteral(" · "));
}
