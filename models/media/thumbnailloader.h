#pragma once

#include "newsroomurl.h"

#include <QImage>
#include <QObject>

namespace PortalDesk::Models {

// Reads and decodes photos' thumbnails on a thread of its own, on a
// connection of its own, so that scrolling the photo library never waits
// for the database or a JPEG decoder. Requests are answered in order; one
// already answered is the caller's to cache.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailLoader(const NewsroomUrl &url, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    void request(const QString &mediaId);

Q_SIGNALS:
    // image is null when the thumbnail could not be read; error says why.
    void loaded(const QString &mediaId, const QImage &image, const QString &error);

private:
    class Runner;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
};

} // namespace PortalDesk::Models
