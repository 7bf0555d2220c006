// MediaLibraryModel over a real SQLite newsroom: pages as the view scrolls,
// search with accents folded, thumbnails from the loader's own thread.
#include "medialibrarymodel.h"
#include "mediastore.h"
#include "newsroom.h"
#include "photoimport.h"
#include "thumbnailloader.h"
#include "userstore.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestMediaLibraryModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Newsroom> m_newsroom;
    static constexpr int photos = 250;

    // A small picture of its own for each number: different bytes, a
    // different photo.
    static QByteArray picture(int number)
    {
        QImage image(480, 360, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(number * 7 % 360, 160, 200));
        for (int x = 0; x < 480; x += 3)
            image.setPixel(x, number % 360, qRgb(number % 256, 0, 0));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "jpeg", 90);
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"newsroom.sqlite"_s);
        auto opened = Newsroom::open(m_path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
        UserStore users(*m_newsroom);
        auto admin = users.add(u"admin"_s, u"Quản trị"_s, Role::Admin, u"pw-admin"_s, nullptr);
        QVERIFY(admin);
        auto reporter = users.add(u"reporter"_s, u"Nguyễn Minh Anh"_s, Role::Reporter, u"mật khẩu"_s, &admin.value());
        QVERIFY(reporter);
        MediaStore store(*m_newsroom);
        for (int i = 0; i < photos; ++i) {
            auto photo = PhotoImport::fromBytes(picture(i), u"IMG_%1.jpg"_s.arg(i));
            QVERIFY2(photo, qPrintable(photo.error().message));
            photo->caption = i % 10 == 0 ? u"Lễ hội Đình làng số %1"_s.arg(i) : u"Ảnh số %1"_s.arg(i);
            photo->credit = i % 50 == 0 ? QString() : u"Ảnh: Tiến Nhất"_s;
            QVERIFY(store.add(photo.value(), &reporter.value()));
        }
    }

    void pagesAsTheViewScrolls()
    {
        MediaStore store(*m_newsroom);
        MediaLibraryModel model(store, nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), MediaLibraryModel::pageSize);
        // Newest first.
        QCOMPARE(model.index(0).data().toString(), u"Ảnh số 249"_s);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), photos);
        QCOMPARE(model.index(photos - 1).data().toString(), u"Lễ hội Đình làng số 0"_s);
        QVERIFY(model.index(photos - 1).data(MediaLibraryModel::MissingTextRole).toBool());
        QVERIFY(!model.index(0).data(MediaLibraryModel::MissingTextRole).toBool());
        QCOMPARE(model.index(0).data(MediaLibraryModel::SizeRole).toSize(), QSize(480, 360));
        const QString id = model.index(7).data(MediaLibraryModel::IdRole).toString();
        QCOMPARE(model.rowOfId(id), 7);
    }

    void searchFoldsAccents()
    {
        MediaStore store(*m_newsroom);
        MediaLibraryModel model(store, nullptr);
        model.setQuery(u"le hoi dinh lang"_s);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), photos / 10);
        // Words are looked for where words start: "20" is 20 and 200, not 120.
        model.setQuery(u"ĐÌNH LÀNG SỐ 20"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), u"Lễ hội Đình làng số 200"_s);
        QCOMPARE(model.index(1).data().toString(), u"Lễ hội Đình làng số 20"_s);
        model.setQuery(u"(dinh-lang) so: 120"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setQuery({});
        QCOMPARE(model.rowCount(), MediaLibraryModel::pageSize);
    }

    // Asked for, a thumbnail comes from the loader's thread; the view is
    // told, and the next ask is answered from memory.
    void thumbnailsArrive()
    {
        MediaStore store(*m_newsroom);
        auto url = NewsroomUrl::parse(m_path);
        QVERIFY(url);
        ThumbnailLoader loader(url.value());
        MediaLibraryModel model(store, &loader);
        model.fetchMore({});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int row = 0; row < 20; ++row)
            QVERIFY(model.index(row).data(Qt::DecorationRole).isNull());
        // Asking again before it arrives does not ask the loader twice.
        QVERIFY(model.index(0).data(Qt::DecorationRole).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 20, 10000);
        QCOMPARE(model.cachedThumbnails(), 20);
        const QImage thumb = model.index(3).data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumb.size(), QSize(320, 240));
        QTest::qWait(100);
        QCOMPARE(changed.size(), 20);
    }

    void cleanupTestCase() { m_newsroom.reset(); }
};

QTEST_GUILESS_MAIN(TestMediaLibraryModel)
#include "tst_medialibrarymodel.moc"
