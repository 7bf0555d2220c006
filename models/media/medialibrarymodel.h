#pragma once

#include "mediastore.h"

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QSet>

namespace PortalDesk::Models {

class ThumbnailLoader;

// The newsroom's photos for the photo library panel, newest first, read a
// page at a time as the view scrolls (fetchMore); a search (caption, credit,
// alt text, accents folded) starts again from the first page. Descriptions
// are small and stay; thumbnails are asked of a ThumbnailLoader only for
// the rows a view shows, and only the most recent stay in memory.
class MediaLibraryModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CaptionRole,
        CreditRole,
        AltRole,
        SizeRole,         // QSize, as the photo is seen
        MissingTextRole,  // bool: no caption or no credit yet
    };

    // loader may be null: no thumbnails (a view of the list alone).
    MediaLibraryModel(MediaStore &store, ThumbnailLoader *loader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    void reload();
    // The row of a photo among those read, or -1.
    int rowOfId(const QString &id) const;
    QString lastError() const { return m_lastError; }
    // Thumbnails held in memory now (for tests and the benchmark).
    int cachedThumbnails() const { return m_thumbnails.count(); }

    static constexpr int pageSize = 100;
    // Some 250 thumbnails of 320 × 240: a few screens of the library.
    static constexpr int thumbnailCacheKilobytes = 80 * 1024;

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    void thumbnailLoaded(const QString &id, const QImage &image, const QString &error);

    MediaStore &m_store;
    ThumbnailLoader *m_loader = nullptr;
    QString m_query;
    QList<MediaInfo> m_photos;
    QHash<QString, int> m_rowOfId;
    bool m_atEnd = false;
    QString m_lastError;
    mutable QCache<QString, QImage> m_thumbnails;
    mutable QSet<QString> m_pending;
    QSet<QString> m_failed;
};

} // namespace PortalDesk::Models
