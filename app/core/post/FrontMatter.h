#pragma once

#include <QString>
#include <QStringView>

namespace coinage {

// Where the YAML front matter and the body of a post are, as Jekyll sees them: the file starts (after an optional
// BOM) with a line "---", and the front matter ends at the next line that is "---" or "...". Offsets are into the
// editor text (lines separated by '\n').
struct FrontMatterSplit
{
    bool present = false;    // the first line opens front matter
    bool closed = false;     // ... and a closing line was found (without one Jekyll treats the file as plain content)
    qsizetype yamlStart = 0; // first character of the YAML
    qsizetype yamlEnd = 0;   // one past the YAML (the start of the closing line)
    qsizetype bodyStart = 0; // first character after the closing line
    int yamlFirstLine = 0;   // 0-based line of yamlStart
    int bodyFirstLine = 0;   // 0-based line of bodyStart
    QString closer;          // "---" or "..."

    bool hasFrontMatter() const { return present && closed; }
    QStringView yaml(QStringView text) const { return text.sliced(yamlStart, yamlEnd - yamlStart); }
    QStringView body(QStringView text) const { return text.sliced(bodyStart); }
};

FrontMatterSplit splitFrontMatter(QStringView text);

} // namespace coinage
