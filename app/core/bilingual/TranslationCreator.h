#pragma once

#include "text/TextEdit.h"

#include <QCoreApplication>
#include <QString>

namespace coinage {

struct TranslationOptions
{
    QString sourceLanguage; // empty: the source's `lang`, else detected
    QString targetLanguage; // required
    QString linkKeyName = QStringLiteral("ref");
    enum class Body
    {
        Placeholders, // each block replaced by a marker in the same structure (heading, list item, footnote ...)
        CopySource    // the source blocks, to overwrite one by one
    };
    Body body = Body::Placeholders;
};

struct CreatedTranslation
{
    bool ok = false;
    QString error;         // for the user, when !ok
    QString path;          // suggested file for the translation
    QString text;          // its full text (lines separated by '\n')
    TextEdits sourceEdits; // to the source: add `lang` / the link key when it lacks them (empty when it has both)
};

// "Create translation": the counterpart of a post. Its front matter is the source's with `lang` set, the title
// marked for translation ("[TODO] " or "【待译】" in front), the same date and the same link key (a new one made
// from the file name when the source has none, added to the source too through sourceEdits). Other keys, comments
// and their order stay as they are.
class TranslationCreator
{
    Q_DECLARE_TR_FUNCTIONS(coinage::TranslationCreator)
public:
    static CreatedTranslation create(const QString &sourcePath, const QString &sourceText,
                                     const TranslationOptions &options);

    // The marker a translation's placeholders and title carry in a language: "【待译】" for CJK, "[TODO]" else.
    static QString marker(const QString &language);
    // "x.en.md" -> "x.zh.md"; "x.md" -> "x.zh.md".
    static QString suggestedPath(const QString &sourcePath, const QString &targetLanguage);
    // A YAML double-quoted scalar.
    static QString yamlQuoted(const QString &value);
};

} // namespace coinage
