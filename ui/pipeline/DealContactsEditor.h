// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Contact.h"
#include "core/domain/StrategySheet.h"
#include "core/services/DealEditService.h"

#include <QHash>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStringListModel;
class Workspace;

/**
 * The deal's contacts in the deal editor: the people of its buying centre, an "Add contact"
 * field that completes over the account's contacts (a name that is no contact yet becomes a
 * new contact at the account) and Remove (button or Delete). Nothing is stored here: edit()
 * is what the editor saves with the deal's fields, as one undoable step. A change the
 * Strategy tab stores meanwhile shows at once; the pending additions and removals stay.
 */
class DealContactsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealContactsEditor)
public:
    DealContactsEditor(Workspace& workspace, const QString& dealId, QWidget* parent = nullptr);

    // Completion lists this account's contacts; new contacts are made there.
    void setAccount(const QString& accountId);
    const DealContactsEdit& edit() const { return m_edit; }

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void showList();
    void refreshCompletion();
    // Adds what the field names; false when it names no one yet (a hint says why).
    bool addTyped();
    void addContact(const QString& contactId);
    void removeCurrent();
    bool isListed(const QString& contactId) const;

    Workspace& m_workspace;
    QString m_dealId;
    QString m_accountId;
    QList<Stakeholder> m_stored;      // the buying centre as stored
    QList<Contact> m_accountContacts; // completion source
    QHash<QString, Contact> m_pendingContacts;
    QHash<QString, QString> m_completionIds; // completion text (lower case) -> contact id
    DealContactsEdit m_edit;

    QListWidget* m_list = nullptr;
    QLineEdit* m_input = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_hint = nullptr;
    QStringListModel* m_completions = nullptr;
    QCompleter* m_completer = nullptr;
};
