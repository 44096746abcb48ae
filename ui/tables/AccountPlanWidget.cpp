// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPlanWidget.h"

#include "AccountPlanCommand.h"
#include "RelationshipMapView.h"
#include "SheetPages.h"
#include "WhitespaceModel.h"

#include "core/analytics/AccountPlanSummary.h"
#include "core/services/AccountPlanService.h"
#include "core/storage/AccountPlanRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/WorkspaceMetaRepository.h"
#include "core/util/Clock.h"
#include "core/util/Ids.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceEvents.h"
#include "ui/common/CellDelegate.h"
#include "ui/common/FormBinding.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RowTableEditor.h"
#include "ui/common/RowTableModel.h"

#include <QAction>
#include <QFormLayout>
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

namespace {
QGroupBox* group(const QString& title, const QString& name)
{
    auto* box = new QGroupBox(title);
    box->setObjectName(name);
    return box;
}

template <typename Row>
RowColumn<Row> textColumn(const QString& header, QString Row::*member)
{
    return {header,
            CellEditor::Text,
            [member](const Row& r) { return QVariant(r.*member); },
            [member](Row& r, const QVariant& v) {
                r.*member = v.toString();
            }};
}
} // namespace

AccountPlanWidget::AccountPlanWidget(QWidget* parent)
    : QWidget(parent)
    , m_contacts(std::make_shared<QList<Contact>>())
{
    build();
}

AccountPlanWidget::~AccountPlanWidget() = default;

void AccountPlanWidget::build()
{
    setObjectName(QStringLiteral("accountPlan"));
    m_binding = std::make_unique<FormBinding<AccountPlan>>(
        this, [this](const AccountPlan& after, const QString& what) { commit(after, what); });
    m_pages = new SheetPages(buildPlanPage(),
                             tr("&Mark strategic and start a plan"),
                             QStringLiteral("accountPlanEmptyText"),
                             QStringLiteral("createPlanButton"));
    connect(m_pages, &SheetPages::startRequested, this, &AccountPlanWidget::createPlan);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    reload();
}

QWidget* AccountPlanWidget::buildPlanPage()
{
    FormBinding<AccountPlan>& b = *m_binding;
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("accountPlanHeader"));
    auto* strategic = new QCheckBox(tr("&Strategic account: worth growing over years"));
    strategic->setObjectName(QStringLiteral("strategicCheck"));
    b.check(
        strategic,
        [](const AccountPlan& p) { return p.strategic; },
        [](AccountPlan& p, bool v) { p.strategic = v; },
        tr("Mark the account strategic"));

    auto* strategy = group(tr("The customer's strategy and our goals"), QStringLiteral("strategySection"));
    auto* strategyForm = new QFormLayout(strategy);
    auto* customer = new QPlainTextEdit;
    customer->setObjectName(QStringLiteral("customerStrategyEdit"));
    customer->setPlaceholderText(tr("Their strategy and goals for the next years"));
    customer->setFixedHeight(70);
    b.plainText(
        customer,
        [](const AccountPlan& p) { return p.customerStrategy; },
        [](AccountPlan& p, const QString& v) { p.customerStrategy = v; },
        tr("Edit the customer's strategy"));
    auto* goals = new QPlainTextEdit;
    goals->setObjectName(QStringLiteral("goalsEdit"));
    goals->setPlaceholderText(tr("Where our products map to it; what we want to reach"));
    goals->setFixedHeight(70);
    b.plainText(
        goals,
        [](const AccountPlan& p) { return p.goals; },
        [](AccountPlan& p, const QString& v) { p.goals = v; },
        tr("Edit our goals"));
    strategyForm->addRow(tr("Customer strategy"), customer);
    strategyForm->addRow(tr("Our goals"), goals);

    // Whitespace: departments x products.
    auto* whitespace = group(tr("Whitespace: departments × our products"), QStringLiteral("whitespaceSection"));
    auto* whitespaceLayout = new QVBoxLayout(whitespace);
    m_whitespace = new WhitespaceModel(this);
    m_whitespace->setEditHandler([this](const AccountPlan& after, const QString& what) { commit(after, what); });
    m_whitespaceView = new QTableView;
    m_whitespaceView->setObjectName(QStringLiteral("whitespaceTable"));
    m_whitespaceView->setModel(m_whitespace);
    m_whitespaceView->setItemDelegate(new CellDelegate(m_whitespaceView));
    m_whitespaceView->setTabKeyNavigation(false);
    m_whitespaceView->verticalHeader()->hide();
    m_whitespaceView->horizontalHeader()->setDefaultSectionSize(110);
    m_whitespaceView->setMinimumHeight(140);
    m_whitespaceView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto* addDepartment = new QPushButton(tr("Add department"));
    addDepartment->setObjectName(QStringLiteral("addDepartmentButton"));
    auto* removeDepartment = new QPushButton(tr("Remove department"));
    removeDepartment->setObjectName(QStringLiteral("removeDepartmentButton"));
    auto* add = new QAction(tr("Add department"), m_whitespaceView);
    add->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    add->setShortcutContext(Qt::WidgetShortcut);
    m_whitespaceView->addAction(add);
    auto* remove = new QAction(tr("Remove department"), m_whitespaceView);
    remove->setShortcut(QKeySequence(Qt::Key_Delete));
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_whitespaceView->addAction(remove);
    const auto removeCurrent = [this] {
        const QModelIndex current = m_whitespaceView->currentIndex();
        if (!m_plan || !current.isValid()) {
            return;
        }
        AccountPlan after = *m_plan;
        const QString id = after.departments.takeAt(current.row()).id;
        after.whitespace.removeIf([&id](const WhitespaceCell& c) { return c.departmentId == id; });
        commit(after, tr("Remove a department"));
    };
    connect(add, &QAction::triggered, this, &AccountPlanWidget::addDepartment);
    connect(addDepartment, &QPushButton::clicked, this, &AccountPlanWidget::addDepartment);
    connect(remove, &QAction::triggered, this, removeCurrent);
    connect(removeDepartment, &QPushButton::clicked, this, removeCurrent);
    auto* departmentButtons = new QHBoxLayout;
    departmentButtons->addWidget(addDepartment);
    departmentButtons->addWidget(removeDepartment);
    departmentButtons->addStretch(1);
    m_productModel =
        new RowTableModel<Product>({textColumn(tr("Our products and services (grid columns)"), &Product::name)}, this);
    auto* products = new RowTableEditor(QStringLiteral("products"), m_productModel);
    products->view()->setMaximumHeight(120);
    m_productModel->setEditHandler([this](int row, const Product& after) {
        QList<Product> list = m_products;
        list[row] = after;
        commitProducts(list);
    });
    products->setAddHandler([this, products] {
        addProduct(tr("New product"));
        products->focusRow(static_cast<int>(m_products.size()) - 1);
    });
    products->setRemoveHandler([this](int row) {
        QList<Product> list = m_products;
        list.removeAt(row);
        commitProducts(list);
    });
    whitespaceLayout->addWidget(m_whitespaceView);
    whitespaceLayout->addLayout(departmentButtons);
    whitespaceLayout->addWidget(products);

    // Penetration.
    auto* penetration = group(tr("Penetration"), QStringLiteral("penetrationSection"));
    auto* penetrationForm = new QFormLayout(penetration);
    auto* seats = new QSpinBox;
    seats->setObjectName(QStringLiteral("seatsSpin"));
    seats->setGroupSeparatorShown(true);
    b.integer(
        seats,
        0,
        10000000,
        [](const AccountPlan& p) { return p.seats; },
        [](AccountPlan& p, std::optional<int> v) { p.seats = v; },
        tr("Edit the seats"));
    m_penetration = new QLabel;
    m_penetration->setObjectName(QStringLiteral("penetrationText"));
    m_penetration->setWordWrap(true);
    penetrationForm->addRow(tr("Seats"), seats);
    penetrationForm->addRow(m_penetration);

    // Revenue per year.
    auto* revenue = group(tr("Revenue per year"), QStringLiteral("revenueSection"));
    auto* revenueLayout = new QVBoxLayout(revenue);
    const auto money = [this](qint64 minor) {
        return QLocale().toCurrencyString(Money{minor, m_baseCurrency}.majorUnits(), m_baseCurrency);
    };
    RowColumn<YearRow> target{
        tr("Target"),
        CellEditor::Real,
        [this](const YearRow& r) {
            return r.targetMinor ? QVariant(Money{*r.targetMinor, m_baseCurrency}.majorUnits()) : QVariant();
        },
        [this](YearRow& r, const QVariant& v) {
            r.targetMinor = v.isNull()
                                ? std::nullopt
                                : std::optional<qint64>(Money::fromMajorUnits(v.toDouble(), m_baseCurrency).minor);
        },
        [money](const YearRow& r) {
            return r.targetMinor ? money(*r.targetMinor) : QString();
        }};
    target.maximum = 1e12;
    m_revenueModel = new RowTableModel<YearRow>(
        {{tr("Year"),
          CellEditor::None,
          [](const YearRow& r) { return QVariant(r.year); },
          {},
          [](const YearRow& r) {
              return QString::number(r.year);
          }},
         {tr("Won (actual)"),
          CellEditor::None,
          [](const YearRow& r) { return QVariant(r.actualMinor); },
          {},
          [this, money](const YearRow& r) {
              return r.incomplete ? tr("%1 (some wins lack an exchange rate)").arg(money(r.actualMinor))
                                  : money(r.actualMinor);
          }},
         target},
        this);
    auto* revenueTable = new RowTableEditor(QStringLiteral("revenue"), m_revenueModel);
    m_revenueModel->setEditHandler([this](int, const YearRow& after) {
        AccountPlan plan = *m_plan;
        plan.revenueTargets.removeIf([&after](const RevenueTarget& t) { return t.year == after.year; });
        if (after.targetMinor) {
            plan.revenueTargets.append({Ids::newId(), after.year, *after.targetMinor, m_baseCurrency});
            std::sort(plan.revenueTargets.begin(),
                      plan.revenueTargets.end(),
                      [](const RevenueTarget& a, const RevenueTarget& c) { return a.year < c.year; });
        }
        commit(plan, tr("Set a revenue target"));
    });
    revenueTable->setAddHandler([this, revenueTable] {
        AccountPlan plan = *m_plan;
        int year = m_workspace->clock().today().year();
        for (const YearRow& row : m_revenueModel->rows()) {
            year = std::max(year, row.year + 1);
        }
        plan.revenueTargets.append({Ids::newId(), year, 0, m_baseCurrency});
        commit(plan, tr("Add a revenue target"));
        revenueTable->focusRow(m_revenueModel->rowCount() - 1, 2);
    });
    revenueTable->setRemoveHandler([this](int row) {
        AccountPlan plan = *m_plan;
        const int year = m_revenueModel->rows().value(row).year;
        plan.revenueTargets.removeIf([year](const RevenueTarget& t) { return t.year == year; });
        commit(plan, tr("Remove a revenue target"));
    });
    revenueLayout->addWidget(revenueTable);

    // Joint actions.
    auto* joint = group(tr("Joint actions (our team and theirs)"), QStringLiteral("jointActionsSection"));
    auto* jointLayout = new QVBoxLayout(joint);
    m_actionModel = new RowTableModel<JointAction>(
        {textColumn(tr("Action"), &JointAction::text),
         textColumn(tr("Our owner"), &JointAction::ourOwner),
         textColumn(tr("Their owner"), &JointAction::theirOwner),
         {tr("Due"),
          CellEditor::Date,
          [](const JointAction& a) { return a.due.isValid() ? QVariant(a.due) : QVariant(); },
          [](JointAction& a, const QVariant& v) {
              a.due = v.toDate();
          }},
         {tr("Done"),
          CellEditor::Check,
          [](const JointAction& a) { return QVariant(a.done); },
          [](JointAction& a, const QVariant& v) {
              a.done = v.toBool();
          }}},
        this);
    auto* actions = new RowTableEditor(QStringLiteral("jointActions"), m_actionModel);
    m_actionModel->setEditHandler([this](int row, const JointAction& after) {
        AccountPlan plan = *m_plan;
        plan.jointActions[row] = after;
        commit(plan, tr("Edit a joint action"));
    });
    actions->setAddHandler([this, actions] {
        AccountPlan plan = *m_plan;
        plan.jointActions.append({Ids::newId(), tr("New joint action"), {}, {}, {}, false});
        commit(plan, tr("Add a joint action"));
        actions->focusRow(m_actionModel->rowCount() - 1);
    });
    actions->setRemoveHandler([this](int row) {
        AccountPlan plan = *m_plan;
        plan.jointActions.removeAt(row);
        commit(plan, tr("Remove a joint action"));
    });
    jointLayout->addWidget(actions);

    // Relationships and their map.
    auto* relations = group(tr("Relationship map by org level"), QStringLiteral("relationshipsSection"));
    auto* relationsLayout = new QVBoxLayout(relations);
    RowColumn<Relationship> contact{tr("Contact"),
                                    CellEditor::Choice,
                                    [](const Relationship& r) { return QVariant(r.contactId); },
                                    [](Relationship& r, const QVariant& v) {
                                        r.contactId = v.toString();
                                    }};
    contact.choicesNow = [contacts = m_contacts] {
        QList<CellChoice> choices;
        for (const Contact& c : *contacts) {
            choices.append({c.id, c.name});
        }
        return choices;
    };
    RowColumn<Relationship> strength{
        tr("Strength"),
        CellEditor::Integer,
        [](const Relationship& r) { return r.strength ? QVariant(*r.strength) : QVariant(); },
        [](Relationship& r, const QVariant& v) {
            r.strength = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
        }};
    strength.minimum = 1;
    strength.maximum = 5;
    m_relationshipModel = new RowTableModel<Relationship>({contact,
                                                           textColumn(tr("Our person"), &Relationship::ourPerson),
                                                           strength,
                                                           textColumn(tr("Note"), &Relationship::note)},
                                                          this);
    m_relationships = new RowTableEditor(QStringLiteral("relationships"), m_relationshipModel);
    m_relationshipModel->setEditHandler([this](int row, const Relationship& after) {
        AccountPlan plan = *m_plan;
        plan.relationships[row] = after;
        commit(plan, tr("Edit a relationship"));
    });
    m_relationships->setAddHandler([this] {
        if (m_contacts->isEmpty()) {
            MessageBox::information(this, tr("Account plan"), tr("The account has no contacts to relate to yet."));
            return;
        }
        AccountPlan plan = *m_plan;
        plan.relationships.append({Ids::newId(), m_contacts->first().id, {}, {}, {}});
        commit(plan, tr("Add a relationship"));
        m_relationships->focusRow(m_relationshipModel->rowCount() - 1);
    });
    m_relationships->setRemoveHandler([this](int row) {
        AccountPlan plan = *m_plan;
        plan.relationships.removeAt(row);
        commit(plan, tr("Remove a relationship"));
    });
    m_map = new RelationshipMapView;
    relationsLayout->addWidget(m_map);
    relationsLayout->addWidget(m_relationships);

    auto* left = new QVBoxLayout;
    left->addWidget(strategy);
    left->addWidget(whitespace);
    left->addWidget(relations);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(penetration);
    right->addWidget(revenue);
    right->addWidget(joint);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    m_planBody = new QWidget;
    auto* body = new QVBoxLayout(m_planBody);
    body->addWidget(m_header);
    body->addWidget(strategic);
    body->addLayout(columns);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_planBody);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void AccountPlanWidget::setWorkspace(Workspace* workspace, QUndoStack* undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->events(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_accountId.clear();
    if (workspace) {
        WorkspaceEvents& events = workspace->events();
        connect(&events, &WorkspaceEvents::accountPlansChanged, this, [this](const QStringList& ids) {
            if (ids.contains(m_accountId)) {
                reload();
            }
        });
        connect(&events, &WorkspaceEvents::productsChanged, this, &AccountPlanWidget::reload);
        connect(&events, &WorkspaceEvents::accountsChanged, this, &AccountPlanWidget::reload);
        connect(&events, &WorkspaceEvents::dealsChanged, this, &AccountPlanWidget::reload);
        connect(&events, &WorkspaceEvents::workspaceReloaded, this, &AccountPlanWidget::reload);
    }
    reload();
}

void AccountPlanWidget::setAccount(const QString& accountId)
{
    m_accountId = accountId;
    reload();
}

void AccountPlanWidget::reload()
{
    m_plan.reset();
    m_contacts->clear();
    m_products.clear();
    std::optional<Account> account;
    if (m_workspace && !m_accountId.isEmpty()) {
        account = m_workspace->accounts().account(m_accountId);
        if (account) {
            m_plan = m_workspace->accountPlans().forAccount(m_accountId);
            *m_contacts = m_workspace->accounts().contacts(m_accountId);
            m_products = m_workspace->accountPlans().products();
            m_baseCurrency = m_workspace->meta().baseCurrency();
        }
    }
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    if (!m_plan) {
        m_pages->showStart(!account ? tr("Choose an account to see its plan.")
                                    : tr("%1 has no account plan. Not every customer should be kept or grown: "
                                         "plan the strategic ones.")
                                          .arg(account->name),
                           account.has_value() && writable);
        return;
    }
    m_pages->showSheet();
    m_planBody->setEnabled(writable);
    m_binding->setDocument(*m_plan);
    m_whitespace->setPlan(*m_plan, m_products);
    m_productModel->setRows(m_products);
    m_actionModel->setRows(m_plan->jointActions);
    m_relationshipModel->setRows(m_plan->relationships);

    const AccountPlanFacts facts = AccountPlanSummary::compute(*m_workspace, *m_plan);
    QList<YearRow> years;
    for (const AccountPlanFacts::YearRevenue& y : facts.revenue) {
        years.append({y.year, y.actualMinor, y.targetMinor, y.actualIncomplete});
    }
    m_revenueModel->setRows(years);
    m_map->setPeople(facts.relationshipMap);
    const QLocale locale;
    m_header->setText(tr("<b>%1</b> · %2 · %3 employees")
                          .arg(account->name.toHtmlEscaped(),
                               account->industry.toHtmlEscaped(),
                               account->employees ? locale.toString(*account->employees) : tr("?")));
    QString penetration = tr("%1 of %2 departments use us; %3 open opportunities in the grid.")
                              .arg(facts.departmentsUsing)
                              .arg(facts.departments)
                              .arg(facts.openCells);
    if (facts.employeeShare) {
        penetration +=
            QLatin1Char(' ') +
            tr("Seats cover %1 % of the employees.").arg(locale.toString(*facts.employeeShare * 100.0, 'f', 1));
    }
    if (facts.topDownSignal) {
        penetration += QLatin1Char(' ') + tr("Two or more departments: time for a top-down deal.");
    }
    m_penetration->setText(penetration);
}

void AccountPlanWidget::commit(const AccountPlan& after, const QString& what)
{
    if (!m_workspace || !m_undoStack || !m_plan) {
        return;
    }
    const QString problem = AccountPlanService::validate(after);
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Account plan"), problem);
        reload();
        return;
    }
    m_undoStack->push(new AccountPlanCommand(*m_workspace, m_accountId, m_plan, after, what));
}

void AccountPlanWidget::commitProducts(const QList<Product>& after)
{
    for (const Product& product : after) {
        if (product.name.trimmed().isEmpty()) {
            MessageBox::warning(this, tr("Account plan"), tr("A product needs a name."));
            reload();
            return;
        }
    }
    m_undoStack->push(new AccountPlanCommand(*m_workspace, m_products, after, tr("Edit the products")));
}

void AccountPlanWidget::createPlan()
{
    if (!m_workspace || !m_undoStack || m_plan || m_accountId.isEmpty() || m_workspace->isReadOnly()) {
        return;
    }
    AccountPlan plan;
    plan.id = Ids::newId();
    plan.accountId = m_accountId;
    plan.strategic = true;
    m_undoStack->push(
        new AccountPlanCommand(*m_workspace, m_accountId, std::nullopt, plan, tr("Start an account plan")));
}

void AccountPlanWidget::addDepartment()
{
    if (!m_plan) {
        return;
    }
    AccountPlan after = *m_plan;
    after.departments.append({Ids::newId(), tr("New department")});
    commit(after, tr("Add a department"));
    const QModelIndex index = m_whitespace->index(m_whitespace->rowCount() - 1, 0);
    m_whitespaceView->setCurrentIndex(index);
    m_whitespaceView->setFocus();
}

void AccountPlanWidget::addProduct(const QString& name)
{
    if (!m_workspace || !m_undoStack) {
        return;
    }
    QList<Product> after = m_products;
    after.append({Ids::newId(), name});
    commitProducts(after);
}
