#include "photolibrarypanel.h"

#include "medialibrarymodel.h"
#include "mediastore.h"
#include "newsroom.h"
#include "thumbnailloader.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

namespace {

constexpr QSize thumbnailSize(144, 108);

// A thumbnail with its caption under it; a photo still missing its caption
// or credit says so in the warning colour, as a spelling mark would.
class PhotoDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationSize = thumbnailSize;
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
        if (option->icon.isNull() && index.data(Qt::DecorationRole).isNull()) {
            // Still on its way: an empty frame of the thumbnail's size.
            QPixmap placeholder(thumbnailSize);
            placeholder.fill(option->palette.color(QPalette::AlternateBase));
            option->icon = QIcon(placeholder);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

} // namespace

PhotoLibraryPanel::PhotoLibraryPanel(Models::Newsroom &newsroom, QWidget *parent)
    : QWidget(parent)
    , m_store(std::make_unique<Models::MediaStore>(newsroom))
    , m_loader(new Models::ThumbnailLoader(newsroom.url(), this))
    , m_model(new Models::MediaLibraryModel(*m_store, m_loader, this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
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
    m_view->setIconSize(thumbnailSize);
    m_view->setGridSize(QSize(thumbnailSize.width() + 16, thumbnailSize.height() + 2 * fontMetrics().height()));
    m_view->setSpacing(4);
    m_view->setItemDelegate(new PhotoDelegate(m_view));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Photo library"));
    m_count->setObjectName(QStringLiteral("photoCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
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

void PhotoLibraryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        reload();
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
