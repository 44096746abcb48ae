// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

// Typed facade over QSettings (KeePassXC's Config pattern): every key has one path and
// one default in a table, so a typo is a compile error and defaults live in one place.
// Keys that depend on a workspace or pipeline use scopedValue() with a scope string.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    enum class Key
    {
        RecentFiles,
        LastWorkspace,
        MainWindowGeometry,
        MainWindowState,
        LastArea,
        Language,
        Theme,
        DefaultCurrency,
        FiscalYearStartMonth,
        WeekStartDay,
        MyOwnerId,
        DefaultPipelineId,
        // Automatic backups (issue 10): the folder they are written to (empty: the backup
        // feature's default) and how many backups of a workspace to keep.
        BackupFolder,
        BackupKeep,
    };
    Q_ENUM(Key)

    explicit Settings(std::unique_ptr<QSettings> backend, QObject* parent = nullptr);
    ~Settings() override;

    // The application's settings (QSettings with organisation/application names).
    static Settings& instance();
    // A settings object over a temporary ini file, for tests; deleted with the object.
    static std::unique_ptr<Settings> createTemporary();
    // Route instance() to another object (tests); nullptr restores the default.
    static void overrideInstance(Settings* settings);

    QVariant value(Key key) const;
    void set(Key key, const QVariant& value);
    void reset(Key key);

    // Free-form keys under a scope, e.g. scopedValue("PipelineBoard/<pipeline-id>", "Folded").
    QVariant scopedValue(const QString& scope, const QString& name, const QVariant& defaultValue = {}) const;
    void setScopedValue(const QString& scope, const QString& name, const QVariant& value);

    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    void sync();

signals:
    void changed(Settings::Key key);

private:
    std::unique_ptr<QSettings> m_backend;
};
