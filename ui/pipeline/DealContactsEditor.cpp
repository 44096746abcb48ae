// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealContactsEditor.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace {
enum class RowKind
{
    Stored,  // a row of the buying centre
    Added,   // an existing contact added in this edit
    Created, // a new contact made when the deal is saved
};

constexpr int kKindRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;

QString personText(const QString& name, const QString& title)
{
    return title.isEmpty() ? name : name + QStringLiteral(" \u2014 ") + title;
}
} // namespace

DealContactsEditor::DealContactsEditor(Workspace& workspace, const QString& dealId, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_dealId(dealId)
{
    setObjectName(QStringLiteral("dealContactsEditor"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("dealContacts"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("The deal's contacts: the buying centre of its strategy sheet"));
    m_list->installEventFilter(this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("dealContactInput"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_input->setCompleter(m_completer);
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("dealContactAdd"));
    add->setAutoDefault(false);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("dealContactRemove"));
    m_remove->setAutoDefault(false);
    m_remove->setToolTip(tr("Take the selected person off the deal (Delete)"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("dealContactHint"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_input, 1);
    entry->addWidget(add);
    entry->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(entry);
    layout->addWidget(m_hint);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4 + 8);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6 + 8);
    // As tall as its parts: a taller editor tab must not spread them apart.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    // The line edit has taken the completion's text when activated() arrives, and sets it
    // again after this slot: the field is cleared once the activation is over.
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this] {
        if (addTyped()) {
            QMetaObject::invokeMethod(m_input, &QLineEdit::clear, Qt::QueuedConnection);
        }
    });
    connect(add, &QPushButton::clicked, this, [this] { addTyped(); });
    connect(m_remove, &QPushButton::clicked, this, &DealContactsEditor::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_input, &QLineEdit::textEdited, m_hint, &QWidget::hide);
    connect(&workspace.events(), &WorkspaceEvents::strategySheetsChanged, this, [this](const QStringList& ids) {
        if (ids.contains(m_dealId)) {
            reload();
        }
    });
    connect(&workspace.events(), &WorkspaceEvents::accountsChanged, this, [this] { refreshCompletion(); });
    reload();
}

void DealContactsEditor::setAccount(const QString& accountId)
{
    if (accountId == m_accountId && !m_input->placeholderText().isEmpty()) {
        return;
    }
    m_accountId = accountId;
    m_input->setPlaceholderText(accountId.isEmpty() ? tr("Pick the account first to add its contacts")
                                                    : tr("Add a contact: type a name"));
    refreshCompletion();
}

void DealContactsEditor::reload()
{
    m_stored.clear();
    try {
        if (const std::optional<StrategySheet> sheet = m_workspace.strategySheets().forDeal(m_dealId)) {
            m_stored = sheet->stakeholders;
        }
    } catch (const StorageError&) {
    }
    // The Strategy tab may have stored a person this edit was about to add.
    m_edit.addContactIds.removeIf([this](const QString& id) {
        return std::any_of(
            m_stored.cbegin(), m_stored.cend(), [&id](const Stakeholder& s) { return s.contactId == id; });
    });
    showList();
    refreshCompletion();
}

void DealContactsEditor::showList()
{
    const int row = m_list->currentRow();
    m_list->clear();
    const auto addRow = [this](RowKind kind, const QString& key, const QString& text, const QString& tip) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(kKindRole, static_cast<int>(kind));
        item->setData(kKeyRole, key);
        item->setToolTip(tip);
        if (kind != RowKind::Stored) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    };
    for (const Stakeholder& person : std::as_const(m_stored)) {
        if (!m_edit.removeStakeholderIds.contains(person.id)) {
            addRow(RowKind::Stored,
                   person.id,
                   personText(person.name, person.title),
                   person.contactId.isEmpty() ? tr("In the buying centre, not in the account's contacts") : QString());
        }
    }
    for (const QString& id : std::as_const(m_edit.addContactIds)) {
        const Contact contact = m_pendingContacts.value(id);
        addRow(RowKind::Added, id, personText(contact.name, contact.title), tr("Added when the deal is saved"));
    }
    for (const QString& name : std::as_const(m_edit.newContactNames)) {
        addRow(RowKind::Created,
               name,
               tr("%1 (new contact)").arg(name),
               tr("Made a contact of the account when the deal is saved"));
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void DealContactsEditor::refreshCompletion()
{
    m_accountContacts.clear();
    if (!m_accountId.isEmpty()) {
        try {
            m_accountContacts = m_workspace.accounts().contacts(m_accountId);
        } catch (const StorageError&) {
        }
    }
    m_completionIds.clear();
    QHash<QString, int> namesSeen;
    for (const Contact& contact : std::as_const(m_accountContacts)) {
        ++namesSeen[contact.name.toLower()];
    }
    QStringList texts;
    for (const Contact& contact : std::as_const(m_accountContacts)) {
        if (isListed(contact.id)) {
            continue;
        }
        const QString text = personText(contact.name, contact.title);
        texts.append(text);
        m_completionIds.insert(text.toLower(), contact.id);
        // A bare name finds the contact only when no one else at the account has it.
        if (namesSeen.value(contact.name.toLower()) == 1) {
            m_completionIds.insert(contact.name.toLower(), contact.id);
        }
    }
    m_completions->setStringList(texts);
}

bool DealContactsEditor::isListed(const QString& contactId) const
{
    if (m_edit.addContactIds.contains(contactId)) {
        return true;
    }
    return std::any_of(m_stored.cbegin(), m_stored.cend(), [this, &contactId](const Stakeholder& s) {
        return s.contactId == contactId && !m_edit.removeStakeholderIds.contains(s.id);
    });
}

bool DealContactsEditor::addTyped()
{
    const QString text = m_input->text().simplified();
    if (text.isEmpty()) {
        return false;
    }
    const QString contactId = m_completionIds.value(text.toLower());
    if (!contactId.isEmpty()) {
        addContact(contactId);
        return true;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        const QString shown = m_list->item(row)->data(kKindRole).toInt() == static_cast<int>(RowKind::Created)
                                  ? m_list->item(row)->data(kKeyRole).toString()
                                  : m_list->item(row)->text();
        if (shown.compare(text, Qt::CaseInsensitive) == 0 ||
            shown.startsWith(text + QStringLiteral(" \u2014 "), Qt::CaseInsensitive)) {
            m_list->setCurrentRow(row); // already on the deal
            m_input->clear();
            return true;
        }
    }
    const bool ambiguous = std::any_of(m_accountContacts.cbegin(), m_accountContacts.cend(), [&text](const Contact& c) {
        return c.name.compare(text, Qt::CaseInsensitive) == 0;
    });
    if (ambiguous) {
        m_hint->setText(tr("Several contacts are named \u201C%1\u201D: pick one from the list.").arg(text));
        m_hint->show();
        m_completer->complete();
        return false;
    }
    if (m_accountId.isEmpty()) {
        m_hint->setText(tr("Pick the deal's account first: a new contact is made there."));
        m_hint->show();
        return false;
    }
    m_edit.newContactNames.append(text);
    m_input->clear();
    m_hint->hide();
    showList();
    m_list->setCurrentRow(m_list->count() - 1);
    emit changed();
    return true;
}

void DealContactsEditor::addContact(const QString& contactId)
{
    m_input->clear();
    m_hint->hide();
    // A person taken off in this edit comes back as the same row of the buying centre.
    for (const Stakeholder& person : std::as_const(m_stored)) {
        if (person.contactId == contactId && m_edit.removeStakeholderIds.removeAll(person.id) > 0) {
            showList();
            refreshCompletion();
            emit changed();
            return;
        }
    }
    if (isListed(contactId)) {
        return;
    }
    for (const Contact& contact : std::as_const(m_accountContacts)) {
        if (contact.id == contactId) {
            m_pendingContacts.insert(contactId, contact);
        }
    }
    m_edit.addContactIds.append(contactId);
    showList();
    m_list->setCurrentRow(m_list->count() - 1 - static_cast<int>(m_edit.newContactNames.size()));
    refreshCompletion();
    emit changed();
}

void DealContactsEditor::removeCurrent()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const QString key = item->data(kKeyRole).toString();
    switch (static_cast<RowKind>(item->data(kKindRole).toInt())) {
    case RowKind::Stored:
        m_edit.removeStakeholderIds.append(key);
        break;
    case RowKind::Added:
        m_edit.addContactIds.removeAll(key);
        break;
    case RowKind::Created:
        m_edit.newContactNames.removeAll(key);
        break;
    }
    showList();
    refreshCompletion();
    emit changed();
}

bool DealContactsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        // Enter in the field adds the person; it never closes the editor.
        if (watched == m_input && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            addTyped();
            return true;
        }
        if (watched == m_list && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
