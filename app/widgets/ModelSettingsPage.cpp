#include "ModelSettingsPage.h"

#include "ApiKeyStore.h"
#include "ModelBackend.h"
#include "voices/ModelClient.h"
#include "voices/ModelEndpoint.h"

#include "ui_modelsettingspage.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace coinage::gui {

ModelSettingsPage::ModelSettingsPage(ModelBackend *backend, QWidget *parent)
    : PreferencesPage(parent)
    , m_ui(std::make_unique<Ui::ModelSettingsPage>())
    , m_backend(backend)
    , m_client(new ModelClient(this))
{
    m_ui->setupUi(this);
    for (QLabel *label : {m_ui->modelsStatus, m_ui->keyStatus, m_ui->testStatus, m_ui->problem}) {
        label->setTextFormat(Qt::PlainText);
        label->hide(); // shown with something to say
    }

    const auto edited = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_ui->enabled, &QCheckBox::toggled, this, edited);
    connect(m_ui->baseUrl, &QLineEdit::textEdited, this, edited);
    connect(m_ui->model, &QComboBox::editTextChanged, this, edited);
    connect(m_ui->temperature, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->maxTokens, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->apiKey, &QLineEdit::textEdited, this, [this, edited] {
        m_keyEdited = true;
        edited();
    });
    connect(m_ui->showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->refresh, &QPushButton::clicked, this, [this] { list(false); });
    connect(m_ui->testConnection, &QPushButton::clicked, this, [this] { list(true); });
    connect(m_ui->revoke, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_ui->consentHosts->currentItem())
            m_backend->revokeConsent(item->text());
    });
    connect(m_ui->consentHosts, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->revoke->setEnabled(row >= 0); });
    connect(m_backend, &ModelBackend::consentChanged, this, &ModelSettingsPage::updateConsent);
    connect(m_backend, &ModelBackend::keyChanged, this, [this] {
        // The keychain answered: fill the field unless the user typed meanwhile.
        if (!m_keyEdited)
            m_ui->apiKey->setText(m_backend->keyStore()->key());
        showKeyStatus();
    });

    connect(m_client, &ModelClient::modelsListed, this, [this](const QStringList &ids) {
        const QString current = m_ui->model->currentText();
        const QString host = ModelEndpoint::host(pageSettings().baseUrl);
        if (m_testing) {
            QString text = tr("Connected to %1: %n model(s).", nullptr, int(ids.size())).arg(host);
            if (!current.isEmpty())
                text += u' ' + (ids.contains(current) ? tr("%1 is ready.").arg(current)
                                                      : tr("%1 is not among them.").arg(current));
            setStatus(m_ui->testStatus, text, !current.isEmpty() && !ids.contains(current));
        } else {
            m_loading = true;
            m_ui->model->clear();
            m_ui->model->addItems(ids);
            m_ui->model->setEditText(current.isEmpty() ? ids.value(0) : current);
            m_loading = false;
            setStatus(m_ui->modelsStatus, tr("%n model(s) on %1.", nullptr, int(ids.size())).arg(host), false);
            if (current.isEmpty() && !ids.isEmpty())
                Q_EMIT changed();
        }
        Q_EMIT modelsAnswered();
    });
    connect(m_client, &ModelClient::modelsFailed, this, [this](const QString &reason) {
        setStatus(m_testing ? m_ui->testStatus : m_ui->modelsStatus,
                  m_testing ? tr("Failed: %1").arg(reason) : tr("Could not list the models: %1").arg(reason), true);
        Q_EMIT modelsAnswered();
    });
    load();
}

ModelSettingsPage::~ModelSettingsPage() = default;

QString ModelSettingsPage::title() const
{
    return tr("Language Model");
}

void ModelSettingsPage::load()
{
    m_loading = true;
    const ModelSettings settings = m_backend->settings();
    m_ui->enabled->setChecked(settings.enabled);
    m_ui->baseUrl->setText(settings.baseUrl.toString());
    if (m_ui->model->findText(settings.model) < 0 && !settings.model.isEmpty())
        m_ui->model->addItem(settings.model);
    m_ui->model->setEditText(settings.model);
    m_ui->temperature->setValue(settings.temperature);
    m_ui->maxTokens->setValue(settings.maxTokens);
    m_keyEdited = false;
    m_ui->apiKey->setText(m_backend->keyStore()->key());
    m_backend->ensureKeyRead();
    m_ui->problem->hide();
    updateConsent();
    showKeyStatus();
    m_loading = false;
}

ModelSettings ModelSettingsPage::pageSettings() const
{
    ModelSettings settings = m_backend->settings();
    settings.enabled = m_ui->enabled->isChecked();
    settings.baseUrl = QUrl(m_ui->baseUrl->text().trimmed(), QUrl::StrictMode);
    settings.model = m_ui->model->currentText().trimmed();
    settings.temperature = m_ui->temperature->value();
    settings.maxTokens = m_ui->maxTokens->value();
    settings.apiKey = m_ui->apiKey->text().trimmed();
    return settings;
}

bool ModelSettingsPage::apply()
{
    const ModelSettings settings = pageSettings();
    QString problem;
    if (!ModelEndpoint::isValid(settings.baseUrl, &problem))
        problem = tr("Base URL: %1.").arg(problem);
    else if (settings.enabled && settings.model.isEmpty())
        problem = tr("Choose a model (Refresh lists the server's models).");
    if (!problem.isEmpty()) {
        setStatus(m_ui->problem, problem, true);
        return false;
    }
    m_ui->problem->hide();
    m_backend->setSettings(settings); // without the key
    if (settings.apiKey != m_backend->keyStore()->key())
        m_backend->keyStore()->write(settings.apiKey);
    m_keyEdited = false;
    // Turning the model on for another machine: ask now, while the user is here, rather than mid-sentence.
    if (settings.enabled)
        m_backend->ensureConsent(this, settings.baseUrl, true);
    return true;
}

void ModelSettingsPage::list(bool test)
{
    ModelSettings settings = pageSettings();
    QLabel *status = test ? m_ui->testStatus : m_ui->modelsStatus;
    QString problem;
    if (!ModelEndpoint::isValid(settings.baseUrl, &problem)) {
        setStatus(status, tr("Base URL: %1.").arg(problem), true);
        Q_EMIT modelsAnswered();
        return;
    }
    if (!m_backend->ensureConsent(this, settings.baseUrl, true)) {
        setStatus(
            status,
            tr("Nothing sent: %1 is not allowed to receive your text.").arg(ModelEndpoint::host(settings.baseUrl)),
            true);
        Q_EMIT modelsAnswered();
        return;
    }
    settings.firstByteTimeoutMs = 15000;
    m_testing = test;
    m_client->setSettings(settings);
    setStatus(status, test ? tr("Connecting…") : tr("Listing models…"), false);
    m_client->listModels();
}

void ModelSettingsPage::showKeyStatus()
{
    QString text = m_backend->keyStore()->description();
    if (!qEnvironmentVariableIsEmpty(ModelSettings::ApiKeyVariable))
        text += u' ' + tr("COINAGE_API_KEY is set: it is used while this field is empty.");
    setStatus(m_ui->keyStatus, text, false);
}

void ModelSettingsPage::updateConsent()
{
    m_ui->consentHosts->clear();
    const QStringList hosts = m_backend->consentedHosts();
    m_ui->consentHosts->addItems(hosts);
    if (hosts.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None: only this computer receives your text."));
        none->setFlags(Qt::NoItemFlags);
        m_ui->consentHosts->addItem(none);
    }
    m_ui->revoke->setEnabled(false);
}

void ModelSettingsPage::setStatus(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x20));
    else
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}

} // namespace coinage::gui
