#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace coinage {

enum class LineEnding
{
    LF,
    CRLF,
    CR
};

// How a file's bytes map to the editor's text, so that saving unchanged text gives back the identical bytes.
// The text itself always uses '\n'; the file may use LF, CRLF, CR or a mix, with or without a UTF-8 BOM, with or
// without a final newline (that one is part of the text).
struct TextFormat
{
    bool bom = false;
    LineEnding lineEnding = LineEnding::LF; // the file's most common ending, used for new lines
    // Lines (0-based) whose ending differs from lineEnding. Kept only while the text is the one that was loaded.
    QList<std::pair<int, LineEnding>> exceptions;
    size_t loadedTextHash = 0;

    bool isMixed() const { return !exceptions.isEmpty(); }
};

struct DecodeError
{
    enum class Kind
    {
        InvalidUtf8,
        Binary
    };
    Kind kind = Kind::InvalidUtf8;
    qsizetype byteOffset = 0;
    int line = 1;   // 1-based
    int column = 1; // 1-based, in code points
    QString code() const
    {
        return kind == Kind::Binary ? QStringLiteral("binary-file") : QStringLiteral("invalid-utf8");
    }
    QString message() const;
};

struct DecodedText
{
    QString text;
    TextFormat format;
};

// UTF-8 text files, losslessly. Anything that is not valid UTF-8 text is refused, never silently changed.
class TextCodec
{
    Q_DECLARE_TR_FUNCTIONS(coinage::TextCodec)
public:
    // On failure returns false and fills error.
    static bool decode(const QByteArray &bytes, DecodedText &out, DecodeError &error);
    static QByteArray encode(const QString &text, const TextFormat &format);
    static QString lineEndingName(LineEnding ending);
};

} // namespace coinage
