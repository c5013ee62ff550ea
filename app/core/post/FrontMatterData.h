#pragma once

#include "FrontMatter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace coinage {

// A YAML value of the front matter, typed as Jekyll's YAML loader (Psych, YAML 1.1) would read it.
struct YamlValue
{
    enum class Kind
    {
        Null,
        Bool,
        Int,
        Float,
        String,
        Date,
        Timestamp,
        List,
        Map
    };
    Kind kind = Kind::Null;
    QString scalar;    // the scalar's text (unquoted), for scalar kinds
    bool plain = true; // false for quoted or block scalars: always a string
    int line = 0;      // 1-based file position of the value
    int column = 0;
    QList<YamlValue> items;                       // List
    QList<std::pair<QString, YamlValue>> members; // Map, in file order

    bool isScalar() const { return kind != Kind::List && kind != Kind::Map; }
    QVariant toVariant() const;
    static QString kindName(Kind kind);
};

struct FrontMatterEntry
{
    QString key;
    YamlValue value;
    int line = 0; // 1-based file position of the key
    int column = 0;
};

struct YamlError
{
    int line = 1;   // 1-based, in the file
    int column = 1; // 1-based, code points
    QString message;
};

// A read-only view of the front matter's values, parsed with yaml-cpp. Editing happens on the text, never here.
class FrontMatterData
{
    Q_DECLARE_TR_FUNCTIONS(coinage::FrontMatterData)
public:
    static FrontMatterData parse(QStringView text, const FrontMatterSplit &split);

    bool isValid() const { return !m_error; }
    const std::optional<YamlError> &error() const { return m_error; }
    // False when the YAML parses but is not a mapping (a list or a bare scalar): Jekyll rejects that.
    bool isMapping() const { return m_mapping; }
    const QList<FrontMatterEntry> &entries() const { return m_entries; }
    // The last entry with the key (the one YAML loaders keep), or nullptr.
    const FrontMatterEntry *find(QStringView key) const;
    QString string(QStringView key) const;
    // Keys that appear more than once, each with every entry after the first.
    QList<const FrontMatterEntry *> duplicateEntries() const;

private:
    QList<FrontMatterEntry> m_entries;
    std::optional<YamlError> m_error;
    bool m_mapping = true;
};

} // namespace coinage
