// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/WriterLock.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

struct WriterLock::Handle
{
    QByteArray path;
    int fd = -1;
};

std::unique_ptr<WriterLock> WriterLock::take(const QString& lockPath, Outcome* outcome)
{
    const QByteArray path = QFile::encodeName(lockPath);
    // A holder that closes cleanly unlinks the file while still holding its lock; a process
    // that had opened the old file in the meantime must not trust a lock on that orphan, so
    // it checks the locked file is still the one at the path, and tries again when not.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            *outcome = Outcome::CannotWrite;
            return nullptr;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            *outcome = error == EWOULDBLOCK ? Outcome::HeldElsewhere : Outcome::CannotWrite;
            return nullptr;
        }
        struct stat locked = {};
        struct stat atPath = {};
        if (::fstat(fd, &locked) == 0 && ::stat(path.constData(), &atPath) == 0 && locked.st_ino == atPath.st_ino &&
            locked.st_dev == atPath.st_dev) {
            // Who holds it, for a person looking at the folder; the lock itself is the flock.
            const QByteArray owner =
                QByteArray::number(qint64(::getpid())) + '\n' + QSysInfo::machineHostName().toUtf8() + "\nDealbench\n";
            if (::ftruncate(fd, 0) == 0) {
                [[maybe_unused]] const ssize_t written = ::write(fd, owner.constData(), size_t(owner.size()));
            }
            auto handle = std::make_unique<Handle>();
            handle->path = path;
            handle->fd = fd;
            *outcome = Outcome::Taken;
            return std::unique_ptr<WriterLock>(new WriterLock(std::move(handle)));
        }
        ::close(fd);
    }
    *outcome = Outcome::HeldElsewhere;
    return nullptr;
}

WriterLock::~WriterLock()
{
    ::unlink(m_handle->path.constData());
    ::close(m_handle->fd);
}
#else
#include <QLockFile>

struct WriterLock::Handle
{
    QLockFile file;
    explicit Handle(const QString& path)
        : file(path)
    {}
};

std::unique_ptr<WriterLock> WriterLock::take(const QString& lockPath, Outcome* outcome)
{
    auto handle = std::make_unique<Handle>(lockPath);
    handle->file.setStaleLockTime(0); // stale only when its process is gone
    if (handle->file.tryLock(0)) {
        *outcome = Outcome::Taken;
        return std::unique_ptr<WriterLock>(new WriterLock(std::move(handle)));
    }
    *outcome = handle->file.error() == QLockFile::LockFailedError ? Outcome::HeldElsewhere : Outcome::CannotWrite;
    return nullptr;
}

WriterLock::~WriterLock() = default;
#endif

WriterLock::WriterLock(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
{}
