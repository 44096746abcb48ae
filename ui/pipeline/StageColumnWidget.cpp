// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageColumnWidget.h"

#include "BoardFormat.h"
#include "BoardPalette.h"
#include "DealCardDelegate.h"
#include "DealListView.h"
#include "StageColumnHeader.h"
#include "StageColumnModel.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

StageColumnWidget::StageColumnWidget(StageColumnModel* model, DealCardDelegate* delegate, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_header(new StageColumnHeader(this))
    , m_view(new DealListView(this))
{
    setObjectName(QStringLiteral("stageColumn-") + model->stage().id);
    setAcceptDrops(true);
    m_view->setObjectName(QStringLiteral("stageList-") + model->stage().id);
    m_view->setModel(model);
    m_view->setItemDelegate(delegate);
    m_header->setObjectName(QStringLiteral("stageHeader-") + model->stage().id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    connect(m_header, &StageColumnHeader::foldClicked, this, [this] {
        setFolded(true);
        emit foldToggled(true);
    });
    setMinimumWidth(minimumWidth);
    setMaximumWidth(maximumWidth);
}

QString StageColumnWidget::stageId() const
{
    return m_model->stage().id;
}

void StageColumnWidget::setDisplay(const QString& name, const QColor& tint)
{
    m_name = name;
    m_tint = tint;
    m_header->setStage(m_model->stage(), name, tint);
    setAccessibleName(name);
    update();
}

void StageColumnWidget::setTotals(const StageTotals& totals, const QString& baseCurrency)
{
    m_totals = totals;
    m_baseCurrency = baseCurrency;
    m_header->setTotals(totals, baseCurrency);
    if (m_folded) {
        setToolTip(tr("%1: %n deal(s), %2", nullptr, static_cast<int>(totals.count))
                       .arg(m_name, BoardFormat::wholeMoney(totals.totalMinor, baseCurrency)));
    }
    update();
}

void StageColumnWidget::setFolded(bool folded)
{
    m_folded = folded;
    m_header->setVisible(!folded);
    m_view->setVisible(!folded);
    if (folded) {
        setFixedWidth(foldedWidth);
        setCursor(Qt::PointingHandCursor);
        setToolTip(
            tr("%1: %n deal(s). Click to open the column.", nullptr, static_cast<int>(m_totals.count)).arg(m_name));
    } else {
        setMinimumWidth(minimumWidth);
        setMaximumWidth(maximumWidth);
        unsetCursor();
        setToolTip({});
        m_model->load(); // a column opened for the first time reads its first page now
    }
    update();
}

void StageColumnWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    const BoardPalette colors = BoardPalette::from(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF body = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_dropActive ? colors.dropTarget : colors.column);
    painter.drawRoundedRect(body, 10, 10);
    if (m_dropActive) {
        painter.setPen(QPen(colors.accent, 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(body.adjusted(1, 1, -1, -1), 9, 9);
    }
    if (!m_folded) {
        return;
    }
    // Folded: a cap in the stage's colour, then name, count and total written upwards.
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_tint);
    painter.drawRoundedRect(QRectF(8, 6, width() - 16, 3), 1.5, 1.5);
    QFont nameFont = font();
    nameFont.setWeight(QFont::DemiBold);
    const QString count = QLocale().toString(m_totals.count);
    painter.save();
    painter.translate(width() / 2.0, 18);
    painter.rotate(90);
    painter.setFont(nameFont);
    painter.setPen(colors.text);
    const QFontMetrics nameMetrics(nameFont);
    const int half = nameMetrics.height() / 2;
    painter.drawText(QPoint(0, half - nameMetrics.descent()), m_name);
    int x = nameMetrics.horizontalAdvance(m_name) + 10;
    painter.setFont(font());
    painter.setPen(colors.muted);
    const QString rest =
        count + QStringLiteral(" \u00B7 ") + BoardFormat::wholeMoney(m_totals.totalMinor, m_baseCurrency);
    painter.drawText(QPoint(x, half - nameMetrics.descent()), rest);
    x += fontMetrics().horizontalAdvance(rest) + 10;
    if (m_totals.unconvertibleCount > 0) {
        painter.setPen(colors.warning);
        painter.drawText(QPoint(x, half - nameMetrics.descent()), QStringLiteral("\u26A0"));
    }
    painter.restore();
}

void StageColumnWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_folded && rect().contains(event->position().toPoint())) {
        setFolded(false);
        emit foldToggled(false);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

bool StageColumnWidget::acceptsDrag(const QMimeData* payload) const
{
    const QStringList ids = StageColumnModel::dealIdsFrom(payload);
    // Dropping a card on its own column changes nothing.
    return !ids.isEmpty() && m_model->rowOf(ids.first()) < 0;
}

void StageColumnWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptsDrag(event->mimeData())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        m_dropActive = true;
        update();
    } else {
        event->ignore();
    }
}

void StageColumnWidget::dragMoveEvent(QDragMoveEvent* event)
{
    if (acceptsDrag(event->mimeData())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void StageColumnWidget::dragLeaveEvent(QDragLeaveEvent* event)
{
    Q_UNUSED(event)
    m_dropActive = false;
    update();
}

void StageColumnWidget::dropEvent(QDropEvent* event)
{
    m_dropActive = false;
    update();
    const QStringList ids = StageColumnModel::dealIdsFrom(event->mimeData());
    if (ids.isEmpty() || !acceptsDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    // Copy, not move: the board updates both columns from the stored change, and the
    // source view must not remove rows itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    for (const QString& id : ids) {
        emit dealDropped(id, stageId());
    }
}
