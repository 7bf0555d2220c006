// Reading and writing articles, optimistic versions, paging, and the lazy
// article list model.
#include "articlelistmodel.h"
#include "articlestore.h"
#include "benchseed.h"
#include "newsroom.h"
#include "queuemodel.h"
#include "searchworker.h"
#include "sampledata.h"
#include "searchresultsmodel.h"
#include "vietnamesetext.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(PortalDesk::Models::Article)

using namespace PortalDesk::Models;

using namespace Qt::StringLiterals;

class TestArticleStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Newsroom> m_newsroom;
    int m_opened = 0;

    ArticleStore store() { return ArticleStore(*m_newsroom); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A file per test and data row: each starts from an empty newsroom.
        auto opened = Newsroom::open(m_dir.filePath(QStringLiteral("newsroom-%1.sqlite").arg(++m_opened)));
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
    }
    void cleanup() { m_newsroom.reset(); }

    void roundTripsText_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::newRow("nominal: Vietnamese with đ and tones")
            << QStringLiteral("Đà Nẵng, Quảng Trị: tổng kết công tác phòng, chống thiên tai")
            << QStringLiteral("## Kết quả\n\n- Đường giao thông nông thôn\n- Cầu Tân Phước");
        QTest::newRow("robustness: quotes and SQL") << QStringLiteral("'); DROP TABLE articles; --")
                                                    << QStringLiteral("\"x\" OR 1=1; SELECT * FROM users");
        // Up to the limits (2 MB of UTF-8 in a body, 64 KB in a title).
        QTest::newRow("robustness: the largest body") << QStringLiteral("Dài") << QString(maxBodyBytes / 2, u'Ư');
        QTest::newRow("robustness: the longest title") << QString(maxFieldBytes / 3, u'ệ') << QString();
        QTest::newRow("robustness: control characters") << QStringLiteral("A\tB") << QStringLiteral("\u0001\u0007\u001f bell");
    }

    // What is stored comes back exactly, whatever it contains.
    void roundTripsText()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        ArticleStore articles = store();
        auto created = articles.create(Article{.title = title, .body = body, .section = QStringLiteral("Thời sự"),
                                               .author = QStringLiteral("Nguyễn Thị Hồng Nhung")});
        QVERIFY2(created, qPrintable(created.error().message));
        auto loaded = articles.load(created->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->title, title);
        QCOMPARE(loaded->body, body);
        QCOMPARE(loaded->section, QStringLiteral("Thời sự"));
        QCOMPARE(loaded->author, QStringLiteral("Nguyễn Thị Hồng Nhung"));
        QCOMPARE(loaded->version, 1);
        QCOMPARE(QUuid::fromString(loaded->id).isNull(), false);
        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // A NUL character, which PostgreSQL refuses in text, is refused on
    // SQLite too, on create and on save, and nothing is written.
    void refusesNulCharacter()
    {
        ArticleStore articles = store();
        auto created = articles.create(Article{.title = QStringLiteral("Có NUL"), .body = QStringLiteral("a\u0000b")});
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY2(created.error().message.contains(QStringLiteral("NUL")), qPrintable(created.error().message));
        auto clean = articles.create(Article{.title = QStringLiteral("Không NUL")});
        QVERIFY(clean);
        Article edited = clean.value();
        edited.summary = QStringLiteral("sapo\u0000");
        auto saved = articles.save(edited);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
        QCOMPARE(articles.load(clean->id)->version, 1);
        QCOMPARE(articles.count().value(), 1);
    }

    void refusesEmptyTitle()
    {
        auto created = store().create(Article{.title = QStringLiteral("   ")});
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
    }

    // Beyond the limits: refused, with the sizes, and nothing stored.
    void refusesTooMuchText_data()
    {
        QTest::addColumn<Article>("article");
        QTest::newRow("robustness: a body one byte over") << Article{.title = QStringLiteral("Dài"), .body = QString(maxBodyBytes / 2, u'Ư') + u'a'};
        QTest::newRow("robustness: 1 MB title") << Article{.title = QString(1 << 20, u'Ư')};
        QTest::newRow("robustness: a sapo one byte over") << Article{.title = QStringLiteral("x"), .summary = QString(maxFieldBytes + 1, u'a')};
    }

    void refusesTooMuchText()
    {
        QFETCH(Article, article);
        ArticleStore articles = store();
        auto created = articles.create(article);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY2(created.error().message.contains(u"MB") || created.error().message.contains(u"KB"), qPrintable(created.error().message));
        auto fits = articles.create(Article{.title = QStringLiteral("Vừa")});
        QVERIFY(fits);
        Article grown = fits.value();
        grown.body = QString(maxBodyBytes + 1, u'a');
        auto saved = articles.save(grown);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), max(version), max(length(body)) FROM articles")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 1);
        QCOMPARE(query.value(2).toInt(), 0);
    }

    // A save based on an old version is refused and changes nothing.
    void staleSaveIsAConflict()
    {
        ArticleStore articles = store();
        auto created = articles.create(Article{.title = QStringLiteral("Bản gốc")});
        QVERIFY(created);

        Article mine = created.value();
        Article theirs = created.value();
        theirs.body = QStringLiteral("Sửa của biên tập viên");
        auto saved = articles.save(theirs);
        QVERIFY(saved);
        QCOMPARE(saved->version, 2);

        mine.body = QStringLiteral("Sửa của phóng viên");
        auto refused = articles.save(mine);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(u'2'), qPrintable(refused.error().message));
        QCOMPARE(articles.load(created->id)->body, QStringLiteral("Sửa của biên tập viên"));

        mine.version = 2;
        auto retried = articles.save(mine);
        QVERIFY(retried);
        QCOMPARE(retried->version, 3);
        QCOMPARE(retried->body, QStringLiteral("Sửa của phóng viên"));
    }

    void missingArticleIsNotFound()
    {
        auto loaded = store().load(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::NotFound);
        auto saved = store().save(Article{.id = QStringLiteral("nope"), .title = QStringLiteral("x"), .version = 1});
        QCOMPARE(saved.error().code, ErrorCode::NotFound);
    }

    // Pages cover every article once, newest first, even when many share
    // the same timestamp.
    void pagesCoverEverythingOnce()
    {
        ArticleStore articles = store();
        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < 523; ++i) {
            query.prepare(QStringLiteral("INSERT INTO articles (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)"));
            query.addBindValue(QStringLiteral("id-%1").arg(i, 4, 10, QLatin1Char('0')));
            query.addBindValue(QStringLiteral("Bài %1").arg(i));
            const QString stamp = QStringLiteral("2026-11-%1T08:00:00.000Z").arg(10 + i % 7);
            query.addBindValue(stamp);
            query.addBindValue(stamp);
            QVERIFY(query.exec());
        }
        QVERIFY(query.exec(QStringLiteral("COMMIT")));

        QStringList seen;
        std::optional<ArticleCursor> cursor;
        QString previous = QStringLiteral("9999");
        int pages = 0;
        do {
            auto page = articles.page(cursor, 100);
            QVERIFY(page);
            ++pages;
            for (const Article &article : std::as_const(page->articles)) {
                const QString key = article.updated.toString(Qt::ISODateWithMs) + article.id;
                QVERIFY2(key < previous, "newest first, no repeats");
                previous = key;
                seen.append(article.id);
            }
            cursor = page->next;
        } while (cursor);
        QCOMPARE(pages, 6);
        QCOMPARE(seen.size(), 523);
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 523);
    }

    // The model fetches a page at a time and passes Qt's model checks.
    void listModelFetchesLazily()
    {
        ArticleStore articles = store();
        for (int i = 0; i < ArticleListModel::pageSize + 50; ++i)
            QVERIFY(articles.create(Article{.title = QStringLiteral("Tin số %1").arg(i)}));

        ArticleListModel model(articles);
        QCOMPARE(model.rowCount(), ArticleListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ArticleListModel::pageSize + 50);
        QVERIFY(!model.canFetchMore({}));
        QSet<QString> titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles.insert(model.index(row, ArticleListModel::TitleColumn).data().toString());
        QCOMPARE(titles.size(), ArticleListModel::pageSize + 50);
        QVERIFY(titles.contains(QStringLiteral("Tin số 0")));
        QVERIFY(titles.contains(QStringLiteral("Tin số %1").arg(ArticleListModel::pageSize + 49)));
        QVERIFY(!model.headerData(ArticleListModel::StateColumn, Qt::Horizontal).toString().isEmpty());

        model.reload();
        QCOMPARE(model.rowCount(), ArticleListModel::pageSize);
        const QString id = model.index(3, 0).data(ArticleListModel::IdRole).toString();
        QCOMPARE(model.rowOfId(id), 3);
    }

    // Made on a queue's filter, the model reads that queue's first page
    // only, as the desk opens on the user's first queue.
    void listModelStartsOnAFilter()
    {
        ArticleStore articles = store();
        for (int i = 0; i < 30; ++i)
            QVERIFY(articles.create(Article{.title = QStringLiteral("Tin số %1").arg(i)}));
        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE articles SET state = 'submitted' WHERE title IN ('Tin số 3', 'Tin số 7')")));
        const ArticleFilter submitted = ArticleFilter::inState(ArticleState::Submitted);
        ArticleListModel model(articles, submitted);
        QCOMPARE(model.filter(), submitted);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.canFetchMore({}));
        QStringList titles{model.index(0, ArticleListModel::TitleColumn).data().toString(),
                           model.index(1, ArticleListModel::TitleColumn).data().toString()};
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Tin số 3"), QStringLiteral("Tin số 7")}));
        model.setFilter({});
        QCOMPARE(model.rowCount(), 30);
    }

    // The queues' counts on the desk's worker thread: the same numbers as
    // counted here, in the filters' order, the newest request answered
    // last; and the queue model takes them as its own.
    void workerCountsTheQueues()
    {
        ArticleStore articles = store();
        for (int i = 0; i < 12; ++i)
            QVERIFY(articles.create(Article{.title = QStringLiteral("Tin số %1").arg(i)}));
        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE articles SET state = 'submitted' WHERE title IN ('Tin số 3', 'Tin số 7', 'Tin số 9')")));
        const QList<ArticleFilter> filters{ArticleFilter::inState(ArticleState::Submitted), ArticleFilter{},
                                           ArticleFilter::inState(ArticleState::Published)};
        SearchWorker worker(m_newsroom->url());
        QSignalSpy counted(&worker, &SearchWorker::counted);
        worker.count(filters);
        const quint64 newest = worker.count(filters);
        QTRY_VERIFY(!counted.isEmpty() && counted.constLast().at(0).toULongLong() == newest);
        QCOMPARE(counted.constLast().at(2).toString(), QString());
        QCOMPARE(counted.constLast().at(1).value<QList<int>>(), (QList<int>{3, 12, 0}));

        QueueModel queues(User{.id = 1, .login = u"editor"_s, .fullName = {}, .roles = Role::Editor});
        QCOMPARE(queues.index(0).data(QueueModel::CountRole).toInt(), -1);
        QList<int> expected;
        for (const ArticleFilter &filter : queues.countedFilters())
            expected.append(articles.count(filter).value());
        queues.setCounts(expected);
        for (int row = 0; row < int(expected.size()); ++row)
            QCOMPARE(queues.index(row).data(QueueModel::CountRole).toInt(), expected.at(row));
    }

    // Qt's model checks, with the tester fetching, reloading and reading
    // while the model changes.
    void listModelPassesModelTester()
    {
        ArticleStore articles = store();
        for (int i = 0; i < ArticleListModel::pageSize * 2 + 10; ++i)
            QVERIFY(articles.create(Article{.title = QStringLiteral("Tin số %1").arg(i)}));
        ArticleListModel model(articles);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), ArticleListModel::pageSize * 2 + 10);
        model.reload();
        QVERIFY(model.rowCount() >= ArticleListModel::pageSize);
        QVERIFY(model.lastError().isEmpty());
    }

    // The search list's snippet column starts a few words before the first
    // match (the view elides the right end of a narrow column, and snippets
    // are centred on their match); the tooltip and the HTML keep the whole
    // snippet; each hit says how it matched.
    void searchModelShowsTheMatchFirst()
    {
        ArticleStore articles = store();
        const QString body = u"Sáng nay, đoàn công tác của tỉnh đã làm việc với lãnh đạo thành phố Đà Nẵng về hợp tác du lịch "
                             "và phát triển hạ tầng giao thông trong giai đoạn tới, với nhiều nội dung cụ thể."_s;
        QVERIFY(articles.create(Article{.title = u"Hợp tác du lịch"_s, .body = body}));
        QVERIFY(articles.create(Article{.title = u"Đà Nẵng"_s}));
        auto results = articles.search(u"Đà Nẵng"_s, 10);
        QVERIFY2(results && results->hits.size() == 2, "two hits");
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(results.value());
        const int row = results->hits.at(0).article.title == u"Hợp tác du lịch"_s ? 0 : 1;
        const QString shown = model.index(row, SearchResultsModel::SnippetColumn).data().toString();
        QVERIFY2(shown.startsWith(u"…"_s) && shown.indexOf(u"Đà Nẵng"_s) <= 30 && !shown.contains(u'['), qPrintable(shown));
        const QString whole = model.index(row, SearchResultsModel::TitleColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(whole.contains(u"đoàn công tác"_s) && whole.indexOf(u"Đà Nẵng"_s) > 60, qPrintable(whole));
        QVERIFY(model.index(row, 0).data(SearchResultsModel::SnippetHtmlRole).toString().contains(u"<b>Đà Nẵng</b>"_s));
        QCOMPARE(model.index(row, 0).data(SearchResultsModel::TierRole).toInt(), int(SearchTier::ExactPhrase));
        // A match near the start is shown from the start.
        QCOMPARE(model.index(1 - row, SearchResultsModel::SnippetColumn).data().toString(), u"Đà Nẵng"_s);
    }

    // The sample articles all load, in the states the file gives them.
    void seedsSampleArticles()
    {
        QFile file(QStringLiteral(":/sample/articles.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(file.readAll()).object().value(u"articles").toArray();
        QVERIFY(expected.size() >= 5);

        ArticleStore articles = store();
        auto seeded = SampleData::seed(articles);
        QVERIFY2(seeded, qPrintable(seeded.error().message));
        QCOMPARE(seeded.value(), int(expected.size()));
        QCOMPARE(articles.count().value(), int(expected.size()));

        auto page = articles.page(std::nullopt, 100);
        QVERIFY(page);
        for (const QJsonValue value : expected) {
            const QJsonObject object = value.toObject();
            auto match = std::find_if(page->articles.cbegin(), page->articles.cend(), [&](const Article &article) {
                return article.title == object.value(u"title").toString();
            });
            QVERIFY2(match != page->articles.cend(), qPrintable(object.value(u"title").toString()));
            QCOMPARE(articleStateKey(match->state), object.value(u"state").toString());
            QCOMPARE(match->author, object.value(u"author").toString());
        }
    }

    // Titles sort in Vietnamese alphabetical order, whatever the case and
    // however the text was composed: a ă â, d đ, o ô ơ, u ư, tones last.
    void sortKeyFollowsTheVietnameseAlphabet()
    {
        const QStringList ordered{
            u"An ninh trật tự"_s, u"an toàn giao thông"_s, u"Ăn Tết an toàn"_s, u"Âm nhạc dân tộc"_s,
            u"Bạc Liêu"_s, u"Cà Mau"_s, u"Dân số"_s, u"Đà Nẵng"_s, u"Đắk Lắk"_s, u"Gia Lai"_s, u"Hà Giang"_s,
            u"Hạ Long"_s, u"ma"_s, u"mà"_s, u"mả"_s, u"mã"_s, u"má"_s, u"mạ"_s, u"Ô Môn"_s, u"Ơ Rê"_s,
            u"U Minh"_s, u"Ưu tiên"_s, u"Yên Bái"_s,
        };
        QStringList shuffled = ordered;
        std::reverse(shuffled.begin(), shuffled.end());
        std::swap(shuffled[3], shuffled[11]);
        std::sort(shuffled.begin(), shuffled.end(), [](const QString &a, const QString &b) {
            return vietnameseSortKey(a) < vietnameseSortKey(b);
        });
        QCOMPARE(shuffled, ordered);
        QCOMPARE(vietnameseSortKey(u"Đà Nẵng"_s.normalized(QString::NormalizationForm_D)), vietnameseSortKey(u"đà nẵng"_s));
    }

    // The list model reads pages as the view scrolls, keeps only the last
    // few in memory, reads an evicted page again from its cursor, and sorts
    // by title through the stored key, a page at a time.
    void listModelKeepsAWindowAndSorts()
    {
        const int total = (ArticleListModel::cachedPages + 3) * ArticleListModel::pageSize + 17;
        QVERIFY(BenchSeed::run(*m_newsroom, total, std::nullopt));
        ArticleStore articles = store();
        ArticleListModel model(articles);
        QAbstractItemModelTester tester(&model);
        const QString first = model.index(0, 0).data(ArticleListModel::IdRole).toString();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QVERIFY(model.cachedPageCount() <= ArticleListModel::cachedPages);
        // The first page was evicted; asking for it reads it again.
        QCOMPARE(model.index(0, 0).data(ArticleListModel::IdRole).toString(), first);
        QVERIFY(!model.index(total - 1, 0).data().toString().isEmpty());
        QCOMPARE(model.rowOfId(first), 0);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(resets.size(), 1);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QString previous;
        for (int row = 0; row < total; ++row) {
            const QString key = vietnameseSortKey(model.index(row, 0).data().toString());
            QVERIFY2(previous <= key, qPrintable(u"row %1"_s.arg(row)));
            previous = key;
        }
        QVERIFY(model.cachedPageCount() <= ArticleListModel::cachedPages);
        // Sorting by a column without an index changes nothing.
        model.sort(ArticleListModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(resets.size(), 1);
        model.sort(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.index(0, 0).data(ArticleListModel::IdRole).toString(), first);
    }
};

QTEST_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
