// MediaStore on an SQLite file and on the PostgreSQL server `packaging/devenv
// test` starts, with real photos (tests/data/photos).
#include "auditlog.h"
#include "mediastore.h"
#include "newsroom.h"
#include "photoimport.h"
#include "testbackends.h"
#include "userstore.h"

#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestMediaStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Newsroom> m_newsroom;
    User m_admin, m_reporter, m_reporter2, m_editor, m_gazette;

    static ImportedPhoto imported(const QString &name)
    {
        auto photo = PhotoImport::fromFile(QStringLiteral(PORTALDESK_TEST_DATA "/photos/") + name);
        if (!photo)
            qFatal("%s", qPrintable(photo.error().message));
        return photo.value();
    }

    int queryInt(const QString &sql)
    {
        QSqlQuery query(m_newsroom->database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addColumn(); }
    void cleanupTestCase() { TestBackends::dropPostgresDatabase(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString problem;
        const QString url = TestBackends::freshNewsroomUrl(backend, m_dir, &problem);
        QVERIFY2(!url.isEmpty(), qPrintable(problem));
        auto parsed = NewsroomUrl::parse(url);
        QVERIFY(parsed);
        auto opened = Newsroom::open(parsed.value());
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
        UserStore users(*m_newsroom);
        auto admin = users.add(u"admin"_s, u"Quản trị"_s, Role::Admin, u"pw-admin"_s, nullptr);
        QVERIFY2(admin, qPrintable(admin.error().message));
        m_admin = admin.value();
        const auto add = [&](const QString &login, const QString &name, Roles roles) {
            auto user = users.add(login, name, roles, u"mật khẩu"_s, &m_admin);
            return user ? user.value() : User{};
        };
        m_reporter = add(u"reporter"_s, u"Nguyễn Minh Anh"_s, Role::Reporter);
        m_reporter2 = add(u"reporter2"_s, u"Trần Bảo Ngọc"_s, Role::Reporter);
        m_editor = add(u"editor"_s, u"Phạm Văn Dũng"_s, Role::Editor);
        m_gazette = add(u"gazette"_s, u"Công báo"_s, Role::Gazette);
        QVERIFY(m_gazette.id != 0);
    }
    void cleanup() { m_newsroom.reset(); }

    // The same bytes added twice are one photo; its files are stored byte
    // for byte as PhotoImport made them.
    void addedOnce()
    {
        MediaStore store(*m_newsroom);
        ImportedPhoto photo = imported(u"DSCN0010.jpg"_s);
        photo.caption = u"Lãnh đạo tỉnh thăm Khu kinh tế Đông Nam Quảng Trị"_s;
        photo.credit = u"Ảnh: Tiến Nhất"_s;
        photo.alt = u"Đoàn công tác đứng trước công trình đang xây dựng"_s;
        auto first = store.add(photo, &m_reporter);
        QVERIFY2(first, qPrintable(first.error().message));
        QVERIFY(!first->existed);
        auto second = store.add(imported(u"DSCN0010.jpg"_s), &m_editor);
        QVERIFY2(second, qPrintable(second.error().message));
        QVERIFY(second->existed);
        QCOMPARE(second->id, first->id);
        QCOMPARE(queryInt(u"SELECT count(*) FROM media"_s), 1);
        QCOMPARE(queryInt(u"SELECT count(*) FROM media_files"_s), 3);

        auto info = store.get(first->id);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->caption, photo.caption);
        QCOMPARE(info->credit, photo.credit);
        QCOMPARE(info->alt, photo.alt);
        QCOMPARE(info->sha256, photo.sha256);
        QCOMPARE(info->width, photo.width);
        QCOMPARE(info->takenAt, u"2008-10-22T16:28:39"_s);
        QCOMPARE(info->uploadedBy, u"reporter"_s);
        QCOMPARE(info->files.size(), 3);
        QCOMPARE(info->files.at(0).name, u"original"_s);
        for (const PhotoRendition &rendition : photo.renditions) {
            auto bytes = store.content(first->id, rendition.name);
            QVERIFY2(bytes, qPrintable(bytes.error().message));
            QCOMPARE(bytes->size(), rendition.bytes.size());
            QVERIFY(bytes.value() == rendition.bytes);
            QVERIFY(!bytes->contains("Exif"));
        }
        auto original = store.content(first->id, u"original"_s);
        QVERIFY(original && original.value() == photo.original);
        // The server computed the hashes itself and agrees with the desk.
        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.exec(u"SELECT name, sha256 FROM media_files"_s));
        while (query.next()) {
            const PhotoRendition *made = photo.rendition(query.value(0).toString());
            QCOMPARE(query.value(1).toString(), made ? made->sha256 : photo.sha256);
        }
        auto log = AuditLog::forArticle(m_newsroom->database(), first->id);
        QVERIFY(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().action, u"media.add"_s);
    }

    void searchFoldsAccents()
    {
        MediaStore store(*m_newsroom);
        ImportedPhoto a = imported(u"landscape_1.jpg"_s);
        a.caption = u"Mưa lớn ở Đông Hà"_s;
        a.credit = u"Ảnh: Tiến Nhất"_s;
        ImportedPhoto b = imported(u"portrait_6.jpg"_s);
        b.caption = u"“Hội nghị” tổng kết năm 2026 – Sở Nội vụ/UBND…\u00A0(tỉnh)"_s;
        b.credit = u"Ảnh: Thanh Hải"_s;
        auto idA = store.add(a, &m_reporter);
        auto idB = store.add(b, &m_reporter2);
        QVERIFY(idA && idB);
        const auto ids = [&](const QString &query) {
            QStringList found;
            auto list = store.list(query, 50);
            if (list) {
                for (const MediaInfo &info : list.value())
                    found += info.id;
            }
            return found;
        };
        // The server (on PostgreSQL) makes the same search text as the desk.
        QSqlQuery text(m_newsroom->database());
        QVERIFY(text.exec(u"SELECT search_folded FROM media WHERE id = '%1'"_s.arg(idA->id)) && text.next());
        QCOMPARE(text.value(0).toString(), MediaStore::searchText(a.caption, a.credit, a.alt));
        QCOMPARE(text.value(0).toString(), u" mua lon o dong ha anh tien nhat "_s);
        QCOMPARE(ids(u"tien nhat"_s), QStringList{idA->id});
        QCOMPARE(ids(u"ĐÔNG HÀ"_s), QStringList{idA->id});
        QCOMPARE(ids(u"dong ha tien"_s), QStringList{idA->id});
        QCOMPARE(ids(u"hoi nghi"_s), QStringList{idB->id});
        QCOMPARE(ids(u"noi vu ubnd tinh 202"_s), QStringList{idB->id});
        QVERIFY(ids(u"026"_s).isEmpty());
        QSqlQuery other(m_newsroom->database());
        QVERIFY(other.exec(u"SELECT search_folded FROM media WHERE id = '%1'"_s.arg(idB->id)) && other.next());
        QCOMPARE(other.value(0).toString(), MediaStore::searchText(b.caption, b.credit, b.alt));
        QCOMPARE(ids(u"anh"_s).size(), 2);
        QVERIFY(ids(u"100%"_s).isEmpty());
        QVERIFY(ids(u"dong ha hoi"_s).isEmpty());
        // Newest first.
        QCOMPARE(ids({}), (QStringList{idB->id, idA->id}));
    }

    void whoMayAddAndDescribe()
    {
        MediaStore store(*m_newsroom);
        auto refused = store.add(imported(u"landscape_3.jpg"_s), &m_gazette);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Denied);
        QCOMPARE(queryInt(u"SELECT count(*) FROM media"_s), 0);

        auto added = store.add(imported(u"landscape_3.jpg"_s), &m_reporter);
        QVERIFY2(added, qPrintable(added.error().message));
        Status other = store.describe(added->id, u"Chú thích"_s, u"Ảnh: X"_s, {}, &m_reporter2);
        QVERIFY(!other);
        QCOMPARE(other.error().code, ErrorCode::Denied);
        QVERIFY(store.describe(added->id, u"Chú thích của tác giả"_s, u"Ảnh: Minh Anh"_s, {}, &m_reporter));
        QVERIFY(store.describe(added->id, u"Chú thích đã biên tập"_s, u"Ảnh: Minh Anh"_s, u"Cánh đồng lúa"_s, &m_editor));
        auto info = store.get(added->id);
        QVERIFY(info);
        QCOMPARE(info->caption, u"Chú thích đã biên tập"_s);
        QCOMPARE(info->alt, u"Cánh đồng lúa"_s);
        auto list = store.list(u"canh dong"_s, 10);
        QVERIFY(list && list->size() == 1);
        Status missing = store.describe(u"00000000-0000-0000-0000-000000000000"_s, u"x"_s, {}, {}, &m_editor);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        Status control = store.describe(added->id, u"a"_s, u"b\u0007"_s, {}, &m_editor);
        QCOMPARE(control.error().code, ErrorCode::InvalidInput);

        auto absent = store.missing({added->id, u"khong-co"_s});
        QVERIFY(absent);
        QCOMPARE(absent.value(), QStringList{u"khong-co"_s});
    }

    void referencesInMarkdown()
    {
        const QString a = u"0b0e7c9e-1111-4222-8333-944455556666"_s;
        const QString b = u"9f1c2d3e-aaaa-4bbb-8ccc-0123456789ab"_s;
        const QString markdown = u"![Mưa](media:%1 \"Ảnh: X\")\n\n![Hội nghị](<media:%2>)\n"
                                 "Lại ![Mưa](media:%1).\n[anh]: media:%3\n"
                                 "Không phải: https://x.vn/media:%4 và xmedia:%4 và media:%4-5\n"_s
                                     .arg(a, b.toUpper(), u"11111111-2222-4333-8444-555555555555"_s,
                                          u"22222222-2222-4333-8444-555555555555"_s);
        QCOMPARE(MediaStore::referencedIds(markdown),
                 (QStringList{a, b, u"11111111-2222-4333-8444-555555555555"_s}));
        QVERIFY(MediaStore::referencedIds(u"Không có ảnh."_s).isEmpty());
    }

    // A desk that lies: on a shared newsroom the server itself refuses
    // renditions that are not the pictures they claim to be.
    void serverChecksTheBytes()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != u"postgresql")
            return;  // an embedded newsroom has no server to ask; the desk is the only writer
        ImportedPhoto photo = imported(u"landscape_8.jpg"_s);
        photo.renditions[0].bytes = QByteArray("<html><script>alert(1)</script></html>");
        auto refused = MediaStore(*m_newsroom).add(photo, &m_reporter);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(u"not valid"_s), qPrintable(refused.error().message));
        QCOMPARE(queryInt(u"SELECT count(*) FROM media"_s), 0);
        ImportedPhoto claimed = imported(u"landscape_8.jpg"_s);
        claimed.renditions[1].mimeType = u"image/svg+xml"_s;
        QVERIFY(!MediaStore(*m_newsroom).add(claimed, &m_reporter));
        QCOMPARE(queryInt(u"SELECT count(*) FROM media_files"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestMediaStore)
#include "tst_mediastore.moc"
