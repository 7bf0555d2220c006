// Every window of the desk whole on the screen it opens on, in Vietnamese:
// run on a 1920×1080 screen (every GUI test's) and, as tst_windowsizes_laptop,
// on a 1366×768 laptop's, where the Công báo and digest windows used to run
// off the bottom and the right. Screenshots of each in build/screenshots.
#include "articlelistmodel.h"
#include "articlestore.h"
#include "digestwindow.h"
#include "gazettewindow.h"
#include "icontheme.h"
#include "localization.h"
#include "mainwindow.h"
#include "searchresultsmodel.h"

#include "demodesk.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QScreen>
#include <QTabBar>
#include <QTest>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

class TestWindowSizes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_desk.setUp(&problem), qPrintable(problem));
        Widgets::useIconTheme();  // as the program does
        QVERIFY(Models::Localization::install(u"vi"_s).ok());
        m_chief = m_desk.user(u"chief"_s);
        QVERIFY(!m_chief.login.isEmpty());
    }

    void windowsFitTheScreen_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QSize>("preferred");
        QTest::newRow("main-window") << u"main-window"_s << QSize(1440, 900);
        QTest::newRow("gazette-window") << u"gazette-window"_s << QSize(1280, 860);
        QTest::newRow("digest-window") << u"digest-window"_s << QSize(1400, 880);
    }

    void windowsFitTheScreen()
    {
        QFETCH(QString, which);
        QFETCH(QSize, preferred);
        std::unique_ptr<QWidget> window;
        if (which == u"main-window")
            window = std::make_unique<Widgets::MainWindow>(m_desk.newsroom(), m_chief);
        else if (which == u"gazette-window")
            window = std::make_unique<Widgets::GazetteWindow>(m_desk.newsroom(), m_chief);
        else
            window = std::make_unique<Widgets::DigestWindow>(m_desk.newsroom(), m_chief);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QRect available = window->screen()->availableGeometry();
        const QRect frame = window->frameGeometry();
        QVERIFY2(available.contains(frame), qPrintable(u"%1: frame %2×%3 at %4,%5 on a screen of %6×%7"_s.arg(which)
                                                           .arg(frame.width()).arg(frame.height()).arg(frame.x()).arg(frame.y())
                                                           .arg(available.width()).arg(available.height())));
        // On a screen with room for it, the window's own size.
        if (available.width() >= preferred.width() + 16 && available.height() >= preferred.height() + 40)
            QCOMPARE(window->size(), preferred);
        if (auto *main = qobject_cast<Widgets::MainWindow *>(window.get())) {
            main->articleModel()->setFilter({});  // every article
            main->openRow(0);
            QTest::qWait(50);
        }
        const QString shot = QStringLiteral(PORTALDESK_SCREENSHOTS "/%1-%2x%3-vi.png")
                                 .arg(which)
                                 .arg(window->screen()->size().width())
                                 .arg(window->screen()->size().height());
        QVERIFY(window->grab().save(shot));
    }

    // The docks' tabs keep their whole titles, the comments' with a count
    // of two digits too (it grows once an article with comments is open):
    // "Ý kiến (…" was cut on a laptop's screen and at 1440×900.
    void dockTabsAreNotCut()
    {
        Widgets::MainWindow window(m_desk.newsroom(), m_chief);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *comments = window.findChild<QDockWidget *>(u"commentsDock"_s);
        QVERIFY(comments);
        comments->setWindowTitle(Widgets::MainWindow::tr("Comments (%1)").arg(12));
        QTest::qWait(50);
        int checked = 0;
        const QList<QTabBar *> bars = window.findChildren<QTabBar *>();
        for (QTabBar *bar : bars) {
            if (!bar->isVisible() || bar->count() < 2)
                continue;
            QStringList titles;
            for (int i = 0; i < bar->count(); ++i)
                titles << bar->tabText(i);
            if (!titles.contains(comments->windowTitle()))
                continue;
            ++checked;
            QVERIFY2(bar->sizeHint().width() <= bar->width(),
                     qPrintable(u"the tabs %1 need %2 px and have %3"_s.arg(titles.join(u" | ")).arg(bar->sizeHint().width()).arg(bar->width())));
        }
        QCOMPARE(checked, 1);
    }

    // The article list shows at least 40 characters of every title, on a
    // laptop as on a large screen, in either the one-line or the two-line
    // layout; the search results too, with their dates.
    void listTitlesAreReadable()
    {
        Widgets::MainWindow window(m_desk.newsroom(), m_chief);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.articleModel()->setFilter({});
        window.openRow(0);
        QTest::qWait(50);
        const auto checkTitles = [](Widgets::ArticleListView *view, int titleColumn) {
            QVERIFY(view->isVisible());
            QVERIFY(view->model()->rowCount() > 5);
            int checked = 0;
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, titleColumn);
                const QRect rect = view->visualRect(index);
                if (!view->viewport()->rect().contains(rect.topLeft()))
                    continue;
                // As the list draws it: the text area less the item margins.
                const QString title = index.data().toString();
                const int width = rect.width() - 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 3);
                QString shown = view->fontMetrics().elidedText(title, Qt::ElideRight, width);
                if (shown != title)
                    shown.chop(1);  // the ellipsis
                QVERIFY2(shown.size() >= qMin<qsizetype>(40, title.size()),
                         qPrintable(u"\"%1\" shows as \"%2\" in %3 px"_s.arg(title, shown).arg(width)));
                ++checked;
            }
            QVERIFY(checked >= 5);
        };
        checkTitles(window.articleView(), Models::ArticleListModel::TitleColumn);
        if (window.articleView()->isCompact())
            QVERIFY(window.articleView()->detailLine(window.articleModel()->index(0, 0)).contains(u"/20"_s));

        window.searchField()->setText(u"tỉnh"_s);
        QTRY_VERIFY(window.searchView()->isVisible() && window.searchModel()->rowCount() > 5);
        checkTitles(window.searchView(), Models::SearchResultsModel::TitleColumn);
        // The date stays while searching: a column, or under the title.
        const QModelIndex first = window.searchModel()->index(0, Models::SearchResultsModel::TitleColumn);
        if (window.searchView()->isCompact())
            QVERIFY(window.searchView()->detailLine(first).contains(u"/20"_s));
        else
            QVERIFY(!window.searchView()->isColumnHidden(Models::SearchResultsModel::UpdatedColumn));
        // A returned article says why above its text.
        window.searchField()->clear();
        QTRY_VERIFY(window.articleView()->isVisible());
        window.articleModel()->setFilter(Models::ArticleFilter::inState(Models::ArticleState::Returned));
        QVERIFY(window.articleModel()->rowCount() > 0);
        window.openRow(0);
        QVERIFY2(window.reasonNotice().contains(u"Trả lại"_s), qPrintable(window.reasonNotice()));
        QTest::qWait(50);
        QVERIFY(window.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/returned-article-%1x%2-vi.png")
                                       .arg(window.screen()->size().width())
                                       .arg(window.screen()->size().height())));
        window.searchField()->setText(u"tỉnh"_s);
        QTRY_VERIFY(window.searchView()->isVisible());
        QVERIFY(window.searchView()->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/search-results-%1x%2-vi.png")
                                                     .arg(window.screen()->size().width())
                                                     .arg(window.screen()->size().height())));
        QVERIFY(window.close());
    }

    // The searches, as staff type them, with the articles that used
    // to bury the right one: the right one first, shown in the list.
    void searchFindsTheWordsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("meant");
        QTest::newRow("quang tri") << u"quang tri"_s << u"Quảng Trị"_s;
        QTest::newRow("Đà Nẵng") << u"Đà Nẵng"_s << u"Đà Nẵng"_s;
    }

    void searchFindsTheWordsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, meant);
        static bool added = false;
        if (!added) {
            Models::ArticleStore store(m_desk.newsroom());
            const Models::User reporter = m_desk.user(u"reporter"_s);
            for (const auto &[title, body] : {
                     std::pair{u"Quảng Trị đón hơn hai triệu lượt khách trong năm"_s,
                               u"Tỉnh Quảng Trị đón lượng khách kỷ lục nhờ các lễ hội."_s},
                     std::pair{u"Bệnh viện tỉnh bố trí thêm giường điều trị"_s,
                               u"Bệnh viện bố trí khu điều trị mới, quang cảnh sạch sẽ."_s},
                     std::pair{u"Diệt lăng quăng phòng sốt xuất huyết"_s,
                               u"Người dân diệt lăng quăng, bọ gậy; nhiều ca đã được điều trị khỏi."_s},
                     std::pair{u"Ông Vũ Quang Toàn nhận bằng khen"_s,
                               u"Ông Vũ Quang Toàn được khen vì quảng bá du lịch và trị an thôn xóm."_s},
                     std::pair{u"Đã nâng cấp năng lực bến xe khách phía Bắc"_s,
                               u"Bến xe đã nâng năng lực phục vụ; xe đi Đà Nẵng tăng chuyến."_s}}) {
                QVERIFY(store.create(Models::Article{.title = title, .body = body}, &reporter).ok());
            }
            added = true;
        }
        Widgets::MainWindow window(m_desk.newsroom(), m_chief);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.searchField()->setText(typed);
        QTRY_VERIFY(window.searchView()->isVisible() && window.searchModel()->rowCount() > 0);
        const QString first = window.searchModel()->index(0, Models::SearchResultsModel::TitleColumn).data().toString()
            + window.searchModel()->index(0, Models::SearchResultsModel::SnippetColumn).data().toString();
        QVERIFY2(first.contains(meant), qPrintable(first));
        const QString name = typed == u"quang tri" ? u"quang-tri"_s : u"da-nang"_s;
        QVERIFY(window.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/search-%1-%2x%3-vi.png")
                                       .arg(name)
                                       .arg(window.screen()->size().width())
                                       .arg(window.screen()->size().height())));
        QVERIFY(window.close());
    }

private:
    DemoDesk m_desk;
    Models::User m_chief;
};

QTEST_MAIN(TestWindowSizes)
#include "tst_windowsizes.moc"
