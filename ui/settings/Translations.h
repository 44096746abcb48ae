// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The user-interface languages and the translators for them. Every .qm is embedded under
// :/i18n. English has a catalogue too, with plural forms only, so that "%n deal(s)" reads
// "1 deal" / "2 deals"; it is installed first and any other language goes on top of it.
namespace Translations {

struct Language
{
    QString code;       // Settings::Key::Language value: "system", "en", "zh_CN", "pl"
    QString nativeName; // in its own language, so a user can find theirs in any UI language
};

QList<Language> languages();
// The locale a Language setting stands for ("system" is the platform's).
QLocale localeFor(const QString& code);
// Installs Qt's own and Dealbench's translators for `code` on the application, replacing
// any installed before, and makes its locale the default one. Returns the locale used.
QLocale install(const QString& code);
// Only the English plural forms (for tests, which format counts in English).
void installEnglish();

} // namespace Translations
