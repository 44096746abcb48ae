// SPDX-FileCopyrightText: 2026 Dealbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The encodings CSV files from spreadsheets and CRMs arrive in. Windows-1252 is what real
// Salesforce exports use; GB18030 (a superset of GBK) is what Excel writes in China.
enum class TextEncoding
{
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
    Gb18030,
};

namespace TextEncodings {

QString key(TextEncoding encoding); // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", "gb18030"
std::optional<TextEncoding> fromKey(const QString& key);
QString displayName(TextEncoding encoding);
const QList<TextEncoding>& all();

// Guesses the encoding from the bytes: a byte order mark decides; otherwise valid UTF-8 is
// UTF-8, and other bytes are GB18030 when their high bytes come in two-byte Chinese
// characters, Windows-1252 when they stand alone between Latin letters.
TextEncoding detect(const QByteArray& bytes);
// Decodes the whole text, without its byte order mark. `ok` is false when bytes were invalid
// in that encoding (they become U+FFFD) or the system lacks the converter.
QString decode(const QByteArray& bytes, TextEncoding encoding, bool* ok = nullptr);

} // namespace TextEncodings
