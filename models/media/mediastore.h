#pragma once

#include "photoimport.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PortalDesk::Models {

class Newsroom;
struct User;

// One stored file of a photo: its original or a rendition.
struct MediaFile {
    QString name;  // "original", "web", "thumb"
    QString mimeType;
    int width = 0;
    int height = 0;
    qint64 byteSize = 0;
    QString sha256;
};

// A photo in the newsroom, as lists and details show it (no bytes).
struct MediaInfo {
    QString id;
    QString sha256;
    QString mimeType;
    int width = 0;
    int height = 0;
    qint64 byteSize = 0;
    QString caption;
    QString credit;
    QString alt;
    QString takenAt;
    QString uploadedBy;  // login
    QString uploadedAt;
    QList<MediaFile> files;  // original, web, thumb (only from get())
};

struct MediaAdded {
    QString id;
    bool existed = false;  // the same bytes were in the newsroom already
};

// The newsroom's photos. On an embedded newsroom the bytes are rows of the
// SQLite file (one file to back up and move, written in the same
// transaction as the description); on a shared one they are in PostgreSQL,
// written through pd_media_add and pd_media_describe.
class MediaStore final
{
    Q_DECLARE_TR_FUNCTIONS(MediaStore)

public:
    explicit MediaStore(Newsroom &newsroom);

    // Reporters, editors and chief editors add photos, described as the
    // photo says (the caller sets what the user typed over what the file
    // said).
    Result<MediaAdded> add(const ImportedPhoto &photo, const User *by);
    // Replaces a photo's caption, credit and alt text: its uploader (a
    // reporter) or an editor or chief editor.
    Status describe(const QString &id, const QString &caption, const QString &credit, const QString &alt,
                    const User *by);

    Result<MediaInfo> get(const QString &id) const;
    // Newest first. query: words looked for in caption, credit and alt
    // text, accents and case ignored; every word must be found.
    Result<QList<MediaInfo>> list(const QString &query, int limit, int offset = 0) const;
    // The bytes of one of a photo's files.
    Result<QByteArray> content(const QString &id, const QString &file) const;
    // Which of the ids are not photos of this newsroom.
    Result<QStringList> missing(const QStringList &ids) const;

    // The photos a Markdown body refers to, as `![caption](media:ID "credit")`
    // (or a reference definition `[name]: media:ID`), in order, each once.
    static QStringList referencedIds(const QString &markdown);

    // The folded text a photo is searched by: caption, credit, alt.
    static QString searchText(const QString &caption, const QString &credit, const QString &alt);
    // Each of caption, credit and alt: at most Article's field size, no
    // control characters (the caption may keep line breaks).
    static Status checkDescription(const QString &caption, const QString &credit, const QString &alt);

private:
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
