#pragma once

#include "jekyll/JekyllLint.h"
#include "post/FrontMatterData.h"
#include "post/FrontMatterEditor.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <utility>

class QCheckBox;
class QLineEdit;
class QTimer;
namespace Ui {
class FrontMatterPanel;
}

namespace coinage::gui {

class Document;

// The Front matter panel (forms/frontmatterpanel.ui): typed fields for the keys Jekyll and al-folio use, every
// other key by type, with add and remove. A field change is a surgical FrontMatterEditor edit applied through
// Document::applyEdits (one undo step, only that key's lines); a text change refreshes the panel from the front
// matter, leaving the field being edited alone. Jekyll lint findings show next to their fields, with fixes.
class FrontMatterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FrontMatterPanel(QWidget *parent = nullptr);
    ~FrontMatterPanel() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    // Re-reads the front matter now (the panel does so by itself shortly after each change of the text).
    void refresh();

private:
    struct TextField
    {
        QString key;
        QLineEdit *edit;
    };
    struct BoolField
    {
        QString key;
        QCheckBox *box;
        bool absentValue;
    };

    void connectFields();
    void updateContext();
    void updateFields();
    void updateValidation();
    void rebuildOtherKeys();
    void addOtherRow(const FrontMatterEntry &entry);

    // Field -> text.
    void apply(const FrontMatterEditResult &result);
    void writeText(const QString &key, const QString &value, bool removeWhenEmpty = true);
    void writeList(const QString &key, const QString &tokens);
    void writeBool(const QString &key, bool value);
    void writeYaml(const QString &key, const QString &yaml);
    void writeDate();
    void removeKey(const QString &key);
    void addKey();
    void applyDateFix();

    bool editable() const;
    bool canWrite();
    static bool isFlatList(const YamlValue &value);
    QString otherText(const FrontMatterEntry &entry) const;
    QString scalarOf(const QString &key) const;
    QStringList listOf(const QString &key) const;
    static void setTextUnlessEditing(QLineEdit *edit, const QString &text);

    std::unique_ptr<Ui::FrontMatterPanel> m_ui;
    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_documentConnections;
    QTimer *m_refreshTimer;
    QString m_text; // the post up to its body (see frontMatterPart): what the panel reads and edits
    FrontMatterData m_data;
    JekyllLint::Context m_context;
    TextEdits m_dateFix;
    QList<TextField> m_textFields;
    QList<BoolField> m_boolFields;
    QStringList m_otherSignature;              // the keys and kinds the Other keys rows were built for
    QList<QWidget *> m_otherValues;            // the value widget of each Other keys row
    std::pair<QDateTime, QString> m_shownDate; // what the date and offset fields were last set to
    bool m_updating = false;
};

} // namespace coinage::gui
