#pragma once

#include "voices/PasticheEngine.h"
#include "voices/SentenceAnalysis.h"
#include "voices/Voice.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace coinage {
class ModelClient;
}

namespace coinage::gui {

class ModelBackend;

// Upgrades the Voices panel's offline lines with a model's: one streamed request per line (ModelClient queues them
// and limits how many run at once), partial text reported as it streams, the final line (or the offline one with a
// note, when the model failed or its line did not pass validation) reported once. cancel() aborts everything in
// flight (the next keystroke or caret move). Failures are summed up in one quiet status line, never a dialog per voice.
class ModelLineUpgrader : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        Voice voice;
        int index = 0; // which line of the card
        PasticheLine offline;
    };

    ModelLineUpgrader(ModelBackend *backend, QWidget *promptParent, QObject *parent = nullptr);

    // Enabled, with a model and (for another machine) the user's agreement; may ask for it once.
    bool isActive() const;
    // Aborts earlier requests and asks the model for these lines.
    void upgrade(const SentenceAnalysis &analysis, const QList<Target> &targets);
    void cancel();
    int inFlight() const { return int(m_targets.size()); }
    ModelClient *client() const { return m_client; }
    QString status() const { return m_status; }
    // The model of the requests in flight (or last sent).
    QString modelName() const { return m_model; }

Q_SIGNALS:
    void streaming(const QString &voiceId, int index, const QString &partial, const QString &model);
    void upgraded(const QString &voiceId, int index, const coinage::PasticheLine &line);
    // One line for the panel ("" when all is well).
    void statusChanged(const QString &status);

private:
    void setStatus(const QString &status);
    void send(const SentenceAnalysis &analysis, const QList<Target> &targets);
    void onReady(quint64 id, const PasticheLine &line);

    ModelBackend *m_backend;
    QPointer<QWidget> m_promptParent;
    ModelClient *m_client;
    QHash<quint64, std::pair<QString, int>> m_targets; // request -> voice id, line index
    QString m_model;
    QString m_status;
    int m_failures = 0;
    int m_done = 0;
    QString m_lastFailure;
    quint64 m_generation = 0; // of upgrade requests; cancel() moves it on
};

} // namespace coinage::gui
