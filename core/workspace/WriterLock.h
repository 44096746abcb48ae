// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

// Marks a workspace file as open for writing by one process. On Unix the mark is a kernel
// lock (flock) on a lock file, so the kernel drops it the moment its holder dies, however it
// dies: no process ids to guess from, no half-written lock file to misread after a SIGKILL.
// Elsewhere QLockFile's process-id file is used.
class WriterLock final
{
public:
    enum class Outcome
    {
        Taken,
        HeldElsewhere,
        CannotWrite, // the folder is read-only or the file system has no locks
    };

    // Takes the lock on `lockPath` without waiting; returns null unless the outcome is Taken.
    static std::unique_ptr<WriterLock> take(const QString& lockPath, Outcome* outcome);
    ~WriterLock();

    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

private:
    struct Handle;
    explicit WriterLock(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
};
