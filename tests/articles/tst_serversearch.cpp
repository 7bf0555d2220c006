// Search on a shared newsroom through both of schema 21's paths: RUM indexes
// where the server has the extension (pd_search_newest), GIN where it has
// not or the one migrating may not create it. Needs PostgreSQL with
// postgresql-17-rum, as `packaging/devenv test` provides.
#include "articlestore.h"
#include "migrations.h"
#include "newsroom.h"
#include "searchindex.h"
#include "testbackends.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

// What the two newsrooms hold: a phrase ("Quảng Trị") together, its
// syllables apart ("quang", "tri" in other words), in several articles of
// different ages.
const QList<std::pair<QString, QString>> texts{
    {u"Hội nghị tại Quảng Trị"_s, u"Tỉnh Quảng Trị tổ chức hội nghị xúc tiến đầu tư."_s},
    {u"Bố trí vốn cho Vũ Quang"_s, u"Huyện Vũ Quang bố trí vốn làm đường, điều trị bệnh nhân."_s},
    {u"Quang cảnh Đông Hà"_s, u"Quang cảnh thành phố Đông Hà sau mưa; quản trị đô thị."_s},
    {u"Du lịch Quảng Trị"_s, u"Quảng Trị đón khách du lịch về thăm thành cổ."_s},
    {u"Kinh tế số"_s, u"Phát triển kinh tế số ở các xã."_s},
};

const QStringList searches{u"quang tri"_s, u"Quảng Trị"_s, u"dong ha"_s, u"kinh te"_s, u"Quảng Trị -\"du lịch\""_s};

} // namespace

class TestServerSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_owner = u"pd_norum_owner_%1"_s.arg(QCoreApplication::applicationPid());

    static QString amOf(QSqlDatabase db, const QString &index)
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = c.relam"
                        " WHERE c.relname = '%1' AND c.relnamespace = current_schema()::regnamespace"_s.arg(index))
            || !query.next())
            return {};
        return query.value(0).toString();
    }

    static QStringList titlesFound(Newsroom &newsroom, const QString &text)
    {
        QStringList titles;
        const auto results = ArticleStore(newsroom).search(text, 20);
        if (!results)
            return {u"error: "_s + results.error().message};
        for (const SearchHit &hit : results->hits)
            titles.append(hit.article.title + u" #"_s + QString::number(int(hit.tier)));
        return titles;
    }

    static bool fill(Newsroom &newsroom)
    {
        ArticleStore store(newsroom);
        for (const auto &[title, body] : texts) {
            if (!store.create(Article{.title = title, .body = body}))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QProcessEnvironment::systemEnvironment().contains(u"PGPORT"_s))
            QSKIP("No PostgreSQL server: run with 'packaging/devenv test'.");
    }

    void cleanupTestCase()
    {
        TestBackends::onServer(TestBackends::postgresDatabase(), {u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_owner)});
        TestBackends::dropPostgresDatabase();
        TestBackends::onServer({}, {u"DROP ROLE IF EXISTS %1"_s.arg(m_owner)});
    }

    // Where the server has the extension, the newsroom's migration puts RUM
    // indexes in place of GIN and search goes through pd_search_newest.
    void searchesThroughRumWhereTheServerHasIt()
    {
        QString problem;
        const QString url = TestBackends::freshNewsroomUrl(u"postgresql"_s, m_dir, &problem);
        QVERIFY2(!url.isEmpty(), qPrintable(problem));
        auto newsroom = Newsroom::open(NewsroomUrl::parse(url).value());
        QVERIFY2(newsroom, qPrintable(newsroom.error().message));
        QSqlDatabase db = newsroom.value()->database();
        QCOMPARE(searchesWithRum(db).value_or(false), true);
        QCOMPARE(amOf(db, u"articles_search_exact_rum"_s), u"rum"_s);
        QCOMPARE(amOf(db, u"articles_search_folded_rum"_s), u"rum"_s);
        QCOMPARE(amOf(db, u"articles_search_folded"_s), QString());
        QVERIFY(fill(*newsroom.value()));
        // The phrase first, its syllables apart after; as the GIN path finds them below.
        const QStringList found = titlesFound(*newsroom.value(), u"quang tri"_s);
        QCOMPARE(found.size(), 4);
        QVERIFY2(found.at(0).startsWith(u"Du lịch Quảng Trị #1"_s) || found.at(0).startsWith(u"Hội nghị tại Quảng Trị #1"_s),
                 qPrintable(found.join(u", "_s)));
        QVERIFY2(found.at(1).endsWith(u"Quảng Trị #1"_s), qPrintable(found.join(u", "_s)));
        // An edit reaches the RUM index.
        ArticleStore store(*newsroom.value());
        auto page = store.page(std::nullopt, 10);
        QVERIFY(page);
        Article kinhTe;
        for (const Article &article : page->articles) {
            if (article.title == u"Kinh tế số"_s)
                kinhTe = store.load(article.id).value();
        }
        QVERIFY(!kinhTe.id.isEmpty());
        kinhTe.body += u" Thành phố Đông Hà đi đầu."_s;
        QVERIFY(store.save(kinhTe));
        QCOMPARE(titlesFound(*newsroom.value(), u"dong ha"_s).size(), 2);
    }

    // Where the one migrating may not create the extension (an ordinary
    // role, as a newsroom's owner is in an office) schema 21 leaves GIN in
    // place, and search finds the same, in the same order.
    void searchesThroughGinWithoutTheExtension()
    {
        QString problem;
        const QString url = TestBackends::freshNewsroomUrl(u"postgresql"_s, m_dir, &problem);
        QVERIFY2(!url.isEmpty(), qPrintable(problem));
        // The reference: the same articles through RUM, made by the superuser.
        auto withRum = Newsroom::open(NewsroomUrl::parse(url).value());
        QVERIFY2(withRum, qPrintable(withRum.error().message));
        QVERIFY(fill(*withRum.value()));

        // An owner without rights to create the extension, in a database
        // where it is not created: its own schema in another database.
        const QString database = TestBackends::postgresDatabase() + u"_norum"_s;
        problem = TestBackends::onServer(
            {}, {u"DROP DATABASE IF EXISTS %1"_s.arg(database),
                 u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN"
                 " CREATE ROLE %1 LOGIN CREATEROLE PASSWORD 'no-rum'; END IF; END $$"_s.arg(m_owner),
                 u"DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE 'portaldesk\\_%'"
                 " OR shobj_description(oid, 'pg_authid') = 'PortalDesk user' LOOP"
                 " EXECUTE format('GRANT %I TO %2 WITH ADMIN OPTION, INHERIT FALSE, SET FALSE', r);"
                 " END LOOP; END $$"_s.arg(m_owner),
                 u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0 OWNER %2"_s.arg(database, m_owner)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        NewsroomUrl ownerUrl = NewsroomUrl::parse(u"postgresql:///"_s + database).value();
        ownerUrl.user = m_owner;
        ownerUrl.password = u"no-rum"_s;
        {
            auto withGin = Newsroom::open(ownerUrl);
            QVERIFY2(withGin, qPrintable(withGin.error().message));
            QCOMPARE(withGin.value()->schemaVersion(), latestSchemaVersion());
            QSqlDatabase db = withGin.value()->database();
            QCOMPARE(searchesWithRum(db).value_or(true), false);
            QCOMPARE(amOf(db, u"articles_search_folded"_s), u"gin"_s);
            QCOMPARE(amOf(db, u"articles_search_exact"_s), u"gin"_s);
            QVERIFY(fill(*withGin.value()));
            // Ties of rank are broken by id, which differs between the two:
            // each hit with its tier, in any order.
            for (const QString &text : searches) {
                QStringList gin = titlesFound(*withGin.value(), text);
                QStringList rum = titlesFound(*withRum.value(), text);
                QVERIFY2(!gin.isEmpty(), qPrintable(text));
                gin.sort();
                rum.sort();
                QCOMPARE(gin, rum);
            }
        }
        problem = TestBackends::onServer({}, {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestServerSearch)
#include "tst_serversearch.moc"
