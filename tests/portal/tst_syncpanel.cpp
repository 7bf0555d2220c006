// The portal sync in the desk, on the offscreen platform: a chief publishes
// and syncs to the embedded portal from the window, a portal-side edit shows
// as a conflict, is compared side by side and taken back; bad settings are
// refused in the dialog. Real widgets, real SQLite newsroom and portal.
#include "articleactions.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "icontheme.h"
#include "localization.h"
#include "mainwindow.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "portal.h"
#include "portalsettingsdialog.h"
#include "portalsync.h"
#include "syncconflictdialog.h"
#include "syncpanel.h"
#include "userstore.h"

#include "modaldialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace PortalDesk;
using namespace Qt::StringLiterals;
using Models::Action;

class TestSyncPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::Newsroom> m_newsroom;
    Models::User m_reporter, m_editor, m_chief;

    QString published(const QString &title, bool publish = true)
    {
        Models::ArticleStore store(*m_newsroom);
        auto created = store.create(Models::Article{.title = title, .summary = u"Sapo."_s, .body = u"Nội dung **chính**."_s},
                                    &m_reporter);
        if (!created)
            return {};
        Models::ArticleActions actions(*m_newsroom);
        for (const auto &[action, user] : {std::pair{Action::Submit, m_reporter}, std::pair{Action::Forward, m_editor},
                                           std::pair{Action::Approve, m_chief}, std::pair{Action::Publish, m_chief}}) {
            if (action == Action::Publish && !publish)
                break;
            if (!actions.perform(created->id, action, user))
                return {};
        }
        return created->id;
    }

    QVariant portalValue(const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-portal"_s);
            db.setDatabaseName(m_dir.filePath(u"portal.sqlite"_s));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    value = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase(u"test-portal"_s);
        return value;
    }

    void syncAndWait(Widgets::SyncPanel *panel)
    {
        QVERIFY(panel->syncButton()->isEnabled());
        QTest::mouseClick(panel->syncButton(), Qt::LeftButton);
        QVERIFY(panel->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Models::Localization::setApplicationIdentity();
        Widgets::useIconTheme();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
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
    void cleanupTestCase() { m_newsroom.reset(); }

    // Nothing set up: the chief syncs to the portal beside the newsroom,
    // and the article is there.
    void syncFromTheWindow()
    {
        const QString id = published(u"Đà Nẵng đón khách quốc tế"_s, false);
        QVERIFY(!id.isEmpty());
        Widgets::MainWindow window(*m_newsroom, m_chief);
        window.show();
        Widgets::SyncPanel *panel = window.syncPanel();
        QVERIFY(panel);
        QVERIFY(panel->findChild<QLabel *>(u"syncPending"_s)->text().startsWith(u'0'));
        // The chief publishes in the desk; the panel counts it at once.
        QVERIFY(window.openArticle(id));
        whenAsked(QMessageBox::Yes);  // "Publish … now?"
        QVERIFY(window.perform(Action::Publish));
        QVERIFY2(panel->findChild<QLabel *>(u"syncPending"_s)->text().contains(u'1'),
                 qPrintable(panel->findChild<QLabel *>(u"syncPending"_s)->text()));
        syncAndWait(panel);
        QVERIFY2(panel->resultLabel()->text().contains(u"1"_s), qPrintable(panel->resultLabel()->text()));
        QCOMPARE(portalValue(u"SELECT title FROM portal_articles WHERE uuid = '%1'"_s.arg(id)).toString(),
                 u"Đà Nẵng đón khách quốc tế"_s);
        QCOMPARE(Models::PortalSync::pendingCount(*m_newsroom).value(), 0);
        QCOMPARE(Models::ArticleStore(*m_newsroom).load(id)->syncStatus, u"synced"_s);
        // The list says so, in its own column.
        window.selectQueue(u"published"_s);
        QAbstractItemModel *list = window.articleView()->model();
        QTRY_VERIFY(list->rowCount() >= 1);
        QCOMPARE(list->index(0, Models::ArticleListModel::PortalColumn).data().toString(),
                 Models::ArticleListModel::syncStatusShortName(u"synced"_s));
        QVERIFY(!Models::ArticleListModel::syncStatusShortName(u"synced"_s).isEmpty());

        // A reporter has no sync.
        Widgets::MainWindow reporterWindow(*m_newsroom, m_reporter);
        QVERIFY(!reporterWindow.syncPanel());
    }

    // An article edited on the portal is listed; compared side by side, the
    // editor takes the portal's text back and the next sync settles it.
    void conflictComparedAndTakenBack()
    {
        const QString id = published(u"Tin gốc"_s);
        Widgets::MainWindow window(*m_newsroom, m_editor);
        window.show();
        Widgets::SyncPanel *panel = window.syncPanel();
        QVERIFY(panel);
        syncAndWait(panel);
        QVERIFY(portalValue(u"SELECT count(*) FROM portal_articles WHERE uuid = '%1'"_s.arg(id)).toInt() == 1);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit-portal"_s);
            db.setDatabaseName(m_dir.filePath(u"portal.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery edit(db);
            QVERIFY(edit.exec(u"UPDATE portal_articles SET title = 'Tin sửa trên cổng', body_html = '<p>Bản <em>cổng</em>.</p>'"
                              " WHERE uuid = '%1'"_s.arg(id)));
        }
        QSqlDatabase::removeDatabase(u"edit-portal"_s);
        Models::ArticleStore store(*m_newsroom);
        Models::Article article = store.load(id).value();
        article.summary = u"Sapo đính chính."_s;
        QVERIFY(store.save(article, &m_editor));
        syncAndWait(panel);
        QCOMPARE(panel->problemList()->topLevelItemCount(), 1);
        QCOMPARE(panel->problemList()->topLevelItem(0)->text(0), u"Tin gốc"_s);

        QString portalShown, newsroomShown, otherModal;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<Widgets::SyncConflictDialog *>(modal);
            if (!dialog) {
                for (const QLabel *label : modal->findChildren<QLabel *>())
                    otherModal += label->text();
                modal->close();
                return;
            }
            portalShown = dialog->portalView()->toPlainText();
            newsroomShown = dialog->newsroomView()->toPlainText();
            QTest::qWait(200);
            QVERIFY(dialog->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/sync-conflict.png")));
            dialog->findChild<QPushButton *>(u"takePortal"_s)->click();
        });
        // The panel's tab is raised as a user would click it.
        window.findChild<QDockWidget *>(u"syncDock"_s)->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(panel->problemList()->isVisible());
        panel->problemList()->setCurrentItem(panel->problemList()->topLevelItem(0));
        panel->problemList()->setFocus();
        QTest::keyClick(panel->problemList(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(!portalShown.isEmpty(), qPrintable(otherModal), 10000);
        QVERIFY2(portalShown.contains(u"Tin sửa trên cổng"_s) && portalShown.contains(u"Bản cổng."_s), qPrintable(portalShown));
        QVERIFY2(newsroomShown.contains(u"Sapo đính chính."_s), qPrintable(newsroomShown));
        // Taken back, then synced by itself.
        QTRY_COMPARE_WITH_TIMEOUT(store.load(id)->title, u"Tin sửa trên cổng"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning() && panel->problemList()->topLevelItemCount() == 0, 20000);
        QCOMPARE(store.load(id)->body, u"Bản *cổng*.\n"_s);
        QCOMPARE(store.load(id)->syncStatus, u"synced"_s);
        QCOMPARE(Models::PortalSync::pendingCount(*m_newsroom).value(), 0);
        QVERIFY(window.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/sync-panel.png")));
    }

    // The panel and its dialog speak Vietnamese, and fit.
    void speaksVietnamese()
    {
        QVERIFY(Models::Localization::install(u"vi"_s));
        Widgets::MainWindow window(*m_newsroom, m_chief);
        window.show();
        window.findChild<QDockWidget *>(u"syncDock"_s)->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Widgets::SyncPanel *panel = window.syncPanel();
        QCOMPARE(panel->syncButton()->text(), u"Đồng bộ ngay"_s);
        QCOMPARE(window.findChild<QDockWidget *>(u"syncDock"_s)->windowTitle(), u"Cổng"_s);
        QVERIFY(window.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/sync-panel-vi.png")));
        Widgets::PortalSettingsDialog dialog(*m_newsroom, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), u"Thiết lập cổng"_s);
        QVERIFY(dialog.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/portal-settings-vi.png")));
        QVERIFY(Models::Localization::install(u"en"_s));
    }

    // The settings dialog refuses a wrong address or mapping with a message
    // and keeps nothing; a good one is kept in the newsroom for every PC.
    void settingsAreChecked()
    {
        Models::Newsroom &newsroom = *m_newsroom;
        Widgets::PortalSettingsDialog dialog(newsroom, QString());
        dialog.urlField()->setText(u"ftp://portal.example/x"_s);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        auto *error = dialog.findChild<QLabel *>(u"portalSettingsError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(Models::NewsroomSettings(newsroom).value(Models::NewsroomSettings::portalUrl).value(), QString());

        // A WordPress site's address without its user is refused.
        dialog.urlField()->setText(u"https://portal.example/"_s);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(error->text().contains(u"names no user"_s), qPrintable(error->text()));

        dialog.urlField()->setText(u"mysql://web@127.0.0.1:1/portal"_s);
        dialog.mappingChoice()->setCurrentIndex(0);
        // Nothing answers there: said, with the choice to keep it anyway.
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(error->text().contains(u"127.0.0.1"_s), qPrintable(error->text()));
        QCOMPARE(Models::NewsroomSettings(newsroom).value(Models::NewsroomSettings::portalUrl).value(), QString());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Models::NewsroomSettings(newsroom).value(Models::NewsroomSettings::portalUrl).value(),
                 u"mysql://web@127.0.0.1:1/portal"_s);
        QCOMPARE(Models::NewsroomSettings(newsroom).value(Models::NewsroomSettings::portalMapping).value(), QString());

        // The panel shows the kept portal; a dead one is one clear line.
        Widgets::SyncPanel panel(newsroom, m_chief);
        QVERIFY2(panel.findChild<QLabel *>(u"syncPortal"_s)->text().contains(u"127.0.0.1"_s),
                 qPrintable(panel.findChild<QLabel *>(u"syncPortal"_s)->text()));
        whenModal([](QWidget *modal) {
            // No keyring here: the password is asked for.
            if (auto *edit = modal->findChild<QLineEdit *>())
                edit->setText(u"sai"_s);
            if (auto *buttons = modal->findChild<QDialogButtonBox *>())
                buttons->button(QDialogButtonBox::Ok)->click();
        });
        panel.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isRunning(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
        auto *errors = panel.findChild<QLabel *>(u"syncErrors"_s);
        QVERIFY(!errors->isHidden());
        QVERIFY2(errors->text().contains(u"127.0.0.1"_s) && !errors->text().contains(u'\n'), qPrintable(errors->text()));
        QVERIFY(!errors->text().contains(u"sai"_s));
        // The next sync asks for the password again rather than trying the
        // same one; cancelling the question starts nothing.
        bool asked = false;
        whenModal([&asked](QWidget *modal) {
            asked = modal->findChild<QLineEdit *>() != nullptr;
            if (auto *buttons = modal->findChild<QDialogButtonBox *>())
                buttons->button(QDialogButtonBox::Cancel)->click();
        });
        panel.startSync();
        QTRY_VERIFY(asked);
        QVERIFY(!panel.isRunning());
        QVERIFY(Models::NewsroomSettings(newsroom).setValue(Models::NewsroomSettings::portalUrl, QString()));
        QVERIFY(Models::NewsroomSettings(newsroom).setValue(Models::NewsroomSettings::portalMapping, QString()));
    }

    // The portal told in words: the fields make the address and an address
    // fills the fields; a new SQLite file gets the portal's tables when the
    // user agrees, and is not left behind when they do not.
    void portalSetUpInWords()
    {
        Models::Newsroom &newsroom = *m_newsroom;
        {
            Widgets::PortalSettingsDialog dialog(newsroom, QString());
            dialog.kindChoice()->setCurrentIndex(Widgets::PortalSettingsDialog::PostgreSqlServer);
            QTest::keyClicks(dialog.field(u"host"_s), u"db.example.gov.vn"_s);
            QTest::keyClicks(dialog.field(u"database"_s), u"portal"_s);
            QTest::keyClicks(dialog.field(u"user"_s), u"web"_s);
            QCOMPARE(dialog.urlField()->text(), u"postgresql://web@db.example.gov.vn/portal"_s);
            qobject_cast<QSpinBox *>(dialog.field(u"port"_s))->setValue(5433);
            QCOMPARE(dialog.urlField()->text(), u"postgresql://web@db.example.gov.vn:5433/portal"_s);
            dialog.kindChoice()->setCurrentIndex(Widgets::PortalSettingsDialog::MySqlServer);
            QVERIFY(dialog.urlField()->text().startsWith(u"mysql://web@db.example.gov.vn"_s));
            dialog.urlField()->setText(u"https://editor@cong.example.gov.vn/"_s);
            QCOMPARE(dialog.kindChoice()->currentIndex(), int(Widgets::PortalSettingsDialog::WordPressSite));
            QCOMPARE(qobject_cast<QLineEdit *>(dialog.field(u"siteUser"_s))->text(), u"editor"_s);
        }
        const QString declined = m_dir.filePath(u"portal-declined.sqlite"_s);
        {
            Widgets::PortalSettingsDialog dialog(newsroom, QString());
            dialog.kindChoice()->setCurrentIndex(Widgets::PortalSettingsDialog::SqliteFile);
            QTest::keyClicks(dialog.field(u"file"_s), declined);
            QCOMPARE(dialog.urlField()->text(), u"sqlite:"_s + declined);
            whenAsked(QMessageBox::Cancel);
            dialog.accept();
            QVERIFY(dialog.result() != QDialog::Accepted);
            QVERIFY(!QFileInfo::exists(declined));
            QVERIFY(!dialog.findChild<QLabel *>(u"portalSettingsError"_s)->isHidden());
        }
        const QString made = m_dir.filePath(u"portal-made.sqlite"_s);
        {
            Widgets::PortalSettingsDialog dialog(newsroom, QString());
            dialog.kindChoice()->setCurrentIndex(Widgets::PortalSettingsDialog::SqliteFile);
            QTest::keyClicks(dialog.field(u"file"_s), made);
            bool asked = false;
            whenModal([&asked](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                asked = box && box->text().contains(u"portal-made.sqlite"_s);
                box->button(QMessageBox::Yes)->click();
            });
            dialog.accept();
            QVERIFY(asked);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        auto portal = Models::Portal::open(Models::NewsroomUrl::sqlite(made));
        QVERIFY(portal.ok());
        QVERIFY(portal.value()->database().tables().contains(u"portal_articles"_s));
        portal.value().reset();
        // Opened again, the dialog shows the file in words, and asks nothing.
        {
            Widgets::PortalSettingsDialog dialog(newsroom, QString());
            QCOMPARE(dialog.kindChoice()->currentIndex(), int(Widgets::PortalSettingsDialog::SqliteFile));
            QCOMPARE(qobject_cast<QLineEdit *>(dialog.field(u"file"_s))->text(), made);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(Models::NewsroomSettings(newsroom).setValue(Models::NewsroomSettings::portalUrl, QString()));
    }

    // A WordPress site set in the dialog: the panel names it, asks for the
    // user's Application Password (no keyring here) and syncs through
    // WordPress's REST API on the sync thread (the real WordPress that
    // 'packaging/devenv test' starts).
    void syncsToWordPress()
    {
        const QString site = qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS");
        if (site.isEmpty())
            QFAIL("No WordPress: PORTALDESK_TEST_WORDPRESS is not set. Run the suite with 'packaging/devenv test'.");
        QUrl address(site);
        address.setUserName(qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_USER"));
        Models::Newsroom &newsroom = *m_newsroom;
        {
            Widgets::PortalSettingsDialog dialog(newsroom, QString());
            dialog.urlField()->setText(address.toString());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const QString id = published(u"Tỉnh đón bằng di sản văn hóa"_s, true);
        QVERIFY(!id.isEmpty());
        Widgets::SyncPanel panel(newsroom, m_chief);
        QVERIFY2(panel.findChild<QLabel *>(u"syncPortal"_s)->text().contains(u"WordPress"_s),
                 qPrintable(panel.findChild<QLabel *>(u"syncPortal"_s)->text()));
        whenModal([](QWidget *modal) {
            if (auto *edit = modal->findChild<QLineEdit *>())
                edit->setText(qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_PASSWORD"));
            if (auto *buttons = modal->findChild<QDialogButtonBox *>())
                buttons->button(QDialogButtonBox::Ok)->click();
        });
        panel.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isRunning(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60000);
        QVERIFY2(panel.findChild<QLabel *>(u"syncErrors"_s)->isHidden(),
                 qPrintable(panel.findChild<QLabel *>(u"syncErrors"_s)->text()));
        QCOMPARE(Models::ArticleStore(newsroom).load(id)->syncStatus, u"synced"_s);
        QSqlQuery post(newsroom.database());
        QVERIFY(post.exec(u"SELECT remote_id FROM portal_sync_state WHERE article_id = '%1'"_s.arg(id)) && post.next());
        QVERIFY(post.value(0).toLongLong() > 0);
        post.finish();
        QVERIFY(Models::NewsroomSettings(newsroom).setValue(Models::NewsroomSettings::portalUrl, QString()));
    }
};

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
