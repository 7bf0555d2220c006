// portaldesk-cli media …: the newsroom's photos.
#include "clirunner.h"

#include "mediastore.h"
#include "newsroom.h"
#include "photoimport.h"

#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

QJsonObject mediaJson(const MediaInfo &info)
{
    QJsonObject object{{u"id"_s, info.id},
                       {u"sha256"_s, info.sha256},
                       {u"type"_s, info.mimeType},
                       {u"width"_s, info.width},
                       {u"height"_s, info.height},
                       {u"bytes"_s, info.byteSize},
                       {u"caption"_s, info.caption},
                       {u"credit"_s, info.credit},
                       {u"alt"_s, info.alt},
                       {u"taken_at"_s, info.takenAt.isEmpty() ? QJsonValue() : QJsonValue(info.takenAt)},
                       {u"uploaded_by"_s, info.uploadedBy},
                       {u"uploaded_at"_s, info.uploadedAt}};
    if (!info.files.isEmpty()) {
        QJsonArray files;
        for (const MediaFile &file : info.files) {
            files.append(QJsonObject{{u"name"_s, file.name},
                                     {u"type"_s, file.mimeType},
                                     {u"width"_s, file.width},
                                     {u"height"_s, file.height},
                                     {u"bytes"_s, file.byteSize},
                                     {u"sha256"_s, file.sha256}});
        }
        object.insert(u"files"_s, files);
    }
    return object;
}

} // namespace

Status CliRunner::checkPhotoReferences(const QString &body)
{
    auto missing = MediaStore(*m_newsroom).missing(MediaStore::referencedIds(body));
    if (!missing)
        return missing.error();
    if (!missing->isEmpty())
        return Error{ErrorCode::NotFound, tr("The body refers to photo %1, which is not in this newsroom; nothing was saved.")
                                              .arg(missing->first())};
    return Done{};
}

QJsonArray CliRunner::photosJson(const QString &body)
{
    QJsonArray photos;
    MediaStore store(*m_newsroom);
    for (const QString &id : MediaStore::referencedIds(body)) {
        auto info = store.get(id);
        if (info)
            photos.append(mediaJson(info.value()));
        else
            photos.append(QJsonObject{{u"id"_s, id}, {u"missing"_s, true}});
    }
    return photos;
}

int CliRunner::runMedia(const QStringList &command)
{
    const QString verb = command.value(1);
    if (verb == u"add" && command.size() >= 3)
        return mediaAdd(command.mid(2));
    if (verb == u"list" && command.size() == 2)
        return mediaList();
    if (verb == u"show" && command.size() == 3)
        return mediaShow(command.at(2));
    if (verb == u"describe" && command.size() == 3)
        return mediaDescribe(command.at(2));
    if (verb == u"export" && command.size() == 4)
        return mediaExport(command.at(2), command.at(3));
    return usage(tr("Use: media add FILE… | list | show ID | describe ID | export ID original|web|thumb --out FILE; "
                    "see --help."));
}

int CliRunner::mediaAdd(const QStringList &files)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("Adding photos needs --as LOGIN.")});
    // Every file is read and checked first: one bad file adds none.
    QList<ImportedPhoto> photos;
    for (const QString &file : files) {
        auto photo = PhotoImport::fromFile(file);
        if (!photo)
            return fail(photo.error());
        if (m_parser.isSet(u"caption"_s))
            photo->caption = m_parser.value(u"caption"_s);
        if (m_parser.isSet(u"credit"_s))
            photo->credit = m_parser.value(u"credit"_s);
        if (m_parser.isSet(u"alt"_s))
            photo->alt = m_parser.value(u"alt"_s);
        photos += std::move(photo.value());
    }
    MediaStore store(*m_newsroom);
    for (const ImportedPhoto &photo : std::as_const(photos)) {
        auto added = store.add(photo, &m_user.value());
        if (!added)
            return fail(added.error());
        // The same bytes are one photo: what was typed for it now is not
        // applied to the one already there.
        if (added->existed && (m_parser.isSet(u"caption"_s) || m_parser.isSet(u"credit"_s) || m_parser.isSet(u"alt"_s)))
            m_err << tr("portaldesk-cli: note: this photo was in the newsroom already as %1; its description is "
                        "unchanged (media describe changes it).")
                         .arg(added->id)
                  << '\n';
        m_out << added->id << '\n';
    }
    return 0;
}

int CliRunner::mediaList()
{
    const int limit = m_parser.isSet(u"limit"_s) ? m_parser.value(u"limit"_s).toInt() : 100;
    if (limit <= 0)
        return usage(tr("--limit takes a number above 0."));
    auto found = MediaStore(*m_newsroom).list(m_parser.value(u"search"_s), limit);
    if (!found)
        return fail(found.error());
    if (m_parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const MediaInfo &info : std::as_const(found.value()))
            array.append(mediaJson(info));
        printJson(array);
        return 0;
    }
    for (const MediaInfo &info : std::as_const(found.value())) {
        m_out << info.id << "  " << info.width << u'×' << info.height << "  "
              << (info.caption.isEmpty() ? tr("(no caption)") : info.caption.section(u'\n', 0, 0)) << "  "
              << (info.credit.isEmpty() ? tr("(no credit)") : info.credit) << '\n';
    }
    return 0;
}

int CliRunner::mediaShow(const QString &id)
{
    auto info = MediaStore(*m_newsroom).get(id);
    if (!info)
        return fail(info.error());
    if (m_parser.isSet(u"json"_s)) {
        printJson(mediaJson(info.value()));
        return 0;
    }
    m_out << tr("Photo %1").arg(info->id) << '\n'
          << tr("Type: %1, %2 × %3 pixels").arg(info->mimeType).arg(info->width).arg(info->height) << '\n'
          << tr("Caption: %1").arg(info->caption) << '\n'
          << tr("Credit: %1").arg(info->credit) << '\n'
          << tr("Description for the blind: %1").arg(info->alt) << '\n'
          << tr("Taken: %1").arg(info->takenAt) << '\n'
          << tr("Added by %1 at %2").arg(info->uploadedBy, info->uploadedAt) << '\n';
    for (const MediaFile &file : std::as_const(info->files)) {
        m_out << "  " << file.name << ": " << file.mimeType << ' ' << file.width << u'×' << file.height << ", "
              << file.byteSize << ' ' << tr("bytes") << '\n';
    }
    return 0;
}

int CliRunner::mediaDescribe(const QString &id)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("Describing a photo needs --as LOGIN.")});
    MediaStore store(*m_newsroom);
    auto info = store.get(id);
    if (!info)
        return fail(info.error());
    const auto value = [this](const QString &option, const QString &current) {
        return m_parser.isSet(option) ? m_parser.value(option) : current;
    };
    if (Status described = store.describe(id, value(u"caption"_s, info->caption), value(u"credit"_s, info->credit),
                                          value(u"alt"_s, info->alt), &m_user.value());
        !described)
        return fail(described.error());
    return 0;
}

int CliRunner::mediaExport(const QString &id, const QString &file)
{
    if (file != u"original" && file != u"web" && file != u"thumb")
        return usage(tr("media export takes original, web or thumb, not \"%1\".").arg(file));
    if (!m_parser.isSet(u"out"_s))
        return usage(tr("media export needs --out FILE."));
    auto bytes = MediaStore(*m_newsroom).content(id, file);
    if (!bytes)
        return fail(bytes.error());
    // Written whole or not at all.
    QSaveFile out(m_parser.value(u"out"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes->size() || !out.commit())
        return fail({ErrorCode::Failed, tr("Cannot write %1: %2.").arg(out.fileName(), out.errorString())});
    return 0;
}

} // namespace PortalDesk::Models
