// Two PCs on one PostgreSQL newsroom: the desk on one sees what the other
// saves, in its list and in the article it has open.
#include "articleeditor.h"
#include "articlestore.h"
#include "demodata.h"
#include "mainwindow.h"
#include "newsroom.h"
#include "userstore.h"

#include "testbackends.h"

#include <QSqlQuery>
#include <QTest>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

class TestShareDesk : public QObject
{
    Q_OBJECT

private:
    static QString currentUser(Models::Newsroom &newsroom)
    {
        QSqlQuery query(newsroom.database());
        return query.exec(u"SELECT current_user"_s) && query.next() ? query.value(0).toString() : QString();
    }

private slots:
    void cleanupTestCase() { TestBackends::dropPostgresDatabase(); }

    void anotherPcSavesTheOpenArticle()
    {
        QString problem;
        const QString url = TestBackends::freshNewsroomUrl(u"postgresql"_s, m_dir, &problem);
        QVERIFY2(!url.isEmpty(), qPrintable(problem));
        auto here = Models::Newsroom::open(Models::NewsroomUrl::parse(url).value());
        QVERIFY2(here.ok(), qPrintable(here.error().message));
        QVERIFY(Models::DemoData::add(*here.value()).ok());
        auto there = Models::Newsroom::open(Models::NewsroomUrl::parse(url).value());
        QVERIFY(there.ok());
        // Each PC signs in as its own server role: what each may do is the
        // server's business from here on.
        auto chief = Models::UserStore(*here.value()).authenticate(u"chief"_s, u"demo"_s);
        QVERIFY2(chief.ok(), qPrintable(chief.error().message));
        auto reporter = Models::UserStore(*there.value()).authenticate(u"reporter"_s, u"demo"_s);
        QVERIFY2(reporter.ok(), qPrintable(reporter.error().message));
        QCOMPARE(currentUser(*there.value()), u"reporter"_s);
        QCOMPARE(currentUser(*here.value()), u"chief"_s);
        Models::ArticleStore elsewhere(*there.value());
        Models::Article draft;
        draft.title = u"Bài viết trên máy khác"_s;
        auto created = elsewhere.create(draft, &reporter.value());
        QVERIFY(created.ok());

        Widgets::MainWindow window(*here.value(), chief.value());
        window.show();
        QVERIFY(window.openArticle(created->id));
        QCOMPARE(window.newerVersionNotice(), QString());
        Models::Article edited = created.value();
        edited.body = u"Nội dung mới, sửa trên máy khác."_s;
        QVERIFY(elsewhere.save(edited, &reporter.value()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(window.newerVersionNotice().contains(u"Version 2"_s), 3000);
        QVERIFY(window.newerVersionNotice().contains(u"Bài viết trên máy khác"_s));
        // Reopening shows it, and the notice goes.
        QVERIFY(window.openArticle(created->id));
        QCOMPARE(window.editor()->savedArticle().version, 2);
        QCOMPARE(window.newerVersionNotice(), QString());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestShareDesk)
#include "tst_sharedesk.moc"
