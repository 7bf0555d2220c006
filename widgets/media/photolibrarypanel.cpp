#include "photolibrarypanel.h"

#include "medialibrarymodel.h"
#include "mediastore.h"
#include "newsroom.h"
#include "photoimport.h"
#include "thumbnailloader.h"

#include <QApplication>
#include <QCache>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

namespace {

// The thumbnails' cell: as wide as fits two columns in a dock of a
// 1366 × 768 desk, at most the thumbnails' own 320 px, at least 96 px.
constexpr int widestCell = 176;
constexpr int narrowestCell = 96;

// A thumbnail with its caption under it; a photo still missing its caption
// or credit says so in the warning colour, as a spelling mark would.
class PhotoDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

private:
    // Some 300 cells' worth, in kilobytes: a few screens.
    mutable QCache<QString, QPixmap> m_scaled{32 * 1024};

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // A QImage decoration would be drawn at its own size: the cell's it is.
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option->widget))
            option->decorationSize = view->iconSize();
        option->displayAlignment = Qt::AlignHCenter | Qt::AlignTop;
        option->textElideMode = Qt::ElideRight;
        const QString caption = index.data(Models::MediaLibraryModel::CaptionRole).toString();
        const QString credit = index.data(Models::MediaLibraryModel::CreditRole).toString();
        if (caption.isEmpty())
            option->text = PhotoLibraryPanel::tr("⚠ No caption");
        else if (credit.isEmpty())
            option->text = PhotoLibraryPanel::tr("⚠ No credit: %1").arg(caption);
        if (index.data(Models::MediaLibraryModel::MissingTextRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x20, 0x20));
        // The thumbnail scaled to the cell once, not at every paint: a
        // frame of the scrolled library then only copies pixmaps.
        if (const QVariant decoration = index.data(Qt::DecorationRole); decoration.typeId() == QMetaType::QImage) {
            const QString key = index.data(Models::MediaLibraryModel::IdRole).toString() + u'/'
                                + QString::number(option->decorationSize.width());
            QPixmap *scaled = m_scaled.object(key);
            const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
            if (!scaled) {
                const QImage image = qvariant_cast<QImage>(decoration);
                scaled = new QPixmap(QPixmap::fromImage(
                    image.scaled(option->decorationSize * ratio, Qt::KeepAspectRatio,
                                 Qt::SmoothTransformation)));
                scaled->setDevicePixelRatio(ratio);
                m_scaled.insert(key, scaled, int(scaled->width() * scaled->height() * 4 / 1024));
            }
            option->icon = QIcon(*scaled);
        }
        if (option->icon.isNull() && index.data(Qt::DecorationRole).isNull()) {
            // Still on its way: an empty frame of the thumbnail's size.
            QPixmap placeholder(option->decorationSize);
            placeholder.fill(option->palette.color(QPalette::AlternateBase));
            option->icon = QIcon(placeholder);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

} // namespace

PhotoLibraryPanel::PhotoLibraryPanel(Models::Newsroom &newsroom, const Models::User &user, QWidget *parent)
    : QWidget(parent)
    , m_user(user)
    , m_store(std::make_unique<Models::MediaStore>(newsroom))
    , m_loader(new Models::ThumbnailLoader(newsroom.url(), this))
    , m_model(new Models::MediaLibraryModel(*m_store, m_loader, this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_add(new QPushButton(tr("Add photos…"), this))
{
    m_search->setObjectName(QStringLiteral("photoSearch"));
    m_search->setPlaceholderText(tr("Search captions and credits…"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("photoList"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setWordWrap(false);
    m_view->viewport()->installEventFilter(this);
    fitGrid();
    m_view->setItemDelegate(new PhotoDelegate(m_view));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Photo library"));
    m_count->setObjectName(QStringLiteral("photoCount"));

    m_add->setObjectName(QStringLiteral("addPhotos"));
    m_add->setToolTip(tr("Add photos from files; you can also drop them here"));
    m_add->setVisible(mayAdd());
    setAcceptDrops(mayAdd());
    connect(m_add, &QPushButton::clicked, this, &PhotoLibraryPanel::chooseFiles);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT photoActivated(index.data(Models::MediaLibraryModel::IdRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_add);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    // Typing a word is one search, not one per letter.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setQuery(m_search->text().trimmed());
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PhotoLibraryPanel::updateCount);
    connect(m_model, &Models::MediaLibraryModel::fetchFailed, this, [this](const QString &message) {
        m_count->setText(tr("The photos could not be read: %1").arg(message));
    });
}

PhotoLibraryPanel::~PhotoLibraryPanel() = default;

void PhotoLibraryPanel::reload()
{
    m_model->reload();
    updateCount();
}

bool PhotoLibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitGrid();
    return QWidget::eventFilter(watched, event);
}

void PhotoLibraryPanel::fitGrid()
{
    // Some slack: the flow wraps a column that would touch the edge.
    const int width = std::max(narrowestCell, m_view->viewport()->width() - 8);
    const int columns = std::max(2, (width + widestCell - 1) / widestCell);
    const int cell = std::clamp(width / columns, narrowestCell, widestCell);
    const QSize icon(cell - 12, (cell - 12) * 3 / 4);
    if (icon == m_view->iconSize())
        return;
    m_view->setIconSize(icon);
    m_view->setGridSize(QSize(cell, icon.height() + 2 * fontMetrics().height()));
}

void PhotoLibraryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
}

bool PhotoLibraryPanel::mayAdd() const
{
    return m_user.has(Models::Role::Reporter) || m_user.has(Models::Role::Editor)
           || m_user.has(Models::Role::ChiefEditor);
}

void PhotoLibraryPanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), {},
        tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void PhotoLibraryPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (mayAdd() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PhotoLibraryPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths += url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addFiles(paths);
    }
}

void PhotoLibraryPanel::addFiles(const QStringList &paths, bool intoArticle)
{
    for (const QString &path : paths)
        startImport(path, intoArticle, [path] { return Models::PhotoImport::fromFile(path); });
}

void PhotoLibraryPanel::addPastedPicture(const QByteArray &bytes, const QString &name)
{
    startImport(name, true, [bytes, name] { return Models::PhotoImport::fromBytes(bytes, name); });
}

void PhotoLibraryPanel::startImport(const QString &name, bool intoArticle,
                                    std::function<Models::Result<Models::ImportedPhoto>()> read)
{
    if (!mayAdd())
        return;
    ++m_importing;
    m_intoArticle = m_intoArticle || intoArticle;
    const int slot = int(m_addedIds.size());
    m_addedIds.append(QString());
    m_add->setEnabled(false);
    m_count->setText(tr("Reading %n photo(s)…", nullptr, m_importing));
    QPointer<PhotoLibraryPanel> self(this);
    // Decoding a 12 MP photo and making its renditions takes some 90 ms:
    // never on the UI thread. The newsroom is written here, on the UI
    // thread's connection, one short transaction a photo.
    QThreadPool::globalInstance()->start([self, slot, name, read = std::move(read)] {
        auto photo = read();
        // Back on the UI thread, where the panel may be gone by now.
        QMetaObject::invokeMethod(
            qApp, [self, slot, name, photo] {
                if (self)
                    self->imported(slot, name, photo);
            },
            Qt::QueuedConnection);
    });
}

void PhotoLibraryPanel::imported(int slot, const QString &path, const Models::Result<Models::ImportedPhoto> &photo)
{
    if (!photo) {
        m_problems += photo.error().message;
    } else {
        auto added = m_store->add(photo.value(), &m_user);
        if (added)
            m_addedIds[slot] = added->id;
        else
            m_problems += tr("%1: %2").arg(QFileInfo(path).fileName(), added.error().message);
    }
    if (--m_importing > 0) {
        m_count->setText(tr("Reading %n photo(s)…", nullptr, m_importing));
        return;
    }
    QStringList ids = std::exchange(m_addedIds, {});
    ids.removeAll(QString());
    if (std::exchange(m_intoArticle, false) && !ids.isEmpty())
        Q_EMIT photosForArticle(ids);
    const QStringList problems = std::exchange(m_problems, {});
    m_add->setEnabled(true);
    reload();
    Q_EMIT photosAdded(ids, problems);
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Some photos were not added"),
                        tr("%n photo(s) added. These files were not:", nullptr, int(ids.size())), QMessageBox::Ok, this);
        box.setInformativeText(problems.join(u'\n'));
        box.exec();
    }
}

void PhotoLibraryPanel::updateCount()
{
    const int shown = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    if (shown == 0)
        m_count->setText(m_model->query().isEmpty() ? tr("No photos in the newsroom yet.") : tr("No photo matches."));
    else
        m_count->setText(more ? tr("%n photo(s) shown, more as you scroll", nullptr, shown) : tr("%n photo(s)", nullptr, shown));
}

} // namespace PortalDesk::Widgets
