// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FocusOutWatcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <functional>
#include <optional>

// Binds form widgets to the fields of one document (an interaction, a strategy sheet, an
// account plan). Leaving a changed field hands the whole changed document to the commit
// function, which pushes one undo command; setDocument() refreshes every widget without
// echoing edits back. Dates and numbers use their minimum as "not set" (shown as a dash).
template <typename Doc>
class FormBinding final
{
public:
    using Commit = std::function<void(const Doc& after, const QString& what)>;

    FormBinding(QObject* context, Commit commit)
        : m_context(context)
        , m_commit(std::move(commit))
    {}

    const Doc& document() const { return m_doc; }
    void setDocument(const Doc& doc)
    {
        m_doc = doc;
        for (const auto& refresh : m_refreshers) {
            refresh();
        }
    }

    // Something shown from the document but not edited (a label, a count).
    void follow(std::function<void(const Doc&)> show)
    {
        m_refreshers.append([this, show] { show(m_doc); });
    }

    void text(QLineEdit* edit,
              std::function<QString(const Doc&)> get,
              std::function<void(Doc&, const QString&)> set,
              const QString& what)
    {
        m_refreshers.append([this, edit, get] {
            const QSignalBlocker blocker(edit);
            if (edit->text() != get(m_doc)) {
                edit->setText(get(m_doc));
            }
        });
        QObject::connect(edit, &QLineEdit::editingFinished, m_context, [this, edit, set, what] {
            change([&](Doc& d) { set(d, edit->text()); }, what);
        });
    }

    void plainText(QPlainTextEdit* edit,
                   std::function<QString(const Doc&)> get,
                   std::function<void(Doc&, const QString&)> set,
                   const QString& what)
    {
        edit->setTabChangesFocus(true); // Tab moves on; a note is not a place for tab characters
        m_refreshers.append([this, edit, get] {
            const QSignalBlocker blocker(edit);
            if (edit->toPlainText() != get(m_doc)) {
                edit->setPlainText(get(m_doc));
            }
        });
        auto* watcher = new FocusOutWatcher(edit);
        QObject::connect(watcher, &FocusOutWatcher::focusLost, m_context, [this, edit, set, what] {
            change([&](Doc& d) { set(d, edit->toPlainText()); }, what);
        });
    }

    void
    check(QCheckBox* box, std::function<bool(const Doc&)> get, std::function<void(Doc&, bool)> set, const QString& what)
    {
        m_refreshers.append([this, box, get] {
            const QSignalBlocker blocker(box);
            box->setChecked(get(m_doc));
        });
        QObject::connect(box, &QCheckBox::toggled, m_context, [this, set, what](bool on) {
            change([&](Doc& d) { set(d, on); }, what);
        });
    }

    // Combo items carry the enum's int value as their data.
    template <typename Enum>
    void choice(QComboBox* combo,
                std::function<Enum(const Doc&)> get,
                std::function<void(Doc&, Enum)> set,
                const QString& what)
    {
        m_refreshers.append([this, combo, get] {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(get(m_doc)))));
        });
        QObject::connect(combo, &QComboBox::activated, m_context, [this, combo, set, what] {
            const Enum value = static_cast<Enum>(combo->currentData().toInt());
            change([&](Doc& d) { set(d, value); }, what);
        });
    }

    void date(QDateEdit* edit,
              std::function<QDate(const Doc&)> get,
              std::function<void(Doc&, const QDate&)> set,
              const QString& what)
    {
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(QStringLiteral("—"));
        edit->setCalendarPopup(true);
        m_refreshers.append([this, edit, get] {
            const QSignalBlocker blocker(edit);
            const QDate value = get(m_doc);
            edit->setDate(value.isValid() ? value : kNoDate);
        });
        QObject::connect(edit, &QDateEdit::editingFinished, m_context, [this, edit, set, what] {
            const QDate value = edit->date() == kNoDate ? QDate() : edit->date();
            change([&](Doc& d) { set(d, value); }, what);
        });
    }

    void dateTime(QDateTimeEdit* edit,
                  std::function<QDateTime(const Doc&)> get,
                  std::function<void(Doc&, const QDateTime&)> set,
                  const QString& what)
    {
        edit->setCalendarPopup(true);
        m_refreshers.append([this, edit, get] {
            const QSignalBlocker blocker(edit);
            edit->setDateTime(get(m_doc).toLocalTime());
        });
        QObject::connect(edit, &QDateTimeEdit::editingFinished, m_context, [this, edit, set, what] {
            const QDateTime value = edit->dateTime().toUTC();
            change([&](Doc& d) { set(d, value); }, what);
        });
    }

    void integer(QSpinBox* spin,
                 int minimum,
                 int maximum,
                 std::function<std::optional<int>(const Doc&)> get,
                 std::function<void(Doc&, std::optional<int>)> set,
                 const QString& what)
    {
        spin->setRange(minimum - 1, maximum);
        spin->setSpecialValueText(QStringLiteral("—"));
        m_refreshers.append([this, spin, get] {
            const QSignalBlocker blocker(spin);
            const std::optional<int> value = get(m_doc);
            spin->setValue(value ? *value : spin->minimum());
        });
        QObject::connect(spin, &QSpinBox::editingFinished, m_context, [this, spin, set, what] {
            const std::optional<int> value =
                spin->value() == spin->minimum() ? std::nullopt : std::optional<int>(spin->value());
            change([&](Doc& d) { set(d, value); }, what);
        });
    }

    void real(QDoubleSpinBox* spin,
              double minimum,
              double maximum,
              std::function<std::optional<double>(const Doc&)> get,
              std::function<void(Doc&, std::optional<double>)> set,
              const QString& what)
    {
        spin->setRange(minimum - 1, maximum);
        spin->setDecimals(1);
        spin->setSpecialValueText(QStringLiteral("—"));
        m_refreshers.append([this, spin, get] {
            const QSignalBlocker blocker(spin);
            const std::optional<double> value = get(m_doc);
            spin->setValue(value ? *value : spin->minimum());
        });
        QObject::connect(spin, &QDoubleSpinBox::editingFinished, m_context, [this, spin, set, what] {
            const std::optional<double> value =
                spin->value() == spin->minimum() ? std::nullopt : std::optional<double>(spin->value());
            change([&](Doc& d) { set(d, value); }, what);
        });
    }

    // Applies `edit` to a copy of the document and commits it when anything changed.
    void change(const std::function<void(Doc&)>& edit, const QString& what)
    {
        Doc after = m_doc;
        edit(after);
        if (!(after == m_doc)) {
            m_commit(after, what);
        }
    }

private:
    static inline const QDate kNoDate{1900, 1, 1};

    QObject* m_context;
    Commit m_commit;
    Doc m_doc{};
    QList<std::function<void()>> m_refreshers;
};
