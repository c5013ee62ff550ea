#pragma once

#include "markdown/ScanSnapshot.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;

namespace coinage::gui {

class MarkdownEditor;

// The status bar's permanent fields for the current editor: caret "Ln X, Col Y" (1-based, columns in code points),
// the word count of the latest scan (each CJK character is a word), the file's line endings and BOM, and the encoding.
class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    explicit StatusIndicators(QStatusBar *bar);
    ~StatusIndicators() override;

    void setEditor(MarkdownEditor *editor);

    QString positionText() const;
    QString wordsText() const;
    QString formatText() const;

private:
    void updatePosition();
    void updateWords(const ScanSnapshot &snapshot);
    void updateFormat();
    void disconnectEditor();

    QLabel *m_position;
    QLabel *m_words;
    QLabel *m_format;
    QLabel *m_encoding;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace coinage::gui
