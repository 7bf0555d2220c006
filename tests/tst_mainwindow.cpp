// The main window on a seeded newsroom, on the offscreen platform.
#include "articleeditor.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "localization.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "newsroom.h"
#include "sampledata.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace PortalDesk;
using Models::ArticleListModel;

namespace {

QStringList sampleTitles()
{
    QFile file(QStringLiteral(":/sample/articles.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList titles;
    for (const QJsonValue value : QJsonDocument::fromJson(file.readAll()).object().value(u"articles").toArray())
        titles.append(value.toObject().value(u"title").toString());
    return titles;
}

// The texts a person reads in the window's menus and actions, by object name.
QMap<QString, QString> visibleTexts(const QMainWindow &window)
{
    QMap<QString, QString> texts;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!action->objectName().isEmpty())
            texts.insert(action->objectName(), action->text());
    }
    for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        texts.insert(menu->objectName(), menu->title());
    texts.insert(QStringLiteral("windowTitle"), window.windowTitle());
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::Newsroom> m_newsroom;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Models::Localization::setApplicationIdentity();
        QVERIFY(!sampleTitles().isEmpty());
    }

    void init()
    {
        auto opened = Models::Newsroom::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
        Models::ArticleStore store(*m_newsroom);
        QVERIFY(Models::SampleData::seed(store));
    }
    void cleanup() { m_newsroom.reset(); }

    // Every seeded article is listed.
    void listsSeededArticles()
    {
        Widgets::MainWindow window(*m_newsroom);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList expected = sampleTitles();
        QAbstractItemModel *model = window.articleView()->model();
        QCOMPARE(model->rowCount(), expected.size());
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.append(model->index(row, ArticleListModel::TitleColumn).data().toString());
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
        QVERIFY(window.articleView()->visualRect(model->index(0, 0)).isValid());
    }

    // Choosing an article in the list opens it in the editor.
    void opensSelectedArticle()
    {
        Widgets::MainWindow window(*m_newsroom);
        window.show();
        window.openRow(2);
        const QModelIndex index = window.articleModel()->index(2, ArticleListModel::TitleColumn);
        const Models::Article shown = window.editor()->article();
        QCOMPARE(shown.id, index.data(ArticleListModel::IdRole).toString());
        QCOMPARE(window.editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(), index.data().toString());
        QVERIFY(window.editor()->bodyEdit()->toPlainText().contains(QStringLiteral("## ")));
        QVERIFY(!window.editor()->isModified());
    }

    // Typing into the title and saving writes a new version, which moves to
    // the top of the list and stays open.
    void savesEdits()
    {
        Widgets::MainWindow window(*m_newsroom);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openRow(3);
        const QString id = window.editor()->article().id;
        auto *title = window.editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        auto *save = window.findChild<QAction *>(QStringLiteral("actionSave"));
        QVERIFY(!save->isEnabled());
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral(" ("));
        // Vietnamese arrives from the input method (ibus-unikey and the like)
        // as committed text, not as key presses.
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("cập nhật"));
        QApplication::sendEvent(title, &typed);
        QTest::keyClicks(title, QStringLiteral(")"));
        QVERIFY(window.editor()->isModified());
        QVERIFY(save->isEnabled());
        save->trigger();

        QVERIFY(!window.editor()->isModified());
        QCOMPARE(window.editor()->article().version, 2);
        QCOMPARE(window.articleModel()->index(0, 0).data(ArticleListModel::IdRole).toString(), id);
        QVERIFY(window.articleModel()->index(0, 0).data().toString().endsWith(QStringLiteral(" (cập nhật)")));
        QCOMPARE(window.articleView()->currentIndex().row(), 0);
        Models::ArticleStore store(*m_newsroom);
        QCOMPARE(store.load(id)->version, 2);
    }

    // With Vietnamese chosen, every menu and action of the window is in
    // Vietnamese: none is left in the English source text.
    void speaksVietnamese()
    {
        QVERIFY(Models::Localization::install(QStringLiteral("en")));
        QMap<QString, QString> english;
        {
            Widgets::MainWindow window(*m_newsroom);
            english = visibleTexts(window);
        }
        auto chosen = Models::Localization::install(QStringLiteral("vi"));
        QVERIFY(chosen);
        QCOMPARE(chosen.value(), QStringLiteral("vi"));
        QMap<QString, QString> vietnamese;
        {
            Widgets::MainWindow window(*m_newsroom);
            vietnamese = visibleTexts(window);
            QCOMPARE(window.articleModel()->headerData(ArticleListModel::TitleColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Tiêu đề"));
            window.resize(1280, 800);
            window.show();
            window.openRow(0);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(200);
            const QString shot = QStringLiteral(PORTALDESK_TEST_OUTPUT "/mainwindow-vi.png");
            QVERIFY(window.grab().save(shot));
        }
        QVERIFY(Models::Localization::install(QStringLiteral("en")));

        QCOMPARE(vietnamese.keys(), english.keys());
        QVERIFY(english.size() >= 6);
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            QVERIFY2(vietnamese.value(it.key()) != it.value(), qPrintable(it.key() + u": " + it.value()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
