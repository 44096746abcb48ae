// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisionEditor.h"

#include "ui/common/FocusOutWatcher.h"

#include <QAction>
#include <QHBoxLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString normalised(const QString& markdown)
{
    return markdown.trimmed();
}

QToolButton* toolButton(const QString& text, const QString& name, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the keyboard uses the shortcuts inside the text
    return button;
}
} // namespace

VisionEditor::VisionEditor(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QTextEdit(this))
    , m_bold(toolButton(tr("B"), QStringLiteral("goalsVisionBold"), tr("Bold (Ctrl+B)"), this))
    , m_italic(toolButton(tr("I"), QStringLiteral("goalsVisionItalic"), tr("Italic (Ctrl+I)"), this))
    , m_list(toolButton(tr("•"), QStringLiteral("goalsVisionList"), tr("Bullet list (Ctrl+Shift+L)"), this))
{
    m_edit->setObjectName(QStringLiteral("goalsVisionEdit"));
    m_edit->setAcceptRichText(false); // pasted HTML would not survive the Markdown store
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("What do you want to achieve this year?"));
    m_edit->setMinimumHeight(64);
    QFont bold = m_bold->font();
    bold.setBold(true);
    m_bold->setFont(bold);
    QFont italic = m_italic->font();
    italic.setItalic(true);
    m_italic->setFont(italic);

    const auto shortcut = [this](const QKeySequence& keys, void (VisionEditor::*slot)()) {
        auto* action = new QAction(m_edit);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_edit->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), &VisionEditor::toggleBold);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), &VisionEditor::toggleItalic);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), &VisionEditor::toggleList);
    connect(m_bold, &QToolButton::clicked, this, &VisionEditor::toggleBold);
    connect(m_italic, &QToolButton::clicked, this, &VisionEditor::toggleItalic);
    connect(m_list, &QToolButton::clicked, this, &VisionEditor::toggleList);
    auto* watcher = new FocusOutWatcher(m_edit);
    connect(watcher, &FocusOutWatcher::focusLost, this, &VisionEditor::finish);

    auto* tools = new QVBoxLayout;
    tools->setSpacing(0);
    tools->addWidget(m_bold);
    tools->addWidget(m_italic);
    tools->addWidget(m_list);
    tools->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addLayout(tools);
    setFocusProxy(m_edit);
}

void VisionEditor::setMarkdown(const QString& markdown)
{
    if (normalised(markdown) == m_shown && normalised(this->markdown()) == m_shown) {
        return;
    }
    m_shown = normalised(markdown);
    m_edit->setMarkdown(markdown);
    // What the document writes back is what counts as "unchanged" from now on.
    m_shown = normalised(this->markdown());
}

QString VisionEditor::markdown() const
{
    return normalised(m_edit->toMarkdown(QTextDocument::MarkdownDialectGitHub));
}

void VisionEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_bold->setEnabled(!readOnly);
    m_italic->setEnabled(!readOnly);
    m_list->setEnabled(!readOnly);
}

void VisionEditor::finish()
{
    const QString now = markdown();
    if (now != m_shown && !m_edit->isReadOnly()) {
        m_shown = now;
        emit edited(now);
    }
}

void VisionEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
}

void VisionEditor::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(format);
}

void VisionEditor::toggleList()
{
    QTextCursor cursor = m_edit->textCursor();
    if (QTextList* list = cursor.currentList()) {
        QTextBlockFormat plain;
        plain.setIndent(0);
        list->remove(cursor.block());
        cursor.setBlockFormat(plain);
    } else {
        cursor.createList(QTextListFormat::ListDisc);
    }
}
