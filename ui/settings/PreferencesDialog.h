// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class Settings;
class Workspace;

// Edit ▸ Preferences: language, theme, money and calendar defaults, who "me" is in the open
// workspace, its default pipeline and the automatic backups. Writes Settings on OK only.
// The theme applies at once (except back to "system"); the language after a restart.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    // `workspace` may be null: identity and pipeline are then disabled.
    PreferencesDialog(Settings& settings, Workspace* workspace, QWidget* parent = nullptr);

    // Writes every field to Settings and applies what applies live; accept() calls it.
    void apply();
    void accept() override;

private:
    QWidget* buildGeneralGroup();
    QWidget* buildWorkspaceGroup(Workspace* workspace);
    QWidget* buildBackupGroup();
    void load();
    void chooseBackupFolder();
    void updateRestartNote();

    Settings& m_settings;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_fiscalYearStart = nullptr;
    QComboBox* m_weekStart = nullptr;
    QComboBox* m_identity = nullptr;
    QComboBox* m_pipeline = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QSpinBox* m_backupKeep = nullptr;
    QLabel* m_restartNote = nullptr;
};
