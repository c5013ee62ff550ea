#pragma once

#include "FrontMatter.h"
#include "text/TextEdit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace coinage {

// Where one top-level key of the front matter is in the text. Its extent is the key's line plus its continuation
// lines (indented lines, block-list items, and blank or comment lines between them); comments and blank lines
// after the last continuation line belong to no key.
struct FrontMatterKey
{
    QString key;                // unquoted
    qsizetype lineStart = 0;    // first character of the key's line
    qsizetype colon = 0;        // the ':' after the key
    qsizetype valueStart = 0;   // first non-blank character after the colon on the key line (or its end)
    qsizetype valueEnd = 0;     // end of the value on the key line, before blanks and a comment
    qsizetype commentStart = 0; // the '#' of a comment on the key line, or lineEnd
    qsizetype lineEnd = 0;      // end of the key's line (before '\n')
    qsizetype extentEnd = 0;    // end of the extent's last line (before its '\n')
    bool multiLine() const { return extentEnd > lineEnd; }
};

// How a list-like key (tags, categories) is written, so that an edit keeps the user's form.
enum class ListForm
{
    String, // "tags: a b c", split on whitespace by Jekyll
    Flow,   // "tags: [a, b]"
    Block   // "tags:\n  - a\n  - b"
};

struct FrontMatterEditResult
{
    bool ok = false;
    TextEdits edits;
    QString error; // translated, when !ok
};

// Surgical edits of the front matter: each touches only the lines of the key it changes, so comments, key order,
// quoting and every other key stay byte for byte. Results are TextEdits for the editor (one undo step) or the CLI.
class FrontMatterEditor
{
    Q_DECLARE_TR_FUNCTIONS(coinage::FrontMatterEditor)
public:
    explicit FrontMatterEditor(QString text);

    const FrontMatterSplit &split() const { return m_split; }
    const QList<FrontMatterKey> &keys() const { return m_keys; }
    // The last occurrence of the key (the one YAML loaders keep).
    std::optional<FrontMatterKey> find(QStringView key) const;
    // The value's YAML text (the key line's value, or the continuation lines for a block value).
    QString valueText(const FrontMatterKey &key) const;
    ListForm listForm(QStringView key) const;

    // Sets the key to YAML text (validated as YAML); adds the key at the end of the front matter if it is missing,
    // and creates the front matter if there is none.
    FrontMatterEditResult setYaml(QStringView key, const QString &yaml) const;
    // Sets a typed value, written by YamlScalar::value (a string is quoted only when Psych would mis-type it).
    FrontMatterEditResult setValue(QStringView key, const QVariant &value) const;
    // Sets a list-like key keeping its form (a string stays a space-separated string unless an item holds a space;
    // a flow list stays flow, a block list stays block with its indentation). A new key is a flow list.
    FrontMatterEditResult setList(QStringView key, const QStringList &items) const;
    // Removes every occurrence of the key with its extent. Removing a missing key is no edit.
    FrontMatterEditResult remove(QStringView key) const;

private:
    FrontMatterEditResult checkEditable() const;
    FrontMatterEditResult replaceValue(const FrontMatterKey &key, const QString &yaml, const QString &indent) const;
    FrontMatterEditResult addKey(QStringView key, const QString &yaml) const;
    static QString indented(const QString &yaml, const QString &indent);
    void scan();

    QString m_text;
    FrontMatterSplit m_split;
    QList<FrontMatterKey> m_keys;
};

} // namespace coinage
