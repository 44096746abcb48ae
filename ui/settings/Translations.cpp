// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <utility>

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");

// The translators installed last, removed before installing new ones (a language change).
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().clear();
}

bool installFile(const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(name, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

// Han characters are shared by Chinese and Japanese with different glyph shapes; without a
// Chinese system locale, font fallback may pick a Japanese face. Name the Simplified Chinese
// faces of the common platforms first.
void preferSimplifiedChineseFonts()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return;
    }
    QFont font = QGuiApplication::font();
    font.setFamilies({font.family(),
                      QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC"),
                      QStringLiteral("WenQuanYi Micro Hei")});
    QGuiApplication::setFont(font);
}

bool installLocale(const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}
} // namespace

namespace Translations {

QList<Language> languages()
{
    return {
        {QStringLiteral("system"), QCoreApplication::translate("Translations", "System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
    };
}

QLocale localeFor(const QString& code)
{
    if (code.isEmpty() || code == QLatin1String("system")) {
        return QLocale::system();
    }
    return QLocale(code);
}

QLocale install(const QString& code)
{
    removeInstalled();
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    installFile(QStringLiteral("dealbench_en"), kResourceDir);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        installLocale(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        installLocale(locale, QStringLiteral("dealbench"), kResourceDir);
    }
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript) {
        preferSimplifiedChineseFonts();
    }
    return locale;
}

void installEnglish()
{
    removeInstalled();
    installFile(QStringLiteral("dealbench_en"), kResourceDir);
}

} // namespace Translations
