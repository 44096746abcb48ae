// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Deal.h"
#include "core/domain/Pipeline.h"
#include "core/services/DealEditService.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;
class QWidget;
class DealContactsEditor;
class Workspace;

/**
 * Edits every field of a deal (or a new one): name, account (typed with completion over the
 * workspace's accounts), its contacts (DealContactsEditor), owner, stage, amount and currency, close date, forecast
 * category, lead source, and the lost fields when the stage is Lost. It checks with DealValidation as the user types
 * and only enables OK for a deal the service will accept. Tabs show the deal's interactions (with "Plan a visit") and
 * its strategy sheet.
 */
class DealEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealEditorDialog)
public:
    DealEditorDialog(Workspace& workspace, const Deal& deal, bool isNew, QWidget* parent = nullptr);

    // The deal as edited (valid when the dialog was accepted).
    Deal deal() const;
    // The contacts added and removed (the deal's buying centre), saved with deal() as one
    // undoable edit (for a new deal, with its creation).
    DealContactsEdit contactsEdit() const;
    QString problem() const { return m_problem; }
    // With an undo stack the Interactions tab can plan a visit and the Strategy tab edits the
    // deal's strategy sheet (both undoable); without one they only show.
    void setUndoStack(QUndoStack* undoStack);

private:
    QWidget* buildDealTab();
    QWidget* buildInteractionsTab();
    QWidget* buildStrategyTab();
    void reloadInteractions();
    void planVisit();
    void fill();
    void validate();
    void updateLostFields();

    Workspace& m_workspace;
    Deal m_original;
    Pipeline m_pipeline;
    bool m_isNew;
    QString m_problem;
    QHash<QString, QString> m_accountIds; // account name -> id

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_account = nullptr;
    DealContactsEditor* m_contacts = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_stage = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QComboBox* m_currency = nullptr;
    QDateEdit* m_closeDate = nullptr;
    QCheckBox* m_noCloseDate = nullptr;
    QComboBox* m_forecast = nullptr;
    QComboBox* m_source = nullptr;
    QWidget* m_lostBox = nullptr;
    QComboBox* m_lostReason = nullptr;
    QLineEdit* m_competitor = nullptr;
    QPlainTextEdit* m_lostNote = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTreeWidget* m_interactions = nullptr;
    QPushButton* m_planVisit = nullptr;
    QWidget* m_strategyPage = nullptr;
    QUndoStack* m_undoStack = nullptr;
};
