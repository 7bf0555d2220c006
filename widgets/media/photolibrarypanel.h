#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace PortalDesk::Models {
class MediaLibraryModel;
class MediaStore;
class Newsroom;
class ThumbnailLoader;
} // namespace PortalDesk::Models

namespace PortalDesk::Widgets {

// The newsroom's photos as thumbnails, newest first, searched by caption,
// credit and alt text as one types (accents optional). A photo without a
// caption or a credit is marked. Nothing is read until the panel is shown.
class PhotoLibraryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoLibraryPanel(Models::Newsroom &newsroom, QWidget *parent = nullptr);
    ~PhotoLibraryPanel() override;

    Models::MediaLibraryModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // Reads the list again (after photos were added elsewhere).
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCount();

    std::unique_ptr<Models::MediaStore> m_store;
    Models::ThumbnailLoader *m_loader = nullptr;
    Models::MediaLibraryModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchDelay = nullptr;
    bool m_loaded = false;
};

} // namespace PortalDesk::Widgets
