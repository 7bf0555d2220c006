// Photos in the desk, as a reporter files them: three phone photos dropped
// into the text, captioned and credited in place (a photo without them is
// marked), one made the lead photo, submitted; an editor forwards, a chief
// approves and publishes in their own windows; the sync puts the three
// figures and their renditions on an SQLite and a PostgreSQL portal. Real
// widgets on the offscreen platform, a real SQLite newsroom.
#include "articleactions.h"
#include "articleeditor.h"
#include "articlestore.h"
#include "icontheme.h"
#include "localization.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "markdownhtml.h"
#include "mediastore.h"
#include "newsroom.h"
#include "photolibrarypanel.h"
#include "portalsync.h"
#include "spellcheckhighlighter.h"
#include "testportals.h"
#include "userstore.h"

#include "modaldialogs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace PortalDesk;
using namespace Qt::StringLiterals;
using Models::Action;
using Models::ArticleState;

namespace {

// A drop as the window system delivers it: enter, move, drop.
void dropFiles(QWidget *target, const QStringList &paths, QPoint at)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

// Whether the highlighter marked text of this line as a photo problem.
bool markedAsPhotoProblem(const QTextBlock &block)
{
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.hasProperty(Widgets::SpellCheckHighlighter::PhotoProblemProperty))
            return true;
    }
    return false;
}

} // namespace

class TestDeskPhotos : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::Newsroom> m_newsroom;
    Models::User m_reporter, m_editor, m_chief;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Models::Localization::setApplicationIdentity();
        Widgets::useIconTheme();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QVERIFY(Models::Localization::install(u"vi"_s));
        auto opened = Models::Newsroom::open(m_dir.filePath(u"newsroom.sqlite"_s));
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
        Models::UserStore users(*m_newsroom);
        auto admin = users.add(u"admin"_s, u"Quản trị"_s, Models::Role::Admin, u"demo"_s, nullptr);
        QVERIFY(admin);
        m_reporter = users.add(u"reporter"_s, u"Nguyễn Minh Anh"_s, Models::Role::Reporter, u"demo"_s, &admin.value()).value();
        m_editor = users.add(u"editor"_s, u"Phạm Văn Dũng"_s, Models::Role::Editor, u"demo"_s, &admin.value()).value();
        m_chief = users.add(u"chief"_s, u"Lê Thị Thu Hà"_s, Models::Role::ChiefEditor, u"demo"_s, &admin.value()).value();
    }

    void cleanupTestCase() { TestPortals::dropPostgresPortal(); }

    // A picture copied from a browser or a screenshot tool is pasted as a
    // photo of its own; text pasted beside it is still text.
    void pastedPicture()
    {
        Models::ArticleStore store(*m_newsroom);
        auto created = store.create(Models::Article{.title = u"Ảnh dán"_s, .body = u"Đoạn một."_s}, &m_reporter);
        QVERIFY(created);
        Widgets::MainWindow window(*m_newsroom, m_reporter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(created->id));
        Widgets::MarkdownEdit *body = window.editor()->bodyEdit();
        body->moveCursor(QTextCursor::End);
        QImage picture(640, 480, QImage::Format_RGB32);
        picture.fill(QColor(0x2e, 0x7d, 0x32));
        auto *mime = new QMimeData;
        mime->setImageData(picture);
        QApplication::clipboard()->setMimeData(mime);
        body->paste();
        QTRY_COMPARE_WITH_TIMEOUT(Models::photoReferences(body->toPlainText()).size(), 1, 20000);
        const QString id = Models::photoReferences(body->toPlainText()).constFirst().id;
        auto photo = Models::MediaStore(*m_newsroom).get(id);
        QVERIFY(photo);
        QCOMPARE(photo->width, 640);
        QCOMPARE(photo->height, 480);
        QVERIFY(body->toPlainText().startsWith(u"Đoạn một.\n\n![](media:"_s));
        QApplication::clipboard()->setText(u"Đoạn hai."_s);
        body->paste();
        QVERIFY(body->toPlainText().endsWith(u"Đoạn hai."_s));
    }

    // Photos dropped on one article while the reporter opens another before
    // they are read stay in the library; the other article is untouched.
    void photosNeverLandInAnotherArticle()
    {
        Models::ArticleStore store(*m_newsroom);
        auto first = store.create(Models::Article{.title = u"Bài một"_s, .body = u"Một."_s}, &m_reporter);
        auto second = store.create(Models::Article{.title = u"Bài hai"_s, .body = u"Hai."_s}, &m_reporter);
        QVERIFY(first && second);
        Widgets::MainWindow window(*m_newsroom, m_reporter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(first->id));
        Widgets::MarkdownEdit *body = window.editor()->bodyEdit();
        const qsizetype before = Models::MediaStore(*m_newsroom).list({}, 100)->size();
        const QString photo = QStringLiteral(PORTALDESK_TEST_DATA "/photos/landscape_3.jpg");
        dropFiles(body->viewport(), {photo}, body->cursorRect().center());
        QVERIFY(window.openArticle(second->id));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"1"_s), 20000);
        QVERIFY(Models::photoReferences(body->toPlainText()).isEmpty());
        QCOMPARE(body->toPlainText(), u"Hai."_s);
        QCOMPARE(Models::MediaStore(*m_newsroom).list({}, 100)->size(), before + 1);
        QCOMPARE(store.load(first->id)->body, u"Một."_s);
    }

    void reporterToPortal()
    {
        Models::ArticleStore store(*m_newsroom);
        auto created = store.create(Models::Article{.title = u"Lễ hội mùa lúa ở Hải Lăng"_s, .summary = u"Nông dân vui mùa vàng."_s,
                                                    .body = u"Sáng nay, nông dân Hải Lăng vào vụ gặt.\n\nKết thúc."_s,
                                                    .section = u"Thời sự"_s},
                                    &m_reporter);
        QVERIFY(created);
        const QString id = created->id;
        const QString photos = QStringLiteral(PORTALDESK_TEST_DATA "/photos/");
        {
            Widgets::MainWindow window(*m_newsroom, m_reporter);
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openArticle(id));
            Widgets::ArticleEditor *editor = window.editor();
            Widgets::MarkdownEdit *body = editor->bodyEdit();
            QVERIFY(window.findChild<QAction *>(u"actionInsertPhotos"_s)->isEnabled());

            // Three phone photos dropped after the first paragraph, in the
            // order they were dropped.
            const QTextBlock first = body->document()->firstBlock();
            const QPoint at = body->cursorRect(QTextCursor(first)).center() + QPoint(400, 0);
            dropFiles(body->viewport(), {photos + u"landscape_1.jpg"_s, photos + u"DSCN0010.jpg"_s, photos + u"portrait_6.jpg"_s}, at);
            QTRY_COMPARE_WITH_TIMEOUT(Models::photoReferences(body->toPlainText()).size(), 3, 20000);
            QList<Models::PhotoReference> references = Models::photoReferences(body->toPlainText());
            QVERIFY2(body->toPlainText().startsWith(u"Sáng nay, nông dân Hải Lăng vào vụ gặt.\n\n![](media:"_s),
                     qPrintable(body->toPlainText()));
            QVERIFY(body->toPlainText().endsWith(u")\n\nKết thúc."_s));
            Models::MediaStore media(*m_newsroom);
            QCOMPARE(media.get(references.at(0).id)->byteSize, QFileInfo(photos + u"landscape_1.jpg"_s).size());
            QCOMPARE(media.get(references.at(2).id)->byteSize, QFileInfo(photos + u"portrait_6.jpg"_s).size());
            // They are in the library too, and in the preview as figures.
            QTRY_COMPARE(editor->preview()->document()->toHtml().count(u"pdphoto/"_s), 3);
            const QVariant thumbnail = editor->preview()->document()->resource(QTextDocument::ImageResource,
                                                                               QUrl(u"pdphoto/"_s + references.at(0).id));
            QVERIFY(!thumbnail.value<QImage>().isNull());
            // No caption, no credit: each is marked.
            QTRY_VERIFY(markedAsPhotoProblem(body->document()->findBlock(int(references.at(0).start))));

            // Captions and credits typed in place.
            const QStringList captions{u"Nông dân Hải Lăng gặt lúa"_s, u"Máy gặt đập liên hợp trên cánh đồng"_s,
                                       u"Bà Nguyễn Thị Hoa, xã Hải Ba"_s};
            for (int i = 2; i >= 0; --i) {
                const Models::PhotoReference reference = references.at(i);
                QTextCursor cursor(body->document());
                cursor.setPosition(int(reference.start));
                cursor.setPosition(int(reference.start + reference.length), QTextCursor::KeepAnchor);
                body->setTextCursor(cursor);
                QInputMethodEvent typed;
                typed.setCommitString(u"![%1](media:%2 \"Ảnh: Tiến Nhất\")"_s.arg(captions.at(i), reference.id));
                QApplication::sendEvent(body, &typed);
            }
            references = Models::photoReferences(body->toPlainText());
            QCOMPARE(references.size(), 3);
            QCOMPARE(references.at(1).caption, captions.at(1));
            QTRY_VERIFY(!markedAsPhotoProblem(body->document()->findBlock(int(references.at(0).start))));

            // The second photo leads the article, from the text's menu.
            const QTextBlock second = body->document()->findBlock(int(references.at(1).start));
            QTextCursor onSecond(second);
            onSecond.setPosition(int(references.at(1).start) + 5);
            std::unique_ptr<QMenu> menu(body->createContextMenu(body->cursorRect(onSecond).center()));
            QAction *lead = menu->findChild<QAction *>(u"setLeadPhoto"_s);
            QVERIFY(lead);
            QVERIFY2(!lead->text().contains(u"Lead"_s), qPrintable(lead->text()));
            lead->trigger();
            QCOMPARE(editor->leadPhoto(), references.at(1).id);

            // The first photo described for readers who cannot see it.
            QTextCursor onFirst(body->document());
            onFirst.setPosition(int(references.at(0).start) + 3);
            std::unique_ptr<QMenu> firstMenu(body->createContextMenu(body->cursorRect(onFirst).center()));
            QAction *alt = firstMenu->findChild<QAction *>(u"photoAltText"_s);
            QVERIFY(alt);
            whenModal([](QWidget *dialog) {
                auto *input = qobject_cast<QInputDialog *>(dialog);
                QVERIFY(input);
                input->setTextValue(u"Hai nông dân đội nón lá gặt lúa bằng liềm trên cánh đồng vàng"_s);
                input->accept();
            });
            alt->trigger();
            QCOMPARE(Models::MediaStore(*m_newsroom).get(references.at(0).id)->alt,
                     u"Hai nông dân đội nón lá gặt lúa bằng liềm trên cánh đồng vàng"_s);
            QVERIFY(editor->leadPhotoLabel()->isEnabled());  // it names the photo now
            QTest::qWait(300);
            const QString shot = QStringLiteral(PORTALDESK_SCREENSHOTS "/editor-photos-vi.png");
            QVERIFY(window.grab().save(shot));

            QVERIFY(window.perform(Action::Submit));
            QCOMPARE(editor->savedArticle().state, ArticleState::Submitted);
        }
        const Models::Article submitted = store.load(id).value();
        QCOMPARE(submitted.leadPhoto, Models::photoReferences(submitted.body).at(1).id);
        for (const auto &[user, steps] : {std::pair{m_editor, QList<Action>{Action::Forward}},
                                          std::pair{m_chief, QList<Action>{Action::Approve, Action::Publish}}}) {
            Widgets::MainWindow window(*m_newsroom, user);
            window.show();
            QVERIFY(window.openArticle(id));
            for (Action step : steps) {
                if (step == Action::Publish)
                    whenAsked(QMessageBox::Yes);  // "Publish … now?"
                QVERIFY(window.perform(step));
            }
        }
        QCOMPARE(store.load(id)->state, ArticleState::Published);

        // The sync, to an SQLite and a PostgreSQL portal.
        const QList<Models::PhotoReference> references = Models::photoReferences(submitted.body);
        for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
            QString url;
            std::unique_ptr<Models::Portal> portal = TestPortals::fresh(backend, u"desk_"_s + backend, m_dir, &url);
            QVERIFY(portal);
            if (backend == u"postgresql") {
                // The outbox was drained by the first portal: queue it again.
                Models::Article again = store.load(id).value();
                again.summary += u" "_s;
                QVERIFY(store.save(again, &m_chief));
            }
            auto summary = Models::PortalSync(*m_newsroom, *portal).run(false);
            QVERIFY2(summary, qPrintable(summary.error().message));
            QVERIFY(summary->allDone());
            QSqlQuery query(portal->database());
            QVERIFY(query.exec(u"SELECT body_html, lead_photo FROM portal_articles WHERE uuid = '%1'"_s.arg(id)) && query.next());
            const QString html = query.value(0).toString();
            QCOMPARE(html.count(u"<figure>"_s), 3);
            QVERIFY(html.contains(u"alt=\"Hai nông dân đội nón lá gặt lúa bằng liềm trên cánh đồng vàng\""_s));
            for (const Models::PhotoReference &reference : references)
                QVERIFY2(html.contains(u"<figcaption>%1 <span class=\"credit\">Ảnh: Tiến Nhất</span></figcaption>"_s.arg(reference.caption)),
                         qPrintable(html));
            QCOMPARE(query.value(1).toString(), references.at(1).id);
            QVERIFY(query.exec(u"SELECT media_uuid, rendition, content, is_lead FROM portal_media WHERE article_uuid = '%1'"_s.arg(id)));
            int rows = 0;
            Models::MediaStore media(*m_newsroom);
            while (query.next()) {
                ++rows;
                QCOMPARE(query.value(2).toByteArray(), media.content(query.value(0).toString(), query.value(1).toString()).value());
                QCOMPARE(query.value(3).toBool(), query.value(0).toString() == references.at(1).id);
            }
            QCOMPARE(rows, 6);
        }
    }
};

QTEST_MAIN(TestDeskPhotos)
#include "tst_deskphotos.moc"
