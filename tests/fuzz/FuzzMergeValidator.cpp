// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the merge's row validation (issue 10). Each input rewrites columns of
// a deal in a team member's file (any type: text, integer, real, null, blob; CHECK rules
// off, as a hostile program would), then the file is merged into a team file. Whatever the
// input, the merge must not crash, and the team file must stay sound and hold only valid
// deals: the validator, not luck, keeps bad rows out.
//
// Input: lines "<column letter><type digit><value>", e.g. "a1-5" sets amount_minor to -5.
#include "core/exchange/WorkspaceMerge.h"
#include "core/services/DealService.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "tests/support/DealBuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
const char* const kColumns[] = {"name",
                                "amount_minor",
                                "currency",
                                "expected_close_date",
                                "forecast_category",
                                "updated_at",
                                "created_at",
                                "stage_entered_at",
                                "deleted",
                                "owner_id",
                                "stage_id",
                                "pipeline_id",
                                "won_at",
                                "lost_note",
                                "id"};
constexpr int kColumnCount = int(sizeof kColumns / sizeof *kColumns);

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    QString sourceTemplate;
    QString targetTemplate;
};

Fixture& fixture()
{
    static Fixture* instance = nullptr;
    if (!instance) {
        static int argc = 1;
        static char name[] = "FuzzMergeValidator";
        static char* argv[] = {name, nullptr};
        instance = new Fixture;
        instance->app = std::make_unique<QCoreApplication>(argc, argv);
        instance->sourceTemplate = instance->dir.filePath(QStringLiteral("rep.dealbench"));
        instance->targetTemplate = instance->dir.filePath(QStringLiteral("team.dealbench"));
        {
            auto rep = Workspace::create(instance->sourceTemplate, {}, Clock::system());
            rep->dealService().create(DealBuilder().name(QStringLiteral("Fuzzed")).amount(12345).build());
        }
        Workspace::create(instance->targetTemplate, {}, Clock::system()).reset();
    }
    return *instance;
}

QVariant valueOf(char type, const QByteArray& text)
{
    switch (type) {
    case '0':
        return QString::fromUtf8(text);
    case '1':
        return text.toLongLong();
    case '2':
        return text.toDouble();
    case '3':
        return QVariant(QMetaType::fromType<QString>()); // NULL
    default:
        return text; // blob
    }
}

// A violated invariant is a bug: abort so libFuzzer keeps the input.
void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fixture& f = fixture();
    const QString source = f.dir.filePath(QStringLiteral("source.dealbench"));
    const QString target = f.dir.filePath(QStringLiteral("target.dealbench"));
    for (const QString& path : {source, target}) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    QFile::copy(f.sourceTemplate, source);
    QFile::copy(f.targetTemplate, target);
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);

    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        db.setDatabaseName(source);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA ignore_check_constraints=ON"));
        for (const QByteArray& line : input.split('\n')) {
            if (line.size() < 2) {
                continue;
            }
            const int column = (unsigned char)line.at(0) % kColumnCount;
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE deals SET %1 = ?").arg(QLatin1String(kColumns[column])));
            update.addBindValue(valueOf(line.at(1), line.mid(2)));
            update.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz"));

    {
        auto team = Database::open(target, {Database::Access::ReadWrite, false});
        WorkspaceMerge::merge(*team, source, Clock::system());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(target);
        db.open();
        require(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"),
                "team file sound");
        require(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0,
                "no dangling references");
        const QString invalidDeals = QStringLiteral(
            "SELECT count(*) FROM deals WHERE typeof(name) <> 'text' OR typeof(amount_minor) <> 'integer' "
            "OR amount_minor < 0 OR amount_minor > 1000000000000 OR currency NOT GLOB '[A-Z][A-Z][A-Z]' "
            "OR forecast_category NOT IN ('pipeline', 'best_case', 'commit', 'closed', 'omitted') "
            "OR deleted NOT IN (0, 1) OR length(id) <> 36 "
            "OR (expected_close_date IS NOT NULL AND (date(expected_close_date, '+0 days') IS NOT "
            "expected_close_date OR substr(expected_close_date, 1, 4) NOT BETWEEN '1900' AND '2200')) "
            "OR length(lost_note) > 100000");
        require(scalar(db, invalidDeals).toInt() == 0, "only valid deals in the team file");
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return 0;
}
