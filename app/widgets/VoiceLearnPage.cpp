#include "VoiceLearnPage.h"

#include "Prompts.h"
#include "post/PostFile.h"
#include "text/Cjk.h"
#include "voices/SampleContext.h"

#include "ui_voicelearnpage.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace coinage::gui {
namespace {
constexpr int textRole = Qt::UserRole;
constexpr int proposalIndexRole = Qt::UserRole + 1;

// Built once per run of the program, on the first worker that needs it.
const BackgroundCorpus &background()
{
    static const BackgroundCorpus corpus = BackgroundCorpus::builtIn();
    return corpus;
}
} // namespace

VoiceLearnPage::VoiceLearnPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VoiceLearnPage>())
{
    m_ui->setupUi(this);
    m_ui->progress->hide();
    m_ui->cancel->hide();
    QHeaderView *header = m_ui->proposals->header();
    header->setStretchLastSection(true);
    for (int column = 0; column < 5; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->proposals->headerItem()->setToolTip(
        2, tr("Weighted log-odds z-score against the background: above 1.96 is unlikely to be chance"));
    connect(m_ui->openFiles, &QPushButton::clicked, this, &VoiceLearnPage::openFiles);
    connect(m_ui->addPasted, &QPushButton::clicked, this, &VoiceLearnPage::addPasted);
    connect(m_ui->removeSample, &QPushButton::clicked, this, [this] {
        delete m_ui->samples->currentItem();
        updateButtons();
    });
    connect(m_ui->paste, &QPlainTextEdit::textChanged, this, &VoiceLearnPage::updateButtons);
    connect(m_ui->samples, &QListWidget::currentRowChanged, this, &VoiceLearnPage::updateButtons);
    connect(m_ui->analyse, &QPushButton::clicked, this, &VoiceLearnPage::analyse);
    connect(m_ui->cancel, &QPushButton::clicked, this, &VoiceLearnPage::cancel);
    connect(m_ui->addSelected, &QPushButton::clicked, this, &VoiceLearnPage::acceptSelected);
    connect(m_ui->proposals, &QTreeWidget::itemChanged, this, &VoiceLearnPage::updateButtons);
    connect(&m_watcher, &QFutureWatcher<QList<Proposal>>::finished, this, &VoiceLearnPage::onFinished);
    updateButtons();
}

VoiceLearnPage::~VoiceLearnPage()
{
    m_watcher.waitForFinished();
}

void VoiceLearnPage::addSample(const QString &title, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QString count = tr("%n characters", nullptr, int(text.size()));
    auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(title, count), m_ui->samples);
    item->setData(textRole, text);
    item->setToolTip(text.left(400));
    m_ui->samples->setCurrentItem(item);
    updateButtons();
}

QStringList VoiceLearnPage::samples() const
{
    QStringList texts;
    for (int row = 0; row < m_ui->samples->count(); ++row)
        texts.append(m_ui->samples->item(row)->data(textRole).toString());
    return texts;
}

void VoiceLearnPage::openFiles()
{
    if (!m_prompts)
        return;
    for (const QString &path : m_prompts->askOpenPaths(this, QDir::homePath())) {
        const LoadResult loaded = PostFile::load(path);
        if (!loaded.ok) {
            m_prompts->showError(this, tr("Add Sample"), loaded.error.message);
            continue;
        }
        addSample(QFileInfo(path).fileName(), loaded.text);
    }
}

void VoiceLearnPage::addPasted()
{
    const QString text = m_ui->paste->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    addSample(tr("Pasted %1").arg(m_ui->samples->count() + 1), text);
    m_ui->paste->clear();
}

void VoiceLearnPage::analyse()
{
    const QStringList texts = samples();
    if (texts.isEmpty() || m_watcher.isRunning())
        return;
    m_cancelled = false;
    m_ui->status->setText(tr("Analysing…"));
    m_ui->progress->show();
    m_ui->cancel->show();
    m_watcher.setFuture(QtConcurrent::run(&VoiceLearnPage::run, texts));
    updateButtons();
}

void VoiceLearnPage::cancel()
{
    if (!m_watcher.isRunning())
        return;
    // The UI is free at once; the worker hears the request between slices of work and stops within milliseconds.
    m_cancelled = true;
    m_watcher.cancel();
    m_ui->progress->hide();
    m_ui->cancel->hide();
    m_ui->status->setText(tr("Cancelled."));
    updateButtons();
}

void VoiceLearnPage::run(QPromise<QList<Proposal>> &promise, const QStringList &samples)
{
    const VoiceLearner learner(background());
    const auto cancelled = [&promise] {
        return promise.isCanceled();
    };
    QList<Proposal> proposals;
    for (const SignatureProposal &p : learner.learn(samples, VoiceLearner::Options(), cancelled)) {
        if (cancelled())
            return;
        proposals.append({p, SampleContext::find(samples, p.term)});
    }
    promise.addResult(proposals);
}

void VoiceLearnPage::onFinished()
{
    m_ui->progress->hide();
    m_ui->cancel->hide();
    if (m_cancelled || m_watcher.isCanceled()) {
        updateButtons();
        return;
    }
    m_proposals = m_watcher.result();
    const QLocale locale;
    m_ui->proposals->clear();
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        const SignatureProposal &p = m_proposals.at(i).evidence;
        const bool chinese = isCjk(p.term.front().unicode());
        const QString target = p.phrase ? tr("signatures (%1)").arg(chinese ? u"中文"_s : u"English"_s)
                                        : tr("lexicon (%1)").arg(chinese ? u"中文"_s : u"English"_s);
        auto *item = new QTreeWidgetItem(
            m_ui->proposals, {p.term, target, locale.toString(p.zScore, 'f', 2), locale.toString(p.sampleCount),
                              locale.toString(p.backgroundCount, 'g', 3), m_proposals.at(i).context});
        item->setData(0, proposalIndexRole, int(i));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, p.phrase ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(5, m_proposals.at(i).context);
        item->setToolTip(2, tr("log-odds ratio %1, z-score %2")
                                .arg(locale.toString(p.logOddsRatio, 'f', 3), locale.toString(p.zScore, 'f', 2)));
    }
    m_ui->status->setText(m_proposals.isEmpty()
                              ? tr("Nothing stands out yet: add more text (each term must occur at least twice).")
                              : tr("%n proposals, strongest first.", nullptr, int(m_proposals.size())));
    updateButtons();
    Q_EMIT analysed();
}

bool VoiceLearnPage::setChecked(const QString &term, bool checked)
{
    for (int row = 0; row < m_ui->proposals->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ui->proposals->topLevelItem(row);
        if (item->text(0) == term) {
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void VoiceLearnPage::acceptSelected()
{
    QList<SignatureProposal> chosen;
    for (int row = 0; row < m_ui->proposals->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ui->proposals->topLevelItem(row);
        if (item->checkState(0) == Qt::Checked)
            chosen.append(m_proposals.value(item->data(0, proposalIndexRole).toInt()).evidence);
    }
    if (chosen.isEmpty())
        return;
    const QString list = m_ui->listName->text().trimmed();
    Q_EMIT proposalsAccepted(chosen, list.isEmpty() ? u"learned"_s : list);
    m_ui->status->setText(tr("%n added to the voice.", nullptr, int(chosen.size())));
}

void VoiceLearnPage::updateButtons()
{
    const bool running = m_watcher.isRunning();
    m_ui->addPasted->setEnabled(!m_ui->paste->toPlainText().trimmed().isEmpty());
    m_ui->removeSample->setEnabled(m_ui->samples->currentItem() != nullptr);
    m_ui->analyse->setEnabled(m_ui->samples->count() > 0 && !running);
    bool anyChecked = false;
    for (int row = 0; row < m_ui->proposals->topLevelItemCount() && !anyChecked; ++row)
        anyChecked = m_ui->proposals->topLevelItem(row)->checkState(0) == Qt::Checked;
    m_ui->addSelected->setEnabled(anyChecked);
}

QListWidget *VoiceLearnPage::samplesList() const
{
    return m_ui->samples;
}
QPlainTextEdit *VoiceLearnPage::pasteEdit() const
{
    return m_ui->paste;
}
QPushButton *VoiceLearnPage::addPastedButton() const
{
    return m_ui->addPasted;
}
QPushButton *VoiceLearnPage::analyseButton() const
{
    return m_ui->analyse;
}
QPushButton *VoiceLearnPage::addSelectedButton() const
{
    return m_ui->addSelected;
}
QTreeWidget *VoiceLearnPage::proposalsTree() const
{
    return m_ui->proposals;
}

} // namespace coinage::gui
