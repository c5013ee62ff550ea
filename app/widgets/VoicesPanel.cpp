#include "VoicesPanel.h"

#include "Document.h"
#include "EditorArea.h"
#include "FlowLayout.h"
#include "MarkdownEditor.h"
#include "ModelLineUpgrader.h"
#include "VoiceCard.h"
#include "voices/VoiceEdits.h"

#include "ui_voicespanel.h"

#include <algorithm>

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTextCursor>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {
const QString pinnedKey = u"voices/pinned"_s;
const QString hiddenKey = u"voices/hidden"_s;
const QString scopeKey = u"voices/scope"_s;
const QString languageKey = u"voices/language"_s;
const QString orderKey = u"voices/order"_s;

QSet<QString> toSet(const QStringList &list)
{
    return {list.begin(), list.end()};
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace

VoicesPanel::VoicesPanel(EditorArea *area, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VoicesPanel>())
    , m_library(VoiceLibrary::load(VoiceLibrary::userDirectory()))
{
    m_ui->setupUi(this);
    // The controls wrap onto a second line in a narrow dock instead of being clipped.
    auto *controls = new FlowLayout(m_ui->controlsBar);
    for (QWidget *control : {static_cast<QWidget *>(m_ui->scope), static_cast<QWidget *>(m_ui->language),
                             static_cast<QWidget *>(m_ui->hidden), static_cast<QWidget *>(m_ui->symposium)})
        controls->addWidget(control);
    m_ui->hidden->setMenu(new QMenu(m_ui->hidden));
    QPalette muted = m_ui->scopeText->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_ui->scopeText->setPalette(muted);
    m_ui->modelStatus->setPalette(muted);
    m_ui->modelStatus->hide();

    const QSettings settings;
    m_pinned = toSet(settings.value(pinnedKey).toStringList());
    m_ui->scope->setCurrentIndex(std::clamp(settings.value(scopeKey, 0).toInt(), 0, m_ui->scope->count() - 1));
    m_ui->language->setCurrentIndex(std::clamp(settings.value(languageKey, 0).toInt(), 0, m_ui->language->count() - 1));

    buildCards();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &VoicesPanel::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &VoicesPanel::onFinished);
    connect(m_ui->scope, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        schedule();
    });
    connect(m_ui->language, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        m_variants.clear();
        schedule();
    });
    connect(m_ui->symposium, &QPushButton::clicked, this, &VoicesPanel::insertSymposium);
    if (area) {
        connect(area, &EditorArea::currentEditorChanged, this, &VoicesPanel::setEditor);
        setEditor(area->currentEditor());
    }
}

VoicesPanel::~VoicesPanel()
{
    m_watcher.waitForFinished();
}

void VoicesPanel::buildCards()
{
    const QString uiLanguage = QLocale().language() == QLocale::Chinese ? u"zh"_s : u"en"_s;
    for (const Voice &voice : m_library.voices()) {
        auto *card = new VoiceCard(voice.id, uiLanguage == u"zh"_s ? voice.nameZh : voice.nameEn);
        card->setToolTip(voice.description(uiLanguage == u"zh"_s ? VoiceLanguage::Chinese : VoiceLanguage::English));
        card->setPinned(m_pinned.contains(voice.id));
        m_ui->cards->insertWidget(m_ui->cards->count() - 1, card);
        m_cards.append(card);
        connect(card, &VoiceCard::insertBelowRequested, this, &VoicesPanel::insertBelow);
        connect(card, &VoiceCard::replaceRequested, this, &VoicesPanel::replace);
        connect(card, &VoiceCard::nextVariantRequested, this, &VoicesPanel::nextVariant);
        connect(card, &VoiceCard::pinToggled, this, &VoicesPanel::setPinned);
        connect(card, &VoiceCard::hideRequested, this, &VoicesPanel::hideVoice);
    }
    reloadVoiceSettings(); // the order and hidden voices chosen in Preferences
}

void VoicesPanel::reloadVoices()
{
    m_library = VoiceLibrary::load(VoiceLibrary::userDirectory());
    qDeleteAll(m_cards);
    m_cards.clear();
    buildCards();
    m_shown = {};
    if (m_watcher.isRunning())
        m_pending = true; // computed with the old voices: dropped
    schedule();
    Q_EMIT voicesReloaded();
}

MarkdownEditor *VoicesPanel::editor() const
{
    return m_editor;
}

void VoicesPanel::addControl(QWidget *widget)
{
    m_ui->controlsBar->layout()->addWidget(widget);
}

VoiceCard *VoicesPanel::card(const QString &voiceId) const
{
    for (VoiceCard *card : m_cards) {
        if (card->voiceId() == voiceId)
            return card;
    }
    return nullptr;
}

QList<VoiceCard *> VoicesPanel::shownCards() const
{
    QList<VoiceCard *> shown;
    for (VoiceCard *card : m_cards) {
        if (!m_hidden.contains(card->voiceId()))
            shown.append(card);
    }
    return shown;
}

QComboBox *VoicesPanel::scopeBox() const
{
    return m_ui->scope;
}

QComboBox *VoicesPanel::languageBox() const
{
    return m_ui->language;
}

QPushButton *VoicesPanel::symposiumButton() const
{
    return m_ui->symposium;
}

void VoicesPanel::setEditor(MarkdownEditor *editor)
{
    if (editor == m_editor && editor)
        return;
    for (const QMetaObject::Connection &binding : std::as_const(m_bindings))
        disconnect(binding);
    m_bindings.clear();
    m_editor = editor;
    if (editor) {
        m_bindings.append(connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &VoicesPanel::schedule));
        m_bindings.append(connect(editor, &QPlainTextEdit::selectionChanged, this, &VoicesPanel::schedule));
        m_bindings.append(connect(editor->postDocument(), &Document::revisionChanged, this, &VoicesPanel::schedule));
    }
    schedule();
}

VoicesPanel::Request VoicesPanel::currentRequest() const
{
    Request request;
    request.scope = static_cast<VoiceScope>(m_ui->scope->currentIndex());
    request.language = static_cast<LanguageMode>(m_ui->language->currentIndex());
    if (!m_editor)
        return request;
    const QTextCursor cursor = m_editor->textCursor();
    request.revision = m_editor->postDocument()->revision();
    request.caret = cursor.position();
    if (cursor.hasSelection()) {
        request.selectionStart = cursor.selectionStart();
        request.selectionEnd = cursor.selectionEnd();
    }
    return request;
}

ScopedText VoicesPanel::currentScope() const
{
    if (!m_editor)
        return {};
    const Request request = currentRequest();
    return TextScope::find(m_editor->postDocument()->text(), request.scope, request.caret, request.selectionStart,
                           request.selectionEnd);
}

void VoicesPanel::schedule()
{
    // Typing only restarts a timer; the text is read once the caret rests. Model lines for the old text are moot.
    if (m_model)
        m_model->cancel();
    m_debounce.start();
}

QLabel *VoicesPanel::modelStatusLabel() const
{
    return m_ui->modelStatus;
}

void VoicesPanel::setModelBackend(ModelBackend *backend)
{
    delete m_model;
    m_model = nullptr;
    if (!backend)
        return;
    m_model = new ModelLineUpgrader(backend, this, this);
    connect(m_model, &ModelLineUpgrader::streaming, this,
            [this](const QString &voiceId, int index, const QString &partial, const QString &model) {
                if (VoiceCard *card = this->card(voiceId); card && !card->isPinned())
                    card->showPartial(index, partial, model);
            });
    connect(m_model, &ModelLineUpgrader::upgraded, this, &VoicesPanel::onModelLine);
    connect(m_model, &ModelLineUpgrader::statusChanged, this, [this](const QString &status) {
        m_ui->modelStatus->setText(status);
        m_ui->modelStatus->setToolTip(status);
        m_ui->modelStatus->setVisible(!status.isEmpty());
    });
}

void VoicesPanel::requestModelLines()
{
    if (!m_model || !m_model->isActive() || m_shown.analysis.isEmpty())
        return;
    QList<ModelLineUpgrader::Target> targets;
    for (const VoiceCard *card : shownCards()) {
        const Voice *voice = m_library.find(card->voiceId());
        if (!voice || card->isPinned())
            continue;
        const QList<PasticheLine> lines = m_shown.lines.value(card->voiceId());
        for (int i = 0; i < lines.size(); ++i)
            targets.append({*voice, i, lines.at(i)});
    }
    m_model->upgrade(m_shown.analysis, targets);
}

void VoicesPanel::onModelLine(const QString &voiceId, int index, const PasticheLine &line)
{
    auto it = m_shown.lines.find(voiceId);
    if (it == m_shown.lines.end() || index >= it->size())
        return;
    (*it)[index] = line;
    if (VoiceCard *card = this->card(voiceId); card && !card->isPinned()) {
        card->setModelName(m_model->modelName());
        card->setLines(*it);
    }
}

void VoicesPanel::start()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    const Request request = currentRequest();
    const QString text = m_editor ? m_editor->postDocument()->text() : QString();
    m_watcher.setFuture(QtConcurrent::run(&VoicesPanel::compute, request, text, m_library.voices(), m_variants));
}

VoicesPanel::Result VoicesPanel::compute(const Request &request, const QString &text, const QList<Voice> &voices,
                                         const QHash<QString, int> &variants)
{
    Result result;
    result.request = request;
    if (request.caret < 0)
        return result;
    result.scope = TextScope::find(text, request.scope, request.caret, request.selectionStart, request.selectionEnd);
    if (result.scope.isEmpty())
        return result;
    result.analysis = SentenceAnalyzer::analyze(result.scope.text);
    if (result.analysis.isEmpty())
        return result;
    const QList<VoiceLanguage> wanted = languages(request.language, result.analysis);
    for (const Voice &voice : voices) {
        QList<PasticheLine> lines;
        for (const VoiceLanguage language : wanted) {
            PasticheLine line = PasticheEngine::line(voice, result.analysis, language, variants.value(voice.id));
            if (!line.isEmpty())
                lines.append(line);
        }
        result.lines.insert(voice.id, lines);
    }
    return result;
}

QList<VoiceLanguage> VoicesPanel::languages(LanguageMode mode, const SentenceAnalysis &analysis)
{
    switch (mode) {
    case LanguageMode::Chinese:
        return {VoiceLanguage::Chinese};
    case LanguageMode::English:
        return {VoiceLanguage::English};
    case LanguageMode::Both:
        // The text's own language first: the actions use the first line.
        return analysis.language == VoiceLanguage::Chinese
                   ? QList<VoiceLanguage>{VoiceLanguage::Chinese, VoiceLanguage::English}
                   : QList<VoiceLanguage>{VoiceLanguage::English, VoiceLanguage::Chinese};
    case LanguageMode::Auto:
        break;
    }
    return {analysis.language};
}

void VoicesPanel::onFinished()
{
    const Result result = m_watcher.result();
    const bool stale = !(result.request == currentRequest());
    if (m_pending || stale) {
        // Made for an older revision, caret or setting: never shown. The newer request is on its way.
        m_pending = false;
        if (!m_debounce.isActive())
            start();
        return;
    }
    showResult(result);
}

void VoicesPanel::showResult(const Result &result)
{
    if (result.analysis.sentence != m_shown.analysis.sentence)
        m_variants.clear();
    m_shown = result;
    if (result.scope.isEmpty()) {
        m_ui->scopeText->setText(tr("Put the caret in a sentence to hear it in other voices."));
    } else {
        const QString text = result.scope.text.simplified();
        m_ui->scopeText->setText(fontMetrics().elidedText(text, Qt::ElideMiddle, m_ui->scopeText->width() * 2));
        m_ui->scopeText->setToolTip(text);
    }
    for (VoiceCard *card : std::as_const(m_cards)) {
        if (card->isPinned() && !card->lines().isEmpty())
            continue;
        card->setLines(result.lines.value(card->voiceId()));
    }
    m_ui->symposium->setEnabled(!result.scope.isEmpty());
    Q_EMIT linesShown();
    requestModelLines();
}

void VoicesPanel::insertBelow(const QString &voiceId)
{
    const VoiceCard *card = this->card(voiceId);
    if (!m_editor || !card || card->text().isEmpty())
        return;
    Document *document = m_editor->postDocument();
    document->applyEdits({VoiceEdits::insertBelow(document->text(), currentScope(), card->text())});
    m_editor->setFocus(); // the writer goes on typing
}

void VoicesPanel::replace(const QString &voiceId)
{
    const VoiceCard *card = this->card(voiceId);
    const ScopedText scope = currentScope();
    if (!m_editor || !card || card->text().isEmpty() || scope.isEmpty())
        return;
    m_editor->postDocument()->applyEdits({VoiceEdits::replace(scope, card->text())});
    m_editor->setFocus();
}

void VoicesPanel::insertSymposium()
{
    if (!m_editor)
        return;
    QList<PasticheLine> lines;
    for (const VoiceCard *card : shownCards()) {
        if (!card->lines().isEmpty())
            lines.append(card->lines().first());
    }
    if (lines.isEmpty())
        return;
    Document *document = m_editor->postDocument();
    document->applyEdits({VoiceEdits::insertSymposiumBelow(document->text(), currentScope(), lines)});
}

void VoicesPanel::nextVariant(const QString &voiceId)
{
    VoiceCard *card = this->card(voiceId);
    const Voice *voice = m_library.find(voiceId);
    if (!card || !voice || m_shown.analysis.isEmpty())
        return;
    const int variant = m_variants.value(voiceId) + 1;
    m_variants.insert(voiceId, variant);
    // One voice, a few microseconds: done here, so the click shows its answer at once.
    QList<PasticheLine> lines;
    for (const VoiceLanguage language : languages(m_shown.request.language, m_shown.analysis)) {
        PasticheLine line = PasticheEngine::line(*voice, m_shown.analysis, language, variant);
        if (!line.isEmpty())
            lines.append(line);
    }
    m_shown.lines.insert(voiceId, lines);
    card->setLines(lines);
}

void VoicesPanel::setPinned(const QString &voiceId, bool pinned)
{
    if (pinned)
        m_pinned.insert(voiceId);
    else
        m_pinned.remove(voiceId);
    saveSettings();
    if (!pinned) {
        if (VoiceCard *card = this->card(voiceId); card && m_shown.lines.contains(voiceId))
            card->setLines(m_shown.lines.value(voiceId));
    }
}

void VoicesPanel::hideVoice(const QString &voiceId)
{
    m_hidden.insert(voiceId);
    if (VoiceCard *card = this->card(voiceId))
        card->setVisible(false);
    saveSettings();
    updateHiddenMenu();
}

void VoicesPanel::unhide(const QString &voiceId)
{
    m_hidden.remove(voiceId);
    if (VoiceCard *card = this->card(voiceId))
        card->setVisible(true);
    saveSettings();
    updateHiddenMenu();
}

QString VoicesPanel::hiddenSettingKey()
{
    return hiddenKey;
}

QString VoicesPanel::orderSettingKey()
{
    return orderKey;
}

void VoicesPanel::reloadVoiceSettings()
{
    const QSettings settings;
    m_hidden = toSet(settings.value(hiddenKey).toStringList());
    const QStringList order = settings.value(orderKey).toStringList();
    auto rank = [&order](const VoiceCard *card) {
        const qsizetype at = order.indexOf(card->voiceId());
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(m_cards.begin(), m_cards.end(),
                     [&rank](const VoiceCard *a, const VoiceCard *b) { return rank(a) < rank(b); });
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        m_ui->cards->removeWidget(m_cards.at(i));
        m_ui->cards->insertWidget(int(i), m_cards.at(i));
        m_cards.at(i)->setVisible(!m_hidden.contains(m_cards.at(i)->voiceId()));
    }
    updateHiddenMenu();
}

void VoicesPanel::updateHiddenMenu()
{
    QMenu *menu = m_ui->hidden->menu();
    menu->clear();
    for (const VoiceCard *card : std::as_const(m_cards)) {
        if (!m_hidden.contains(card->voiceId()))
            continue;
        const QString id = card->voiceId();
        const Voice *voice = m_library.find(id);
        menu->addAction(tr("Show %1").arg(voice ? voice->nameEn : id), this, [this, id] { unhide(id); });
    }
    m_ui->hidden->setText(tr("Hidden (%1)").arg(m_hidden.size()));
    m_ui->hidden->setVisible(!m_hidden.isEmpty());
}

void VoicesPanel::saveSettings() const
{
    QSettings settings;
    settings.setValue(pinnedKey, sorted(m_pinned));
    settings.setValue(hiddenKey, sorted(m_hidden));
    settings.setValue(scopeKey, m_ui->scope->currentIndex());
    settings.setValue(languageKey, m_ui->language->currentIndex());
}

} // namespace coinage::gui
