// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace {
struct KeyInfo
{
    Settings::Key key;
    const char* path;
    QVariant defaultValue;
};

const QList<KeyInfo>& keyTable()
{
    static const QList<KeyInfo> table = {
        {Settings::Key::RecentFiles, "Files/Recent", QStringList()},
        {Settings::Key::LastWorkspace, "Files/LastWorkspace", QString()},
        {Settings::Key::MainWindowGeometry, "MainWindow/Geometry", QByteArray()},
        {Settings::Key::MainWindowState, "MainWindow/State", QByteArray()},
        {Settings::Key::LastArea, "MainWindow/LastArea", 0},
        {Settings::Key::Language, "General/Language", QStringLiteral("system")},
        {Settings::Key::Theme, "General/Theme", QStringLiteral("system")},
        {Settings::Key::DefaultCurrency, "General/DefaultCurrency", QStringLiteral("USD")},
        {Settings::Key::FiscalYearStartMonth, "General/FiscalYearStartMonth", 1},
        {Settings::Key::WeekStartDay, "General/WeekStartDay", 1},
        {Settings::Key::MyOwnerId, "General/MyOwnerId", QString()},
        {Settings::Key::DefaultPipelineId, "General/DefaultPipelineId", QString()},
        {Settings::Key::BackupFolder, "Backup/Folder", QString()},
        {Settings::Key::BackupKeep, "Backup/Keep", 10},
    };
    return table;
}

const KeyInfo& info(Settings::Key key)
{
    for (const KeyInfo& entry : keyTable()) {
        if (entry.key == key) {
            return entry;
        }
    }
    Q_UNREACHABLE();
}

constexpr int kMaxRecentFiles = 10;
Settings* g_override = nullptr;

// Owns the temporary ini file for the lifetime of a test Settings object.
class TemporarySettingsFile final : public QObject
{
public:
    explicit TemporarySettingsFile(QObject* parent)
        : QObject(parent)
    {
        m_file.open();
    }
    QString path() const { return m_file.fileName(); }

private:
    QTemporaryFile m_file;
};
} // namespace

Settings::Settings(std::unique_ptr<QSettings> backend, QObject* parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{}

Settings::~Settings() = default;

Settings& Settings::instance()
{
    if (g_override) {
        return *g_override;
    }
    static Settings settings(std::make_unique<QSettings>());
    return settings;
}

std::unique_ptr<Settings> Settings::createTemporary()
{
    auto* holder = new TemporarySettingsFile(nullptr);
    auto settings = std::make_unique<Settings>(std::make_unique<QSettings>(holder->path(), QSettings::IniFormat));
    holder->setParent(settings.get());
    return settings;
}

void Settings::overrideInstance(Settings* settings)
{
    g_override = settings;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& entry = info(key);
    return m_backend->value(QString::fromLatin1(entry.path), entry.defaultValue);
}

void Settings::set(Key key, const QVariant& value)
{
    const KeyInfo& entry = info(key);
    const QString path = QString::fromLatin1(entry.path);
    if (m_backend->contains(path) && m_backend->value(path) == value) {
        return;
    }
    m_backend->setValue(path, value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    m_backend->remove(QString::fromLatin1(info(key).path));
    emit changed(key);
}

QVariant Settings::scopedValue(const QString& scope, const QString& name, const QVariant& defaultValue) const
{
    return m_backend->value(scope + u'/' + name, defaultValue);
}

void Settings::setScopedValue(const QString& scope, const QString& name, const QVariant& value)
{
    m_backend->setValue(scope + u'/' + name, value);
}

QStringList Settings::recentFiles() const
{
    return value(Key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles) {
        files.removeLast();
    }
    set(Key::RecentFiles, files);
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    set(Key::RecentFiles, files);
}

void Settings::sync()
{
    m_backend->sync();
}
