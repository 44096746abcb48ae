// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExportDialog.h"

#include "ReportExport.h"
#include "ReportPages.h"

#include "core/domain/Owner.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/DealRepository.h"
#include "core/storage/OwnerRepository.h"
#include "core/storage/StrategySheetRepository.h"
#include "core/util/Clock.h"
#include "core/util/Settings.h"
#include "core/workspace/Workspace.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kScope = QStringLiteral("ReportExport");
constexpr int kPreviewDpi = 48;

void selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    if (index >= 0) {
        box->setCurrentIndex(index);
    }
}
} // namespace

ReportExportDialog::ReportExportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("reportExportDialog"));
    buildForm();
    restoreChoices();
    updateEnabled();
    refreshPreview();
}

void ReportExportDialog::buildForm()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (ReportKind kind : ReportKinds::all()) {
        m_kind->addItem(ReportKinds::displayName(kind), ReportKinds::key(kind));
    }
    m_period = new QLineEdit(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setPlaceholderText(tr("this week / this quarter (e.g. 2026-W47, 2026-11, 2026-Q4)"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("reportOwner"));
    m_owner->addItem(tr("Everyone"), QString());
    for (const Owner& owner : m_workspace.owners().owners()) {
        m_owner->addItem(owner.name, owner.id);
    }
    m_deal = new QComboBox(this);
    m_deal->setObjectName(QStringLiteral("reportDeal"));
    for (const Deal& deal : m_workspace.deals().deals(m_workspace.strategySheets().dealsWithSheets())) {
        m_deal->addItem(deal.name, deal.id);
    }
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), ReportExport::formatKey(ReportExport::Format::Pdf));
    m_format->addItem(tr("HTML (one file)"), ReportExport::formatKey(ReportExport::Format::Html));
    m_format->addItem(tr("CSV (the tables)"), ReportExport::formatKey(ReportExport::Format::Csv));
    m_page = new QComboBox(this);
    m_page->setObjectName(QStringLiteral("reportPage"));
    m_page->addItem(tr("A4"), ReportExport::pageKey(QPageSize::A4));
    m_page->addItem(tr("US Letter"), ReportExport::pageKey(QPageSize::Letter));
    m_bom = new QCheckBox(tr("Byte-order mark for Excel"), this);
    m_bom->setObjectName(QStringLiteral("reportBom"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("Rep or &manager:"), m_owner);
    form->addRow(tr("&Deal:"), m_deal);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Pa&ge:"), m_page);
    form->addRow(QString(), m_bom);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(300, 420);
    m_preview->setFrameShape(QFrame::StyledPanel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("reportExportButton"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("reportPrintButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::exportReport);
    connect(m_print, &QPushButton::clicked, this, &ReportExportDialog::printReport);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    // Typing a period rebuilds the preview once the user pauses, not on every key.
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(400);
    connect(timer, &QTimer::timeout, this, &ReportExportDialog::refreshPreview);
    connect(m_period, &QLineEdit::textEdited, timer, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_kind, m_owner, m_deal, m_page}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ReportExportDialog::refreshPreview);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportExportDialog::updateEnabled);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::updateEnabled);
}

void ReportExportDialog::restoreChoices()
{
    const Settings& settings = Settings::instance();
    selectData(m_kind, settings.scopedValue(kScope, QStringLiteral("Kind")));
    selectData(m_owner, settings.scopedValue(kScope, QStringLiteral("Owner")));
    selectData(m_format, settings.scopedValue(kScope, QStringLiteral("Format")));
    selectData(m_page, settings.scopedValue(kScope, QStringLiteral("Page")));
    m_bom->setChecked(settings.scopedValue(kScope, QStringLiteral("Bom"), false).toBool());
}

void ReportExportDialog::saveChoices() const
{
    Settings& settings = Settings::instance();
    settings.setScopedValue(kScope, QStringLiteral("Kind"), m_kind->currentData());
    settings.setScopedValue(kScope, QStringLiteral("Owner"), m_owner->currentData());
    settings.setScopedValue(kScope, QStringLiteral("Format"), m_format->currentData());
    settings.setScopedValue(kScope, QStringLiteral("Page"), m_page->currentData());
    settings.setScopedValue(kScope, QStringLiteral("Bom"), m_bom->isChecked());
}

void ReportExportDialog::updateEnabled()
{
    const auto kind = ReportKinds::fromKey(m_kind->currentData().toString());
    m_deal->setEnabled(kind == ReportKind::DealStrategy);
    m_owner->setEnabled(kind != ReportKind::DealStrategy);
    m_period->setEnabled(kind == ReportKind::WeeklyReview || kind == ReportKind::Scorecard);
    const auto format = ReportExport::formatFromKey(m_format->currentData().toString());
    m_page->setEnabled(format == ReportExport::Format::Pdf);
    m_bom->setEnabled(format == ReportExport::Format::Csv);
}

void ReportExportDialog::refreshPreview()
{
    ReportRequest request;
    request.kind = ReportKinds::fromKey(m_kind->currentData().toString()).value_or(ReportKind::WeeklyReview);
    request.now = m_workspace.clock().nowUtc();
    request.owner = m_owner->currentData().toString();
    request.deal = m_deal->currentData().toString();
    request.fiscalYearStartMonth =
        qBound(1, Settings::instance().value(Settings::Key::FiscalYearStartMonth).toInt(), 12);
    if (!m_period->text().trimmed().isEmpty()) {
        request.range = ReportRange::parse(m_period->text());
        if (!request.range) {
            m_status->setText(tr("Cannot read the period: write 2026-W47, 2026-11, 2026-Q4 or 2026."));
            m_report.reset();
            m_preview->clear();
            m_export->setEnabled(false);
            m_print->setEnabled(false);
            return;
        }
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportBuilder::Outcome outcome = ReportBuilder::build(m_workspace, request);
    m_report = outcome.document;
    if (m_report) {
        const auto page = ReportExport::pageFromKey(m_page->currentData().toString()).value_or(QPageSize::A4);
        const ReportPages pages(*m_report, QPageSize(page));
        m_preview->setPixmap(QPixmap::fromImage(pages.pageImage(0, kPreviewDpi)));
        m_status->setText(tr("%n page(s) as PDF.", "", pages.pageCount()));
    } else {
        m_preview->clear();
        m_status->setText(outcome.error);
    }
    QGuiApplication::restoreOverrideCursor();
    m_export->setEnabled(m_report.has_value());
    m_print->setEnabled(m_report.has_value());
}

bool ReportExportDialog::exportTo(const QString& path)
{
    if (!m_report) {
        return false;
    }
    ReportExport::Options options;
    options.format =
        ReportExport::formatFromKey(m_format->currentData().toString()).value_or(ReportExport::Format::Pdf);
    options.page = ReportExport::pageFromKey(m_page->currentData().toString()).value_or(QPageSize::A4);
    options.byteOrderMark = m_bom->isChecked();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QStringList written = ReportExport::write(*m_report, options, path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (written.isEmpty()) {
        MessageBox::critical(this, tr("Export report"), error);
        return false;
    }
    saveChoices();
    m_status->setText(tr("Written: %1").arg(written.join(QStringLiteral(", "))));
    return true;
}

void ReportExportDialog::exportReport()
{
    const auto format =
        ReportExport::formatFromKey(m_format->currentData().toString()).value_or(ReportExport::Format::Pdf);
    const QString suffix = ReportExport::formatSuffix(format);
    const QString path = FileDialog::saveFileName(this,
                                                  tr("Export report"),
                                                  tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix),
                                                  suffix,
                                                  m_report ? m_report->title + u'.' + suffix : QString());
    if (!path.isEmpty() && exportTo(path)) {
        accept();
    }
}

void ReportExportDialog::printReport()
{
    if (!m_report) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportExport::pageFromKey(m_page->currentData().toString()).value_or(QPageSize::A4)));
    printer.setDocName(m_report->title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    printer.setFullPage(true);
    const ReportPages pages(*m_report, printer.pageLayout().pageSize());
    if (!pages.print(&printer)) {
        MessageBox::critical(this, tr("Print report"), tr("The report could not be sent to the printer."));
        return;
    }
    saveChoices();
}
