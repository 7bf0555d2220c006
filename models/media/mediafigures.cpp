#include "mediafigures.h"

#include "sqlsupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models::MediaFigures {

Result<QHash<QString, MediaFigure>> read(QSqlDatabase db, const QStringList &ids, bool withBytes)
{
    QHash<QString, MediaFigure> figures;
    if (ids.isEmpty())
        return figures;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // One query for every photo of a batch; the bytes, which are most of
    // what is read, only when a portal needs them.
    const bool prepared = query.prepare(
        u"SELECT m.id, m.caption, m.credit, m.alt, f.name, f.mime_type, f.width, f.height, f.sha256, %1"
        " FROM media m JOIN media_files f ON f.media_id = m.id"
        " WHERE m.id IN %2 AND f.name IN ('web', 'thumb')"_s.arg(withBytes ? u"f.content"_s : u"NULL"_s, idList(db)));
    query.addBindValue(jsonArray(ids));
    if (!prepared || !query.exec())
        return databaseError(query);
    while (query.next()) {
        MediaFigure &figure = figures[query.value(0).toString()];
        figure.id = query.value(0).toString();
        figure.caption = query.value(1).toString();
        figure.credit = query.value(2).toString();
        figure.alt = query.value(3).toString();
        MediaRendition &rendition = query.value(4).toString() == u"web" ? figure.web : figure.thumb;
        rendition.mimeType = query.value(5).toString();
        rendition.width = query.value(6).toInt();
        rendition.height = query.value(7).toInt();
        rendition.sha256 = query.value(8).toString();
        if (withBytes)
            rendition.content = query.value(9).toByteArray();
    }
    return figures;
}

PhotoLookup lookup(const QHash<QString, MediaFigure> &figures, UrlOf urlOf)
{
    return [figures, urlOf = std::move(urlOf)](const QString &id) -> std::optional<FigurePhoto> {
        const auto figure = figures.constFind(id);
        if (figure == figures.cend() || figure->web.width <= 0)
            return std::nullopt;
        FigurePhoto photo;
        photo.src = urlOf(id, u"web"_s, figure->web.mimeType);
        if (figure->thumb.width > 0 && figure->thumb.width < figure->web.width)
            photo.srcset = urlOf(id, u"thumb"_s, figure->thumb.mimeType) + u' ' + QString::number(figure->thumb.width)
                           + u"w, "_s + photo.src + u' ' + QString::number(figure->web.width) + u'w';
        photo.width = figure->web.width;
        photo.height = figure->web.height;
        photo.alt = figure->alt;
        return photo;
    };
}

} // namespace PortalDesk::Models::MediaFigures
