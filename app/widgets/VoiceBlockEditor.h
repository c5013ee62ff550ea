#pragma once

#include "voices/Voice.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
namespace Ui {
class VoiceBlockEditor;
}

namespace coinage::gui {

// What a voice says in one language, editable (forms/voiceblockeditor.ui): attribution formulas, templates (text,
// weight, shapes) with each template's parse error shown inline, lexicon lists, signature phrases and examples.
class VoiceBlockEditor : public QWidget
{
    Q_OBJECT
public:
    static inline const QString wordSeparator = QStringLiteral(" | ");

    explicit VoiceBlockEditor(QWidget *parent = nullptr);
    ~VoiceBlockEditor() override;

    void setBlock(const VoiceLanguageBlock &block);
    VoiceLanguageBlock block() const;
    // Adds phrases to the signatures and words to a lexicon list, skipping what is already there.
    void addSignatures(const QStringList &phrases);
    void addLexiconWords(const QString &list, const QStringList &words);
    // The templates' parse errors ("template 2: unknown slot '{topik}'"), as shown under the table.
    QStringList templateErrors() const;

    QPlainTextEdit *attributionsEdit() const;
    QTableWidget *templatesTable() const;
    QPushButton *addTemplateButton() const;
    QPushButton *removeTemplateButton() const;
    QLabel *templateErrorLabel() const;
    QTableWidget *lexiconTable() const;
    QPlainTextEdit *signaturesEdit() const;
    QTableWidget *examplesTable() const;

Q_SIGNALS:
    void changed();

private:
    void addRow(QTableWidget *table, const QStringList &cells, bool edit);
    void removeCurrentRow(QTableWidget *table);
    void checkTemplates();

    std::unique_ptr<Ui::VoiceBlockEditor> m_ui;
    bool m_loading = false;
};

} // namespace coinage::gui
