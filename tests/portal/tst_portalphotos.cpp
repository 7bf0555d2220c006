// Photos on the portal: an article's figures reach the portal's HTML with
// their captions and credits, and its renditions the portal's media table,
// byte for byte, in the article's own transaction; a photo taken out of the
// body, or a withdrawn article, takes its rows away. On an SQLite,
// PostgreSQL and MariaDB portal, from an SQLite newsroom.
#include "articleactions.h"
#include "articlestore.h"
#include "mediastore.h"
#include "newsroom.h"
#include "portal.h"
#include "portalmapping.h"
#include "portalsync.h"
#include "testbackends.h"
#include "testportals.h"
#include "userstore.h"

#include <QCryptographicHash>
#include <QImage>
#include <QSqlRecord>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestPortalPhotos : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<Portal> m_portal;
    User m_reporter, m_editor, m_chief;

    QString addPhoto(const QString &file, const QString &caption, const QString &credit)
    {
        auto photo = PhotoImport::fromFile(QStringLiteral(PORTALDESK_TEST_DATA "/photos/") + file);
        if (!photo)
            return {};
        photo->caption = caption;
        photo->credit = credit;
        auto added = MediaStore(*m_newsroom).add(photo.value(), &m_reporter);
        return added ? added->id : QString();
    }

    SyncSummary sync()
    {
        auto result = PortalSync(*m_newsroom, *m_portal).run(false);
        if (!result) {
            qWarning("%s", qPrintable(result.error().message));
            return SyncSummary{.failed = -1};
        }
        return result.value();
    }

    QList<QVariantList> portalRows(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_portal->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QList<QVariantList> rows;
        if (!query.exec()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return rows;
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i));
            rows.append(row);
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_portal.reset();
        m_newsroom.reset();
        auto opened = Newsroom::open(m_dir.filePath(u"newsroom-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
        UserStore users(*m_newsroom);
        auto admin = users.add(u"admin"_s, u"Quản trị"_s, Role::Admin, u"demo"_s, nullptr);
        QVERIFY(admin);
        m_reporter = users.add(u"reporter"_s, u"Nguyễn Minh Anh"_s, Role::Reporter, u"demo"_s, &admin.value()).value();
        m_editor = users.add(u"editor"_s, u"Phạm Văn Dũng"_s, Role::Editor, u"demo"_s, &admin.value()).value();
        m_chief = users.add(u"chief"_s, u"Lê Thị Thu Hà"_s, Role::ChiefEditor, u"demo"_s, &admin.value()).value();
    }

    void cleanupTestCase()
    {
        m_portal.reset();
        TestPortals::dropPostgresPortal();
    }

    void figuresAndRenditionsArrive_data()
    {
        TestBackends::addColumn();
        QTest::newRow("mariadb") << u"mariadb"_s;
    }
    void figuresAndRenditionsArrive()
    {
        QFETCH(QString, backend);
        QString url;
        m_portal = TestPortals::fresh(backend, u"photos_"_s + backend, m_dir, &url);
        if (!m_portal)
            return;

        const QString field = addPhoto(u"landscape_1.jpg"_s, u"Lúa chín"_s, u"Tiến Nhất"_s);
        const QString meeting = addPhoto(u"DSCN0010.jpg"_s, u"Hội nghị"_s, u"TTXVN"_s);
        const QString lead = addPhoto(u"portrait_6.jpg"_s, u"Chân dung"_s, u"Hồng Nhung"_s);
        QVERIFY(!field.isEmpty() && !meeting.isEmpty() && !lead.isEmpty());
        const QString body = u"Mở đầu.\n\n![Mùa lúa ở Hải Lăng](media:%1 \"Ảnh: Tiến Nhất\")\n\nGiữa.\n\n"
                             "![Hội nghị tổng kết](media:%2 \"Ảnh: TTXVN\")\n"_s.arg(field, meeting);
        ArticleStore store(*m_newsroom);
        auto created = store.create(Article{.title = u"Mùa vàng"_s, .body = body, .section = u"Thời sự"_s}, &m_reporter);
        QVERIFY(created);
        Article article = created.value();
        article.leadPhoto = lead;
        auto saved = store.save(article, &m_reporter);
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(saved->leadPhoto, lead);
        ArticleActions actions(*m_newsroom);
        for (const auto &[action, user] : {std::pair{Action::Submit, m_reporter}, std::pair{Action::Forward, m_editor},
                                           std::pair{Action::Approve, m_chief}, std::pair{Action::Publish, m_chief}})
            QVERIFY(actions.perform(article.id, action, user));

        SyncSummary first = sync();
        QCOMPARE(first.sent, 1);
        QVERIFY(first.allDone());
        const QString html = portalRows(u"SELECT body_html FROM portal_articles WHERE uuid = ?"_s, {article.id})
                                 .value(0)
                                 .value(0)
                                 .toString();
        QCOMPARE(html.count(u"<figure>"_s), 2);
        QVERIFY2(html.contains(u"<figcaption>Mùa lúa ở Hải Lăng <span class=\"credit\">Ảnh: Tiến Nhất</span></figcaption>"_s),
                 qPrintable(html));
        QVERIFY(html.contains(u"<figcaption>Hội nghị tổng kết <span class=\"credit\">Ảnh: TTXVN</span></figcaption>"_s));
        const MediaInfo fieldInfo = MediaStore(*m_newsroom).get(field).value();
        const auto widthOf = [&](const QString &name) {
            for (const MediaFile &file : fieldInfo.files) {
                if (file.name == name)
                    return file.width;
            }
            return 0;
        };
        QVERIFY2(html.contains(u"src=\"/media/%1-web.jpg\" srcset=\"/media/%1-thumb.jpg %2w, /media/%1-web.jpg %3w\""_s.arg(field)
                                   .arg(widthOf(u"thumb"_s))
                                   .arg(widthOf(u"web"_s))),
                 qPrintable(html));
        QVERIFY(!html.contains(u"media:"_s));
        QCOMPARE(portalRows(u"SELECT lead_photo FROM portal_articles WHERE uuid = ?"_s, {article.id}).value(0).value(0).toString(),
                 lead);

        // Every rendition, byte for byte, under the name the HTML gives it.
        const QList<QVariantList> rows = portalRows(
            u"SELECT media_uuid, rendition, position, is_lead, file_name, width, height, caption, credit, content_hash, content"
            " FROM portal_media WHERE article_uuid = ? ORDER BY position, rendition DESC"_s,
            {article.id});
        QCOMPARE(rows.size(), 6);
        MediaStore media(*m_newsroom);
        for (const QVariantList &row : rows) {
            const QString id = row.at(0).toString();
            const QString rendition = row.at(1).toString();
            const QByteArray expected = media.content(id, rendition).value();
            QCOMPARE(row.at(10).toByteArray(), expected);
            QCOMPARE(row.at(9).toString(), QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(row.at(3).toBool(), id == lead);
            QCOMPARE(row.at(4).toString(), u"/media/%1-%2.jpg"_s.arg(id, rendition));
            const QImage image = QImage::fromData(expected);
            QCOMPARE(row.at(5).toInt(), image.width());
            QCOMPARE(row.at(6).toInt(), image.height());
            if (rendition == u"web")
                QVERIFY2(html.contains(u"width=\"%1\" height=\"%2\""_s.arg(image.width()).arg(image.height())) || id == lead,
                         qPrintable(id));
        }
        QCOMPARE(rows.at(0).at(2).toInt(), 0);  // the lead photo, not in the body
        QCOMPARE(rows.at(0).at(7).toString(), u"Chân dung"_s);
        QCOMPARE(rows.at(2).at(0).toString(), field);
        QCOMPARE(rows.at(2).at(7).toString(), u"Mùa lúa ở Hải Lăng"_s);
        QCOMPARE(rows.at(2).at(8).toString(), u"Ảnh: Tiến Nhất"_s);

        // A photo taken out of the body goes from the portal with the
        // correction; nothing pending means nothing written again.
        article = store.load(article.id).value();
        article.body = u"Mở đầu.\n\n![Hội nghị tổng kết](media:%1 \"Ảnh: TTXVN\")\n"_s.arg(meeting);
        QVERIFY(store.save(article, &m_editor));
        QCOMPARE(sync().updated, 1);
        QCOMPARE(portalRows(u"SELECT count(*) FROM portal_media WHERE media_uuid = ?"_s, {field}).value(0).value(0).toInt(), 0);
        QCOMPARE(portalRows(u"SELECT count(*) FROM portal_media WHERE article_uuid = ?"_s, {article.id}).value(0).value(0).toInt(), 4);
        QCOMPARE(sync().updated, 0);

        // A withdrawn article withdraws its photos.
        QVERIFY(ArticleActions(*m_newsroom).perform(article.id, Action::Withdraw, m_chief, u"Sai ảnh"_s));
        QCOMPARE(sync().withdrawn, 1);
        QCOMPARE(portalRows(u"SELECT count(*) FROM portal_media"_s).value(0).value(0).toInt(), 0);
    }

    // A portal made before photos existed is told to run init again, and
    // init adds what photos need without touching what is there.
    void oldPortalIsUpgradedByInit()
    {
        QString url;
        m_portal = TestPortals::fresh(u"sqlite"_s, u"old"_s, m_dir, &url);
        QVERIFY(m_portal);
        QSqlQuery query(m_portal->database());
        QVERIFY(query.exec(u"DROP TABLE portal_media"_s));
        QVERIFY(query.exec(u"ALTER TABLE portal_articles DROP COLUMN lead_photo"_s));
        auto refused = PortalSync(*m_newsroom, *m_portal).run(false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"portal init"_s), qPrintable(refused.error().message));
        QVERIFY(m_portal->init());
        QVERIFY(m_portal->init());
        QVERIFY(PortalSync(*m_newsroom, *m_portal).run(false));
    }
};

QTEST_GUILESS_MAIN(TestPortalPhotos)
#include "tst_portalphotos.moc"
