#include "medialibrarymodel.h"

#include "thumbnailloader.h"

namespace PortalDesk::Models {

MediaLibraryModel::MediaLibraryModel(MediaStore &store, ThumbnailLoader *loader, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_loader(loader)
    , m_thumbnails(thumbnailCacheKilobytes)
{
    if (m_loader)
        connect(m_loader, &ThumbnailLoader::loaded, this, &MediaLibraryModel::thumbnailLoaded);
}

int MediaLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_photos.size());
}

QVariant MediaLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_photos.size())
        return {};
    const MediaInfo &photo = m_photos.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CaptionRole:
        return photo.caption;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << (photo.caption.isEmpty() ? MediaStore::tr("No caption yet") : photo.caption)
              << (photo.credit.isEmpty() ? MediaStore::tr("No credit yet") : photo.credit)
              << MediaStore::tr("%1 × %2 pixels").arg(photo.width).arg(photo.height);
        return lines.join(u'\n');
    }
    case Qt::DecorationRole: {
        if (QImage *cached = m_thumbnails.object(photo.id))
            return *cached;
        // Asked for once; the view is told when it arrives.
        if (m_loader && !m_pending.contains(photo.id) && !m_failed.contains(photo.id)) {
            m_pending.insert(photo.id);
            m_loader->request(photo.id);
        }
        return {};
    }
    case IdRole:
        return photo.id;
    case CreditRole:
        return photo.credit;
    case AltRole:
        return photo.alt;
    case SizeRole:
        return QSize(photo.width, photo.height);
    case MissingTextRole:
        return photo.caption.isEmpty() || photo.credit.isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> MediaLibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "mediaId"},
                  {CaptionRole, "caption"},
                  {CreditRole, "credit"},
                  {AltRole, "alt"},
                  {SizeRole, "size"},
                  {MissingTextRole, "missingText"}});
    return names;
}

bool MediaLibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void MediaLibraryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto page = m_store.list(m_query, pageSize, int(m_photos.size()));
    if (!page) {
        // Stop asking until reload(): a view would call again at once.
        m_atEnd = true;
        m_lastError = page.error().message;
        Q_EMIT fetchFailed(m_lastError);
        return;
    }
    m_atEnd = page->size() < pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_photos.size()), int(m_photos.size() + page->size() - 1));
    for (const MediaInfo &photo : std::as_const(page.value())) {
        m_rowOfId.insert(photo.id, int(m_photos.size()));
        m_photos += photo;
    }
    endInsertRows();
}

void MediaLibraryModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

void MediaLibraryModel::reload()
{
    beginResetModel();
    m_photos.clear();
    m_rowOfId.clear();
    m_atEnd = false;
    m_lastError.clear();
    m_failed.clear();
    endResetModel();
    fetchMore({});
}

int MediaLibraryModel::rowOfId(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

void MediaLibraryModel::thumbnailLoaded(const QString &id, const QImage &image, const QString &error)
{
    m_pending.remove(id);
    if (image.isNull()) {
        m_failed.insert(id);
        m_lastError = error;
        return;
    }
    m_thumbnails.insert(id, new QImage(image), int(std::max<qsizetype>(1, image.sizeInBytes() / 1024)));
    const int row = rowOfId(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}

} // namespace PortalDesk::Models
