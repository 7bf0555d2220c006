#pragma once

#include "user.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QLineEdit;
class QListView;
class QTimer;

namespace PortalDesk::Models {
struct ImportedPhoto;
template<typename T>
class Result;
class MediaLibraryModel;
class MediaStore;
class Newsroom;
class ThumbnailLoader;
} // namespace PortalDesk::Models

namespace PortalDesk::Widgets {

// The newsroom's photos as thumbnails, newest first, searched by caption,
// credit and alt text as one types (accents optional). A photo without a
// caption or a credit is marked. Nothing is read until the panel is shown.
// Reporters, editors and chief editors add photos with "Add photos…" or by
// dropping files on it; the files are read and their renditions made on a
// worker thread, and one bad file does not stop the others.
class PhotoLibraryPanel final : public QWidget
{
    Q_OBJECT

public:
    PhotoLibraryPanel(Models::Newsroom &newsroom, const Models::User &user, QWidget *parent = nullptr);
    ~PhotoLibraryPanel() override;

    Models::MediaLibraryModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // Reads the list again (after photos were added elsewhere).
    void reload();
    // Adds the photo files, read off the UI thread; photosAdded() when all
    // are done, and a dialog naming each file that was refused.
    // intoArticle: the photos are for the article being edited, and
    // photosForArticle() gives their ids, in the order of the files.
    void addFiles(const QStringList &paths, bool intoArticle = false);
    // A picture pasted as data, for the article being edited.
    void addPastedPicture(const QByteArray &bytes, const QString &name);
    bool mayAdd() const;

Q_SIGNALS:
    void photosAdded(const QStringList &ids, const QStringList &problems);
    void photosForArticle(const QStringList &ids);
    // A photo chosen in the library (double click or Enter) to insert.
    void photoActivated(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateCount();
    // Cells as wide as the view allows two or more columns of.
    void fitGrid();
    void chooseFiles();
    // One file or picture read on a worker thread by `read`.
    void startImport(const QString &name, bool intoArticle, std::function<Models::Result<Models::ImportedPhoto>()> read);
    void imported(int slot, const QString &path, const Models::Result<Models::ImportedPhoto> &photo);

    Models::User m_user;
    std::unique_ptr<Models::MediaStore> m_store;
    Models::ThumbnailLoader *m_loader = nullptr;
    Models::MediaLibraryModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPushButton *m_add = nullptr;
    bool m_loaded = false;
    // The files of the adding under way, and what came of them so far.
    int m_importing = 0;
    QStringList m_addedIds;  // by slot: the order the files were given in
    bool m_intoArticle = false;
    QStringList m_problems;
};

} // namespace PortalDesk::Widgets
