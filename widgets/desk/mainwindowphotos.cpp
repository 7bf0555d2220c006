// MainWindow's photos: inserting them into the article (file dialog, drop,
// paste, the library), the lead photo, and the editor's view of them.
#include "mainwindow.h"

#include "articleeditor.h"
#include "markdownedit.h"
#include "mediafigures.h"
#include "mediastore.h"
#include "newsroom.h"
#include "photoimport.h"
#include "photolibrarypanel.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace PortalDesk::Widgets {

void MainWindow::setUpPhotos()
{
    ArticleEditor::PhotoSource source;
    source.figures = [this](const QStringList &ids) {
        // A few short rows of the newsroom, no picture: fast enough here.
        auto figures = Models::MediaFigures::read(m_newsroom.database(), ids, false);
        return figures ? figures.value() : QHash<QString, Models::MediaFigure>();
    };
    source.thumbnail = [this](const QString &id) {
        auto bytes = Models::MediaStore(m_newsroom).content(id, QStringLiteral("thumb"));
        return bytes ? QImage::fromData(bytes.value()) : QImage();
    };
    m_editor->setPhotoSource(source);

    m_insertPhotosAction = new QAction(QIcon::fromTheme(QStringLiteral("insert-image")), tr("Insert &Photos…"), this);
    m_insertPhotosAction->setObjectName(QStringLiteral("actionInsertPhotos"));
    m_insertPhotosAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_insertPhotosAction->setToolTip(tr("Add photos from files to the article (you can also drop or paste them into the text)"));
    m_insertPhotosAction->setVisible(m_photos->mayAdd());
    connect(m_insertPhotosAction, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Insert Photos"), QString(), tr("Photos (%1)").arg(Models::PhotoImport::acceptedTypes()));
        if (!paths.isEmpty()) {
            m_photoTarget = m_editor->savedArticle().id;
            m_photos->addFiles(paths, true);
        }
    });
    if (auto *articleMenu = menuBar()->findChild<QMenu *>(QStringLiteral("menuArticle"))) {
        articleMenu->insertAction(articleMenu->actions().value(0), m_insertPhotosAction);
        articleMenu->insertSeparator(articleMenu->actions().value(1));
    }
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolBar->addAction(m_insertPhotosAction);
    // And with the formatting, over the body and in the Format menu.
    m_editor->formatBar()->addSeparator();
    m_editor->formatBar()->addAction(m_insertPhotosAction);
    if (auto *formatMenu = menuBar()->findChild<QMenu *>(QStringLiteral("menuFormat"))) {
        formatMenu->addSeparator();
        formatMenu->addAction(m_insertPhotosAction);
    }

    MarkdownEdit *body = m_editor->bodyEdit();
    connect(body, &MarkdownEdit::photoFilesDropped, this, [this](const QStringList &paths) {
        if (m_photos->mayAdd()) {
            m_photoTarget = m_editor->savedArticle().id;
            m_photos->addFiles(paths, true);
        } else
            statusBar()->showMessage(tr("Only reporters, editors and chief editors add photos."), 5000);
    });
    connect(body, &MarkdownEdit::photoPasted, this, [this](const QByteArray &bytes, const QString &name) {
        if (m_photos->mayAdd()) {
            m_photoTarget = m_editor->savedArticle().id;
            m_photos->addPastedPicture(bytes, name);
        }
    });
    connect(body, &MarkdownEdit::leadPhotoRequested, m_editor, &ArticleEditor::setLeadPhoto);
    connect(body, &MarkdownEdit::altTextRequested, this, &MainWindow::editAltText);
    // Reading photos takes a moment: if another article was opened
    // meanwhile, they stay in the library rather than land in the wrong text.
    connect(m_photos, &PhotoLibraryPanel::photosForArticle, this, [this](const QStringList &ids) {
        if (m_editor->hasArticle() && m_editor->savedArticle().id == m_photoTarget)
            m_editor->insertPhotos(ids);
        else
            statusBar()->showMessage(tr("%n photo(s) added to the library; the article they were for is no longer open.",
                                        nullptr, int(ids.size())),
                                     8000);
    });
    // A photo chosen in the library goes into the article being edited.
    connect(m_photos, &PhotoLibraryPanel::photoActivated, this, [this](const QString &id) {
        if (m_editor->hasArticle() && m_editor->isEditable())
            m_editor->insertPhotos({id});
        else
            statusBar()->showMessage(tr("Open an article you may edit to insert the photo."), 5000);
    });
}

// The alt text belongs to the photo (the library), not to one article: it
// says what the picture shows, wherever it is used. Its uploader or an
// editor changes it; the store says so to anyone else.
void MainWindow::editAltText(const QString &mediaId)
{
    Models::MediaStore store(m_newsroom);
    auto photo = store.get(mediaId);
    if (!photo) {
        QMessageBox::warning(this, tr("Alt Text"), photo.error().message);
        return;
    }
    bool ok = false;
    const QString alt = QInputDialog::getMultiLineText(
        this, tr("Alt Text"),
        tr("What the photo shows, for readers who cannot see it (screen readers read it aloud; the portal puts it in the "
           "picture's alt attribute):"),
        photo->alt, &ok);
    if (!ok || alt.trimmed() == photo->alt)
        return;
    if (Models::Status described = store.describe(mediaId, photo->caption, photo->credit, alt.simplified(), &m_user); !described) {
        QMessageBox::warning(this, tr("Alt Text"), described.error().message);
        return;
    }
    statusBar()->showMessage(tr("Alt text saved for the photo."), 4000);
    m_editor->refreshPreview();
}

} // namespace PortalDesk::Widgets
