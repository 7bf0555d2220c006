// Help › Keyboard Shortcuts lists every key of the window it is opened from,
// once, under its menu, in Vietnamese; Help › User Guide has a page per role,
// each in Vietnamese with a heading, and every link between pages leads to
// a page that exists.
#include "helpdialogs.h"
#include "localization.h"
#include "mainwindow.h"

#include "demodesk.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

class TestHelpDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_desk.setUp(&problem), qPrintable(problem));
        QVERIFY(Models::Localization::install(u"vi"_s).ok());
    }

    void shortcutsListEveryKey()
    {
        const Models::User chief = m_desk.user(u"chief"_s);
        QVERIFY(!chief.login.isEmpty());
        Widgets::MainWindow window(m_desk.newsroom(), chief);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Widgets::ShortcutsDialog dialog(&window);
        dialog.show();
        QCOMPARE(dialog.actionForKey(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)), u"Lưu"_s);
        QCOMPARE(dialog.actionForKey(u"Ctrl+B"_s), u"In đậm"_s);
        QCOMPARE(dialog.actionForKey(u"F1"_s), u"Hướng dẫn sử dụng"_s);
        // Every action with a key and a name, once.
        int expected = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (!action->shortcuts().isEmpty() && !action->text().isEmpty())
                ++expected;
        }
        int listed = 0;
        for (int g = 0; g < dialog.list()->topLevelItemCount(); ++g)
            listed += dialog.list()->topLevelItem(g)->childCount();
        QCOMPARE(listed, expected);
        QVERIFY(dialog.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/keyboard-shortcuts-vi.png")));
    }

    void userGuideHasAPagePerRole()
    {
        Widgets::UserGuideDialog dialog;
        dialog.show();
        const QStringList pages = dialog.pages();
        for (const char *page : {"index.md", "phong-vien.md", "bien-tap-vien.md", "lanh-dao.md", "cong-bao.md",
                                 "diem-bao.md", "quan-tri.md"})
            QVERIFY2(pages.contains(QLatin1StringView(page)), page);
        QCOMPARE(pages.first(), u"index.md"_s);
        static const QRegularExpression link(u"\\]\\(([^)#]+\\.md)(#[^)]*)?\\)"_s);
        for (const QString &page : pages) {
            QVERIFY(dialog.showPage(page));
            QCOMPARE(dialog.currentPage(), page);
            const QString html = dialog.browser()->toHtml();
            QVERIFY2(dialog.browser()->toPlainText().size() > 500, qPrintable(page));
            QFile file(Widgets::UserGuideDialog::guideFolder() + page);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString markdown = QString::fromUtf8(file.readAll());
            QVERIFY2(markdown.startsWith(u"# "_s), qPrintable(page));
            QCOMPARE(markdown, markdown.normalized(QString::NormalizationForm_C));
            // Written in Vietnamese.
            QVERIFY2(markdown.count(QRegularExpression(u"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"_s)) > 50,
                     qPrintable(page));
            for (auto it = link.globalMatch(markdown); it.hasNext();) {
                const QString target = it.next().captured(1);
                QVERIFY2(pages.contains(target), qPrintable(page + u" links to "_s + target));
            }
            Q_UNUSED(html);
        }
        // Every role's page is linked from the overview.
        QFile index(Widgets::UserGuideDialog::guideFolder() + u"index.md"_s);
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString overview = QString::fromUtf8(index.readAll());
        for (const QString &page : pages) {
            if (page != u"index.md")
                QVERIFY2(overview.contains(u"](" + page), qPrintable(page));
        }
        // A link in the page is followed within the dialog.
        QVERIFY(dialog.showPage(u"index.md"_s));
        Q_EMIT dialog.browser()->anchorClicked(QUrl(u"phong-vien.md"_s));
        QCOMPARE(dialog.currentPage(), u"phong-vien.md"_s);
        QVERIFY(dialog.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/user-guide-vi.png")));
    }

private:
    DemoDesk m_desk;
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
