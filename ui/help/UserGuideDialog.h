// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QLocale>

class QTextBrowser;

// Help ▸ User Guide: the short guide embedded under :/help, in the user's language when
// there is a translation of it (guide_zh_CN.html, guide_pl.html), else in English.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    // The resource path of the guide for `locale`.
    static QString guidePath(const QLocale& locale);

private:
    QTextBrowser* m_browser = nullptr;
};
