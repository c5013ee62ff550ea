#include "PostPreloader.h"

#include "Document.h"

#include <QFileInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace coinage::gui {
namespace {

PostPreloader *current = nullptr;

} // namespace

PostPreloader::PostPreloader(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!m_pending.contains(absolute))
            m_pending.insert(absolute, QtConcurrent::run(&PostPreloader::read, absolute, QThread::currentThread()));
    }
    current = this;
}

PostPreloader::~PostPreloader()
{
    current = nullptr;
    waitForFinished();
}

void PostPreloader::waitForFinished()
{
    for (QFuture<Read> &pending : m_pending)
        pending.waitForFinished();
}

std::optional<PostPreloader::Post> PostPreloader::take(const QString &path)
{
    if (!current)
        return std::nullopt;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto found = current->m_pending.find(absolute);
    if (found == current->m_pending.end())
        return std::nullopt;
    Read read = found->takeResult();
    current->m_pending.erase(found);
    if (!read.post.loaded.ok || read.stamp.size < 0 || !(read.stamp == stampOf(absolute)))
        return std::nullopt;
    return std::move(read.post);
}

PostPreloader::Stamp PostPreloader::stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified()};
}

PostPreloader::Read PostPreloader::read(const QString &path, QThread *uiThread)
{
    Read read;
    const Stamp before = stampOf(path);
    read.post.loaded = PostFile::load(path);
    if (stampOf(path) == before)
        read.stamp = before;
    if (read.post.loaded.ok) {
        auto text = std::make_unique<QTextDocument>();
        text->setDocumentMargin(Document::textMargin);
        Document::fill(text.get(), read.post.loaded.text);
        read.post.filledExactly = Document::fillKeepsText(read.post.loaded.text);
        text->moveToThread(uiThread);
        read.post.text = std::move(text);
    }
    return read;
}

} // namespace coinage::gui
