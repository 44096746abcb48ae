// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealIdTable.h"

#include <functional>
#include <string_view>
#include <utility>

namespace {
// At most half full: a miss then ends on an empty slot after one or two probes.
std::size_t capacityFor(qsizetype count)
{
    std::size_t capacity = 64;
    while (capacity < std::size_t(count) * 2) {
        capacity *= 2;
    }
    return capacity;
}
} // namespace

DealIdTable::DealIdTable(qsizetype expected)
{
    m_ids.reserve(expected);
    rehash(capacityFor(expected));
}

std::size_t DealIdTable::hashOf(QByteArrayView id)
{
    return std::hash<std::string_view>{}(std::string_view(id.data(), std::size_t(id.size())));
}

std::size_t DealIdTable::probe(QByteArrayView id, std::size_t hash) const
{
    std::size_t at = hash & m_mask;
    while (m_slots[at].index >= 0 && (m_slots[at].hash != hash || QByteArrayView(m_ids.at(m_slots[at].index)) != id)) {
        at = (at + 1) & m_mask;
    }
    return at;
}

qsizetype DealIdTable::indexOf(QByteArrayView id) const
{
    return m_slots[probe(id, hashOf(id))].index;
}

qsizetype DealIdTable::add(QByteArrayView id)
{
    const std::size_t hash = hashOf(id);
    const std::size_t at = probe(id, hash);
    if (m_slots[at].index >= 0) {
        return m_slots[at].index;
    }
    const qsizetype index = m_ids.size();
    m_ids.append(id.toByteArray());
    m_slots[at] = Slot{hash, index};
    if (std::size_t(m_ids.size()) * 2 > m_slots.size()) {
        rehash(m_slots.size() * 2);
    }
    return index;
}

void DealIdTable::rehash(std::size_t capacity)
{
    std::vector<Slot> table(capacity); // not "slots": a Qt keyword
    const std::size_t mask = capacity - 1;
    for (const Slot& slot : m_slots) {
        if (slot.index < 0) {
            continue;
        }
        std::size_t at = slot.hash & mask;
        while (table[at].index >= 0) {
            at = (at + 1) & mask;
        }
        table[at] = slot;
    }
    m_slots = std::move(table);
    m_mask = mask;
}
