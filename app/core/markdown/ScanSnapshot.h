#pragma once

#include "post/FrontMatter.h"
#include "text/TextCounter.h"

#include <QList>
#include <QString>

namespace coinage {

struct ScanHeading
{
    int level = 1;        // 1..6
    QString text;         // the heading's text, inline syntax removed
    int line = 0;         // 0-based line in the document
    qsizetype offset = 0; // offset of the heading's first character in the document
};

struct ScanBlock
{
    enum class Type
    {
        Paragraph,
        Heading,
        List,
        ListItem,
        Quote,
        CodeBlock,
        Html,
        ThematicBreak,
        Table,
        FootnoteDefinition
    };
    Type type = Type::Paragraph;
    int firstLine = 0; // 0-based lines in the document, inclusive
    int lastLine = 0;
    int depth = 0; // nesting depth (0 for top-level blocks)
    int level = 0; // heading level for Heading
};

// One scan of a document's text: immutable, and tagged with the document revision it was made from. Panels are
// views of a snapshot; a snapshot older than the document is dropped or mapped, never applied blindly.
struct ScanSnapshot
{
    quint64 revision = 0;
    FrontMatterSplit frontMatter;
    QList<ScanHeading> headings;
    QList<ScanBlock> blocks;
    TextCounts counts; // of the body
    int lineCount = 0;
};

} // namespace coinage
