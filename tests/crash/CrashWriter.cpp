// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The writer child of TestCrashSafety: edits deals through the real services as fast as it
// can until it is killed, and after every commit appends what it committed to a log file
// and fsyncs it, so the parent knows what must have survived the kill.
//
//   CrashWriter WORKSPACE LOG SEED    edit until killed (prints "ready" once open)
//   CrashWriter --hold WORKSPACE      open for writing, print "ready", wait for stdin to close
#include "core/domain/DefaultPipeline.h"
#include "core/services/DealService.h"
#include "core/storage/DealRepository.h"
#include "core/storage/StorageError.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"
#include "tests/support/DealBuilder.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {
void appendDurably(int fd, const QByteArray& line)
{
    const QByteArray bytes = line + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0) {
            std::exit(3);
        }
        written += n;
    }
    ::fsync(fd);
}

void say(const char* text)
{
    std::fputs(text, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int hold(const QString& path)
{
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system());
    say("ready");
    char buffer[64];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
    }
    return 0;
}

int edit(const QString& path, const QString& logPath, quint32 seed)
{
    auto workspace = Workspace::open(path, Database::Access::ReadWrite, Clock::system());
    const int fd = ::open(logPath.toLocal8Bit().constData(), O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0) {
        return 2;
    }
    QRandomGenerator random(seed);
    DealService& deals = workspace->dealService();
    QStringList created;
    say("ready");
    for (int n = 0;; ++n) {
        const int kind = created.isEmpty() ? 0 : int(random.bounded(3));
        if (kind == 0) {
            const Deal deal = deals.create(DealBuilder()
                                               .name(QStringLiteral("crash %1-%2").arg(seed).arg(n))
                                               .amount(qint64(random.bounded(1000000)))
                                               .stage(int(random.bounded(3)))
                                               .build());
            created.append(deal.id);
            appendDurably(fd, "deal " + deal.id.toLatin1());
            continue;
        }
        const QString id = created.at(qsizetype(random.bounded(quint32(created.size()))));
        DealChange change;
        try {
            if (kind == 1) {
                Deal deal = workspace->deals().deal(id).value();
                deal.amount.minor = qint64(random.bounded(1000000)) + 1;
                change = deals.update(deal);
            } else {
                change = deals.move(id, DefaultPipeline::stageIds().at(qsizetype(random.bounded(3))));
            }
        } catch (const StorageError& error) {
            if (error.kind() != StorageError::Kind::InvalidInput) {
                throw;
            }
            continue; // e.g. a move to the stage the deal is in
        }
        for (const QString& event : change.eventIds) {
            appendDurably(fd, "event " + event.toLatin1());
        }
    }
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--hold")) {
        return hold(args.at(2));
    }
    if (args.size() != 4) {
        std::fputs("usage: CrashWriter WORKSPACE LOG SEED | --hold WORKSPACE\n", stderr);
        return 1;
    }
    return edit(args.at(1), args.at(2), args.at(3).toUInt());
}
