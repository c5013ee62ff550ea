#pragma once

#include "post/PostFile.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QStringList>
#include <QTextDocument>

#include <memory>
#include <optional>

namespace coinage::gui {

// Reads the posts named on the command line on a worker while the window is being built, and fills a QTextDocument
// with each (QTextDocument is reentrant: built in the worker, then handed to the UI thread), so that opening a large
// post does not wait for the disk, the decoding and the building of its blocks on the UI thread (a 10 MB post: ~90 ms
// and ~150 ms). Lives while the window is set up; Document::load takes a preloaded post once, and only when the file
// still has the size and modification time it had when it was read; otherwise the post is read again as usual.
class PostPreloader
{
public:
    struct Post
    {
        LoadResult loaded;
        // Holds loaded.text (undo off, unmodified), lives in the UI thread and has no parent.
        std::unique_ptr<QTextDocument> text;
        bool filledExactly = false; // Document::fillKeepsText(loaded.text)
    };

    explicit PostPreloader(const QStringList &paths);
    ~PostPreloader();
    PostPreloader(const PostPreloader &) = delete;
    PostPreloader &operator=(const PostPreloader &) = delete;

    // The post at path as read by the preloader, once; nothing when it was not preloaded, could not be read or has
    // changed on disk since.
    static std::optional<Post> take(const QString &path);

    // Blocks until every post has been read.
    void waitForFinished();

private:
    struct Stamp
    {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Stamp &) const = default;
    };
    struct Read
    {
        Post post;
        Stamp stamp; // the file before it was read; empty when it changed while it was read
    };
    static Stamp stampOf(const QString &path);
    static Read read(const QString &path, QThread *uiThread);

    QHash<QString, QFuture<Read>> m_pending;
};

} // namespace coinage::gui
