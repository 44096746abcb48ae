// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

/**
 * The two faces of a sheet widget (strategy sheet, account plan): the sheet itself, or, when
 * there is none yet, a short explanation with a button to start one.
 */
class SheetPages final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetPages)
public:
    // `textName` and `buttonName` are the object names of the explanation and the button.
    SheetPages(QWidget* sheetPage,
               const QString& startText,
               const QString& textName,
               const QString& buttonName,
               QWidget* parent = nullptr);

    // The explanation page; the button only where a sheet can be started.
    void showStart(const QString& explanation, bool canStart);
    void showSheet();

signals:
    void startRequested();

private:
    QLabel* m_explanation = nullptr;
    QPushButton* m_start = nullptr;
};
