// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>

namespace {
// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five unassigned bytes map to the
// C1 controls, as Windows itself does. Table-driven so it works without ICU.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeCp1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(kCp1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

bool looksLikeGb18030(const QByteArray& bytes)
{
    qsizetype paired = 0;
    qsizetype lone = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            continue;
        }
        const auto trail = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
        // Common Chinese characters have both bytes in 0xA1-0xFE (the GB2312 zone) or, in the
        // GBK extension, a lead 0x81-0xFE and a trail 0x40-0xFE; Latin-1 letters stand alone.
        if (lead >= 0x81 && lead <= 0xFE && trail >= 0x80 && trail <= 0xFE) {
            ++paired;
            ++i;
        } else {
            ++lone;
        }
    }
    return paired > 0 && paired >= 4 * lone;
}

// UTF-16 without a byte order mark: ASCII text has a zero in every other byte.
std::optional<TextEncoding> utf16WithoutBom(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4) {
        return std::nullopt;
    }
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0 ? 1 : 0;
        oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs) {
        return TextEncoding::Utf16Le;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs) {
        return TextEncoding::Utf16Be;
    }
    return std::nullopt;
}
} // namespace

namespace TextEncodings {

QString key(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16Be:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return QStringLiteral("utf-8");
}

std::optional<TextEncoding> fromKey(const QString& key)
{
    for (TextEncoding encoding : all()) {
        if (TextEncodings::key(encoding).compare(key, Qt::CaseInsensitive) == 0) {
            return encoding;
        }
    }
    if (key.compare(QLatin1String("gbk"), Qt::CaseInsensitive) == 0) {
        return TextEncoding::Gb18030;
    }
    return std::nullopt;
}

QString displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QCoreApplication::translate("TextEncoding", "UTF-8");
    case TextEncoding::Utf8Bom:
        return QCoreApplication::translate("TextEncoding", "UTF-8 with byte order mark");
    case TextEncoding::Utf16Le:
        return QCoreApplication::translate("TextEncoding", "UTF-16 (little endian)");
    case TextEncoding::Utf16Be:
        return QCoreApplication::translate("TextEncoding", "UTF-16 (big endian)");
    case TextEncoding::Windows1252:
        return QCoreApplication::translate("TextEncoding", "Windows-1252 (Western European)");
    case TextEncoding::Gb18030:
        return QCoreApplication::translate("TextEncoding", "GB18030 / GBK (Chinese)");
    }
    return {};
}

const QList<TextEncoding>& all()
{
    static const QList<TextEncoding> encodings = {TextEncoding::Utf8,
                                                  TextEncoding::Utf8Bom,
                                                  TextEncoding::Utf16Le,
                                                  TextEncoding::Utf16Be,
                                                  TextEncoding::Windows1252,
                                                  TextEncoding::Gb18030};
    return encodings;
}

TextEncoding detect(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        return TextEncoding::Utf8Bom;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        return TextEncoding::Utf16Le;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        return TextEncoding::Utf16Be;
    }
    if (const auto utf16 = utf16WithoutBom(bytes)) {
        return *utf16;
    }
    if (isValidUtf8(bytes)) {
        return TextEncoding::Utf8;
    }
    return looksLikeGb18030(bytes) ? TextEncoding::Gb18030 : TextEncoding::Windows1252;
}

QString decode(const QByteArray& bytes, TextEncoding encoding, bool* ok)
{
    auto withDecoder = [&](QStringDecoder decoder, qsizetype skip) {
        if (!decoder.isValid()) {
            if (ok) {
                *ok = false;
            }
            return QString();
        }
        QString text = decoder(QByteArrayView(bytes).sliced(std::min(skip, bytes.size())));
        if (ok) {
            *ok = !decoder.hasError();
        }
        return text;
    };
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return withDecoder(QStringDecoder(QStringDecoder::Utf8), bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    case TextEncoding::Utf16Le:
        return withDecoder(QStringDecoder(QStringDecoder::Utf16LE), bytes.startsWith("\xFF\xFE") ? 2 : 0);
    case TextEncoding::Utf16Be:
        return withDecoder(QStringDecoder(QStringDecoder::Utf16BE), bytes.startsWith("\xFE\xFF") ? 2 : 0);
    case TextEncoding::Windows1252:
        if (ok) {
            *ok = true;
        }
        return decodeCp1252(bytes);
    case TextEncoding::Gb18030:
        // Qt 6.4 has no built-in GB18030 converter; with ICU (Debian's Qt) it is found by name.
        return withDecoder(QStringDecoder("GB18030"), 0);
    }
    return {};
}

} // namespace TextEncodings
