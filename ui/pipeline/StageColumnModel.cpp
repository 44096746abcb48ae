// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageColumnModel.h"

#include "BoardFormat.h"

#include <QMimeData>
#include <QPointer>

StageColumnModel::StageColumnModel(const Stage& stage, QObject* parent)
    : QAbstractListModel(parent)
    , m_stage(stage)
    , m_today(QDate::currentDate())
{}

void StageColumnModel::reset(PageSource source, bool loadNow)
{
    beginResetModel();
    m_source = std::move(source);
    ++m_generation;
    m_prefetching = false;
    m_cards.clear();
    m_loaded = false;
    m_exhausted = !m_source;
    if (loadNow && m_source) {
        m_cards = m_source(nullptr, m_firstPageSize);
        m_loaded = true;
        m_exhausted = m_cards.size() < m_firstPageSize;
    }
    endResetModel();
}

void StageColumnModel::load()
{
    if (!m_loaded && !m_exhausted) {
        fetchMore({});
    }
}

void StageColumnModel::prefetch()
{
    if (!m_prefetch || m_prefetching || !m_loaded || m_exhausted || m_cards.isEmpty()) {
        return;
    }
    m_prefetching = true;
    const quint64 request = ++m_prefetchRequest;
    const quint64 generation = m_generation;
    const int limit = m_pageSize;
    QPointer<StageColumnModel> self(this);
    m_prefetch(m_cards.constLast(), limit, [self, request, generation, limit](bool ok, const QList<DealCard>& page) {
        if (self) {
            self->takePrefetched(request, generation, limit, ok, page);
        }
    });
}

void StageColumnModel::takePrefetched(
    quint64 request, quint64 generation, int limit, bool ok, const QList<DealCard>& page)
{
    if (request == m_prefetchRequest) {
        m_prefetching = false;
    }
    if (!ok || generation != m_generation || m_exhausted) {
        return;
    }
    append(page, limit);
}

int StageColumnModel::rowOf(const QString& dealId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).id == dealId) {
            return row;
        }
    }
    return -1;
}

bool StageColumnModel::removeDeal(const QString& dealId)
{
    ++m_generation;
    const int row = rowOf(dealId);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_cards.removeAt(row);
    endRemoveRows();
    return true;
}

int StageColumnModel::sortedRow(const DealCard& card) const
{
    const auto at =
        std::lower_bound(m_cards.cbegin(), m_cards.cend(), card, [this](const DealCard& a, const DealCard& b) {
            return PipelineBoardQuery::precedes(a, b, m_sort);
        });
    return static_cast<int>(at - m_cards.cbegin());
}

int StageColumnModel::placeCard(const DealCard& card)
{
    if (!m_loaded) {
        return -1; // nothing shown yet: the first fetch will bring it
    }
    ++m_generation; // even when it is placed nowhere: a page on its way may hold it as it was
    const int current = rowOf(card.id);
    if (current >= 0) {
        const bool stillBefore = current == 0 || PipelineBoardQuery::precedes(m_cards.at(current - 1), card, m_sort);
        const bool stillAfter =
            current + 1 == m_cards.size() || PipelineBoardQuery::precedes(card, m_cards.at(current + 1), m_sort);
        if (stillBefore && stillAfter) {
            m_cards[current] = card;
            emit dataChanged(index(current), index(current));
            return current;
        }
        removeDeal(card.id);
    }
    const int row = sortedRow(card);
    if (row == m_cards.size() && !m_exhausted) {
        return -1; // belongs after the loaded prefix; a later fetch brings it in order
    }
    beginInsertRows({}, row, row);
    m_cards.insert(row, card);
    endInsertRows();
    return row;
}

int StageColumnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

QVariant StageColumnModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DealCard& card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return card.name;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(card.name.toHtmlEscaped());
        if (!card.accountName.isEmpty()) {
            tip += QStringLiteral("<br>") + card.accountName.toHtmlEscaped();
        }
        tip += QStringLiteral("<br>") + BoardFormat::money(card.amount);
        if (!card.ownerName.isEmpty()) {
            tip += QStringLiteral("<br>") + tr("Owner: %1").arg(card.ownerName.toHtmlEscaped());
        }
        if (card.lastInteractionAt.isValid()) {
            tip += QStringLiteral("<br>") +
                   tr("Last interaction: %1")
                       .arg(QLocale().toString(card.lastInteractionAt.toLocalTime().date(), QLocale::ShortFormat));
        }
        return tip;
    }
    case DealIdRole:
        return card.id;
    case AccountRole:
        return card.accountName;
    case AmountTextRole:
        return BoardFormat::money(card.amount);
    case AmountMinorRole:
        return card.amount.minor;
    case CurrencyRole:
        return card.amount.currency;
    case CloseDateRole:
        return card.closeDate;
    case OverdueRole:
        return m_stage.isOpen() && card.closeDate.isValid() && card.closeDate < m_today;
    case OwnerNameRole:
        return card.ownerName;
    case OwnerInitialsRole:
        return card.ownerName.isEmpty() ? QString() : BoardFormat::initials(card.ownerName);
    case DaysInStageRole:
        return card.daysInStage;
    case StalledRole:
        return card.stalled;
    case NextInteractionRole:
        return card.nextInteractionAt;
    case LastInteractionRole:
        return card.lastInteractionAt;
    case MilestonesDoneRole:
        return card.milestonesDone ? QVariant(*card.milestonesDone) : QVariant();
    case MilestonesTotalRole:
        return card.milestonesTotal;
    case StageKindRole:
        return static_cast<int>(m_stage.kind);
    default:
        return {};
    }
}

Qt::ItemFlags StageColumnModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> StageColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DealIdRole, "dealId");
    names.insert(AccountRole, "account");
    names.insert(AmountTextRole, "amountText");
    names.insert(CloseDateRole, "closeDate");
    names.insert(StalledRole, "stalled");
    return names;
}

bool StageColumnModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void StageColumnModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || !m_source) {
        return;
    }
    const int limit = m_cards.isEmpty() ? m_firstPageSize : m_pageSize;
    const QList<DealCard> page = m_source(m_cards.isEmpty() ? nullptr : &m_cards.constLast(), limit);
    m_loaded = true;
    append(page, limit);
}

void StageColumnModel::append(const QList<DealCard>& page, int limit)
{
    ++m_generation;
    m_exhausted = page.size() < limit;
    if (page.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_cards.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_cards.append(page);
    endInsertRows();
}

QString StageColumnModel::mimeType()
{
    return QStringLiteral("application/x-dealbench-deal-ids");
}

QStringList StageColumnModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* StageColumnModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && index.model() == this) {
            ids.append(m_cards.at(index.row()).id);
        }
    }
    if (ids.isEmpty()) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(mimeType(), ids.join(u'\n').toUtf8());
    data->setText(ids.join(u'\n'));
    return data;
}

QStringList StageColumnModel::dealIdsFrom(const QMimeData* data)
{
    if (!data || !data->hasFormat(mimeType())) {
        return {};
    }
    return QString::fromUtf8(data->data(mimeType())).split(u'\n', Qt::SkipEmptyParts);
}

Qt::DropActions StageColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
