// The portal sync: published articles reach the portal's database once, in
// their latest version; withdrawals take them down; portal-side edits are
// conflicts; a killed sync loses and duplicates nothing. The newsroom is an
// SQLite file (and once a PostgreSQL database); the portal is an SQLite file, and the PostgreSQL and MariaDB
// servers that `packaging/devenv test` starts.
#include "articleactions.h"
#include "articlestore.h"
#include "benchseed.h"
#include "demodata.h"
#include "markdownhtml.h"
#include "newsroom.h"
#include "portal.h"
#include "portalmapping.h"
#include "portalsync.h"
#include "sqlsupport.h"
#include "testbackends.h"
#include "testportals.h"
#include "userstore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestPortalSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<Portal> m_portal;
    QString m_portalUrl;
    User m_reporter, m_editor, m_chief;

    // A fresh portal on the backend under test, with the reference schema.
    void openPortal(const QString &backend)
    {
        const QString name = backend == u"sqlite"
                                 ? QString::fromLatin1(QTest::currentTestFunction()) + u'-' + QString::fromLatin1(QTest::currentDataTag())
                                 : QString::fromLatin1(QTest::currentTestFunction());
        m_portal = TestPortals::fresh(backend, name, m_dir, &m_portalUrl);
    }

    QString published(const QString &title, const QString &body)
    {
        ArticleStore store(*m_newsroom);
        auto created = store.create(Article{.title = title, .summary = u"Sapo"_s, .body = body, .section = u"Thời sự"_s},
                                    &m_reporter);
        if (!created)
            return {};
        ArticleActions actions(*m_newsroom);
        for (const auto &[action, user] : {std::pair{Action::Submit, m_reporter}, std::pair{Action::Forward, m_editor},
                                           std::pair{Action::Approve, m_chief}, std::pair{Action::Publish, m_chief}}) {
            if (!actions.perform(created->id, action, user))
                return {};
        }
        return created->id;
    }

    SyncSummary sync(bool dryRun = false)
    {
        auto result = PortalSync(*m_newsroom, *m_portal).run(dryRun);
        if (!result) {
            qWarning("%s", qPrintable(result.error().message));
            return SyncSummary{.failed = -1};
        }
        return result.value();
    }

    QVariant portalValue(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_portal->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    int pendingEntries()
    {
        QSqlQuery query(m_newsroom->database());
        query.exec(u"SELECT count(*) FROM portal_outbox WHERE done_at IS NULL"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }

    static void backends()
    {
        TestBackends::addColumn();
        QTest::newRow("mariadb") << u"mariadb"_s;
    }

private Q_SLOTS:
    void init()
    {
        m_portal.reset();
        m_newsroom.reset();
        auto opened = Newsroom::open(m_dir.filePath(u"newsroom-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())
                                                                                + QString::fromLatin1(QTest::currentDataTag()))));
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

    void firstSyncCorrectionWithdraw_data() { backends(); }
    void firstSyncCorrectionWithdraw()
    {
        QFETCH(QString, backend);
        openPortal(backend);
        if (QTest::currentTestFailed())
            return;
        const QString id = published(u"Đà Nẵng đón khách"_s, u"## Du lịch\n\nKhách **tăng** 20%."_s);
        QVERIFY(!id.isEmpty());

        SyncSummary first = sync();
        QCOMPARE(first.sent, 1);
        QVERIFY(first.allDone());
        QCOMPARE(portalValue(u"SELECT body_html FROM portal_articles WHERE uuid = ?"_s, {id}).toString(),
                 markdownToHtml(u"## Du lịch\n\nKhách **tăng** 20%."_s));
        QCOMPARE(portalValue(u"SELECT section FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), u"Thời sự"_s);
        QCOMPARE(ArticleStore(*m_newsroom).load(id)->syncStatus, u"synced"_s);
        QCOMPARE(pendingEntries(), 0);

        // Nothing pending: a second run writes nothing.
        SyncSummary again = sync();
        QCOMPARE(again.sent + again.updated + again.unchanged, 0);

        // A correction after publishing stays published and is sent again;
        // two corrections before a sync are sent once, as the latest.
        ArticleStore store(*m_newsroom);
        Article article = store.load(id).value();
        article.title = u"Đà Nẵng đón khách quốc tế"_s;
        QVERIFY(store.save(article, &m_editor));
        article = store.load(id).value();
        article.body += u"\n\nCập nhật lúc 9 giờ."_s;
        QVERIFY(store.save(article, &m_editor));
        const QString publishedAt = portalValue(u"SELECT published_at FROM portal_articles WHERE uuid = ?"_s, {id}).toString();
        SyncSummary corrected = sync();
        QCOMPARE(corrected.updated, 1);
        QCOMPARE(portalValue(u"SELECT title FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), u"Đà Nẵng đón khách quốc tế"_s);
        QVERIFY(portalValue(u"SELECT body_html FROM portal_articles WHERE uuid = ?"_s, {id}).toString().contains(u"Cập nhật lúc 9 giờ."_s));
        QCOMPARE(portalValue(u"SELECT published_at FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), publishedAt);

        QVERIFY(ArticleActions(*m_newsroom).perform(id, Action::Withdraw, m_chief, u"Sai số liệu"_s));
        SyncSummary withdrawn = sync();
        QCOMPARE(withdrawn.withdrawn, 1);
        QCOMPARE(portalValue(u"SELECT status FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), u"withdrawn"_s);
        QCOMPARE(portalValue(u"SELECT count(*) FROM portal_articles"_s).toInt(), 1);
    }

    // The portal's published_at is when the article was first published,
    // not when it was last corrected before the first sync reached it.
    void publishedAtIsTheFirstPublication()
    {
        openPortal(u"sqlite"_s);
        if (QTest::currentTestFailed())
            return;
        const QString id = published(u"Công bố quy hoạch"_s, u"Bản đầu."_s);
        QVERIFY(!id.isEmpty());
        QSqlQuery audit(m_newsroom->database());
        QVERIFY(audit.exec(u"SELECT at FROM audit_log WHERE article_id = '%1' AND action = 'publish'"_s.arg(id)) && audit.next());
        const QDateTime publishedAt = fromStamp(audit.value(0).toString());
        audit.finish();
        QTest::qWait(1100);
        ArticleStore store(*m_newsroom);
        Article article = store.load(id).value();
        article.body = u"Bản đính chính."_s;
        QVERIFY(store.save(article, &m_editor));
        QVERIFY(store.load(id)->updated > publishedAt.addMSecs(1000));
        QCOMPARE(sync().sent, 1);
        QCOMPARE(fromStamp(portalValue(u"SELECT published_at FROM portal_articles WHERE uuid = ?"_s, {id}).toString()),
                 publishedAt);
        QVERIFY(fromStamp(portalValue(u"SELECT updated_at FROM portal_articles WHERE uuid = ?"_s, {id}).toString())
                > publishedAt.addMSecs(1000));
    }

    // A portal synced before the dates came from the audit log holds the
    // last correction's time: portal init's correction sets the first
    // publication, and a second run changes nothing.
    void olderPublicationDatesAreCorrected_data() { backends(); }
    void olderPublicationDatesAreCorrected()
    {
        QFETCH(QString, backend);
        openPortal(backend);
        if (QTest::currentTestFailed())
            return;
        const QString id = published(u"Khánh thành cầu"_s, u"Bản đầu."_s);
        QVERIFY(!id.isEmpty());
        QSqlQuery audit(m_newsroom->database());
        QVERIFY(audit.exec(u"SELECT at FROM audit_log WHERE article_id = '%1' AND action = 'publish'"_s.arg(id)) && audit.next());
        const QDateTime publishedAt = fromStamp(audit.value(0).toString());
        audit.finish();
        QCOMPARE(sync().sent, 1);
        QSqlQuery wrong(m_portal->database());
        QVERIFY2(wrong.exec(m_portal->isMySql() ? u"UPDATE portal_articles SET published_at = '2030-01-01 00:00:00'"_s
                                               : u"UPDATE portal_articles SET published_at = '2030-01-01T00:00:00.000Z'"_s),
                 qPrintable(wrong.lastError().text()));
        PortalSync sync(*m_newsroom, *m_portal);
        auto corrected = sync.correctPublicationDates();
        QVERIFY2(corrected, qPrintable(corrected.error().message));
        QCOMPARE(corrected.value(), 1);
        const QVariant stored = portalValue(u"SELECT published_at FROM portal_articles WHERE uuid = ?"_s, {id});
        const QDateTime time = stored.metaType().id() == QMetaType::QDateTime ? stored.toDateTime() : fromStamp(stored.toString());
        if (m_portal->isMySql())
            QCOMPARE(stored.toDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), publishedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        else
            QCOMPARE(time.toSecsSinceEpoch(), publishedAt.toSecsSinceEpoch());
        QCOMPARE(sync.correctPublicationDates().value(), 0);
    }

    // A newsroom on the PostgreSQL server, synced by an editor signed in as a
    // server role: the outbox is read ahead on a connection of its own, as
    // that role, and the entries are marked done with the rights editors
    // have, the ids bound as one JSON array.
    void fromSharedNewsroom()
    {
        QString problem;
        const QString url = TestBackends::freshNewsroomUrl(u"postgresql"_s, m_dir, &problem);
        QVERIFY2(!url.isEmpty(), qPrintable(problem));
        auto opened = Newsroom::open(NewsroomUrl::parse(url).value());
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
        auto demo = DemoData::add(*m_newsroom);
        QVERIFY2(demo, qPrintable(demo.error().message));
        auto editor = UserStore(*m_newsroom).authenticate(u"editor"_s, u"demo"_s);
        QVERIFY2(editor, qPrintable(editor.error().message));
        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.exec(u"SELECT current_user, (SELECT count(*) FROM articles WHERE state = 'published')"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"editor"_s);
        const int published = query.value(1).toInt();
        QVERIFY(published > 0);
        QVERIFY(pendingEntries() >= published);

        openPortal(u"sqlite"_s);
        const SyncSummary summary = sync();
        QVERIFY2(summary.allDone() && summary.failed == 0, qPrintable(summary.lines.join(u'\n')));
        QCOMPARE(summary.sent, published);
        // Withdrawals are the chief editor's: an editor's sync leaves them
        // pending (the server confirms them only from a chief's sync).
        QVERIFY(query.exec(u"SELECT count(*) FROM portal_outbox WHERE done_at IS NULL AND action = 'withdraw'"_s) && query.next());
        const int withdrawals = query.value(0).toInt();
        QVERIFY(withdrawals > 0);
        QCOMPARE(pendingEntries(), withdrawals);
        QCOMPARE(portalValue(u"SELECT count(*) FROM portal_articles WHERE status = 'published'"_s).toInt(), published);
        QVERIFY(query.exec(u"SELECT count(*) FROM article_sync WHERE status = 'synced'"_s) && query.next());
        QVERIFY(query.value(0).toInt() >= published);
        QCOMPARE(sync().sent, 0);
        QCOMPARE(pendingEntries(), withdrawals);

        auto chief = UserStore(*m_newsroom).authenticate(u"chief"_s, u"demo"_s);
        QVERIFY2(chief, qPrintable(chief.error().message));
        QCOMPARE(sync().sent, 0);
        QCOMPARE(pendingEntries(), 0);
        QSqlQuery audit(m_newsroom->database());
        QVERIFY(audit.exec(u"SELECT count(*) FROM audit_log WHERE action = 'sync.withdrawn' AND login = 'chief'"_s) && audit.next());
        QCOMPARE(audit.value(0).toInt(), withdrawals);
    }

    // An article edited on the portal since our last write is not
    // overwritten: it is a conflict, and stays pending.
    void portalEditIsAConflict_data() { backends(); }
    void portalEditIsAConflict()
    {
        QFETCH(QString, backend);
        openPortal(backend);
        if (QTest::currentTestFailed())
            return;
        const QString id = published(u"Tin gốc"_s, u"Nội dung."_s);
        QVERIFY(sync().allDone());
        QSqlQuery edit(m_portal->database());
        edit.prepare(u"UPDATE portal_articles SET title = ? WHERE uuid = ?"_s);
        edit.addBindValue(u"Tin sửa trên cổng"_s);
        edit.addBindValue(id);
        QVERIFY(edit.exec());

        ArticleStore store(*m_newsroom);
        Article article = store.load(id).value();
        article.body = u"Nội dung đính chính."_s;
        QVERIFY(store.save(article, &m_editor));
        SyncSummary summary = sync();
        QCOMPARE(summary.conflicts, 1);
        QVERIFY(!summary.allDone());
        QCOMPARE(summary.lines.size(), 1);
        QCOMPARE(portalValue(u"SELECT title FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), u"Tin sửa trên cổng"_s);
        QCOMPARE(store.load(id)->syncStatus, u"conflict"_s);
        QCOMPARE(pendingEntries(), 1);
        // Running again changes nothing: still a conflict.
        QCOMPARE(sync().conflicts, 1);

        // The editor keeps the newsroom's version: the next run overwrites.
        QVERIFY(PortalSync(*m_newsroom, *m_portal).overwritePortal(id));
        SyncSummary overwritten = sync();
        QCOMPARE(overwritten.updated, 1);
        QVERIFY(overwritten.allDone());
        QCOMPARE(portalValue(u"SELECT title FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), u"Tin gốc"_s);
        QCOMPARE(store.load(id)->syncStatus, u"synced"_s);

        QCOMPARE(pendingEntries(), 0);
    }

    // A value the portal refuses (here a section too long for a narrowed
    // column) fails that item with its reason; the others go through and
    // the failed one stays pending.
    void oneBadItemDoesNotStopTheOthers_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("mariadb") << u"mariadb"_s;
    }
    void oneBadItemDoesNotStopTheOthers()
    {
        QFETCH(QString, backend);
        openPortal(backend);
        if (QTest::currentTestFailed())
            return;
        QSqlQuery narrow(m_portal->database());
        QVERIFY2(narrow.exec(backend == u"mariadb" ? u"ALTER TABLE portal_articles MODIFY section VARCHAR(8) NOT NULL"_s
                                                   : u"ALTER TABLE portal_articles ALTER COLUMN section TYPE VARCHAR(8)"_s),
                 qPrintable(narrow.lastError().text()));
        const QString first = published(u"Tin một"_s, u"Một."_s);
        ArticleStore store(*m_newsroom);
        Article article = store.load(first).value();
        article.section = u"Kinh tế – Xã hội"_s;
        QVERIFY(store.save(article, &m_editor));
        const QString second = published(u"Tin hai"_s, u"Hai."_s);
        SyncSummary summary = sync();
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.sent, 1);
        QCOMPARE(summary.lines.size(), 1);
        QVERIFY2(summary.lines.constFirst().startsWith(u"Tin một: "_s), qPrintable(summary.lines.constFirst()));
        QCOMPARE(portalValue(u"SELECT count(*) FROM portal_articles"_s).toInt(), 1);
        QCOMPARE(store.load(first)->syncStatus, u"failed"_s);
        QCOMPARE(store.load(second)->syncStatus, u"synced"_s);
        QVERIFY(pendingEntries() >= 1);
    }

    // WordPress's own tables are no longer written behind its back: a
    // mapping naming wp_posts, or the name the old shipped one had, points
    // to the REST connector (tst_wordpresssync).
    void wordpressTablesAreRefused()
    {
        auto named = PortalMapping::load(u"wordpress"_s);
        QVERIFY(!named);
        QVERIFY2(named.error().message.contains(u"https://USER@site.example/"_s), qPrintable(named.error().message));
        QFile file(m_dir.filePath(u"wp.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"table": "wp_posts", "key": {"column": "guid", "format": "urn:uuid:{uuid}"},
                      "columns": {"title": "post_title", "body_html": "post_content"},
                      "status": {"column": "post_status", "published": "publish", "withdrawn": "draft"}})");
        file.close();
        auto mapped = PortalMapping::load(file.fileName());
        QVERIFY(!mapped);
        QCOMPARE(mapped.error().message, named.error().message);
    }

    void badMappings()
    {
        QTemporaryDir dir;
        const auto write = [&](const QByteArray &json) {
            QFile file(dir.filePath(u"mapping.json"_s));
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write(json);
            return file.fileName();
        };
        QVERIFY(!PortalMapping::load(dir.filePath(u"missing.json"_s)));
        QVERIFY(!PortalMapping::load(write("{ not json")));
        auto injected = PortalMapping::load(write(R"({"table": "wp_posts; DROP TABLE x", "key": {"column": "guid"},
            "status": {"column": "post_status", "published": "publish", "withdrawn": "draft"},
            "columns": {"title": "post_title", "body_html": "post_content"}})"));
        QVERIFY(!injected);
        QVERIFY(injected.error().message.contains(u"wp_posts; DROP TABLE x"_s));
        auto unknownField = PortalMapping::load(write(R"({"table": "t", "key": {"column": "k"},
            "status": {"column": "s", "published": "p", "withdrawn": "w"},
            "columns": {"title": "a", "body_html": "b", "headline": "c"}})"));
        QVERIFY(!unknownField);
        QVERIFY(unknownField.error().message.contains(u"headline"_s));
        QVERIFY(PortalMapping::load(write(R"({"table": "t", "key": {"column": "k"},
            "status": {"column": "s", "published": "p", "withdrawn": "w"},
            "columns": {"title": "a", "body_html": "b"}, "utc_offset": "-03:30"})"))->utcOffsetSeconds == -12600);
        QCOMPARE(slugOf(u"  Đắk Lắk: 1.200 hộ được hỗ trợ! "_s), u"dak-lak-1-200-ho-duoc-ho-tro"_s);
    }

    void dryRunWritesNothing()
    {
        openPortal(u"sqlite"_s);
        if (QTest::currentTestFailed())
            return;
        published(u"Tin một"_s, u"Một."_s);
        published(u"Tin hai"_s, u"Hai."_s);
        SyncSummary planned = sync(true);
        QCOMPARE(planned.sent, 2);
        QCOMPARE(portalValue(u"SELECT count(*) FROM portal_articles"_s).toInt(), 0);
        QCOMPARE(pendingEntries(), 2);
        QCOMPARE(sync().sent, 2);
    }

    // portaldesk-cli sync killed with SIGKILL at random moments, several
    // times, then run to the end: every article on the portal exactly once,
    // in its version, and nothing left pending.
    void killedSyncLosesNothing()
    {
        openPortal(u"sqlite"_s);
        if (QTest::currentTestFailed())
            return;
        const int total = 3000;
        QVERIFY(BenchSeed::run(*m_newsroom, total, ArticleState::Published));
        QCOMPARE(pendingEntries(), total);
        const QStringList arguments{u"--db"_s, m_newsroom->url().path, u"sync"_s, u"--portal"_s, m_portalUrl};
        int killed = 0;
        for (int attempt = 0; attempt < 6; ++attempt) {
            QProcess cli;
            cli.start(QStringLiteral(PORTALDESK_CLI_BINARY), arguments);
            QVERIFY(cli.waitForStarted());
            QTest::qWait(QRandomGenerator::global()->bounded(30, 400));
            if (cli.state() == QProcess::Running) {
                cli.kill();
                ++killed;
            }
            cli.waitForFinished();  // false when it had already ended by itself
            QCOMPARE(cli.state(), QProcess::NotRunning);
        }
        QProcess cli;
        cli.start(QStringLiteral(PORTALDESK_CLI_BINARY), arguments);
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        qInfo("killed %d of 6 runs mid-sync", killed);
        QCOMPARE(portalValue(u"SELECT count(*) FROM portal_articles"_s).toInt(), total);
        QCOMPARE(portalValue(u"SELECT count(DISTINCT uuid) FROM portal_articles"_s).toInt(), total);
        QCOMPARE(pendingEntries(), 0);
        const QString someId = ArticleStore(*m_newsroom).page(std::nullopt, 1)->articles.constFirst().id;
        const Article some = ArticleStore(*m_newsroom).load(someId).value();
        QCOMPARE(portalValue(u"SELECT body_html FROM portal_articles WHERE uuid = ?"_s, {someId}).toString(), markdownToHtml(some.body));
    }

    // Taking the portal's text back settles a conflict the other way: the
    // portal's title and body (as Markdown) become a new revision, and the
    // next run leaves the portal with what the newsroom now renders.
    void portalTextTakenBack_data() { backends(); }
    void portalTextTakenBack()
    {
        QFETCH(QString, backend);
        openPortal(backend);
        if (QTest::currentTestFailed())
            return;
        const QString id = published(u"Tin gốc"_s, u"Nội dung gốc."_s);
        QVERIFY(sync().allDone());
        QSqlQuery edit(m_portal->database());
        edit.prepare(u"UPDATE portal_articles SET title = ?, body_html = ? WHERE uuid = ?"_s);
        edit.addBindValue(u"Tin đã sửa trên cổng"_s);
        edit.addBindValue(u"<p>Nội dung <b>sửa</b> trên cổng&nbsp;điện tử.</p><ul><li>Một</li><li>Hai</li></ul>"_s);
        edit.addBindValue(id);
        QVERIFY(edit.exec());
        ArticleStore store(*m_newsroom);
        Article article = store.load(id).value();
        article.summary = u"Sapo mới"_s;
        QVERIFY(store.save(article, &m_editor));
        QCOMPARE(sync().conflicts, 1);

        PortalSync portalSync(*m_newsroom, *m_portal);
        auto version = portalSync.portalVersion(id);
        QVERIFY2(version, qPrintable(version.error().message));
        QCOMPARE(version->title, u"Tin đã sửa trên cổng"_s);
        const int revisionsBefore = int(store.revisions(id)->size());
        auto taken = portalSync.takePortalText(id, &m_editor);
        QVERIFY2(taken, qPrintable(taken.error().message));
        QCOMPARE(taken->title, u"Tin đã sửa trên cổng"_s);
        QCOMPARE(taken->body, u"Nội dung **sửa** trên cổng\u00a0điện tử.\n\n- Một\n- Hai\n"_s);
        QCOMPARE(taken->summary, u"Sapo"_s);  // the portal's version, all of it
        QCOMPARE(taken->state, ArticleState::Published);
        QCOMPARE(int(store.revisions(id)->size()), revisionsBefore + 1);

        SyncSummary settled = sync();
        QVERIFY2(settled.allDone(), qPrintable(settled.lines.join(u'\n')));
        QCOMPARE(settled.updated, 1);
        QCOMPARE(portalValue(u"SELECT title FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), u"Tin đã sửa trên cổng"_s);
        QCOMPARE(portalValue(u"SELECT body_html FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), markdownToHtml(taken->body));
        QCOMPARE(portalValue(u"SELECT summary FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), u"Sapo"_s);
        QCOMPARE(pendingEntries(), 0);
    }

    // A portal table locked by someone else for a moment, and a portal
    // connection the server dropped, are tried again after a pause; a lock
    // that stays is given up with a clear line and nothing marked synced.
    void transientFailuresAreRetried()
    {
        openPortal(u"postgresql"_s);
        if (QTest::currentTestFailed())
            return;
        const QString database = m_portalUrl.mid(m_portalUrl.lastIndexOf(u'/') + 1);
        QSqlQuery session(m_portal->database());
        QVERIFY(session.exec(u"SET lock_timeout = '200ms'"_s));
        const auto lockFor = [&](double seconds, QProcess &psql) {
            psql.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-d"_s, database, u"-c"_s,
                                   u"BEGIN; LOCK TABLE portal_articles IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(%1); COMMIT;"_s.arg(seconds)});
            QVERIFY(psql.waitForStarted());
            QTRY_COMPARE_WITH_TIMEOUT(
                portalValue(u"SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                            " WHERE c.relname = 'portal_articles' AND l.mode = 'AccessExclusiveLock' AND l.granted"_s)
                    .toInt(),
                1, 10000);
        };

        const QString first = published(u"Tin một"_s, u"Một."_s);
        {
            QProcess psql;
            lockFor(1.5, psql);
            if (QTest::currentTestFailed())
                return;
            PortalSync portalSync(*m_newsroom, *m_portal);
            portalSync.setRetryPolicy({.attempts = 6, .firstDelayMs = 200});
            auto result = portalSync.run();
            QVERIFY2(result, qPrintable(result.error().message));
            QVERIFY2(result->allDone(), qPrintable(result->lines.join(u'\n')));
            QCOMPARE(result->sent, 1);
            QVERIFY(result->retries >= 1);
            QVERIFY(psql.waitForFinished());
        }

        const QString second = published(u"Tin hai"_s, u"Hai."_s);
        {
            QProcess psql;
            lockFor(30, psql);
            if (QTest::currentTestFailed())
                return;
            PortalSync portalSync(*m_newsroom, *m_portal);
            portalSync.setRetryPolicy({.attempts = 2, .firstDelayMs = 100});
            auto result = portalSync.run();
            psql.kill();
            psql.waitForFinished();
            QVERIFY2(result, qPrintable(result.error().message));
            QCOMPARE(result->failed, 1);
            QCOMPARE(result->retries, 1);
            QCOMPARE(result->lines.size(), 1);
            QVERIFY2(result->lines.constFirst().contains(u"gave up after 2 attempts"_s), qPrintable(result->lines.constFirst()));
            QVERIFY(!result->lines.constFirst().contains(u'\n'));
            QCOMPARE(pendingEntries(), 1);
            QVERIFY(ArticleStore(*m_newsroom).load(second)->syncStatus != u"synced"_s);
        }

        // The server drops the portal connection between syncs (a restart,
        // which also ends the lock above): the sync connects again by itself.
        const QString error = TestBackends::onServer(
            {}, {u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(database)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PortalSync portalSync(*m_newsroom, *m_portal);
        portalSync.setRetryPolicy({.attempts = 3, .firstDelayMs = 100});
        auto result = portalSync.run();
        QVERIFY2(result, qPrintable(result.error().message));
        QVERIFY2(result->allDone(), qPrintable(result->lines.join(u'\n')));
        QCOMPARE(result->sent, 1);
        QCOMPARE(pendingEntries(), 0);
        QCOMPARE(portalValue(u"SELECT count(*) FROM portal_articles"_s).toInt(), 2);
        Q_UNUSED(first);
    }

    // A first sync loads new rows with COPY on PostgreSQL: backslashes,
    // tabs, line breaks and Vietnamese reach the portal exactly.
    void everyCharacterArrives_data() { backends(); }
    void everyCharacterArrives()
    {
        QFETCH(QString, backend);
        openPortal(backend);
        if (QTest::currentTestFailed())
            return;
        const QString title = u"Đường dẫn C:\\Tài liệu\tvà \\N"_s;
        const QString body = u"Dòng một\\\r\nDòng hai\tcó tab, \\N và \\\\ hai gạch.\n\n```\n\tmã\n```\n"_s;
        const QString id = published(title, body);
        QVERIFY(!id.isEmpty());
        const QString other = published(u"Tin thường"_s, u"Nội dung."_s);
        SyncSummary summary = sync();
        QVERIFY2(summary.allDone() && summary.sent == 2, qPrintable(summary.lines.join(u'\n')));
        QCOMPARE(portalValue(u"SELECT title FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), title);
        QCOMPARE(portalValue(u"SELECT body_html FROM portal_articles WHERE uuid = ?"_s, {id}).toString(), markdownToHtml(body));
        QCOMPARE(portalValue(u"SELECT summary FROM portal_articles WHERE uuid = ?"_s, {other}).toString(), u"Sapo"_s);
        QCOMPARE(sync().unchanged + sync().sent, 0);  // nothing pending, nothing sent again
    }

    // A long run reports its progress after each batch and stops at the
    // end of a batch when told to; the next run goes on from there.
    void progressAndCancel()
    {
        openPortal(u"sqlite"_s);
        if (QTest::currentTestFailed())
            return;
        const int total = PortalSync::batchSize * 2 + 100;
        QVERIFY(BenchSeed::run(*m_newsroom, total, ArticleState::Published));
        QList<std::pair<int, int>> reports;
        PortalSync portalSync(*m_newsroom, *m_portal);
        portalSync.setProgress([&](int handled, int all) {
            reports.append({handled, all});
            return false;
        });
        auto cancelled = portalSync.run();
        QVERIFY(cancelled);
        QVERIFY(cancelled->cancelled);
        QVERIFY(!cancelled->allDone());
        QCOMPARE(cancelled->sent, PortalSync::batchSize);
        QCOMPARE(reports, (QList<std::pair<int, int>>{{PortalSync::batchSize, total}}));
        QCOMPARE(pendingEntries(), total - PortalSync::batchSize);

        reports.clear();
        portalSync.setProgress([&](int handled, int all) {
            reports.append({handled, all});
            return true;
        });
        auto rest = portalSync.run();
        QVERIFY(rest && rest->allDone());
        QCOMPARE(rest->sent, total - PortalSync::batchSize);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.constLast(), std::pair(total - PortalSync::batchSize, total - PortalSync::batchSize));
        QCOMPARE(portalValue(u"SELECT count(*) FROM portal_articles"_s).toInt(), total);
    }

    // A batch of many articles is rendered by two threads at once: every
    // row still holds its own article's text, status and hash, on the first
    // sync and on a second that withdraws half of them.
    void bigBatchesKeepEachArticleItsOwnRow_data() { backends(); }
    void bigBatchesKeepEachArticleItsOwnRow()
    {
        QFETCH(QString, backend);
        openPortal(backend);
        if (QTest::currentTestFailed())
            return;
        constexpr int total = 300;
        QVERIFY(BenchSeed::run(*m_newsroom, total, ArticleState::Published));
        const auto rowsMatch = [&](const QSet<QString> &withdrawn) -> QString {
            QSqlQuery articles(m_newsroom->database());
            articles.exec(u"SELECT id, title, body FROM articles"_s);
            int checked = 0;
            while (articles.next()) {
                const QString id = articles.value(0).toString();
                QSqlQuery row(m_portal->database());
                row.prepare(u"SELECT title, body_html, status, content_hash FROM portal_articles WHERE uuid = ?"_s);
                row.addBindValue(id);
                if (!row.exec() || !row.next())
                    return u"no row for "_s + id;
                if (row.value(0).toString() != articles.value(1).toString()
                    || row.value(1).toString() != markdownToHtml(articles.value(2).toString()))
                    return u"another article's text in the row of "_s + id;
                if (row.value(2).toString() != (withdrawn.contains(id) ? u"withdrawn"_s : u"published"_s))
                    return u"the wrong status for "_s + id;
                ++checked;
            }
            // The hash is of what the row holds: one row's hash with another's
            // text would show as the same hash twice, or a conflict next run.
            if (portalValue(u"SELECT count(DISTINCT content_hash) FROM portal_articles"_s).toInt() != total)
                return u"hashes shared between rows"_s;
            return checked == total ? QString() : u"%1 rows checked of %2"_s.arg(checked).arg(total);
        };
        SyncSummary first = sync();
        QVERIFY2(first.allDone() && first.sent == total, qPrintable(first.lines.join(u'\n')));
        QString mismatch = rowsMatch({});
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

        QSet<QString> withdrawn;
        QSqlQuery ids(m_newsroom->database());
        ids.exec(u"SELECT id FROM articles ORDER BY id"_s);
        for (int i = 0; ids.next(); ++i) {
            if (i % 2 == 0) {
                QVERIFY(ArticleActions(*m_newsroom).perform(ids.value(0).toString(), Action::Withdraw, m_chief, u"Trùng tin"_s));
                withdrawn.insert(ids.value(0).toString());
            }
        }
        SyncSummary second = sync();
        QVERIFY2(second.allDone() && second.withdrawn == total / 2, qPrintable(second.lines.join(u'\n')));
        mismatch = rowsMatch(withdrawn);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        const SyncSummary third = sync();
        QCOMPARE(third.sent + third.updated + third.withdrawn + third.conflicts + third.failed, 0);
    }

    // Bad portals give one clear line and change nothing.
    void badPortals()
    {
        // MySQL is for portals only, and never with a password in the URL.
        QVERIFY(NewsroomUrl::parsePortal(u"mysql://web@db.example:3307/portal"_s));
        QCOMPARE(NewsroomUrl::parsePortal(u"mysql://web@db.example:3307/portal"_s)->port, 3307);
        QVERIFY(!NewsroomUrl::parse(u"mysql://web@db.example/portal"_s));
        QVERIFY(!NewsroomUrl::parsePortal(u"mysql://web:secret@db.example/portal"_s));
        QVERIFY(!NewsroomUrl::parsePortal(u"mysql://db.example/"_s));
        QVERIFY(!NewsroomUrl::parsePortal(u"ftp://db.example/portal"_s));
        // A PostgreSQL portal URL's own mistake is named, not "unknown URL".
        QVERIFY(NewsroomUrl::parsePortal(u"postgresql://web:secret@db.example/portal"_s).error().message.contains(u"PGPASSWORD"_s));

        auto refused = Portal::open(NewsroomUrl::parse(u"postgresql://nobody@127.0.0.1:1/portal"_s).value());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"127.0.0.1"_s), qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(u'\n'));

        published(u"Tin"_s, u"Nội dung."_s);
        auto empty = Portal::open(NewsroomUrl::sqlite(m_dir.filePath(u"empty-portal.sqlite"_s)));
        QVERIFY(empty);
        auto result = PortalSync(*m_newsroom, *empty.value()).run();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(result.error().message.contains(u"portal init"_s));
        QCOMPARE(pendingEntries(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPortalSync)
#include "tst_portalsync.moc"
