// The WordPress connector against a real WordPress: Debian's WordPress,
// installed by its own wp_install() on MariaDB and served by PHP on
// loopback (packaging/wordpress-virtualenv, started by 'packaging/devenv
// test'). After each sync WordPress itself is asked, through PHP, whether
// every post is what the newsroom published: permalinks, categories, tags,
// authors, dates, the text as its filters show it, trash and deletion.
#include "articleactions.h"
#include "articlestore.h"
#include "loopbackhttp.h"
#include "markdownhtml.h"
#include "mediastore.h"
#include "photoimport.h"
#include "newsroom.h"
#include "sqlsupport.h"
#include "testbackends.h"
#include "userstore.h"
#include "wordpresssync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestWordPressSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<WordPressClient> m_client;
    User m_reporter, m_otherReporter, m_editor, m_chief;
    int m_run = 0;

    static QString site() { return qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS"); }

    // Runs PHP inside WordPress (wp-load.php) and gives what `code` returns,
    // through json_encode.
    QJsonValue ask(const QString &code)
    {
        QFile script(m_dir.filePath(u"ask-%1.php"_s.arg(++m_run)));
        if (!script.open(QIODevice::WriteOnly))
            return {};
        script.write(QByteArrayLiteral("<?php\n$_SERVER['HTTP_HOST'] = parse_url(getenv('PORTALDESK_TEST_WORDPRESS'), PHP_URL_HOST);\n"
                                       "require getenv('PORTALDESK_TEST_WORDPRESS_ROOT') . '/wp-load.php';\n"
                                       "echo json_encode((function () {\n")
                     + code.toUtf8() + QByteArrayLiteral("\n})());\n"));
        script.close();
        QProcess php;
        php.start(u"php"_s, {script.fileName()});
        if (!php.waitForFinished(60000) || php.exitCode() != 0) {
            qWarning("php: %s", php.readAllStandardError().constData());
            return {};
        }
        const QByteArray out = php.readAllStandardOutput();
        const QJsonDocument document = QJsonDocument::fromJson("[" + out + "]");
        if (document.isNull())
            qWarning("php printed: %s", out.constData());
        return document.array().at(0);
    }

    // The post as WordPress shows it to readers.
    QJsonObject post(const QString &postId)
    {
        return ask(uR"(
            $p = get_post(%1);
            if (!$p) return null;
            $link = get_permalink($p);
            return ['status' => $p->post_status, 'name' => $p->post_name, 'title' => $p->post_title,
                    'link' => $link, 'opens' => url_to_postid($link),
                    'categories' => array_map(fn($c) => $c->name, get_the_category($p->ID)),
                    'tags' => array_map(fn($t) => $t->name, get_the_tags($p->ID) ?: []),
                    'author' => get_the_author_meta('display_name', $p->post_author),
                    'date_gmt' => $p->post_date_gmt, 'excerpt' => $p->post_excerpt,
                    'content' => apply_filters('the_content', $p->post_content)];)"_s.arg(postId))
            .toObject();
    }

    // Written by `author` (the reporter unless said), and published.
    QString published(const QString &title, const QString &body, const QString &section = u"Thời sự"_s,
                      const User *author = nullptr)
    {
        const User &by = author ? *author : m_reporter;
        ArticleStore store(*m_newsroom);
        Article draft{.title = title, .summary = u"Sapo của bài."_s, .body = body, .section = section};
        draft.tags = {u"Tiếp công dân"_s, u"Cải cách hành chính"_s};
        auto created = store.create(draft, &by);
        if (!created)
            return {};
        ArticleActions actions(*m_newsroom);
        for (const auto &[action, user] : {std::pair{Action::Submit, by}, std::pair{Action::Forward, m_editor},
                                           std::pair{Action::Approve, m_chief}, std::pair{Action::Publish, m_chief}}) {
            if (!actions.perform(created->id, action, user))
                return {};
        }
        return created->id;
    }

    void correct(const QString &id, const QString &addition)
    {
        ArticleStore store(*m_newsroom);
        Article article = store.load(id).value();
        article.body += addition;
        QVERIFY(store.save(article, &m_editor));
    }

    SyncSummary sync(const PortalMapping &mapping = {})
    {
        auto result = WordPressSync(*m_newsroom, *m_client, mapping).run();
        if (!result)
            return SyncSummary{.failed = -1, .lines = {result.error().message}};
        return result.value();
    }

    QString postOf(const QString &articleId)
    {
        QSqlQuery query(m_newsroom->database());
        query.prepare(u"SELECT remote_id FROM portal_sync_state WHERE article_id = ? AND portal LIKE 'wordpress:%'"_s);
        query.addBindValue(articleId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    static QString siteWithUser()
    {
        QUrl url(site());
        url.setUserName(qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_USER"));
        return url.toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (site().isEmpty())
            QFAIL("No WordPress: PORTALDESK_TEST_WORDPRESS is not set. Run the suite with 'packaging/devenv test'.");
        // A WordPress user whose name is a newsroom author's.
        QVERIFY(ask(uR"(return wp_insert_user(['user_login' => 'minhanh', 'user_pass' => wp_generate_password(),
                                               'display_name' => 'Nguyễn Minh Anh', 'role' => 'author']);)"_s)
                    .toInteger() > 0);
    }

    void init()
    {
        m_newsroom.reset();
        auto opened = Newsroom::open(m_dir.filePath(u"newsroom-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
        UserStore users(*m_newsroom);
        auto admin = users.add(u"admin"_s, u"Quản trị"_s, Role::Admin, u"demo"_s, nullptr);
        QVERIFY(admin);
        m_reporter = users.add(u"reporter"_s, u"Nguyễn Minh Anh"_s, Role::Reporter, u"demo"_s, &admin.value()).value();
        m_otherReporter = users.add(u"binh"_s, u"Trần Văn Bình"_s, Role::Reporter, u"demo"_s, &admin.value()).value();
        m_editor = users.add(u"editor"_s, u"Phạm Văn Dũng"_s, Role::Editor, u"demo"_s, &admin.value()).value();
        m_chief = users.add(u"chief"_s, u"Lê Thị Thu Hà"_s, Role::ChiefEditor, u"demo"_s, &admin.value()).value();
        auto parsed = WordPressSite::parse(siteWithUser());
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        m_client = std::make_unique<WordPressClient>(parsed.value(), qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_PASSWORD"));
    }

    // Two articles of the same title are two posts, each with a permalink
    // of its own that opens it; sections are categories (one mapped onto an
    // existing category, one created), tags are tags, an author who is a
    // WordPress user is the post's author and one who is not keeps the
    // byline; the date is the first publication; the text shows as in the
    // preview, soft line breaks included.
    void postsAsWordPressMakesThem()
    {
        QVERIFY(ask(u"return wp_insert_term('Tin tức – Sự kiện', 'category', ['slug' => 'tin-tuc-su-kien'])['term_id'];"_s)
                    .toInteger() > 0);
        const QString body = u"Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân\ncủa lãnh đạo tỉnh trong tháng 12.\n\n"
                             "- Thứ Hai: **Chủ tịch** tiếp\n- Thứ Năm: Phó Chủ tịch tiếp\n\n> Công dân mang theo giấy tờ tùy thân.\n"_s;
        const QString first = published(u"Thông báo lịch tiếp công dân"_s, body, u"Thời sự"_s);
        QVERIFY(!first.isEmpty());
        QSqlQuery audit(m_newsroom->database());
        QVERIFY(audit.exec(u"SELECT at FROM audit_log WHERE article_id = '%1' AND action = 'publish'"_s.arg(first)) && audit.next());
        const QDateTime publishedAt = fromStamp(audit.value(0).toString());
        audit.finish();
        QTest::qWait(1100);
        correct(first, u"\n\nCập nhật: thêm lịch ngày 20."_s);
        const QString second = published(u"Thông báo lịch tiếp công dân"_s, u"Lịch tháng 1."_s, u"Kinh tế"_s, &m_otherReporter);
        QVERIFY(!second.isEmpty());

        PortalMapping mapping;
        mapping.forWordPress = true;
        mapping.wordpress.categories.insert(u"Thời sự"_s, u"tin-tuc-su-kien"_s);
        SyncSummary summary = sync(mapping);
        QVERIFY2(summary.sent == 2 && summary.allDone(), qPrintable(summary.lines.join(u'\n')));

        const QJsonObject a = post(postOf(first));
        const QJsonObject b = post(postOf(second));
        QCOMPARE(a.value(u"status"_s).toString(), u"publish"_s);
        QCOMPARE(a.value(u"title"_s).toString(), u"Thông báo lịch tiếp công dân"_s);
        QCOMPARE(a.value(u"name"_s).toString(), u"thong-bao-lich-tiep-cong-dan"_s);
        QCOMPARE(b.value(u"name"_s).toString(), u"thong-bao-lich-tiep-cong-dan-2"_s);
        QCOMPARE(a.value(u"opens"_s).toInteger(), postOf(first).toLongLong());
        QCOMPARE(b.value(u"opens"_s).toInteger(), postOf(second).toLongLong());
        QVERIFY(a.value(u"link"_s).toString() != b.value(u"link"_s).toString());
        QCOMPARE(a.value(u"categories"_s).toArray(), QJsonArray{u"Tin tức – Sự kiện"_s});
        QCOMPARE(b.value(u"categories"_s).toArray(), QJsonArray{u"Kinh tế"_s});
        QStringList tags;
        for (const QJsonValue &tag : a.value(u"tags"_s).toArray())
            tags.append(tag.toString());
        tags.sort();
        QCOMPARE(tags, (QStringList{u"Cải cách hành chính"_s, u"Tiếp công dân"_s}));
        QCOMPARE(a.value(u"author"_s).toString(), u"Nguyễn Minh Anh"_s);
        QCOMPARE(a.value(u"excerpt"_s).toString(), u"Sapo của bài."_s);
        QCOMPARE(a.value(u"date_gmt"_s).toString(), publishedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));

        // The text as WordPress's filters show it: no <br /> from a soft
        // line break, the same elements and words as the preview.
        const QString shown = a.value(u"content"_s).toString();
        QVERIFY2(!shown.contains(u"<br"_s), qPrintable(shown));
        const auto normalized = [](QString html) {
            static const QRegularExpression between(u">\\s+<"_s), spaces(u"\\s+"_s);
            return html.replace(between, u"><"_s).replace(spaces, u" "_s).trimmed();
        };
        Article article = ArticleStore(*m_newsroom).load(first).value();
        QCOMPARE(normalized(shown), normalized(markdownToHtml(article.body)));
        // An author with no WordPress user: the signed-in user, and the
        // byline as the text's last paragraph.
        QCOMPARE(b.value(u"author"_s).toString(), qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_USER"));
        QVERIFY2(b.value(u"content"_s).toString().contains(u"<p class=\"byline\"><strong>Trần Văn Bình</strong></p>"_s),
                 qPrintable(b.value(u"content"_s).toString()));

        // The permalink opens the post over HTTP, as a reader's browser does.
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(a.value(u"link"_s).toString())));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QString page = QString::fromUtf8(reply->readAll());
        QVERIFY(page.contains(u"Cập nhật: thêm lịch ngày 20."_s));
        delete reply;

        // A correction WordPress does not show (the source): nothing sent.
        ArticleStore store(*m_newsroom);
        Article quiet = store.load(second).value();
        quiet.source = u"Văn phòng UBND tỉnh"_s;
        QVERIFY(store.save(quiet, &m_editor));
        SyncSummary again = sync(mapping);
        QCOMPARE(again.unchanged, 1);
        QCOMPARE(again.updated, 0);
    }

    // A withdrawal makes a draft; a post edited, trashed or deleted in
    // WordPress is a conflict that a plain run leaves alone; overwriting
    // restores a trashed post (its slug without __trashed) and publishes a
    // deleted one again as a new post.
    void withdrawalsAndConflicts()
    {
        const QString id = published(u"Đà Nẵng đón khách quốc tế"_s, u"Khách tăng 20%."_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(sync().sent, 1);
        const QString postId = postOf(id);
        QVERIFY(!postId.isEmpty());

        QVERIFY(ask(u"return wp_update_post(['ID' => %1, 'post_title' => 'Sửa trong WordPress']);"_s.arg(postId)).toInteger() > 0);
        correct(id, u" Thêm."_s);
        SyncSummary edited = sync();
        QCOMPARE(edited.conflicts, 1);
        QCOMPARE(post(postId).value(u"title"_s).toString(), u"Sửa trong WordPress"_s);
        QCOMPARE(ArticleStore(*m_newsroom).load(id)->syncStatus, u"conflict"_s);
        QVERIFY(WordPressSync(*m_newsroom, *m_client).overwritePortal(id));
        QCOMPARE(sync().updated, 1);
        QCOMPARE(post(postId).value(u"title"_s).toString(), u"Đà Nẵng đón khách quốc tế"_s);

        // Trashed in WordPress.
        QVERIFY(ask(u"return wp_trash_post(%1) ? 1 : 0;"_s.arg(postId)).toInteger() == 1);
        correct(id, u" Lần hai."_s);
        SyncSummary trashed = sync();
        QCOMPARE(trashed.conflicts, 1);
        QVERIFY2(trashed.lines.value(0).contains(u"trash"_s), qPrintable(trashed.lines.join(u'\n')));
        QCOMPARE(post(postId).value(u"status"_s).toString(), u"trash"_s);
        QCOMPARE(sync().conflicts, 1);  // and again: never brought back unasked
        QVERIFY(WordPressSync(*m_newsroom, *m_client).overwritePortal(id));
        QCOMPARE(sync().updated, 1);
        QJsonObject restored = post(postId);
        QCOMPARE(restored.value(u"status"_s).toString(), u"publish"_s);
        QCOMPARE(restored.value(u"name"_s).toString(), u"da-nang-don-khach-quoc-te"_s);
        QCOMPARE(restored.value(u"opens"_s).toInteger(), postId.toLongLong());

        // Deleted in WordPress: a conflict, then a new post when overwritten.
        QVERIFY(ask(u"return wp_delete_post(%1, true) ? 1 : 0;"_s.arg(postId)).toInteger() == 1);
        correct(id, u" Lần ba."_s);
        SyncSummary deleted = sync();
        QCOMPARE(deleted.conflicts, 1);
        QCOMPARE(deleted.sent, 0);
        QVERIFY(WordPressSync(*m_newsroom, *m_client).overwritePortal(id));
        QCOMPARE(sync().sent, 1);
        const QString again = postOf(id);
        QVERIFY(!again.isEmpty() && again != postId);
        QCOMPARE(post(again).value(u"status"_s).toString(), u"publish"_s);
        QCOMPARE(post(again).value(u"name"_s).toString(), u"da-nang-don-khach-quoc-te"_s);

        // Withdrawn: a draft, no longer at its address.
        QVERIFY(ArticleActions(*m_newsroom).perform(id, Action::Withdraw, m_chief, u"Trùng tin"_s));
        QCOMPARE(sync().withdrawn, 1);
        QCOMPARE(post(again).value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(ask(u"return url_to_postid(home_url('/da-nang-don-khach-quoc-te/'));"_s).toInteger(), 0);
    }

    // A run stopped after WordPress took a post but before the newsroom
    // noted it: the next run finds the post by its slug, title and date and
    // updates it, rather than posting the article twice.
    void strandedPostIsNotPostedTwice()
    {
        const QString id = published(u"Hội nghị xúc tiến đầu tư năm 2027"_s, u"Nội dung hội nghị."_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(sync().sent, 1);
        const QString postId = postOf(id);
        QSqlQuery forget(m_newsroom->database());
        QVERIFY(forget.exec(u"DELETE FROM portal_sync_state WHERE article_id = '%1'"_s.arg(id)));
        QVERIFY(forget.exec(u"UPDATE portal_outbox SET done_at = NULL WHERE article_id = '%1'"_s.arg(id)));
        SyncSummary again = sync();
        QVERIFY2(again.allDone() && again.sent == 0 && again.updated == 1, qPrintable(again.lines.join(u'\n')));
        QCOMPARE(postOf(id), postId);
        QCOMPARE(ask(u"return count(get_posts(['title' => 'Hội nghị xúc tiến đầu tư năm 2027', 'post_status' => 'any', 'numberposts' => -1]));"_s)
                     .toInteger(), 1);
    }

    // Photos: each uploaded once to WordPress's media library (the web
    // rendition, with its caption, alt text and credit), shown in the post
    // from there, and the lead photo as the featured image.
    void photosGoToTheMediaLibrary()
    {
        const auto add = [&](const QString &file, const QString &caption, const QString &credit) {
            auto photo = PhotoImport::fromFile(QStringLiteral(PORTALDESK_TEST_DATA "/photos/") + file);
            if (!photo)
                return QString();
            photo->caption = caption;
            photo->credit = credit;
            auto added = MediaStore(*m_newsroom).add(photo.value(), &m_reporter);
            return added ? added->id : QString();
        };
        const QString field = add(u"landscape_1.jpg"_s, u"Lúa chín ở Hải Lăng"_s, u"Tiến Nhất"_s);
        const QString lead = add(u"portrait_6.jpg"_s, u"Chân dung"_s, u"Hồng Nhung"_s);
        QVERIFY(!field.isEmpty() && !lead.isEmpty());
        const QString body = u"Mở đầu.\n\n![Mùa lúa ở Hải Lăng](media:%1 \"Ảnh: Tiến Nhất\")\n\nKết.\n"_s.arg(field);
        const QString first = published(u"Mùa vàng"_s, body);
        const QString second = published(u"Mùa vàng năm sau"_s, body);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        {
            ArticleStore store(*m_newsroom);
            Article article = store.load(first).value();
            article.leadPhoto = lead;
            QVERIFY(store.save(article, &m_editor));
        }
        const qint64 before = ask(u"return (int) wp_count_attachments()->{'image/jpeg'};"_s).toInteger();
        SyncSummary summary = sync();
        QVERIFY2(summary.sent == 2 && summary.allDone(), qPrintable(summary.lines.join(u'\n')));
        // Two photos, each once, although two posts show the first.
        QCOMPARE(ask(u"return (int) wp_count_attachments()->{'image/jpeg'};"_s).toInteger(), before + 2);
        const QJsonObject shown = ask(uR"(
            $p = get_post(%1);
            $thumb = get_post_thumbnail_id($p);
            return ['content' => apply_filters('the_content', $p->post_content), 'thumb' => $thumb,
                    'thumb_alt' => get_post_meta($thumb, '_wp_attachment_image_alt', true),
                    'thumb_caption' => wp_get_attachment_caption($thumb),
                    'uploads' => wp_get_upload_dir()['baseurl']];)"_s.arg(postOf(first))).toObject();
        const QString content = shown.value(u"content"_s).toString();
        QVERIFY2(content.contains(u"<figcaption>Mùa lúa ở Hải Lăng <span class=\"credit\">Ảnh: Tiến Nhất</span></figcaption>"_s),
                 qPrintable(content));
        QVERIFY2(content.contains(u"src=\""_s + shown.value(u"uploads"_s).toString()), qPrintable(content));
        QVERIFY2(!content.contains(u"portaldesk-media"_s), qPrintable(content));
        QVERIFY(shown.value(u"thumb"_s).toInteger() > 0);
        QCOMPARE(shown.value(u"thumb_caption"_s).toString(), u"Chân dung"_s);
        const QJsonObject other = ask(u"return ['thumb' => get_post_thumbnail_id(%1)];"_s.arg(postOf(second))).toObject();
        QCOMPARE(other.value(u"thumb"_s).toInteger(), 0);
    }

    // A wrong password, a site that is not WordPress, a dead port: one
    // clear sentence each, and the outbox kept for the next run.
    void badSitesAreNamed()
    {
        QVERIFY(!published(u"Tin chờ gửi"_s, u"Nội dung."_s).isEmpty());
        const auto runAgainst = [&](const QString &address, const QString &password) {
            auto parsed = WordPressSite::parse(address);
            if (!parsed)
                return parsed.error().message;
            WordPressClient client(parsed.value(), password);
            auto result = WordPressSync(*m_newsroom, client).run();
            return result ? QString() : result.error().message;
        };
        QString wrong = runAgainst(siteWithUser(), u"abcd efgh ijkl mnop qrst uvwx"_s);
        QVERIFY2(wrong.contains(u"Application Password"_s), qPrintable(wrong));
        QUrl dead(site());
        dead.setPort(1);
        dead.setUserName(u"admin"_s);
        QString unreachable = runAgainst(dead.toString(), u"x"_s);
        QVERIFY2(unreachable.startsWith(u"Cannot reach the WordPress site"_s), qPrintable(unreachable));
        // A web site, but not a WordPress.
        LoopbackHttp web;
        web.route("/", [](const auto &) { return HttpResponse{200, "text/html", "<html><body>Trang chủ</body></html>", {}}; });
        QUrl notWordPress(web.url("/"));
        notWordPress.setUserName(u"admin"_s);
        QString other = runAgainst(notWordPress.toString(), u"x"_s);
        QVERIFY2(other.contains(u"does not answer as a WordPress site"_s), qPrintable(other));
        QVERIFY2(runAgainst(u"https://site.example/"_s, u"x"_s).contains(u"names no user"_s), "no user");
        QVERIFY2(runAgainst(u"https://a:b@site.example/"_s, u"x"_s).contains(u"password"_s), "password in address");
        QCOMPARE(PortalSync::pendingCount(*m_newsroom).value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWordPressSync)
#include "tst_wordpresssync.moc"
