// The photo library panel on a real SQLite newsroom with real photos, in
// Vietnamese, at the size of a dock on a 1366 × 768 screen.
#include "localization.h"
#include "medialibrarymodel.h"
#include "mediastore.h"
#include "newsroom.h"
#include "photoimport.h"
#include "photolibrarypanel.h"
#include "modaldialogs.h"
#include "userstore.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

class TestPhotoLibraryPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::Newsroom> m_newsroom;
    Models::User m_reporter, m_gazette;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Models::Localization::install(u"vi"_s));
        QVERIFY(QDir().mkpath(QStringLiteral(PORTALDESK_SCREENSHOTS)));
        auto opened = Models::Newsroom::open(m_dir.filePath(u"newsroom.sqlite"_s));
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
        Models::UserStore users(*m_newsroom);
        auto admin = users.add(u"admin"_s, u"Quản trị"_s, Models::Role::Admin, u"pw-admin"_s, nullptr);
        QVERIFY(admin);
        auto reporter = users.add(u"reporter"_s, u"Nguyễn Minh Anh"_s, Models::Role::Reporter, u"mật khẩu"_s, &admin.value());
        QVERIFY(reporter);
        m_reporter = reporter.value();
        auto gazette = users.add(u"gazette"_s, u"Công báo"_s, Models::Role::Gazette, u"mật khẩu"_s, &admin.value());
        QVERIFY(gazette);
        m_gazette = gazette.value();
        const QList<std::tuple<QString, QString, QString>> photos{
            {u"landscape_1.jpg"_s, u"Cánh đồng lúa vụ đông xuân ở Hải Lăng"_s, u"Ảnh: Tiến Nhất"_s},
            {u"portrait_6.jpg"_s, u"Học sinh Trường THPT Đông Hà trong giờ thực hành"_s, u"Ảnh: Thanh Hải"_s},
            {u"DSCN0010.jpg"_s, u"Công trình cầu vượt sông Thạch Hãn"_s, QString()},
            {u"Canon_40D.jpg"_s, QString(), u"Ảnh: Lê Minh"_s},
            {u"samplefilehub.heif"_s, u"Lễ hội Đình làng Phước Tích"_s, u"Ảnh: Hoàng Anh"_s},
            {u"landscape_6.jpg"_s, u"Hội nghị tổng kết công tác năm 2026 của UBND tỉnh"_s, u"Ảnh: Tiến Nhất"_s},
        };
        Models::MediaStore store(*m_newsroom);
        for (const auto &[file, caption, credit] : photos) {
            auto photo = Models::PhotoImport::fromFile(QStringLiteral(PORTALDESK_TEST_DATA "/photos/") + file);
            QVERIFY2(photo, qPrintable(photo.error().message));
            photo->caption = caption;
            photo->credit = credit;
            QVERIFY(store.add(photo.value(), &reporter.value()));
        }
    }

    void showsAndSearches()
    {
        Widgets::PhotoLibraryPanel panel(*m_newsroom, m_reporter);
        // Nothing is read before the panel is shown.
        QCOMPARE(panel.model()->rowCount(), 0);
        panel.resize(340, 720);  // the right dock of a 1366 × 768 desk
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.model()->rowCount(), 6);
        // The view asks for the thumbnails it paints; they arrive from the
        // loader's thread.
        panel.grab();
        QTRY_VERIFY2_WITH_TIMEOUT(panel.model()->cachedThumbnails() == panel.model()->rowCount(), qPrintable(panel.model()->lastError()), 10000);
        auto *count = panel.findChild<QLabel *>(u"photoCount"_s);
        QCOMPARE(count->text(), u"%1 ảnh"_s.arg(panel.model()->rowCount()));
        QTest::qWait(200);
        QVERIFY(panel.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/photo-library-vi.png")));

        auto *search = panel.findChild<QLineEdit *>(u"photoSearch"_s);
        QCOMPARE(search->placeholderText(), u"Tìm theo chú thích, tác giả…"_s);
        QTest::keyClicks(search, u"tien nhat"_s);
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, 3000);
        QCOMPARE(count->text(), u"2 ảnh"_s);
        search->clear();
        QTest::keyClicks(search, u"khong co anh nao"_s);
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 0, 3000);
        QCOMPARE(count->text(), u"Không có ảnh nào khớp."_s);
    }

    // Files dropped on the panel are read off the UI thread; a bad one is
    // named in a dialog and the good ones are added all the same.
    void addsDroppedFiles()
    {
        Widgets::PhotoLibraryPanel panel(*m_newsroom, m_reporter);
        panel.resize(420, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int before = panel.model()->rowCount();
        QTemporaryDir dir;
        QFile text(dir.filePath(u"bien-ban.jpg"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Biên bản cuộc họp, không phải ảnh.\n");
        text.close();
        const QString photos = QStringLiteral(PORTALDESK_TEST_DATA "/photos/");
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(photos + u"landscape_3.jpg"_s), QUrl::fromLocalFile(photos + u"landscape_8.jpg"_s),
                      QUrl::fromLocalFile(text.fileName())});
        QSignalSpy added(&panel, &Widgets::PhotoLibraryPanel::photosAdded);
        QString dialogText;
        whenModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (box) {
                dialogText = box->windowTitle() + u'|' + box->text() + u'|' + box->informativeText();
                box->accept();
            }
        });
        const QPoint at = panel.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&panel, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&panel, &drop);
        QVERIFY(added.wait(20000));
        QCOMPARE(added.first().at(0).toStringList().size(), 2);
        QCOMPARE(added.first().at(1).toStringList().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialogText.isEmpty(), 5000);
        QVERIFY2(dialogText.contains(u"bien-ban.jpg"_s) && dialogText.contains(u"không phải là ảnh"_s), qPrintable(dialogText));
        QVERIFY2(dialogText.startsWith(u"Một số ảnh chưa được thêm|Đã thêm 2 ảnh."_s), qPrintable(dialogText));
        QCOMPARE(panel.model()->rowCount(), before + 2);
        QCOMPARE(panel.model()->index(0).data(Models::MediaLibraryModel::MissingTextRole).toBool(), true);
    }

    // Gazette staff see the library but add nothing to it.
    void onlyWritersAdd()
    {
        Widgets::PhotoLibraryPanel panel(*m_newsroom, m_gazette);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.findChild<QPushButton *>(u"addPhotos"_s)->isVisible());
        QVERIFY(!panel.acceptDrops());
        const int before = panel.model()->rowCount();
        panel.addFiles({QStringLiteral(PORTALDESK_TEST_DATA "/photos/landscape_1.jpg")});
        QTest::qWait(300);
        QCOMPARE(panel.model()->rowCount(), before);
    }
};

QTEST_MAIN(TestPhotoLibraryPanel)
#include "tst_photolibrarypanel.moc"
