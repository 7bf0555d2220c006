// A shared newsroom on PostgreSQL: a change made on one PC reaches the
// other desks within a second, through LISTEN/NOTIFY; one's own changes and
// an embedded newsroom stay quiet.
#include "articlestore.h"
#include "demodata.h"
#include "newsroom.h"
#include "newsroomwatcher.h"
#include "userstore.h"

#include "testbackends.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

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
