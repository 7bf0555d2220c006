// A shared newsroom on PostgreSQL: a change made on one PC reaches the
// other desks within a second, through LISTEN/NOTIFY; one's own changes and
// an embedded newsroom stay quiet.
#include "articlestore.h"
#include "demodata.h"
#include "newsroom.h"
#include "newsroomwatcher.h"
#include "serverping.h"
#include "userstore.h"

#include "testbackends.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestNewsroomWatcher : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { TestBackends::dropPostgresDatabase(); }

    void anotherPcsChangeArrives()
    {
        QString problem;
        const QString url = TestBackends::freshNewsroomUrl(u"postgresql"_s, m_dir, &problem);
        QVERIFY2(!url.isEmpty(), qPrintable(problem));
        auto here = Newsroom::open(NewsroomUrl::parse(url).value());
        QVERIFY2(here.ok(), qPrintable(here.error().message));
        QVERIFY(DemoData::add(*here.value()).ok());
        auto there = Newsroom::open(NewsroomUrl::parse(url).value());  // another PC: its own connection
        QVERIFY(there.ok());

        NewsroomWatcher watcher(*here.value());
        QVERIFY(watcher.isListening());
        QSignalSpy changed(&watcher, &NewsroomWatcher::articlesChanged);
        User reporter;
        for (const User &u : UserStore(*there.value()).list().value_or(QList<User>())) {
            if (u.login == u"reporter")
                reporter = u;
        }
        Article article;
        article.title = u"Tin từ máy khác"_s;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(ArticleStore(*there.value()).create(article, &reporter).ok());
        QVERIFY(changed.wait(2000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(changed.size(), 1);

        // What this desk writes itself does not come back to it.
        changed.clear();
        article.title = u"Tin của chính mình"_s;
        QVERIFY(ArticleStore(*here.value()).create(article, &reporter).ok());
        QVERIFY(!changed.wait(600));
    }

    // The desk asks whether a lost server is back on a thread of its own: a
    // host that takes the connection and says nothing (a dead network, as
    // libpq sees it) is waited for there, for connect_timeout, while the
    // caller's event loop goes on. The test's server answers.
    void serverPingDoesNotHoldTheCaller()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"ping-silent"_s);
            db.setHostName(u"127.0.0.1"_s);
            db.setPort(silent.serverPort());
            db.setDatabaseName(u"portaldesk"_s);
            ServerPing ping(db);
            QSignalSpy answered(&ping, &ServerPing::answered);
            QElapsedTimer timer;
            timer.start();
            ping.start();
            QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
            int ticks = 0;
            QTimer tick;
            connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
            tick.start(50);
            QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, 3000);
            QCOMPARE(answered.size(), 0);  // libpq is still waiting
            QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
            QCOMPARE(answered.at(0).at(0).toBool(), false);
        }
        QSqlDatabase::removeDatabase(u"ping-silent"_s);

        QString problem;
        const QString url = TestBackends::freshNewsroomUrl(u"postgresql"_s, m_dir, &problem);
        QVERIFY2(!url.isEmpty(), qPrintable(problem));
        auto newsroom = Newsroom::open(NewsroomUrl::parse(url).value());
        QVERIFY2(newsroom.ok(), qPrintable(newsroom.error().message));
        ServerPing ping(newsroom.value()->database());
        QSignalSpy answered(&ping, &ServerPing::answered);
        ping.start();
        QVERIFY(answered.wait(5000));
        QCOMPARE(answered.at(0).at(0).toBool(), true);
    }

    void embeddedStaysQuiet()
    {
        auto newsroom = Newsroom::open(m_dir.filePath(u"embedded.sqlite"_s));
        QVERIFY(newsroom.ok());
        NewsroomWatcher watcher(*newsroom.value());
        QVERIFY(!watcher.isListening());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestNewsroomWatcher)
#include "tst_newsroomwatcher.moc"
