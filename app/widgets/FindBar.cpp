#include "FindBar.h"

#include "ui_findbar.h"

#include <QKeyEvent>

namespace coinage::gui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindBar>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("findBar"));
    setFocusProxy(m_ui->findEdit);
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, &FindBar::queryChanged);
    for (QCheckBox *box : {m_ui->regexBox, m_ui->caseBox, m_ui->wordBox, m_ui->selectionBox})
        connect(box, &QCheckBox::toggled, this, &FindBar::queryChanged);
    connect(m_ui->nextButton, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_ui->previousButton, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &FindBar::replaceRequested);
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAllRequested);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &FindBar::closeRequested);
    m_ui->findEdit->installEventFilter(this);
    m_ui->replaceEdit->installEventFilter(this);
    installEventFilter(this);
}

FindBar::~FindBar() = default;

FindQuery FindBar::query() const
{
    return {m_ui->findEdit->text(), m_ui->regexBox->isChecked(), m_ui->caseBox->isChecked(),
            m_ui->wordBox->isChecked()};
}

bool FindBar::inSelection() const
{
    return m_ui->selectionBox->isChecked();
}

void FindBar::setInSelection(bool on)
{
    m_ui->selectionBox->setChecked(on);
}

QString FindBar::replacement() const
{
    return m_ui->replaceEdit->text();
}

void FindBar::setReplaceShown(bool shown)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->replaceEdit), static_cast<QWidget *>(m_ui->replaceButton),
                            static_cast<QWidget *>(m_ui->replaceAllButton)})
        widget->setVisible(shown);
}

bool FindBar::isReplaceShown() const
{
    return !m_ui->replaceEdit->isHidden();
}

void FindBar::setPattern(const QString &pattern)
{
    m_ui->findEdit->setText(pattern);
}

void FindBar::focusFind()
{
    m_ui->findEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->findEdit->selectAll();
}

void FindBar::focusReplace()
{
    m_ui->replaceEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->replaceEdit->selectAll();
}

void FindBar::setStatus(const QString &text, bool error)
{
    m_ui->countLabel->setText(text);
    m_ui->countLabel->setStyleSheet(error ? QStringLiteral("color: #c01c28;") : QString());
}

QString FindBar::status() const
{
    return m_ui->countLabel->text();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closeRequested();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (watched == m_ui->findEdit || watched == m_ui->replaceEdit)) {
            if (watched == m_ui->replaceEdit && !(key->modifiers() & Qt::ShiftModifier))
                Q_EMIT replaceRequested();
            else if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT previousRequested();
            else
                Q_EMIT nextRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace coinage::gui
