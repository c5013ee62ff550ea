#include "PairSentenceHighlighter.h"

#include "MarkdownEditor.h"

#include <QTextBlock>

namespace coinage::gui {
namespace {

// Pale tints, one per sentence group in turn; the current group takes its tint stronger.
const QColor tints[] = {QColor(0x3b, 0x82, 0xf6), QColor(0xf5, 0x9e, 0x0b), QColor(0x10, 0xb9, 0x81),
                        QColor(0xd9, 0x46, 0xef)};

int index(Side side)
{
    return side == Side::Source ? 0 : 1;
}

} // namespace

PairSentenceHighlighter::PairSentenceHighlighter(MarkdownEditor *source, MarkdownEditor *target, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_target(target)
{}

void PairSentenceHighlighter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        clear();
}

void PairSentenceHighlighter::clear()
{
    m_current = -1;
    m_source->setSelectionGroup(SelectionGroup, {});
    m_target->setSelectionGroup(SelectionGroup, {});
}

std::pair<int, int> PairSentenceHighlighter::span(Side side, int sentence) const
{
    const QList<SentenceSpan> &spans = side == Side::Source ? m_result.source : m_result.target;
    if (sentence < 0 || sentence >= spans.size())
        return {-1, -1};
    const int start = m_start[index(side)] + int(spans[sentence].start);
    return {start, start + int(spans[sentence].length)};
}

void PairSentenceHighlighter::update(const AlignedPair *pair, const AlignOptions &options, Side caretSide)
{
    if (!m_enabled || !pair || !pair->hasSource() || !pair->hasTarget()) {
        clear();
        return;
    }
    // The pair's lines on each side, as the editor holds them now.
    QString texts[2];
    int starts[2];
    for (Side side : {Side::Source, Side::Target}) {
        const QTextDocument *document = editor(side)->document();
        const QTextBlock first = document->findBlockByNumber(pair->lines(side).first);
        const QTextBlock last = document->findBlockByNumber(pair->lines(side).last);
        if (!first.isValid() || !last.isValid()) {
            clear();
            return;
        }
        starts[index(side)] = first.position();
        QStringList lines;
        for (QTextBlock block = first; block.isValid() && block.blockNumber() <= last.blockNumber();
             block = block.next())
            lines.append(block.text());
        texts[index(side)] = lines.join(u'\n');
    }
    const QString languages = options.sourceLanguage + u'|' + options.targetLanguage;
    if (texts[0] != m_text[0] || texts[1] != m_text[1] || languages != m_languages) {
        m_text[0] = texts[0];
        m_text[1] = texts[1];
        m_languages = languages;
        m_result = SentenceAligner::align(m_text[0], m_text[1], options);
    }
    m_start[0] = starts[0];
    m_start[1] = starts[1];

    // The caret's sentence: the one holding it, else the last one before it.
    const int caret = editor(caretSide)->textCursor().position() - m_start[index(caretSide)];
    const QList<SentenceSpan> &caretSpans = caretSide == Side::Source ? m_result.source : m_result.target;
    int sentence = -1;
    for (int i = 0; i < caretSpans.size() && caretSpans[i].start <= caret; ++i)
        sentence = i;
    m_current = -1;
    for (int g = 0; g < m_result.pairs.size() && sentence >= 0; ++g) {
        const AlignedPair &group = m_result.pairs[g];
        if (sentence >= group.index(caretSide) && sentence < group.index(caretSide) + group.count(caretSide))
            m_current = g;
    }

    for (Side side : {Side::Source, Side::Target}) {
        QList<QTextEdit::ExtraSelection> selections;
        for (int g = 0; g < m_result.pairs.size(); ++g) {
            const AlignedPair &group = m_result.pairs[g];
            QColor tint = tints[g % std::size(tints)];
            tint.setAlphaF(g == m_current ? 0.38f : 0.12f);
            const bool alone = !group.hasSource() || !group.hasTarget();
            for (int s = group.index(side); s < group.index(side) + group.count(side); ++s) {
                const auto [from, to] = span(side, s);
                QTextEdit::ExtraSelection selection;
                selection.cursor = QTextCursor(editor(side)->document());
                selection.cursor.setPosition(from);
                selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
                selection.format.setBackground(tint);
                if (alone) {
                    selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                    selection.format.setUnderlineColor(QColor(0xdc, 0x26, 0x26));
                }
                selections.append(selection);
            }
        }
        editor(side)->setSelectionGroup(SelectionGroup, selections);
    }
}

} // namespace coinage::gui
