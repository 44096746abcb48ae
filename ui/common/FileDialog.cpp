// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include "core/util/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include <optional>

namespace {
std::optional<QString> g_nextFileName;

const QString kScope = QStringLiteral("FileDialog");
const QString kLastDirectory = QStringLiteral("LastDirectory");

std::optional<QString> takeNextFileName()
{
    std::optional<QString> next = g_nextFileName;
    g_nextFileName.reset();
    return next;
}

QString lastDirectory()
{
    const QString stored = Settings::instance().scopedValue(kScope, kLastDirectory).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir()) {
        return stored;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString remember(const QString& fileName)
{
    if (!fileName.isEmpty()) {
        Settings::instance().setScopedValue(kScope, kLastDirectory, QFileInfo(fileName).absolutePath());
    }
    return fileName;
}

QString withSuffix(const QString& fileName, const QString& suffix)
{
    if (fileName.isEmpty() || suffix.isEmpty() || !QFileInfo(fileName).suffix().isEmpty()) {
        return fileName;
    }
    return fileName + u'.' + suffix;
}
} // namespace

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto next = takeNextFileName()) {
        return *next;
    }
    return remember(QFileDialog::getOpenFileName(parent, caption, lastDirectory(), filter));
}

QString FileDialog::saveFileName(QWidget* parent,
                                 const QString& caption,
                                 const QString& filter,
                                 const QString& defaultSuffix,
                                 const QString& suggestedName)
{
    if (auto next = takeNextFileName()) {
        return withSuffix(*next, defaultSuffix);
    }
    QFileDialog dialog(parent, caption, QDir(lastDirectory()).filePath(suggestedName), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // Set on the dialog (not appended afterwards) so that its overwrite check sees the
    // name that will really be written.
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    return remember(dialog.selectedFiles().constFirst());
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}
