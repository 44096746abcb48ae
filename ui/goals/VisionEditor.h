// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextEdit;
class QToolButton;

// The Vision of a sheet: short rich text (bold, italics, bullet lists), stored as Markdown.
// Leaving the editor after a change emits edited() once: one undo step per visit.
class VisionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisionEditor)
public:
    explicit VisionEditor(QWidget* parent = nullptr);

    // Shows `markdown` unless it equals what is shown (keeps the cursor while typing).
    void setMarkdown(const QString& markdown);
    QString markdown() const;
    void setReadOnly(bool readOnly);
    QTextEdit* textEdit() const { return m_edit; }

signals:
    void edited(const QString& markdown);

private:
    void finish();
    void toggleBold();
    void toggleItalic();
    void toggleList();

    QTextEdit* m_edit = nullptr;
    QToolButton* m_bold = nullptr;
    QToolButton* m_italic = nullptr;
    QToolButton* m_list = nullptr;
    QString m_shown;
};
