// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardFilterBar.h"

#include "BoardPalette.h"
#include "BoardSettings.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace {
QToolButton* toggle(const QString& text, const QString& tip, const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A pill that fills when on, so an active filter is seen from across the room.
    const QColor edge = BoardPalette::mix(
        parent->palette().color(QPalette::Window), parent->palette().color(QPalette::WindowText), 0.35);
    button->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 11px; padding: 2px 10px; }"
                       "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                       " border-color: palette(highlight); }")
            .arg(edge.name()));
    return button;
}
} // namespace

BoardFilterBar::BoardFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_stalled(toggle(tr("Stalled"),
                       tr("Only deals longer in their stage than its rotting days, without contact"),
                       QStringLiteral("boardOnlyStalled"),
                       this))
    , m_noNextStep(toggle(tr("No next step"),
                          tr("Only open deals without a planned interaction"),
                          QStringLiteral("boardOnlyNoNextStep"),
                          this))
    , m_sort(new QComboBox(this))
{
    setObjectName(QStringLiteral("boardFilterBar"));
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setPlaceholderText(tr("Search deals and accounts"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(420);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_owner->setObjectName(QStringLiteral("boardOwner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setObjectName(QStringLiteral("boardPeriod"));
    m_period->addItem(tr("Any close date"), static_cast<int>(ClosePeriod::Any));
    m_period->addItem(tr("Closing this month"), static_cast<int>(ClosePeriod::ThisMonth));
    m_period->addItem(tr("Closing this quarter"), static_cast<int>(ClosePeriod::ThisQuarter));
    m_period->addItem(tr("Closing next quarter"), static_cast<int>(ClosePeriod::NextQuarter));
    m_period->addItem(tr("Custom range\u2026"), static_cast<int>(ClosePeriod::Custom));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("boardCloseFrom"));
    m_to->setObjectName(QStringLiteral("boardCloseTo"));
    m_sort->setObjectName(QStringLiteral("boardSort"));
    m_sort->addItem(tr("Sort: close date"), static_cast<int>(BoardSort::CloseDate));
    m_sort->addItem(tr("Sort: amount"), static_cast<int>(BoardSort::Amount));
    m_sort->addItem(tr("Sort: time in stage"), static_cast<int>(BoardSort::Age));
    setOwners({}, {});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_owner);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addSpacing(4);
    layout->addWidget(m_stalled);
    layout->addWidget(m_noNextStep);
    layout->addStretch(0);
    layout->addWidget(m_sort);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &BoardFilterBar::fromControls);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    // The clear button and Enter apply at once.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            fromControls();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, &BoardFilterBar::fromControls);
    m_search->installEventFilter(this);
    for (QComboBox* combo : {m_owner, m_period, m_sort}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &BoardFilterBar::fromControls);
    }
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &BoardFilterBar::fromControls);
    }
    for (QToolButton* button : {m_stalled, m_noNextStep}) {
        connect(button, &QToolButton::toggled, this, &BoardFilterBar::fromControls);
    }
}

void BoardFilterBar::setOwners(const QList<Owner>& owners, const QString& myOwnerId)
{
    m_updating = true;
    m_owner->clear();
    m_owner->addItem(tr("Everyone's deals"), QString());
    if (!myOwnerId.isEmpty()) {
        m_owner->addItem(tr("My deals"), QString::fromLatin1(BoardSettings::meOwner));
    }
    if (!owners.isEmpty()) {
        m_owner->insertSeparator(m_owner->count());
    }
    for (const Owner& owner : owners) {
        m_owner->addItem(owner.name, owner.id);
    }
    m_updating = false;
    setFilter(m_filter);
}

void BoardFilterBar::setFilter(const BoardFilter& filter)
{
    m_updating = true;
    m_filter = filter;
    if (m_search->text() != filter.search) {
        m_search->setText(filter.search);
    }
    const int owner = m_owner->findData(filter.ownerId);
    m_owner->setCurrentIndex(owner >= 0 ? owner : 0);
    m_period->setCurrentIndex(std::max(0, m_period->findData(static_cast<int>(filter.closePeriod))));
    if (filter.customFrom.isValid()) {
        m_from->setDate(filter.customFrom);
    }
    if (filter.customTo.isValid()) {
        m_to->setDate(filter.customTo);
    }
    m_stalled->setChecked(filter.onlyStalled);
    m_noNextStep->setChecked(filter.onlyWithoutNextStep);
    m_sort->setCurrentIndex(std::max(0, m_sort->findData(static_cast<int>(filter.sort))));
    showCustomRange();
    m_updating = false;
}

void BoardFilterBar::showCustomRange()
{
    const bool custom = m_period->currentData().toInt() == static_cast<int>(ClosePeriod::Custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

void BoardFilterBar::fromControls()
{
    if (m_updating) {
        return;
    }
    m_searchTimer.stop();
    showCustomRange();
    BoardFilter filter;
    filter.search = m_search->text();
    filter.ownerId = m_owner->currentData().toString();
    filter.closePeriod = static_cast<ClosePeriod>(m_period->currentData().toInt());
    if (filter.closePeriod == ClosePeriod::Custom) {
        filter.customFrom = m_from->date();
        filter.customTo = m_to->date();
    }
    filter.onlyStalled = m_stalled->isChecked();
    filter.onlyWithoutNextStep = m_noNextStep->isChecked();
    filter.sort = static_cast<BoardSort>(m_sort->currentData().toInt());
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    emit filterChanged(m_filter);
}

bool BoardFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    // Only when the rep goes there (click, Tab, a shortcut), not when the window comes back.
    if (watched == m_search && event->type() == QEvent::FocusIn) {
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
            reason == Qt::ShortcutFocusReason) {
            emit searchFocused();
        }
    }
    return QWidget::eventFilter(watched, event);
}
