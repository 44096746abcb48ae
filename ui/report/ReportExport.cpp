// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExport.h"

#include "ReportHtml.h"
#include "ReportPages.h"

#include "core/report/ReportCsv.h"
#include "core/report/ReportDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportExport", text);
}

constexpr int kPdfDpi = 300;
} // namespace

namespace ReportExport {

QString formatKey(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<Format> formatFromKey(const QString& key)
{
    for (Format format : {Format::Pdf, Format::Html, Format::Csv}) {
        if (formatKey(format) == key.toLower()) {
            return format;
        }
    }
    return std::nullopt;
}

QString formatSuffix(Format format)
{
    return formatKey(format);
}

QString pageKey(QPageSize::PageSizeId page)
{
    return page == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<QPageSize::PageSizeId> pageFromKey(const QString& key)
{
    if (key.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0) {
        return QPageSize::A4;
    }
    if (key.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0) {
        return QPageSize::Letter;
    }
    return std::nullopt;
}

bool writePdf(const ReportDocument& report, const Options& options, const QString& path, QString* error)
{
    const QPageSize pageSize(options.page);
    const ReportPages pages(report, pageSize, options.locale);
    // QPdfWriter does not report failed writes (a full disk gives a cut-off file), so the
    // PDF is made in memory and saved with QSaveFile, which keeps the last good file unless
    // every byte was written.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    bool ok = false;
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kPdfDpi);
        writer.setTitle(report.title + QStringLiteral(" — ") + report.periodLabel);
        writer.setCreator(QStringLiteral("Dealbench"));
        ok = pages.print(&writer);
    }
    QSaveFile file(path);
    if (!ok || !file.open(QIODevice::WriteOnly) || file.write(pdf.data()) != pdf.data().size() || !file.commit()) {
        if (error) {
            *error = file.errorString().isEmpty()
                         ? tr("Cannot write %1.").arg(QDir::toNativeSeparators(path))
                         : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

QStringList write(const ReportDocument& report, const Options& options, const QString& path, QString* error)
{
    switch (options.format) {
    case Format::Pdf:
        return writePdf(report, options, path, error) ? QStringList{path} : QStringList{};
    case Format::Html: {
        QSaveFile file(path);
        const QByteArray html = ReportHtml::encode(report, options.locale);
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
            if (error) {
                *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            }
            return {};
        }
        return {path};
    }
    case Format::Csv:
        return ReportCsv::write(report, path, options.byteOrderMark, error);
    }
    return {};
}

} // namespace ReportExport
