// The press digest's composer on the offscreen platform: the day's stories
// merged across outlets, composed into a digest with a negative story up
// front, previewed, saved, exported, fetched from loopback, approved.
#include "demodata.h"
#include "digestreview.h"
#include "digeststore.h"
#include "digestsourcesdialog.h"
#include "digestwindow.h"
#include "localization.h"
#include "newsroom.h"
#include "userstore.h"

#include "loopbackhttp.h"
#include "modaldialogs.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QPushButton>
#include <QTableWidget>
#include <QTextEdit>
#include <QTextBrowser>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

class TestDigestWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void composeApproveExport();
    void fetchesWithoutBlocking();
    void printClipping();
    void feedsAndRules();

private:
    Models::User user(const QString &login);
    QTemporaryDir m_dir;
    std::unique_ptr<Models::Newsroom> m_newsroom;
    const QDate m_day{2026, 11, 15};
};

void TestDigestWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Models::Localization::setApplicationIdentity();
    auto newsroom = Models::Newsroom::open(m_dir.filePath(u"newsroom.sqlite"_s));
    QVERIFY(newsroom.ok());
    m_newsroom = std::move(newsroom.value());
    QVERIFY(Models::DemoData::add(*m_newsroom).ok());
    QFile file(QStringLiteral(PORTALDESK_TEST_DATA "/digest-stories.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<Models::DigestItem> items;
    int n = 0;
    for (const QJsonValue value : QJsonDocument::fromJson(file.readAll()).array()) {
        Models::DigestItem item;
        item.key = u"web:%1"_s.arg(++n);
        item.kind = u"web"_s;
        item.outlet = value[u"outlet"].toString();
        item.url = u"https://news.example/%1"_s.arg(n);
        item.title = value[u"title"].toString();
        item.body = value[u"body"].toString();
        item.publishedAt = QDateTime(m_day, QTime(7, n));
        items << item;
    }
    Models::DigestStore store(*m_newsroom);
    QVERIFY(store.addItems(items).ok());
    QVERIFY(store.addRule({0, u"Quảng Trị"_s, {}, {}, false}).ok());
    QVERIFY(store.addRule({0, u"ngộ độc"_s, u"Văn hoá – Xã hội"_s, u"Sở Y tế"_s, false}).ok());
}

Models::User TestDigestWindow::user(const QString &login)
{
    const auto users = Models::UserStore(*m_newsroom).list();
    for (const Models::User &u : users.value()) {
        if (u.login == login)
            return u;
    }
    return {};
}

void TestDigestWindow::composeApproveExport()
{
    QVERIFY(Models::Localization::install(u"vi"_s));
    auto *window = new Widgets::DigestWindow(*m_newsroom, user(u"digest"_s));
    window->setDay(m_day);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *candidates = window->findChild<QListWidget *>(u"digestCandidates"_s);
    auto *digest = window->findChild<QListWidget *>(u"digestEntries"_s);
    const int stories = candidates->count();
    QVERIFY2(stories >= 7, qPrintable(QString::number(stories)));
    // The story three outlets ran is one candidate, listing them.
    QVERIFY(!candidates->findItems(u"Hơn 40 học sinh ở Hải Lăng"_s, Qt::MatchStartsWith).isEmpty());
    QVERIFY(candidates->findItems(u"Hơn 40 học sinh ở Hải Lăng"_s, Qt::MatchStartsWith).first()->text().contains(u"3"));

    while (candidates->count() > 0)
        window->addCandidate(0);
    QCOMPARE(digest->count(), stories);
    // Mark the food-poisoning story negative: it goes to the block up front.
    const QListWidgetItem *poisoning = digest->findItems(u"Hơn 40 học sinh ở Hải Lăng"_s, Qt::MatchStartsWith).first();
    digest->setCurrentItem(const_cast<QListWidgetItem *>(poisoning));
    // The words the rules matched are marked in the summary.
    const QList<QTextEdit::ExtraSelection> marks = window->summaryEdit()->extraSelections();
    QVERIFY(!marks.isEmpty());
    QStringList marked;
    for (const QTextEdit::ExtraSelection &mark : marks)
        marked << mark.cursor.selectedText();
    QVERIFY2(marked.contains(u"ngộ độc"_s) && marked.contains(u"Quảng Trị"_s), qPrintable(marked.join(u'|')));
    auto *tone = window->findChild<QComboBox *>(u"digestTone"_s);
    tone->setCurrentIndex(tone->findData(u"negative"_s));
    window->findChild<QPlainTextEdit *>(u"digestRecommendations"_s)->setPlainText(u"Đề nghị Sở Y tế kiểm tra bếp ăn bán trú."_s);
    const QString html = window->previewHtml();
    QVERIFY(html.indexOf(u"THÔNG TIN CẦN LƯU Ý") < html.indexOf(u"Hơn 40 học sinh"));
    QVERIFY(html.contains(u"bếp ăn bán trú"));
    auto *preview = window->findChild<QTextBrowser *>(u"digestPreview"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"THÔNG TIN CẦN LƯU Ý"));
    QVERIFY(window->save());
    QVERIFY(window->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/digest-window-vi.png")));

    const QString pdf = m_dir.filePath(u"diem-bao.pdf"_s);
    QVERIFY(window->exportTo(pdf));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished());
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(printed.contains(u"BẢN TIN ĐIỂM BÁO"));
    QVERIFY(printed.indexOf(u"THÔNG TIN CẦN LƯU Ý") < printed.indexOf(u"ĐỀ XUẤT"));
    QVERIFY(window->perform(Models::ReviewAction::Submit));
    delete window;

    auto *chief = new Widgets::DigestWindow(*m_newsroom, user(u"chief"_s));
    chief->setDay(m_day);
    QCOMPARE(chief->findChild<QListWidget *>(u"digestEntries"_s)->count(), stories);
    QVERIFY(chief->perform(Models::ReviewAction::Approve));
    QCOMPARE(Models::DigestReview(*m_newsroom).forDay(m_day)->value().state, Models::ArticleState::Approved);
    delete chief;
    QVERIFY(Models::Localization::install(u"en"_s));
}

void TestDigestWindow::fetchesWithoutBlocking()
{
    LoopbackHttp http;
    http.route("/rss", [](const auto &) {
        return std::optional(HttpResponse{200, "application/rss+xml",
                                          "<rss version=\"2.0\"><channel><title>B</title><item><title>Quảng Trị đón khách</title>"
                                          "<link>https://b.example/1</link><pubDate>Mon, 16 Nov 2026 01:00:00 GMT</pubDate></item>"
                                          "</channel></rss>",
                                          {}});
    });
    QVERIFY(Models::DigestStore(*m_newsroom).addFeed(u"Báo B"_s, http.url("/rss")).ok());
    auto *window = new Widgets::DigestWindow(*m_newsroom, user(u"digest"_s));
    window->setDay(QDate(2026, 11, 16));
    QSignalSpy done(window, &Widgets::DigestWindow::fetchFinished);
    window->fetchFeeds();
    // The window's event loop serves the loopback server too: a blocked UI
    // thread would never see the answer.
    QVERIFY(done.wait(20000));
    QVERIFY(!window->findChild<QListWidget *>(u"digestCandidates"_s)->findItems(u"Quảng Trị đón khách"_s, Qt::MatchStartsWith).isEmpty());
    QVERIFY(window->findChild<QListWidget *>(u"digestFeeds"_s)->item(0)->text().contains(u"ok"));
    delete window;
}

void TestDigestWindow::printClipping()
{
    auto *window = new Widgets::DigestWindow(*m_newsroom, user(u"digest"_s));
    window->setDay(QDate(2026, 11, 17));
    bool answered = false;
    // Add a Clipping…: a print clipping of this paper, page and text.
    const auto clip = [&](const QString &paper, const QString &page, const QString &text) {
        answered = false;
        whenModal([&, paper, page, text](QWidget *dialog) {
            auto *kind = dialog->findChild<QComboBox *>(u"clippingKind"_s);
            kind->setCurrentIndex(kind->findData(u"print"_s));
            dialog->findChild<QLineEdit *>(u"clippingOutlet"_s)->setText(paper);
            dialog->findChild<QLineEdit *>(u"clippingPage"_s)->setText(page);
            dialog->findChild<QPlainTextEdit *>(u"clippingText"_s)->setPlainText(text);
            answered = true;
            qobject_cast<QDialog *>(dialog)->accept();
        });
        window->findChild<QAction *>(u"actionDigestClip"_s)->trigger();
    };
    clip(u"Báo Quảng Trị"_s, u"5"_s, u"Quảng Trị mở hội chợ nông sản\nHội chợ kéo dài năm ngày."_s);
    QVERIFY(answered);
    // Chosen by hand, it goes into the digest at once, not among the candidates.
    auto *candidates = window->findChild<QListWidget *>(u"digestCandidates"_s);
    QCOMPARE(candidates->count(), 0);
    QVERIFY(window->findChild<QListWidget *>(u"digestEntries"_s)->currentItem()->text().startsWith(u"Quảng Trị mở hội chợ nông sản"));
    QVERIFY(window->previewHtml().contains(u"Báo Quảng Trị, trang 5"));

    // A clipping chosen by hand is a candidate even when no rule matches it.
    clip(u"Báo Nhân Dân"_s, u"3"_s, u"Hội thảo khoa học về biển\nCác nhà khoa học bàn về nghề cá."_s);
    QVERIFY(answered);
    auto *digest = window->findChild<QListWidget *>(u"digestEntries"_s);
    QVERIFY(digest);
    QVERIFY(!digest->findItems(u"Hội thảo khoa học về biển"_s, Qt::MatchStartsWith).isEmpty());
    QVERIFY(window->previewHtml().contains(u"Báo Nhân Dân, trang 3"));
    delete window;
}

void TestDigestWindow::feedsAndRules()
{
    // A new user sets up sources and rules in the app: added, disabled,
    // refused with a reason.
    QVERIFY(Models::Localization::install(u"vi"_s));
    Widgets::DigestSourcesDialog dialog(*m_newsroom);
    dialog.show();
    auto *feeds = dialog.findChild<QTableWidget *>(u"digestFeedTable"_s);
    const int before = feeds->rowCount();
    QVERIFY(dialog.addFeed(u"Báo Quảng Trị"_s, u"https://baoquangtri.vn/rss/thoi-su.rss"_s, u"Địa phương"_s));
    QCOMPARE(feeds->rowCount(), before + 1);
    bool refused = false;
    whenModal([&](QWidget *box) {
        refused = true;
        qobject_cast<QDialog *>(box)->reject();
    });
    QVERIFY(!dialog.addFeed(u"x"_s, u"ftp://nowhere"_s, {}));
    QVERIFY(refused);
    // Unticking a feed disables it.
    int row = 0;
    while (row < feeds->rowCount() && feeds->item(row, 1)->text() != u"Báo Quảng Trị")
        ++row;
    QVERIFY(row < feeds->rowCount());
    feeds->item(row, 0)->setCheckState(Qt::Unchecked);
    bool disabled = false;
    for (const Models::DigestFeed &feed : Models::DigestStore(*m_newsroom).feeds().value_or(QList<Models::DigestFeed>())) {
        if (feed.title == u"Báo Quảng Trị")
            disabled = !feed.enabled;
    }
    QVERIFY(disabled);
    QVERIFY(dialog.addRule(u"Cam Lộ"_s, u"Kinh tế"_s, u"UBND huyện Cam Lộ"_s, false));
    // Sections are edited as lines, in print order.
    auto *sections = dialog.findChild<QPlainTextEdit *>(u"digestSectionNames"_s);
    sections->setPlainText(sections->toPlainText() + u"\nThể thao"_s);
    dialog.findChild<QPushButton *>(u"saveSections"_s)->click();
    QCOMPARE(Models::DigestStore(*m_newsroom).sections().value_or(QStringList()).constLast(), u"Thể thao"_s);
    QCOMPARE(Models::DigestStore(*m_newsroom).setSections({u"A"_s, u"a"_s}).error().code, Models::ErrorCode::InvalidInput);
    QVERIFY(dialog.findChild<QTableWidget *>(u"digestRuleTable"_s)->rowCount() >= 3);
    QVERIFY(dialog.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/digest-sources-vi.png")));
    QVERIFY(Models::Localization::install(u"en"_s));
}

QTEST_MAIN(TestDigestWindow)
#include "tst_digestwindow.moc"
