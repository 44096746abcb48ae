// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/V2mom.h"
#include "core/storage/V2momRepository.h"

#include <QWidget>

#include <functional>

class MethodListModel;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

// The Methods of a sheet: a priority list (drag a method, or Alt+Up / Alt+Down, to change
// its priority) and the selected method's title, description and the manager's method it
// supports. Every change hands the whole changed sheet to the commit function.
class MethodsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodsPanel)
public:
    using Commit = std::function<void(const V2momSheet& after, const QString& text)>;

    explicit MethodsPanel(QWidget* parent = nullptr);

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    // `managerMethods` empty and `managerName` empty: the person reports to nobody.
    void setSheet(const V2momSheet& sheet,
                  const QString& managerName,
                  const QList<V2momMethod>& managerMethods,
                  const QHash<QString, V2momRepository::MethodRef>& refs);
    void setEditable(bool editable);
    QString currentMethodId() const;
    void selectMethod(const QString& methodId);
    MethodListModel* model() const { return m_model; }

private:
    void commit(const V2momSheet& after, const QString& text);
    void move(int from, int to);
    void moveCurrent(int delta);
    void addMethod();
    void removeCurrent();
    void showCurrent();
    void fillLinkCombo();
    void editCurrent(const std::function<void(V2momMethod&)>& edit, const QString& text);

    V2momSheet m_sheet;
    QList<V2momMethod> m_managerMethods;
    QHash<QString, V2momRepository::MethodRef> m_refs;
    QString m_managerName;
    bool m_editable = true;
    Commit m_commit;
    MethodListModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_link = nullptr;
};
