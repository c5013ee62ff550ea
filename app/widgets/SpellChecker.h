#pragma once

#include "spell/SpellScanContext.h"

#include <Sonnet/Speller>

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

class QMenu;
class QPainter;
class QTextBlock;

namespace coinage {
struct ScanSnapshot;
}

namespace coinage::gui {

class MarkdownEditor;

// Spell checking of one editor with Sonnet::Speller, cheap enough to never get in the way of typing: only the blocks
// the editor shows (plus a margin) are checked, each block's result is cached by its text and line kind (so scrolling
// back, or another block with the same text, costs a hash lookup), and an edited block is checked again after a short
// pause in typing. Which words to check comes from core (SpellWordSplitter, SpellScanContext from the document's
// latest scan: code, front matter keys, URLs... skipped); the dictionary from the post's front matter `lang`
// (resolveSpellLanguage). The editor paints the misspellings through paint() after its own paint, as red wavy
// underlines over the text - independent of the extra selections of the current line and of Find, which stay as
// they are - and asks for context menu actions (suggestions, Add to Dictionary, Ignore).
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    static constexpr int marginBlocks = 20;              // checked above and below the visible blocks
    static constexpr int editDebounceMilliseconds = 400; // pause after an edit before the edited block is checked
    static constexpr int maxSuggestions = 5;
    static constexpr int maxCachedBlocks = 5000;

    struct Misspelling
    {
        int position = 0; // in the document
        int length = 0;
        QString word;
    };

    explicit SpellChecker(MarkdownEditor *editor);
    ~SpellChecker() override;
    // Takes the post's language from its latest scan and checks what shows (after connecting to the signals).
    void start();

    // The editor's checker (created by SpellController), or null.
    static SpellChecker *of(const MarkdownEditor *editor);

    // Spelling is on and the post has a dictionary.
    bool isActive() const;
    QString dictionary() const { return m_dictionary; }
    // The misspellings known in the blocks the editor shows, in document order.
    QList<Misspelling> flagged() const;
    std::optional<Misspelling> misspellingAt(int position) const;
    QStringList suggestions(const QString &word) const;
    // Checks the visible blocks (and margin) that have no cached result now; the milliseconds it took.
    double checkVisibleNow();
    double lastCheckMilliseconds() const { return m_lastCheckMilliseconds; }
    bool isPending() const { return m_waitingForPaint || m_timer.isActive(); }

    void paint(QPainter &painter) const;
    // How many wavy underlines have been placed so far (each costs the shaping of its line; tests and benchmarks).
    quint64 wavesPlaced() const { return m_wavesPlaced; }
    void addContextActions(QMenu *menu, int position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // After a check that found new results.
    void checked();
    // The post asks for a language that has no dictionary installed (`lang` as written).
    void dictionaryMissing(const QString &language);

private:
    struct Flag
    {
        int start = 0; // in the block
        int length = 0;
        QString word;
    };

    void onSnapshot(const coinage::ScanSnapshot &snapshot);
    void onSettingsChanged();
    void updateDictionary();
    void schedule(int milliseconds);
    QString cacheKey(const QTextBlock &block) const;
    QList<Flag> check(const QString &text, SpellLineKind kind) const;
    void replace(const Misspelling &misspelling, const QString &replacement);

    MarkdownEditor *m_editor;
    Sonnet::Speller m_speller;
    SpellScanContext m_context;
    QString m_dictionary;
    QString m_reportedMissing;
    QHash<QString, QList<Flag>> m_cache; // line kind + block text -> misspellings
    QTimer m_timer;
    mutable quint64 m_wavesPlaced = 0;
    bool m_waitingForPaint = false; // start() waits for the first paint of a window that has not shown yet
    double m_lastCheckMilliseconds = 0;
};

} // namespace coinage::gui
