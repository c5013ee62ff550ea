#include "VoiceBlockEditor.h"

#include "voices/SlotTemplate.h"

#include "ui_voiceblockeditor.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QStringList splitList(const QString &text, QChar separator)
{
    QStringList result;
    for (const QString &part : text.split(separator)) {
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

QString formatWeight(double weight)
{
    return QString::number(weight, 'g', 6);
}

} // namespace

VoiceBlockEditor::VoiceBlockEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VoiceBlockEditor>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->templates->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->templates->horizontalHeaderItem(1)->setToolTip(tr("A positive number; higher ranks the template higher"));
    m_ui->templates->horizontalHeaderItem(2)->setToolTip(
        tr("Empty for every sentence, or some of: statement, question, exclamation"));
    m_ui->lexicon->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QPalette error = m_ui->templateError->palette();
    error.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_ui->templateError->setPalette(error);
    m_ui->templateError->hide();

    for (QPlainTextEdit *edit : {m_ui->attributions, m_ui->signatures})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
    for (QTableWidget *table : {m_ui->templates, m_ui->lexicon, m_ui->examples})
        connect(table, &QTableWidget::itemChanged, this, [this, table] {
            if (m_loading)
                return;
            if (table == m_ui->templates)
                checkTemplates();
            Q_EMIT changed();
        });
    connect(m_ui->addTemplate, &QPushButton::clicked, this,
            [this] { addRow(m_ui->templates, {u"{sentence}{end}"_s, formatWeight(1), QString()}, true); });
    connect(m_ui->removeTemplate, &QPushButton::clicked, this, [this] { removeCurrentRow(m_ui->templates); });
    connect(m_ui->addList, &QPushButton::clicked, this,
            [this] { addRow(m_ui->lexicon, {QString(), QString()}, true); });
    connect(m_ui->removeList, &QPushButton::clicked, this, [this] { removeCurrentRow(m_ui->lexicon); });
    connect(m_ui->addExample, &QPushButton::clicked, this,
            [this] { addRow(m_ui->examples, {QString(), QString()}, true); });
    connect(m_ui->removeExample, &QPushButton::clicked, this, [this] { removeCurrentRow(m_ui->examples); });
}

VoiceBlockEditor::~VoiceBlockEditor()
{
    m_loading = true; // the tables and edits go after this: no more change signals
}

void VoiceBlockEditor::setBlock(const VoiceLanguageBlock &block)
{
    m_loading = true;
    m_ui->attributions->setPlainText(block.attributions.join(u'\n'));
    m_ui->templates->setRowCount(0);
    for (const VoiceTemplate &t : block.templates)
        addRow(m_ui->templates, {t.text, formatWeight(t.weight), t.shapes.join(u", "_s)}, false);
    m_ui->lexicon->setRowCount(0);
    QStringList names = block.lexicon.keys();
    names.sort();
    for (const QString &name : std::as_const(names))
        addRow(m_ui->lexicon, {name, block.lexicon.value(name).join(wordSeparator)}, false);
    m_ui->signatures->setPlainText(block.signatures.join(u'\n'));
    m_ui->examples->setRowCount(0);
    for (const auto &example : block.examples)
        addRow(m_ui->examples, {example.input, example.output}, false);
    m_loading = false;
    checkTemplates();
}

VoiceLanguageBlock VoiceBlockEditor::block() const
{
    VoiceLanguageBlock block;
    block.attributions = lines(m_ui->attributions);
    for (int row = 0; row < m_ui->templates->rowCount(); ++row) {
        VoiceTemplate t;
        t.text = cell(m_ui->templates, row, 0);
        if (t.text.isEmpty())
            continue;
        const QString weight = cell(m_ui->templates, row, 1);
        bool ok = true;
        t.weight = weight.isEmpty() ? 1.0 : QLocale::c().toDouble(weight, &ok);
        if (!ok)
            t.weight = QLocale().toDouble(weight, &ok);
        if (!ok)
            t.weight = 0; // reported by validation: "weight must be positive"
        t.shapes = splitList(cell(m_ui->templates, row, 2), u',');
        block.templates.append(t);
    }
    for (int row = 0; row < m_ui->lexicon->rowCount(); ++row) {
        const QString name = cell(m_ui->lexicon, row, 0);
        if (!name.isEmpty())
            block.lexicon[name] += splitList(cell(m_ui->lexicon, row, 1), u'|');
    }
    block.signatures = lines(m_ui->signatures);
    for (int row = 0; row < m_ui->examples->rowCount(); ++row) {
        const QString input = cell(m_ui->examples, row, 0);
        const QString output = cell(m_ui->examples, row, 1);
        if (!input.isEmpty() || !output.isEmpty())
            block.examples.append({input, output});
    }
    return block;
}

void VoiceBlockEditor::addSignatures(const QStringList &phrases)
{
    QStringList current = lines(m_ui->signatures);
    for (const QString &phrase : phrases) {
        if (!current.contains(phrase))
            current.append(phrase);
    }
    m_ui->signatures->setPlainText(current.join(u'\n'));
}

void VoiceBlockEditor::addLexiconWords(const QString &list, const QStringList &words)
{
    if (words.isEmpty())
        return;
    for (int row = 0; row < m_ui->lexicon->rowCount(); ++row) {
        if (cell(m_ui->lexicon, row, 0) != list)
            continue;
        QStringList current = splitList(cell(m_ui->lexicon, row, 1), u'|');
        for (const QString &word : words) {
            if (!current.contains(word))
                current.append(word);
        }
        m_ui->lexicon->item(row, 1)->setText(current.join(wordSeparator));
        return;
    }
    addRow(m_ui->lexicon, {list, words.join(wordSeparator)}, false);
    Q_EMIT changed();
}

QStringList VoiceBlockEditor::templateErrors() const
{
    QStringList errors;
    for (int row = 0; row < m_ui->templates->rowCount(); ++row) {
        SlotTemplate parsed;
        QString error;
        const QString text = cell(m_ui->templates, row, 0);
        if (!text.isEmpty() && !SlotTemplate::parse(text, &parsed, &error))
            errors.append(tr("Template %1: %2").arg(row + 1).arg(error));
    }
    return errors;
}

void VoiceBlockEditor::checkTemplates()
{
    const bool wasLoading = std::exchange(m_loading, true); // colouring items is not an edit
    for (int row = 0; row < m_ui->templates->rowCount(); ++row) {
        QTableWidgetItem *item = m_ui->templates->item(row, 0);
        if (!item)
            continue;
        SlotTemplate parsed;
        QString error;
        const bool ok = item->text().trimmed().isEmpty() || SlotTemplate::parse(item->text(), &parsed, &error);
        item->setForeground(ok ? m_ui->templates->palette().text() : QBrush(QColor(0xc0, 0x1c, 0x28)));
        item->setToolTip(ok ? QString() : error);
    }
    m_loading = wasLoading;
    const QStringList errors = templateErrors();
    m_ui->templateError->setText(errors.join(u'\n'));
    m_ui->templateError->setVisible(!errors.isEmpty());
}

void VoiceBlockEditor::addRow(QTableWidget *table, const QStringList &cells, bool edit)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    m_loading = wasLoading;
    if (edit) {
        table->setCurrentCell(row, 0);
        table->setFocus();
        table->editItem(table->item(row, 0));
    }
    if (!m_loading) {
        if (table == m_ui->templates)
            checkTemplates();
        Q_EMIT changed();
    }
}

void VoiceBlockEditor::removeCurrentRow(QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    if (table == m_ui->templates)
        checkTemplates();
    Q_EMIT changed();
}

QPlainTextEdit *VoiceBlockEditor::attributionsEdit() const
{
    return m_ui->attributions;
}
QTableWidget *VoiceBlockEditor::templatesTable() const
{
    return m_ui->templates;
}
QPushButton *VoiceBlockEditor::addTemplateButton() const
{
    return m_ui->addTemplate;
}
QPushButton *VoiceBlockEditor::removeTemplateButton() const
{
    return m_ui->removeTemplate;
}
QLabel *VoiceBlockEditor::templateErrorLabel() const
{
    return m_ui->templateError;
}
QTableWidget *VoiceBlockEditor::lexiconTable() const
{
    return m_ui->lexicon;
}
QPlainTextEdit *VoiceBlockEditor::signaturesEdit() const
{
    return m_ui->signatures;
}
QTableWidget *VoiceBlockEditor::examplesTable() const
{
    return m_ui->examples;
}

} // namespace coinage::gui
