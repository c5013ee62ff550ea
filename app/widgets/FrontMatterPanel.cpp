#include "FrontMatterPanel.h"

#include "Document.h"
#include "check/PostChecker.h"
#include "jekyll/PostDate.h"
#include "jekyll/Site.h"

#include "ui_frontmatterpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {

// The panel reads and edits the front matter only, so it keeps the post up to its body (the first line when there is
// no closed front matter: enough to tell "none" from "never closed"), not the whole text: on a 10 MB post a copy and
// a line index of all of it per refresh cost ~20 MB and ~10 ms of the UI thread. Edits computed on this part have the
// same offsets in the whole post, which starts with it.
QString frontMatterPart(const QString &text)
{
    const FrontMatterSplit split = splitFrontMatter(text);
    if (split.hasFrontMatter())
        return text.left(split.bodyStart);
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    return firstLineEnd < 0 ? text : text.left(firstLineEnd + 1);
}

constexpr int refreshDelayMs = 120;

const QStringList &knownKeys()
{
    static const QStringList keys{u"title"_s,
                                  u"date"_s,
                                  u"layout"_s,
                                  u"description"_s,
                                  u"tags"_s,
                                  u"categories"_s,
                                  u"published"_s,
                                  u"permalink"_s,
                                  u"slug"_s,
                                  u"excerpt_separator"_s,
                                  u"lang"_s,
                                  u"ref"_s,
                                  u"disqus_comments"_s,
                                  u"giscus_comments"_s,
                                  u"related_posts"_s,
                                  u"toc"_s,
                                  u"featured"_s,
                                  u"thumbnail"_s};
    return keys;
}

QStringList splitTokens(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

bool hasFocusWithin(const QWidget *widget)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == widget || widget->isAncestorOf(focus));
}

void showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? u"color: #b3261e;"_s : u"color: #8a5a00;"_s);
    label->setVisible(!text.isEmpty());
}

} // namespace

FrontMatterPanel::FrontMatterPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FrontMatterPanel>())
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->error->setStyleSheet(u"color: white; background: #b3261e; padding: 6px 8px;"_s);
    m_ui->date->setTimeZone(QTimeZone::UTC); // wall-clock time as written; the offset is its own field
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &FrontMatterPanel::refresh);
    m_textFields = {{u"title"_s, m_ui->title},
                    {u"description"_s, m_ui->description},
                    {u"permalink"_s, m_ui->permalink},
                    {u"slug"_s, m_ui->slug},
                    {u"excerpt_separator"_s, m_ui->excerpt_separator},
                    {u"lang"_s, m_ui->lang},
                    {u"ref"_s, m_ui->ref},
                    {u"thumbnail"_s, m_ui->thumbnail}};
    m_boolFields = {{u"published"_s, m_ui->published, true},
                    {u"disqus_comments"_s, m_ui->disqus_comments, false},
                    {u"giscus_comments"_s, m_ui->giscus_comments, false},
                    {u"related_posts"_s, m_ui->related_posts, false},
                    {u"toc"_s, m_ui->toc, false},
                    {u"featured"_s, m_ui->featured, false}};
    connectFields();
    setDocument(nullptr);
}

FrontMatterPanel::~FrontMatterPanel() = default;

void FrontMatterPanel::connectFields()
{
    for (const TextField &field : std::as_const(m_textFields)) {
        connect(field.edit, &QLineEdit::editingFinished, this,
                [this, field] { writeText(field.key, field.edit->text()); });
    }
    for (const BoolField &field : std::as_const(m_boolFields)) {
        connect(field.box, &QCheckBox::toggled, this, [this, field](bool on) { writeBool(field.key, on); });
    }
    connect(m_ui->tags, &QLineEdit::editingFinished, this, [this] { writeList(u"tags"_s, m_ui->tags->text()); });
    connect(m_ui->categories, &QLineEdit::editingFinished, this,
            [this] { writeList(u"categories"_s, m_ui->categories->text()); });
    connect(m_ui->layout->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { writeText(u"layout"_s, m_ui->layout->currentText()); });
    connect(m_ui->layout, &QComboBox::activated, this, [this] { writeText(u"layout"_s, m_ui->layout->currentText()); });
    connect(m_ui->date, &QDateTimeEdit::editingFinished, this, &FrontMatterPanel::writeDate);
    connect(m_ui->offset, &QLineEdit::editingFinished, this, &FrontMatterPanel::writeDate);
    connect(m_ui->dateFix, &QPushButton::clicked, this, &FrontMatterPanel::applyDateFix);
    connect(m_ui->addKey, &QPushButton::clicked, this, &FrontMatterPanel::addKey);
    connect(m_ui->newValue, &QLineEdit::returnPressed, this, &FrontMatterPanel::addKey);
}

void FrontMatterPanel::setDocument(Document *document)
{
    if (document == m_document && document)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    if (document) {
        m_documentConnections.append(
            connect(document, &Document::revisionChanged, m_refreshTimer, qOverload<>(&QTimer::start)));
        m_documentConnections.append(connect(document, &Document::filePathChanged, this, [this] {
            updateContext();
            refresh();
        }));
    }
    m_ui->scroll->setEnabled(document != nullptr);
    updateContext();
    refresh();
}

void FrontMatterPanel::updateContext()
{
    const QString path = m_document ? m_document->filePath() : QString();
    m_context = path.isEmpty() ? JekyllLint::Context() : JekyllLint::contextFor(path);
    QStringList layouts;
    if (!path.isEmpty()) {
        if (const QString root = Site::findRoot(path); !root.isEmpty()) {
            if (const std::optional<Site> site = Site::open(root))
                layouts = site->layouts();
        }
    }
    if (layouts.isEmpty())
        layouts = QStringList{u"post"_s, u"page"_s, u"default"_s};
    const QSignalBlocker blocker(m_ui->layout);
    const QString current = m_ui->layout->currentText();
    m_ui->layout->clear();
    m_ui->layout->addItems(layouts);
    m_ui->layout->setCurrentText(current);
}

void FrontMatterPanel::refresh()
{
    m_refreshTimer->stop();
    m_text = m_document ? frontMatterPart(m_document->text()) : QString();
    m_data = FrontMatterData::parse(m_text, splitFrontMatter(m_text));
    m_updating = true;
    if (editable() || !m_document) {
        // While the YAML cannot be read the fields keep their last values (disabled), rather than going blank.
        updateFields();
        rebuildOtherKeys();
    }
    updateValidation();
    m_updating = false;
}

bool FrontMatterPanel::editable() const
{
    return m_document && m_data.isValid() && m_data.isMapping();
}

QString FrontMatterPanel::scalarOf(const QString &key) const
{
    const FrontMatterEntry *entry = m_data.find(key);
    if (!entry || !entry->value.isScalar() || entry->value.kind == YamlValue::Kind::Null)
        return {};
    return entry->value.scalar;
}

QStringList FrontMatterPanel::listOf(const QString &key) const
{
    const FrontMatterEntry *entry = m_data.find(key);
    if (!entry)
        return {};
    if (entry->value.isScalar())
        return entry->value.kind == YamlValue::Kind::Null ? QStringList() : splitTokens(entry->value.scalar);
    QStringList items;
    for (const YamlValue &item : entry->value.items)
        items.append(item.isScalar() ? item.scalar : QString());
    return items;
}

void FrontMatterPanel::setTextUnlessEditing(QLineEdit *edit, const QString &text)
{
    if (!hasFocusWithin(edit) && edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0); // a long title shows its beginning, not its end
    }
}

void FrontMatterPanel::updateFields()
{
    for (const TextField &field : std::as_const(m_textFields))
        setTextUnlessEditing(field.edit, scalarOf(field.key));
    for (const BoolField &field : std::as_const(m_boolFields)) {
        const FrontMatterEntry *entry = m_data.find(field.key);
        const bool on =
            entry && entry->value.kind == YamlValue::Kind::Bool ? entry->value.toVariant().toBool() : field.absentValue;
        if (field.box->isChecked() != on)
            field.box->setChecked(on);
    }
    const auto listText = [this](const QString &key) {
        const FrontMatterEntry *entry = m_data.find(key);
        return listOf(key).join(entry && entry->value.isScalar() ? u" "_s : u", "_s);
    };
    setTextUnlessEditing(m_ui->tags, listText(u"tags"_s));
    setTextUnlessEditing(m_ui->categories, listText(u"categories"_s));
    if (!hasFocusWithin(m_ui->layout))
        m_ui->layout->setCurrentText(scalarOf(u"layout"_s));

    const FrontMatterEntry *dateEntry = m_data.find(u"date");
    const PostDate date = dateEntry ? PostDate::fromValue(dateEntry->value) : PostDate();
    if (!hasFocusWithin(m_ui->date) && !hasFocusWithin(m_ui->offset)) {
        m_ui->date->setDateTime(date.isValid() ? QDateTime(date.date, date.time, QTimeZone::UTC)
                                               : QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::UTC));
        m_ui->offset->setText(date.hasOffset() ? PostDate::formatOffset(*date.offsetSeconds) : QString());
        m_shownDate = {m_ui->date->dateTime(), m_ui->offset->text()};
    }
}

void FrontMatterPanel::updateValidation()
{
    const QString file = m_document ? m_document->displayName() : QString();
    const CheckInput input(file, m_text);
    QList<Diagnostic> syntax;
    PostChecker::checkFrontMatter(input, syntax);
    QList<LintFinding> lint;
    if (m_data.isValid() && m_data.isMapping() && input.split.hasFrontMatter()) {
        JekyllLint::checkDate(input, m_context, lint);
        JekyllLint::checkValues(input, lint);
        JekyllLint::checkUnsafeYaml(input, lint);
    }

    QString error;
    QStringList problems;
    for (const Diagnostic &diagnostic : std::as_const(syntax)) {
        const QString text = tr("Line %1: %2").arg(diagnostic.line).arg(diagnostic.message);
        if (diagnostic.severity == Severity::Error)
            error += (error.isEmpty() ? QString() : u"\n"_s) + text;
        else
            problems.append(text);
    }
    if (!error.isEmpty())
        error = tr("The front matter cannot be read, so the fields are off until the text is fixed.") + u'\n' + error;
    else if (m_document && !input.split.hasFrontMatter())
        problems.prepend(tr("This post has no front matter yet: filling in a field adds it."));
    m_ui->error->setText(error);
    m_ui->error->setVisible(!error.isEmpty());
    m_ui->content->setEnabled(error.isEmpty());

    QString titleMessage;
    QString dateMessage;
    m_dateFix.clear();
    for (const LintFinding &finding : std::as_const(lint)) {
        const Diagnostic &d = finding.diagnostic;
        if (d.code == u"title-missing") {
            titleMessage = d.message;
        } else if (d.code == u"date-without-offset" || d.code == u"date-invalid") {
            dateMessage = d.message;
            m_dateFix = finding.fix;
            m_ui->dateFix->setToolTip(finding.fixText);
        } else {
            problems.append(tr("Line %1: %2").arg(d.line).arg(d.message));
        }
    }
    showMessage(m_ui->titleMessage, titleMessage, false);
    showMessage(m_ui->dateMessage, dateMessage, false);
    m_ui->dateFix->setVisible(!m_dateFix.isEmpty());
    showMessage(m_ui->problems, problems.join(u'\n'), false);
}

void FrontMatterPanel::rebuildOtherKeys()
{
    QStringList signature;
    QList<const FrontMatterEntry *> others;
    for (const FrontMatterEntry &entry : m_data.entries()) {
        if (knownKeys().contains(entry.key) || signature.contains(entry.key))
            continue;
        signature.append(entry.key);
        others.append(m_data.find(entry.key));
    }
    QStringList full = signature;
    for (const FrontMatterEntry *entry : std::as_const(others))
        full.append(YamlValue::kindName(entry->value.kind));
    if (full == m_otherSignature) {
        // Same rows: refresh the values in place (keeps focus and the caret of a row being edited).
        for (qsizetype i = 0; i < others.size() && i < m_otherValues.size(); ++i) {
            const YamlValue &value = others.at(i)->value;
            if (auto *box = qobject_cast<QCheckBox *>(m_otherValues.at(i)))
                box->setChecked(value.toVariant().toBool());
            else if (auto *edit = qobject_cast<QLineEdit *>(m_otherValues.at(i)))
                setTextUnlessEditing(edit, otherText(*others.at(i)));
        }
        return;
    }
    m_otherSignature = full;
    // Rows are deleted later: the change may come from a signal of a widget in them (a remove button).
    while (m_ui->otherForm->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_ui->otherForm->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (item && item->widget()) {
                item->widget()->hide();
                item->widget()->deleteLater();
            }
            delete item;
        }
    }
    m_otherValues.clear();
    for (const FrontMatterEntry *entry : std::as_const(others))
        addOtherRow(*entry);
    m_ui->otherEmpty->setVisible(others.isEmpty());
}

bool FrontMatterPanel::isFlatList(const YamlValue &value)
{
    return value.kind == YamlValue::Kind::List &&
           std::all_of(value.items.begin(), value.items.end(), [](const YamlValue &item) { return item.isScalar(); });
}

QString FrontMatterPanel::otherText(const FrontMatterEntry &entry) const
{
    const YamlValue &value = entry.value;
    if (value.isScalar())
        return value.kind == YamlValue::Kind::Null ? QString() : value.scalar;
    if (isFlatList(value))
        return listOf(entry.key).join(u", "_s);
    const FrontMatterEditor editor(m_text);
    const std::optional<FrontMatterKey> key = editor.find(entry.key);
    return key ? editor.valueText(*key).simplified() : QString();
}

void FrontMatterPanel::addOtherRow(const FrontMatterEntry &entry)
{
    const QString key = entry.key;
    const YamlValue &value = entry.value;
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    QWidget *field = nullptr;
    if (value.kind == YamlValue::Kind::Bool) {
        auto *box = new QCheckBox(tr("yes"));
        box->setChecked(value.toVariant().toBool());
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { writeBool(key, on); });
        field = box;
    } else {
        auto *edit = new QLineEdit(otherText(entry));
        edit->setClearButtonEnabled(true);
        if (!value.isScalar() && !isFlatList(value)) {
            edit->setReadOnly(true);
            edit->setToolTip(tr("A map: edit it in the text"));
        } else if (value.kind == YamlValue::Kind::List) {
            edit->setPlaceholderText(tr("list, comma-separated"));
            connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] { writeList(key, edit->text()); });
        } else if (value.kind == YamlValue::Kind::String || value.kind == YamlValue::Kind::Null) {
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, key, edit] { writeText(key, edit->text(), false); });
        } else {
            // Numbers, dates, timestamps: written as YAML so their type stays.
            connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
                if (edit->text() != scalarOf(key))
                    writeYaml(key, edit->text());
            });
        }
        field = edit;
    }
    field->setAccessibleName(key);
    field->setToolTip(field->toolTip().isEmpty() ? YamlValue::kindName(value.kind) : field->toolTip());
    auto *remove = new QToolButton;
    remove->setText(u"\u2212"_s);
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove %1").arg(key));
    remove->setAccessibleName(tr("Remove %1").arg(key));
    connect(remove, &QToolButton::clicked, this, [this, key] { removeKey(key); });
    layout->addWidget(field, 1);
    layout->addWidget(remove);
    m_ui->otherForm->addRow(key, row);
    m_otherValues.append(field);
}

void FrontMatterPanel::apply(const FrontMatterEditResult &result)
{
    if (!m_document)
        return;
    if (!result.ok) {
        showMessage(m_ui->problems, result.error, false);
        return;
    }
    if (!result.edits.isEmpty())
        m_document->applyEdits(result.edits);
    refresh();
}

bool FrontMatterPanel::canWrite()
{
    if (m_updating || !m_document)
        return false;
    if (m_text != frontMatterPart(m_document->text()))
        refresh(); // the text changed since the last refresh (its timer is pending)
    return editable();
}

void FrontMatterPanel::writeText(const QString &key, const QString &value, bool removeWhenEmpty)
{
    if (!canWrite())
        return;
    const FrontMatterEntry *entry = m_data.find(key);
    if (entry && entry->value.isScalar() && scalarOf(key) == value)
        return;
    if (value.isEmpty() && (!entry || removeWhenEmpty)) {
        if (entry)
            removeKey(key);
        return;
    }
    apply(FrontMatterEditor(m_text).setValue(key, value));
}

void FrontMatterPanel::writeList(const QString &key, const QString &tokens)
{
    if (!canWrite())
        return;
    const QStringList items = splitTokens(tokens);
    const FrontMatterEntry *entry = m_data.find(key);
    if (entry ? listOf(key) == items : items.isEmpty())
        return;
    apply(FrontMatterEditor(m_text).setList(key, items));
}

void FrontMatterPanel::writeBool(const QString &key, bool value)
{
    if (!canWrite())
        return;
    const FrontMatterEntry *entry = m_data.find(key);
    if (entry && entry->value.kind == YamlValue::Kind::Bool && entry->value.toVariant().toBool() == value)
        return;
    apply(FrontMatterEditor(m_text).setValue(key, value));
}

void FrontMatterPanel::writeYaml(const QString &key, const QString &yaml)
{
    if (!canWrite())
        return;
    apply(FrontMatterEditor(m_text).setYaml(key, yaml.isEmpty() ? u"''"_s : yaml));
}

void FrontMatterPanel::writeDate()
{
    if (!canWrite())
        return;
    const FrontMatterEntry *entry = m_data.find(u"date");
    const PostDate current = entry ? PostDate::fromValue(entry->value) : PostDate();
    const QDateTime shown = m_ui->date->dateTime();
    const QString offsetText = m_ui->offset->text().trimmed();
    if (shown == m_shownDate.first && m_ui->offset->text() == m_shownDate.second)
        return; // untouched: an unreadable date or the placeholder of a missing one stays as it is
    std::optional<int> offset;
    if (!offsetText.isEmpty()) {
        const PostDate probe = PostDate::parse(QString(u"2000-01-01 00:00 "_s + offsetText));
        if (!probe.hasOffset()) {
            showMessage(m_ui->dateMessage, tr("\"%1\" is not a UTC offset; write it as +hhmm").arg(offsetText), false);
            return;
        }
        offset = probe.offsetSeconds;
    }
    if (current.isValid() && QDateTime(current.date, current.time, QTimeZone::UTC) == shown &&
        current.offsetSeconds == offset)
        return;
    const bool seconds = current.hasSeconds || shown.time().second() != 0;
    QString text =
        shown.date().toString(u"yyyy-MM-dd"_s) + u' ' + shown.time().toString(seconds ? u"HH:mm:ss"_s : u"HH:mm"_s);
    if (offset)
        text += u' ' + PostDate::formatOffset(*offset);
    apply(FrontMatterEditor(m_text).setYaml(u"date", text));
}

void FrontMatterPanel::applyDateFix()
{
    if (!canWrite() || m_dateFix.isEmpty())
        return;
    m_document->applyEdits(m_dateFix);
    refresh();
}

void FrontMatterPanel::removeKey(const QString &key)
{
    if (!canWrite())
        return;
    apply(FrontMatterEditor(m_text).remove(key));
}

void FrontMatterPanel::addKey()
{
    const QString key = m_ui->newKey->text().trimmed();
    if (key.isEmpty() || !canWrite())
        return;
    const QString value = m_ui->newValue->text().trimmed();
    const FrontMatterEditResult result = FrontMatterEditor(m_text).setYaml(key, value.isEmpty() ? u"''"_s : value);
    if (!result.ok) {
        showMessage(m_ui->problems, result.error, false);
        return;
    }
    m_ui->newKey->clear();
    m_ui->newValue->clear();
    apply(result);
}

} // namespace coinage::gui
