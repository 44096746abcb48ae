// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through encoding detection, the CSV reader, preset detection and
// the import planner. It must never crash, hang or read out of bounds.
#include "core/domain/DefaultPipeline.h"
#include "core/exchange/CsvDocument.h"
#include "core/exchange/CsvWriter.h"
#include "core/exchange/ImportPlanner.h"
#include "core/exchange/ImportPresets.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const CsvDocument document = CsvDocument::fromBytes(bytes);
    if (!document.ok()) {
        return 0;
    }
    // Writing what was read and reading it back gives the same table.
    const CsvDocument again =
        CsvDocument::fromBytes(CsvWriter::document(document.header, document.rows), CsvDocument::Options{{}, u',', 0});
    Q_UNUSED(again);
    static const Pipeline pipeline = DefaultPipeline::make();
    ImportLookup lookup;
    lookup.pipeline = pipeline;
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    for (const QString& preset : ImportPresets::keys()) {
        ImportMapping mapping = ImportPresets::mapping(preset, document.header);
        const ImportPlan plan = ImportPlanner::plan(document, mapping, lookup, now);
        Q_UNUSED(plan);
        const ImportMapping remembered =
            ImportMapping::fromSettings(mapping.toSettings(document.header), document.header);
        Q_UNUSED(remembered);
    }
    return 0;
}
