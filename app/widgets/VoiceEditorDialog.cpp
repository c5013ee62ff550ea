#include "VoiceEditorDialog.h"

#include "Prompts.h"
#include "VoiceBlockEditor.h"
#include "VoiceLearnPage.h"
#include "text/Cjk.h"
#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"
#include "voices/VoiceLibrary.h"

#include "ui_voiceeditor.h"

#include <QDir>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {
const QColor errorColor(0xc0, 0x1c, 0x28);

VoiceLanguageBlock starterBlock(QStringList attributions, QStringList templates)
{
    VoiceLanguageBlock block;
    block.attributions = std::move(attributions);
    for (const QString &text : templates)
        block.templates.append({text, 1.0, {}});
    return block;
}
} // namespace

VoiceEditorDialog::VoiceEditorDialog(UserVoiceStore store, Prompts *prompts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VoiceEditorDialog>())
    , m_store(std::move(store))
    , m_prompts(prompts)
{
    m_ui->setupUi(this);
    setObjectName(u"coinage-voice-editor"_s);
    m_ui->learn->setPrompts(prompts);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({760, 300});
    for (QLabel *label : {m_ui->previewZhLabel, m_ui->previewEnLabel}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    m_delete = m_ui->buttons->addButton(tr("Delete Voice…"), QDialogButtonBox::DestructiveRole);
    m_ui->buttons->button(QDialogButtonBox::Save)->setDefault(false);
    m_ui->buttons->button(QDialogButtonBox::Save)->setAutoDefault(false); // Enter in a table edits, it does not save
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (deleteVoice())
            reject();
    });

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &VoiceEditorDialog::updatePreview);
    auto schedule = [this] {
        m_previewTimer.start();
    };
    for (QLineEdit *edit : {m_ui->id, m_ui->nameZh, m_ui->nameEn})
        connect(edit, &QLineEdit::textChanged, this, schedule);
    for (QPlainTextEdit *edit : {m_ui->descriptionZh, m_ui->descriptionEn, m_ui->sentence})
        connect(edit, &QPlainTextEdit::textChanged, this, schedule);
    for (VoiceBlockEditor *block : {m_ui->zhBlock, m_ui->enBlock})
        connect(block, &VoiceBlockEditor::changed, this, schedule);
    connect(m_ui->learn, &VoiceLearnPage::proposalsAccepted, this, &VoiceEditorDialog::addProposals);
}

VoiceEditorDialog::~VoiceEditorDialog()
{
    // The fields are deleted after this object's members: their last signals must not reach the preview timer.
    m_previewTimer.stop();
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

Voice VoiceEditorDialog::starterVoice(const QStringList &takenIds)
{
    Voice voice;
    voice.id = u"my-voice"_s;
    for (int n = 2; takenIds.contains(voice.id); ++n)
        voice.id = u"my-voice-%1"_s.arg(n);
    voice.nameZh = u"我的口吻"_s; // voice content, in both languages, not interface text
    voice.nameEn = u"My Voice"_s;
    voice.descriptionZh = u"你是一位文风独特的作者。"_s;
    voice.descriptionEn = u"You are a writer with a style of your own."_s;
    voice.zh = starterBlock(
        {u"有人说："_s}, {u"{sentence}{end}"_s, u"所谓{topic}，不过是{claim}罢了。"_s, u"{topic}吗？{claim}而已。"_s});
    voice.en = starterBlock({u"Someone said:"_s},
                            {u"{sentence|cap}{end}"_s, u"{topic|cap} {copula} {claim}, and nothing more."_s,
                             u"What {be} {topic}? {claim|cap}."_s});
    return voice;
}

void VoiceEditorDialog::setVoice(const Voice &voice, bool isNew)
{
    m_original = voice;
    m_userPath = (!isNew && !voice.builtIn && m_store.owns(voice.origin)) ? voice.origin : QString();
    m_ui->id->setText(voice.id);
    m_ui->nameZh->setText(voice.nameZh);
    m_ui->nameEn->setText(voice.nameEn);
    m_ui->descriptionZh->setPlainText(voice.descriptionZh);
    m_ui->descriptionEn->setPlainText(voice.descriptionEn);
    m_ui->zhBlock->setBlock(voice.zh);
    m_ui->enBlock->setBlock(voice.en);
    const QString folder = QDir::toNativeSeparators(m_store.directory());
    if (isNew) {
        setWindowTitle(tr("New Voice"));
        m_ui->notice->setText(tr("A new voice of your own, saved in %1.").arg(folder));
    } else if (voice.builtIn) {
        setWindowTitle(tr("Edit Voice: %1").arg(voice.nameEn));
        m_ui->notice->setText(tr("%1 is a built-in voice. Saving makes your own copy in %2, which takes the built-in "
                                 "voice's place; delete the copy to get the built-in voice back.")
                                  .arg(voice.nameEn, folder));
    } else {
        setWindowTitle(tr("Edit Voice: %1").arg(voice.nameEn));
        m_ui->notice->setText(tr("Your voice, saved in %1.").arg(QDir::toNativeSeparators(voice.origin)));
    }
    m_delete->setVisible(!m_userPath.isEmpty());
    updatePreview();
}

Voice VoiceEditorDialog::voice() const
{
    Voice voice = m_original; // keeps the model settings, which the editor does not show
    voice.id = m_ui->id->text().trimmed();
    voice.nameZh = m_ui->nameZh->text().trimmed();
    voice.nameEn = m_ui->nameEn->text().trimmed();
    voice.descriptionZh = m_ui->descriptionZh->toPlainText().trimmed();
    voice.descriptionEn = m_ui->descriptionEn->toPlainText().trimmed();
    voice.zh = m_ui->zhBlock->block();
    voice.en = m_ui->enBlock->block();
    voice.builtIn = false;
    return voice;
}

void VoiceEditorDialog::setPreviewText(const QString &text)
{
    const QString sentence =
        text.trimmed().isEmpty() ? tr("Large models are the way of minting coins.") : text.trimmed();
    m_ui->sentence->setPlainText(sentence);
    updatePreview();
}

void VoiceEditorDialog::updatePreview()
{
    m_previewTimer.stop();
    const Voice current = voice();
    const SentenceAnalysis analysis = SentenceAnalyzer::analyze(m_ui->sentence->toPlainText());
    for (const VoiceLanguage language : {VoiceLanguage::Chinese, VoiceLanguage::English}) {
        QLabel *label = previewLabel(language);
        const PasticheLine line =
            analysis.isEmpty() ? PasticheLine() : PasticheEngine::line(current, analysis, language, 0);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, line.isEmpty() ? palette.color(QPalette::PlaceholderText)
                                                              : this->palette().color(QPalette::WindowText));
        label->setPalette(palette);
        label->setText(line.isEmpty() ? tr("(no line: add an attribution and a template that fits this sentence)")
                                      : line.text);
    }
    showProblems(VoiceParser::validate(current), false);
    Q_EMIT previewUpdated();
}

void VoiceEditorDialog::showProblems(const QStringList &problems, bool blocking)
{
    QPalette palette = m_ui->problems->palette();
    palette.setColor(QPalette::WindowText, blocking ? errorColor : palette.color(QPalette::PlaceholderText));
    m_ui->problems->setPalette(palette);
    if (problems.isEmpty()) {
        m_ui->problems->clear();
        return;
    }
    const QString heading = blocking ? tr("Not saved. Fix these first:") : tr("To fix before saving:");
    m_ui->problems->setText(heading + u"\n• "_s + problems.join(u"\n• "_s));
}

bool VoiceEditorDialog::save()
{
    const UserVoiceStore::Result result = m_store.save(voice(), m_userPath);
    if (!result.ok) {
        showProblems(result.problems, true);
        return false;
    }
    m_savedPath = result.path;
    m_userPath = result.path;
    m_delete->setVisible(true);
    Q_EMIT voicesChanged();
    return true;
}

bool VoiceEditorDialog::deleteVoice()
{
    if (m_userPath.isEmpty() || !m_prompts)
        return false;
    const VoiceLibrary builtIns = VoiceLibrary::builtIn();
    const QString name = m_ui->nameEn->text().trimmed();
    const QString message =
        builtIns.find(m_original.id)
            ? tr("Delete your copy of %1? The built-in voice comes back.").arg(name)
            : tr("Delete the voice %1? Its file %2 is removed.").arg(name, QDir::toNativeSeparators(m_userPath));
    if (!m_prompts->askConfirm(this, tr("Delete Voice"), message))
        return false;
    const UserVoiceStore::Result result = m_store.remove(m_userPath);
    if (!result.ok) {
        m_prompts->showError(this, tr("Delete Voice"), result.problems.join(u'\n'));
        return false;
    }
    m_userPath.clear();
    Q_EMIT voicesChanged();
    return true;
}

void VoiceEditorDialog::addProposals(const QList<SignatureProposal> &proposals, const QString &lexiconList)
{
    QStringList phrases[2];
    QStringList words[2];
    for (const SignatureProposal &p : proposals) {
        const int block = isCjk(p.term.front().unicode()) ? 0 : 1; // 0: 中文, 1: English
        (p.phrase ? phrases : words)[block].append(p.term);
    }
    for (const int i : {0, 1}) {
        VoiceBlockEditor *block = i == 0 ? m_ui->zhBlock : m_ui->enBlock;
        block->addSignatures(phrases[i]);
        block->addLexiconWords(lexiconList, words[i]);
    }
    updatePreview();
}

QLabel *VoiceEditorDialog::noticeLabel() const
{
    return m_ui->notice;
}
QTabWidget *VoiceEditorDialog::tabs() const
{
    return m_ui->tabs;
}
QLineEdit *VoiceEditorDialog::idEdit() const
{
    return m_ui->id;
}
QLineEdit *VoiceEditorDialog::nameZhEdit() const
{
    return m_ui->nameZh;
}
QLineEdit *VoiceEditorDialog::nameEnEdit() const
{
    return m_ui->nameEn;
}
VoiceBlockEditor *VoiceEditorDialog::blockEditor(VoiceLanguage language) const
{
    return language == VoiceLanguage::Chinese ? m_ui->zhBlock : m_ui->enBlock;
}
VoiceLearnPage *VoiceEditorDialog::learnPage() const
{
    return m_ui->learn;
}
QPlainTextEdit *VoiceEditorDialog::sentenceEdit() const
{
    return m_ui->sentence;
}
QLabel *VoiceEditorDialog::previewLabel(VoiceLanguage language) const
{
    return language == VoiceLanguage::Chinese ? m_ui->previewZh : m_ui->previewEn;
}
QLabel *VoiceEditorDialog::problemsLabel() const
{
    return m_ui->problems;
}
QPushButton *VoiceEditorDialog::saveButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save);
}
QPushButton *VoiceEditorDialog::deleteButton() const
{
    return m_delete;
}

} // namespace coinage::gui
