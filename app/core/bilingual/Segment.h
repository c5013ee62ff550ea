#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coinage {

// One translatable block of a post, as the bilingual view aligns it: a heading, a paragraph, a list item, a quote
// or a footnote definition. Lines are 0-based file lines (inclusive), offsets index the editor text.
struct Segment
{
    enum class Kind
    {
        Heading,
        Paragraph,
        ListItem,
        Quote,
        FootnoteDefinition,
        Table,
        Other // non-blank lines no Markdown block claims (e.g. an unreferenced footnote definition)
    };
    Kind kind = Kind::Paragraph;
    int firstLine = 0;
    int lastLine = 0;
    qsizetype start = 0;      // offset of the first character of firstLine
    qsizetype end = 0;        // offset just past the last character of lastLine
    int level = 0;            // heading level, list nesting depth
    QString footnoteId;       // FootnoteDefinition: its label; ListItem of a "References" list "1. ^text": the number
    QString prose;            // the text with Markdown syntax removed, whitespace simplified
    int characters = 0;       // code points of the prose without white space
    int cjkCharacters = 0;    // ... of which CJK (isCjk)
    bool placeholder = false; // only a "translate me" marker (see TranslationCreator)
    QString hash;             // of the prose: identifies the block's content in the sidecar
    QStringList anchors;      // alignment evidence: "fn:ID", "url:U", "num:N", "code:C", "same:HASH" (see InlineFacts)
};

using Segments = QList<Segment>;

} // namespace coinage
