// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategySheetWidget.h"

#include "BuyingCentreMap.h"
#include "SheetPages.h"
#include "StrategyColumns.h"
#include "StrategySheetCommand.h"
#include "StrategySheetSections.h"

#include "core/analytics/StrategyWarnings.h"
#include "core/domain/DefaultPipeline.h"
#include "core/services/StrategySheetService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/DealRepository.h"
#include "core/storage/PipelineRepository.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/util/Clock.h"
#include "core/util/Ids.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/Colors.h"
#include "ui/common/FormBinding.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RowTableEditor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

StrategySheetWidget::StrategySheetWidget(QWidget* parent)
    : QWidget(parent)
    , m_contacts(std::make_shared<QList<Contact>>())
{
    build();
}

StrategySheetWidget::StrategySheetWidget(Workspace* workspace,
                                         QUndoStack* undoStack,
                                         const QString& dealId,
                                         QWidget* parent)
    : StrategySheetWidget(parent)
{
    setWorkspace(workspace, undoStack);
    setDeal(dealId);
}

StrategySheetWidget::~StrategySheetWidget() = default;

void StrategySheetWidget::build()
{
    setObjectName(QStringLiteral("strategySheet"));
    m_binding = std::make_unique<FormBinding<StrategySheet>>(
        this, [this](const StrategySheet& after, const QString& what) { commit(after, what); });

    m_pages = new SheetPages(buildSheetPage(),
                             tr("&Start a strategy sheet"),
                             QStringLiteral("strategyEmptyText"),
                             QStringLiteral("createSheetButton"));
    connect(m_pages, &SheetPages::startRequested, this, &StrategySheetWidget::createSheet);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    reload();
}

template <typename Row>
RowTableEditor* StrategySheetWidget::table(const QString& name,
                                           QList<Row> StrategySheet::*list,
                                           QList<RowColumn<Row>> columns,
                                           std::function<Row()> blank,
                                           const QString& what)
{
    auto* model = new RowTableModel<Row>(std::move(columns), this);
    auto* editor = new RowTableEditor(name, model);
    model->setEditHandler([this, list, what](int row, const Row& after) {
        StrategySheet sheet = *m_sheet;
        (sheet.*list)[row] = after;
        commit(sheet, what);
    });
    editor->setAddHandler([this, list, blank, editor, what] {
        StrategySheet sheet = *m_sheet;
        Row row = blank();
        row.id = Ids::newId();
        (sheet.*list).append(row);
        commit(sheet, what);
        editor->focusRow(static_cast<int>(((*m_sheet).*list).size()) - 1);
    });
    editor->setRemoveHandler([this, list, what](int row) {
        StrategySheet sheet = *m_sheet;
        (sheet.*list).removeAt(row);
        commit(sheet, what);
    });
    m_tableRefreshers.append([this, model, list] { model->setRows(m_sheet ? (*m_sheet).*list : QList<Row>()); });
    return editor;
}

QWidget* StrategySheetWidget::buildSheetPage()
{
    StrategySheetSections::Binding& b = *m_binding;
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("strategyHeader"));
    m_header->setWordWrap(true);
    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("strategyWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setMargin(6);

    auto* buying = new QGroupBox(tr("Buying centre"));
    buying->setObjectName(QStringLiteral("buyingCentreSection"));
    auto* buyingLayout = new QVBoxLayout(buying);
    RowTableEditor* people = table<Stakeholder>(
        QStringLiteral("stakeholders"),
        &StrategySheet::stakeholders,
        StrategyColumns::stakeholders(m_contacts),
        [] {
            Stakeholder s;
            s.name = tr("New stakeholder");
            return s;
        },
        tr("Edit the buying centre"));
    people->view()->setMinimumHeight(150);
    m_map = new BuyingCentreMap;
    buyingLayout->addWidget(people);
    buyingLayout->addWidget(m_map);

    const auto section = [](const QString& title, const QString& name, QWidget* content) {
        auto* box = new QGroupBox(title);
        box->setObjectName(name);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(content);
        return box;
    };
    QGroupBox* missing = section(tr("Missing information and red flags"),
                                 QStringLiteral("openItemsSection"),
                                 table<OpenItem>(
                                     QStringLiteral("openItems"),
                                     &StrategySheet::openItems,
                                     StrategyColumns::openItems(),
                                     [] { return OpenItem{}; },
                                     tr("Edit the open questions")));
    QGroupBox* competition = section(tr("Competition"),
                                     QStringLiteral("competitorsSection"),
                                     table<Competitor>(
                                         QStringLiteral("competitors"),
                                         &StrategySheet::competitors,
                                         StrategyColumns::competitors(),
                                         [] { return Competitor{}; },
                                         tr("Edit the competition")));
    QGroupBox* promises = section(tr("Promise boundaries (beyond standard, with approver)"),
                                  QStringLiteral("promisesSection"),
                                  table<Promise>(
                                      QStringLiteral("promises"),
                                      &StrategySheet::promises,
                                      StrategyColumns::promises(),
                                      [] { return Promise{}; },
                                      tr("Edit the promises")));
    QGroupBox* actions = section(tr("Action plan"),
                                 QStringLiteral("actionsSection"),
                                 table<PlanAction>(
                                     QStringLiteral("actions"),
                                     &StrategySheet::actions,
                                     StrategyColumns::actions(),
                                     [] { return PlanAction{}; },
                                     tr("Edit the action plan")));

    // Two columns: the people and the plan on the left, the judgement on the right.
    auto* left = new QVBoxLayout;
    left->addWidget(StrategySheetSections::objective(b));
    left->addWidget(buying);
    left->addWidget(missing);
    left->addWidget(competition);
    left->addWidget(promises);
    left->addWidget(actions);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(StrategySheetSections::customerInterest(b));
    right->addWidget(StrategySheetSections::qualification(b));
    right->addWidget(StrategySheetSections::milestones(
        b, [this] { return m_workspace ? m_workspace->clock().today() : QDate::currentDate(); }));
    right->addWidget(StrategySheetSections::economics(b));
    right->addWidget(StrategySheetSections::assessment(b));
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    m_sheetBody = new QWidget;
    auto* bodyLayout = new QVBoxLayout(m_sheetBody);
    bodyLayout->addWidget(m_header);
    bodyLayout->addWidget(m_warnings);
    bodyLayout->addLayout(columns);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("strategyScroll"));
    scroll->setWidget(m_sheetBody);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void StrategySheetWidget::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_dealId.clear();
    if (workspace) {
        WorkspaceEvents& events = workspace->events();
        connect(&events, &WorkspaceEvents::strategySheetsChanged, this, [this](const QStringList& deals) {
            if (deals.contains(m_dealId)) {
                reload();
            }
        });
        connect(&events, &WorkspaceEvents::dealsChanged, this, [this](const QStringList& deals) {
            if (deals.contains(m_dealId)) {
                reload(); // close date and stage feed the warnings and the header
            }
        });
        connect(&events, &WorkspaceEvents::accountsChanged, this, &StrategySheetWidget::reload);
        connect(&events, &WorkspaceEvents::workspaceReloaded, this, &StrategySheetWidget::reload);
    }
    reload();
}

void StrategySheetWidget::setDeal(const QString& dealId)
{
    m_dealId = dealId;
    reload();
}

void StrategySheetWidget::reload()
{
    std::optional<Deal> deal;
    m_sheet.reset();
    m_contacts->clear();
    if (m_workspace && !m_dealId.isEmpty()) {
        deal = m_workspace->deals().deal(m_dealId);
        if (deal) {
            m_sheet = m_workspace->strategySheets().forDeal(m_dealId);
            if (!deal->accountId.isEmpty()) {
                *m_contacts = m_workspace->accounts().contacts(deal->accountId);
            }
        }
    }
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    if (!m_sheet) {
        m_pages->showStart(!deal ? tr("Choose a deal to see its strategy sheet.")
                                 : tr("%1 has no strategy sheet yet. Plan the big case in a small room: "
                                      "objective, buying centre, competition, qualification, milestones.")
                                       .arg(deal->name),
                           deal.has_value() && writable);
        m_binding->setDocument({});
        for (const auto& refresh : m_tableRefreshers) {
            refresh();
        }
        return;
    }
    m_pages->showSheet();
    m_sheetBody->setEnabled(writable);
    m_binding->setDocument(*m_sheet);
    for (const auto& refresh : m_tableRefreshers) {
        refresh();
    }
    m_map->setStakeholders(m_sheet->stakeholders);

    const QLocale locale;
    QString stage;
    if (const std::optional<Pipeline> pipeline = m_workspace->pipelines().pipeline(deal->pipelineId)) {
        if (const Stage* s = pipeline->stage(deal->stageId)) {
            stage = DefaultPipeline::displayName(s->id, s->name);
        }
    }
    m_header->setText(tr("<b>%1</b> · %2 · %3 · closes %4 · milestones %5 of 5")
                          .arg(deal->name.toHtmlEscaped(),
                               stage.toHtmlEscaped(),
                               locale.toCurrencyString(deal->amount.majorUnits(), deal->amount.currency),
                               deal->expectedCloseDate.isValid()
                                   ? locale.toString(deal->expectedCloseDate, QLocale::ShortFormat)
                                   : tr("(no date)"))
                          .arg(m_sheet->milestonesDone()));
    const bool open = !deal->wonAt.isValid() && !deal->lostAt.isValid();
    const QList<StrategyWarning> warnings =
        StrategyWarnings::evaluate(*m_sheet, deal->expectedCloseDate, open, m_workspace->clock().today());
    if (warnings.isEmpty()) {
        m_warnings->setText(tr("No warnings."));
        m_warnings->setStyleSheet(QString());
    } else {
        QStringList lines;
        for (StrategyWarning warning : warnings) {
            lines << QStringLiteral("⚠ ") + StrategyWarnings::displayText(warning).toHtmlEscaped();
        }
        m_warnings->setText(lines.join(QStringLiteral("<br>")));
        const QColor tint = Colors::mix(palette().color(QPalette::Base), QColor(230, 150, 40), 0.22);
        m_warnings->setStyleSheet(QStringLiteral("QLabel { background: %1; }").arg(tint.name()));
    }
}

void StrategySheetWidget::commit(const StrategySheet& after, const QString& what)
{
    if (!m_workspace || !m_undoStack || !m_sheet) {
        return;
    }
    const QString problem = StrategySheetService::validate(after);
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Strategy sheet"), problem);
        reload();
        return;
    }
    m_undoStack->push(new StrategySheetCommand(*m_workspace, m_dealId, m_sheet, after, what));
    emit sheetChanged(m_dealId);
}

void StrategySheetWidget::createSheet()
{
    if (!m_workspace || !m_undoStack || m_sheet || m_workspace->isReadOnly()) {
        return;
    }
    const std::optional<Deal> deal = m_workspace->deals().deal(m_dealId);
    if (!deal) {
        return;
    }
    StrategySheet sheet;
    sheet.id = Ids::newId();
    sheet.dealId = m_dealId;
    sheet.objectiveCurrency = deal->amount.currency;
    m_undoStack->push(
        new StrategySheetCommand(*m_workspace, m_dealId, std::nullopt, sheet, tr("Start a strategy sheet")));
    emit sheetChanged(m_dealId);
    if (QWidget* first = findChild<QWidget*>(QStringLiteral("objectiveWhat"))) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

void StrategySheetWidget::removeSheet()
{
    if (!m_workspace || !m_undoStack || !m_sheet || m_workspace->isReadOnly()) {
        return;
    }
    m_undoStack->push(
        new StrategySheetCommand(*m_workspace, m_dealId, m_sheet, std::nullopt, tr("Remove the strategy sheet")));
    emit sheetChanged(m_dealId);
}
