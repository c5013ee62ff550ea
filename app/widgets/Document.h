#pragma once

#include "post/PostFile.h"
#include "text/TextEdit.h"

#include <QObject>
#include <QString>

class QTextDocument;

namespace coinage::gui {

class LazyHighlighter;
class ScanScheduler;

// One open post: its text (a QTextDocument shared by every view of it), the file it comes from (empty while
// untitled), how its bytes are laid out (BOM, line endings) and a revision that grows with every change. The
// highlighter and the scan scheduler of the post live here so all views share them. Loading and saving go through
// PostFile; errors are returned, never shown.
class Document : public QObject
{
    Q_OBJECT
public:
    // The margin around the text, in pixels (set before the text is filled in: changing it later is a format change).
    static constexpr int textMargin = 12;
    // Fills a text document with a post's text as opened: the whole text, nothing to undo, unmodified. Also used on
    // a worker (PostPreloader) for a document this class adopts later.
    static void fill(QTextDocument *document, const QString &text);
    // Whether a document filled with text gives back exactly that text: QTextDocument turns CR, U+2029 and its own
    // frame markers into paragraph breaks. (The preloader asks on its worker: a scan of the whole text.)
    static bool fillKeepsText(const QString &text);

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // Replaces the text with the file's; on failure nothing changes and the error is returned.
    [[nodiscard]] FileError load(const QString &path);
    // An untitled post (Save asks for a file name) with the given text, unmodified.
    void setUntitled(const QString &name, const QString &text);
    // Saves to path (the document's own path when empty); on success the document takes that path and is unmodified.
    [[nodiscard]] SaveResult save(const QString &path = {});
    // Takes the file's current text (after a change on disk) as one undo step that replaces only what differs, so
    // every view keeps its caret and scroll position; then unmodified. On failure nothing changes.
    [[nodiscard]] FileError reload();
    // Replaces the whole text as one undo step (only the differing middle is touched); the document is modified
    // afterwards unless the text is unchanged.
    void replaceAllText(const QString &text);

    // The file was deleted or moved away by another program (the tab says so); the text stays.
    bool isMissingOnDisk() const { return m_missingOnDisk; }
    void setMissingOnDisk(bool missing);

    // The file was moved (by the site workflow): the document now belongs to `path`; text and undo stay.
    void relocate(const QString &path);

    QTextDocument *textDocument() const { return m_text; }
    // The text, lines separated by '\n', exactly as it will be saved (no character is normalised).
    QString text() const;

    QString filePath() const { return m_path; }
    bool isUntitled() const { return m_path.isEmpty(); }
    // The file name, or the untitled name.
    QString displayName() const;
    const TextFormat &format() const { return m_format; }
    bool isModified() const;
    quint64 revision() const { return m_revision; }

    // Applies edits computed by core as one undo step (an edit block), keeping every view's caret where it was
    // relative to the surrounding text. Returns false, changing nothing, when the edits overlap or fall outside.
    // joinPrevious: part of the previous edit block instead (text streamed in one piece after another, one undo step).
    bool applyEdits(TextEdits edits, bool joinPrevious = false);

    LazyHighlighter *highlighter() const { return m_highlighter; }
    ScanScheduler *scans() const { return m_scans; }

Q_SIGNALS:
    void modificationChanged(bool modified);
    void filePathChanged(const QString &path);
    void formatChanged();
    // After a successful save() or reload(): the text now equals the file's.
    void savedToDisk();
    void missingOnDiskChanged(bool missing);
    // After every change of the text (not of its highlighting).
    void revisionChanged(quint64 revision);

private:
    void replaceText(const QString &text);
    // Takes the text the document was just filled with as text()'s cache, when the two are the same.
    void keepAsCache(const QString &text, bool filledExactly);
    // Connects a fresh text document (the constructor's, or one filled on a worker) to this post.
    void attach(QTextDocument *text);

    QTextDocument *m_text = nullptr;
    QString m_path;
    QString m_untitledName;
    TextFormat m_format;
    quint64 m_revision = 0;
    bool m_missingOnDisk = false;
    void noteChange(int from, int removed, int added);

    // text() is kept up to date incrementally: the scans, the footnote index, the recovery journal and the panels
    // ask for it after edits, and converting a 10 MB QTextDocument whole costs ~15 ms of the UI thread (46 M
    // instructions). The cache equals the document except in one span, [m_dirtyFrom, m_dirtyTo) of the cache, which
    // is [m_dirtyFrom, m_dirtyTo + m_dirtyDelta) of the document; text() copies just that span from the document.
    mutable QString m_textCache;
    mutable bool m_cacheValid = false;
    mutable qsizetype m_dirtyFrom = -1; // -1: the cache is current
    mutable qsizetype m_dirtyTo = -1;
    mutable qsizetype m_dirtyDelta = 0;
    LazyHighlighter *m_highlighter = nullptr;
    ScanScheduler *m_scans = nullptr;
};

} // namespace coinage::gui
