#include "Document.h"

#include "LazyHighlighter.h"
#include "PostDocumentLayout.h"
#include "PostPreloader.h"
#include "ScanScheduler.h"
#include "storage/LineDiff.h"

#include <QFileInfo>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace coinage::gui {

Document::Document(QObject *parent)
    : QObject(parent)
{
    attach(new QTextDocument(this));
    m_scans = new ScanScheduler(this, this);
}

void Document::attach(QTextDocument *text)
{
    m_text = text;
    m_text->setParent(this);
    m_text->setDocumentLayout(new PostDocumentLayout(m_text));
    m_text->setDocumentMargin(textMargin);
    // Connected first, so that the revision (and with it text()'s cache) is current for every other listener.
    connect(m_text, &QTextDocument::contentsChange, this, [this](int from, int removed, int added) {
        // Format-only changes (removed == added and the text is the same) also land here; counting them is harmless.
        if (removed == 0 && added == 0)
            return;
        noteChange(from, removed, added);
        ++m_revision;
        Q_EMIT revisionChanged(m_revision);
    });
    m_highlighter = new LazyHighlighter(m_text, this);
    connect(m_text, &QTextDocument::modificationChanged, this, &Document::modificationChanged);
}

Document::~Document() = default;

FileError Document::load(const QString &path)
{
    std::optional<PostPreloader::Post> preloaded = PostPreloader::take(path);
    LoadResult loaded = preloaded ? std::move(preloaded->loaded) : PostFile::load(path);
    if (!loaded.ok)
        return loaded.error;
    m_format = std::move(loaded.format);
    m_untitledName.clear();
    if (preloaded && preloaded->text && m_revision == 0 && m_text->isEmpty()) {
        // A post that was never filled (so no view shows it yet): take the document the worker filled instead.
        delete m_highlighter;
        delete m_text;
        attach(preloaded->text.release());
        keepAsCache(loaded.text, preloaded->filledExactly);
        ++m_revision;
        Q_EMIT revisionChanged(m_revision);
    } else {
        replaceText(loaded.text);
    }
    m_path = QFileInfo(path).absoluteFilePath();
    Q_EMIT filePathChanged(m_path);
    Q_EMIT formatChanged();
    return {};
}

void Document::setUntitled(const QString &name, const QString &text)
{
    m_untitledName = name;
    m_format = {};
    replaceText(text);
    m_path.clear();
    Q_EMIT filePathChanged(m_path);
    Q_EMIT formatChanged();
}

SaveResult Document::save(const QString &path)
{
    const QString target = path.isEmpty() ? m_path : QFileInfo(path).absoluteFilePath();
    if (target.isEmpty())
        return {false, {QStringLiteral("no-file-name"), tr("The post has no file name yet")}};
    SaveResult saved = PostFile::save(target, text(), m_format);
    if (!saved.ok)
        return saved;
    m_text->setModified(false);
    setMissingOnDisk(false);
    if (target != m_path) {
        m_path = target;
        m_untitledName.clear();
        Q_EMIT filePathChanged(m_path);
    }
    Q_EMIT savedToDisk();
    return saved;
}

FileError Document::reload()
{
    if (m_path.isEmpty())
        return {QStringLiteral("no-file-name"), tr("The post has no file name yet")};
    LoadResult loaded = PostFile::load(m_path);
    if (!loaded.ok)
        return loaded.error;
    replaceAllText(loaded.text);
    m_text->setModified(false);
    setMissingOnDisk(false);
    m_format = std::move(loaded.format);
    Q_EMIT formatChanged();
    Q_EMIT savedToDisk();
    return {};
}

void Document::replaceAllText(const QString &text)
{
    const TextEdit edit = minimalEdit(this->text(), text);
    if (edit.length > 0 || !edit.replacement.isEmpty())
        applyEdits({edit});
}

void Document::setMissingOnDisk(bool missing)
{
    if (m_missingOnDisk == missing)
        return;
    m_missingOnDisk = missing;
    Q_EMIT missingOnDiskChanged(missing);
}

void Document::relocate(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == m_path)
        return;
    m_path = target;
    m_untitledName.clear();
    Q_EMIT filePathChanged(m_path);
}

void Document::noteChange(int from, int removed, int added)
{
    if (!m_cacheValid)
        return;
    if (m_dirtyFrom < 0) {
        m_dirtyFrom = from;
        m_dirtyTo = qsizetype(from) + removed;
        m_dirtyDelta = added - removed;
        return;
    }
    // Merge with the span already dirty: what lies past both is the cache's text shifted by the delta.
    const qsizetype changeEnd = qsizetype(from) + removed; // in the document before this change
    if (changeEnd > m_dirtyTo + m_dirtyDelta)
        m_dirtyTo = changeEnd - m_dirtyDelta;
    m_dirtyFrom = qMin<qsizetype>(m_dirtyFrom, from);
    m_dirtyDelta += added - removed;
}

QString Document::text() const
{
    const qsizetype length = m_text->characterCount() - 1;
    if (m_cacheValid && m_dirtyFrom >= 0) {
        const qsizetype documentTo = m_dirtyTo + m_dirtyDelta;
        // Qt may report a change that includes the document's final paragraph separator (setPlainText does): then
        // the span falls outside and the text is converted whole below.
        if (m_dirtyFrom <= m_dirtyTo && m_dirtyTo <= m_textCache.size() && m_dirtyFrom <= documentTo &&
            documentTo <= length && m_textCache.size() + m_dirtyDelta == length) {
            QTextCursor span(m_text);
            span.setPosition(int(m_dirtyFrom));
            span.setPosition(int(documentTo), QTextCursor::KeepAnchor);
            QString changed = span.selectedText(); // raw characters, paragraphs separated by U+2029
            changed.replace(QChar::ParagraphSeparator, u'\n');
            m_textCache.replace(m_dirtyFrom, m_dirtyTo - m_dirtyFrom, changed);
            m_dirtyFrom = -1;
            return m_textCache;
        }
        m_cacheValid = false;
    }
    if (!m_cacheValid) {
        // toPlainText() would turn non-breaking spaces into spaces; the raw text keeps every character.
        m_textCache = m_text->toRawText();
        m_textCache.replace(QChar::ParagraphSeparator, u'\n');
        m_cacheValid = true;
        m_dirtyFrom = -1;
    }
    return m_textCache;
}

QString Document::displayName() const
{
    return m_path.isEmpty() ? m_untitledName : QFileInfo(m_path).fileName();
}

bool Document::isModified() const
{
    return m_text->isModified();
}

void Document::fill(QTextDocument *document, const QString &text)
{
    document->setUndoRedoEnabled(false);
    document->setPlainText(text);
    document->setUndoRedoEnabled(true);
    document->setModified(false);
}

void Document::replaceText(const QString &text)
{
    fill(m_text, text);
    keepAsCache(text, fillKeepsText(text));
}

bool Document::fillKeepsText(const QString &text)
{
    const auto breaksParagraph = [](QChar c) {
        return c == u'\r' || c == QChar::ParagraphSeparator || c == QChar(0xFDD0) || c == QChar(0xFDD1);
    };
    return std::none_of(text.cbegin(), text.cend(), breaksParagraph);
}

void Document::keepAsCache(const QString &text, bool filledExactly)
{
    // The document now holds exactly this text (unless it had characters that QTextDocument turns into paragraph
    // breaks): keep it as text()'s cache instead of converting the document back (~30 ms for a 10 MB post).
    if (filledExactly) {
        m_textCache = text;
        m_cacheValid = true;
        m_dirtyFrom = -1;
    }
}

bool Document::applyEdits(TextEdits edits, bool joinPrevious)
{
    if (!normalizeEdits(edits, m_text->characterCount() - 1))
        return false;
    if (edits.isEmpty())
        return true;
    QTextCursor cursor(m_text);
    if (joinPrevious)
        cursor.joinPreviousEditBlock();
    else
        cursor.beginEditBlock();
    // Last to first, so earlier offsets stay valid.
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        cursor.setPosition(int(it->start));
        cursor.setPosition(int(it->end()), QTextCursor::KeepAnchor);
        cursor.insertText(it->replacement);
    }
    cursor.endEditBlock();
    return true;
}

} // namespace coinage::gui
