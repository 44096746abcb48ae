// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <vector>

// Ids (UTF-8, as SQLite stores them) numbered in the order they are first added, found again
// from a row's bytes without a copy. The history reads look up every row of tens of thousands;
// most look-ups miss (a month of interactions against the few thousand deals asked about), and a
// chained hash table paid a cache miss per node visited: here one flat array is probed in place.
class DealIdTable final
{
public:
    explicit DealIdTable(qsizetype expected = 0);

    qsizetype size() const { return m_ids.size(); }
    const QByteArray& id(qsizetype index) const { return m_ids.at(index); }
    // The number of `id`; -1 when it was never added.
    qsizetype indexOf(QByteArrayView id) const;
    // The number of `id`, the next one when it is new.
    qsizetype add(QByteArrayView id);

private:
    struct Slot
    {
        std::size_t hash = 0;
        qsizetype index = -1; // -1: empty
    };

    static std::size_t hashOf(QByteArrayView id);
    // The slot holding `id`, or the empty slot where it would go.
    std::size_t probe(QByteArrayView id, std::size_t hash) const;
    void rehash(std::size_t capacity);

    QList<QByteArray> m_ids;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};
