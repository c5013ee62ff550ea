#include "TextCodec.h"

#include <QHash>
#include <QStringDecoder>

#include <array>

namespace coinage {
namespace {

constexpr char bomBytes[] = "\xEF\xBB\xBF";

// Offset of the first byte that is not valid UTF-8, or -1 (overlongs, surrogates and values past U+10FFFF are
// invalid).
qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            if (c == 0xF4)
                high = 0x8F;
        } else
            return i;
        if (i + length > size)
            return i;
        if (s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// Line and code-point column of a byte offset in UTF-8 data that is valid before that offset.
void lineAndColumn(const QByteArray &bytes, qsizetype offset, int &line, int &column)
{
    line = 1;
    column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
}

const char *endingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::CRLF:
        return "\r\n";
    case LineEnding::CR:
        return "\r";
    case LineEnding::LF:
        break;
    }
    return "\n";
}

} // namespace

QString DecodeError::message() const
{
    if (kind == Kind::Binary)
        return TextCodec::tr("this is a binary file, not a text file (a NUL byte at line %1, column %2)")
            .arg(line)
            .arg(column);
    return TextCodec::tr("the file is not valid UTF-8 (byte %1 at line %2, column %3); Coinage opens UTF-8 text only "
                         "and will not change the file")
        .arg(byteOffset)
        .arg(line)
        .arg(column);
}

bool TextCodec::decode(const QByteArray &bytes, DecodedText &out, DecodeError &error)
{
    out = {};
    qsizetype start = 0;
    if (bytes.startsWith(bomBytes)) {
        out.format.bom = true;
        start = 3;
    }
    const qsizetype nul = bytes.indexOf('\0', start);
    if (nul >= 0) {
        error.kind = DecodeError::Kind::Binary;
        error.byteOffset = nul;
        lineAndColumn(bytes, nul, error.line, error.column);
        return false;
    }
    const qsizetype bad = firstInvalidUtf8(bytes.constData() + start, bytes.size() - start);
    if (bad >= 0) {
        error.kind = DecodeError::Kind::InvalidUtf8;
        error.byteOffset = start + bad;
        lineAndColumn(bytes, start + bad, error.line, error.column);
        return false;
    }

    // ConvertInitialBom: a second BOM after the one stripped above is text and must survive (found by fuzzing).
    QStringDecoder toUtf16(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString raw = toUtf16(QByteArrayView(bytes).sliced(start));
    // Normalise line endings to '\n', counting each kind per line.
    QString &text = out.text;
    text.resize(raw.size());
    QChar *dst = text.data();
    QList<LineEnding> endings;
    std::array<qsizetype, 3> counts{};
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == u'\r') {
            const bool crlf = i + 1 < raw.size() && raw[i + 1] == u'\n';
            const LineEnding e = crlf ? LineEnding::CRLF : LineEnding::CR;
            endings.append(e);
            ++counts[size_t(e)];
            if (crlf)
                ++i;
            *dst++ = u'\n';
        } else if (c == u'\n') {
            endings.append(LineEnding::LF);
            ++counts[size_t(LineEnding::LF)];
            *dst++ = u'\n';
        } else {
            *dst++ = c;
        }
    }
    text.truncate(dst - text.constData());

    LineEnding dominant = LineEnding::LF;
    if (counts[size_t(LineEnding::CRLF)] > counts[size_t(dominant)])
        dominant = LineEnding::CRLF;
    if (counts[size_t(LineEnding::CR)] > counts[size_t(dominant)])
        dominant = LineEnding::CR;
    out.format.lineEnding = dominant;
    for (int line = 0; line < endings.size(); ++line) {
        if (endings[line] != dominant)
            out.format.exceptions.append({line, endings[line]});
    }
    out.format.loadedTextHash = qHash(text);
    return true;
}

QByteArray TextCodec::encode(const QString &text, const TextFormat &format)
{
    const bool keepExceptions = format.isMixed() && qHash(text) == format.loadedTextHash;
    QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + (format.bom ? 3 : 0) + (format.lineEnding == LineEnding::CRLF ? utf8.size() / 30 : 0));
    if (format.bom)
        out.append(bomBytes, 3);
    if (format.lineEnding == LineEnding::LF && !keepExceptions) {
        out.append(utf8);
        return out;
    }
    const char *normal = endingBytes(format.lineEnding);
    qsizetype exception = 0;
    int line = 0;
    qsizetype from = 0;
    for (qsizetype nl = utf8.indexOf('\n'); nl >= 0; nl = utf8.indexOf('\n', from)) {
        out.append(utf8.constData() + from, nl - from);
        const char *ending = normal;
        if (keepExceptions && exception < format.exceptions.size() && format.exceptions[exception].first == line)
            ending = endingBytes(format.exceptions[exception++].second);
        out.append(ending);
        ++line;
        from = nl + 1;
    }
    out.append(utf8.constData() + from, utf8.size() - from);
    return out;
}

QString TextCodec::lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::CRLF:
        return QStringLiteral("CRLF");
    case LineEnding::CR:
        return QStringLiteral("CR");
    case LineEnding::LF:
        break;
    }
    return QStringLiteral("LF");
}

} // namespace coinage
