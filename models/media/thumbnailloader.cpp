#include "thumbnailloader.h"

#include "mediastore.h"
#include "newsroom.h"

#include <QPointer>
#include <QThread>

namespace PortalDesk::Models {

class ThumbnailLoader::Runner final : public QObject
{
public:
    explicit Runner(const NewsroomUrl &url)
        : m_url(url)
    {
    }

    // Runs on the loader's thread.
    void load(QPointer<ThumbnailLoader> owner, const QString &id)
    {
        QImage image;
        QString error;
        if (!m_newsroom) {
            auto opened = Newsroom::open(m_url);
            if (opened)
                m_newsroom = std::move(opened.value());
            else
                error = opened.error().message;
        }
        if (m_newsroom) {
            auto bytes = MediaStore(*m_newsroom).content(id, QStringLiteral("thumb"));
            if (!bytes)
                error = bytes.error().message;
            else if (!image.loadFromData(bytes.value()))
                error = MediaStore::tr("The thumbnail of photo %1 is damaged.").arg(id);
        }
        QMetaObject::invokeMethod(
            owner, [owner, id, image, error] {
                if (owner)
                    Q_EMIT owner->loaded(id, image, error);
            },
            Qt::QueuedConnection);
    }

    void close() { m_newsroom.reset(); }

private:
    NewsroomUrl m_url;
    std::unique_ptr<Newsroom> m_newsroom;
};

ThumbnailLoader::ThumbnailLoader(const NewsroomUrl &url, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    m_runner = new Runner(url);
    m_runner->moveToThread(m_thread);
    m_thread->setObjectName(QStringLiteral("thumbnails"));
    m_thread->start();
}

ThumbnailLoader::~ThumbnailLoader()
{
    // The connection belongs to the loader's thread: it is closed there.
    QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
}

void ThumbnailLoader::request(const QString &mediaId)
{
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, owner = QPointer(this), mediaId] { runner->load(owner, mediaId); },
        Qt::QueuedConnection);
}

} // namespace PortalDesk::Models
