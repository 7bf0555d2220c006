#include "articleeditor.h"

#include "autosavestore.h"
#include "markdownedit.h"
#include "markdownformat.h"
#include "markdownhtml.h"
#include "vietnamesetext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PortalDesk::Widgets {

namespace {

// The preview, whose pictures are the newsroom's thumbnails, asked for as
// "pdphoto/ID": a relative address, since the preview's HTML passes the
// same sanitiser as the portal's, which lets no unknown scheme through.
class PreviewBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    std::function<QImage(const QString &)> thumbnail;

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource && name.isRelative() && name.path().startsWith(u"pdphoto/")
            && thumbnail) {
            const QString id = name.path().mid(8);
            if (!m_images.contains(id))
                m_images.insert(id, thumbnail(id));
            return m_images.value(id);
        }
        return QTextBrowser::loadResource(type, name);
    }

private:
    QHash<QString, QImage> m_images;  // a few hundred KB an article
};

QString escapedMarkdown(QString text, const QString &special)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    for (const QChar c : special)
        text.replace(c, QStringLiteral("\\") + c);
    return text.simplified();
}

QString joinedTags(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = tag.trimmed(); !trimmed.isEmpty() && !tags.contains(trimmed))
            tags.append(trimmed);
    }
    return tags;
}

} // namespace

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_section(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_bodySplitter(new QSplitter(Qt::Horizontal, this))
    , m_body(new MarkdownEdit(m_bodySplitter))
    , m_preview(new PreviewBrowser(m_bodySplitter))
    , m_previewTimer(new QTimer(this))
    , m_leadLabel(new QLabel(this))
    , m_clearLead(new QToolButton(this))
{
    setObjectName(QStringLiteral("articleEditor"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Title of the article"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("Sapo: one or two sentences that lead into the article"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 3 + 2 * m_summary->frameWidth() + 8);
    m_section->setObjectName(QStringLiteral("sectionCombo"));
    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_section->setMinimumContentsLength(14);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Tags, comma-separated"));
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("Source or credit"));
    m_body->setPlaceholderText(tr("Body in Markdown"));
    m_bodySplitter->setObjectName(QStringLiteral("bodySplitter"));
    m_bodySplitter->setChildrenCollapsible(true);
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_preview->setOpenLinks(false);
    m_preview->setPlaceholderText(tr("Preview"));
    // The portal's stylesheet sets these apart; the preview does it simply.
    m_preview->document()->setDefaultStyleSheet(
        QStringLiteral("figcaption { font-style: italic; } .credit { font-style: normal; font-weight: 600; }"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ArticleEditor::updatePreview);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&apo:"), m_summary);
    auto *metaRow = new QHBoxLayout;
    metaRow->addWidget(m_section, 1);
    auto *tagsLabel = new QLabel(tr("Ta&gs:"), this);
    tagsLabel->setBuddy(m_tags);
    metaRow->addWidget(tagsLabel);
    metaRow->addWidget(m_tags, 2);
    // A row holding a layout gets no buddy from QFormLayout: the label is
    // made here so that its mnemonic works and no "&" shows.
    auto *sectionLabel = new QLabel(tr("Se&ction:"), this);
    sectionLabel->setBuddy(m_section);
    form->addRow(sectionLabel, metaRow);
    form->addRow(tr("So&urce:"), m_source);
    m_leadLabel->setObjectName(QStringLiteral("leadPhotoLabel"));
    m_leadLabel->setTextFormat(Qt::PlainText);
    m_leadLabel->setWordWrap(false);
    m_leadLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_clearLead->setObjectName(QStringLiteral("clearLeadPhoto"));
    m_clearLead->setText(tr("Remove"));
    m_clearLead->setToolTip(tr("The article has no lead photo any more"));
    connect(m_clearLead, &QToolButton::clicked, this, [this] { setLeadPhoto(QString()); });
    auto *leadRow = new QHBoxLayout;
    leadRow->addWidget(m_leadLabel, 1);
    leadRow->addWidget(m_clearLead);
    form->addRow(tr("Lead photo:"), leadRow);
    m_tags->setToolTip(tr("Tags"));

    // Formatting without knowing Markdown, over the body.
    m_format = new FormatActions(m_body);
    m_formatBar = new QToolBar(tr("Format"), this);
    m_formatBar->setObjectName(QStringLiteral("formatToolBar"));
    m_formatBar->setIconSize(QSize(16, 16));
    m_formatBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_formatBar->addActions(m_format->actions());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_bodySplitter, 1);

    connect(m_title, &QLineEdit::textEdited, this, &ArticleEditor::onEdited);
    connect(m_tags, &QLineEdit::textEdited, this, &ArticleEditor::onEdited);
    connect(m_source, &QLineEdit::textEdited, this, &ArticleEditor::onEdited);
    connect(m_section, &QComboBox::editTextChanged, this, &ArticleEditor::onEdited);
    // textChanged also follows formatting, which the highlighter and the
    // spell checker apply long after the text was loaded: only a change the
    // document counts as modified (one on its undo stack) is an edit.
    for (QPlainTextEdit *edit : {m_summary, static_cast<QPlainTextEdit *>(m_body)}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            if (edit->document()->isModified())
                onEdited();
        });
    }
    clear();
}

void ArticleEditor::onEdited()
{
    if (m_loading || !hasArticle())
        return;
    setModified(true);
    Q_EMIT edited();
    // Preview and counts follow after a pause in typing, not per key.
    m_previewTimer->start();
}

void ArticleEditor::setSections(const QStringList &sections)
{
    const QString current = m_section->currentText();
    m_loading = true;
    m_section->clear();
    m_section->addItems(sections);
    m_section->setEditText(current);
    m_loading = false;
}

void ArticleEditor::setArticle(const Models::Article &article)
{
    m_loading = true;
    m_article = article;
    m_title->setText(article.title);
    m_title->setCursorPosition(0);  // show a long title from its beginning
    m_summary->setPlainText(article.summary);
    m_section->setEditText(article.section);
    m_tags->setText(joinedTags(article.tags));
    m_source->setText(article.source);
    // Read from their start, not scrolled to their end.
    for (QLineEdit *field : {m_title, m_tags, m_source})
        field->setCursorPosition(0);
    m_body->setPlainText(article.body);
    m_leadPhoto = article.leadPhoto;
    m_loading = false;
    setEnabled(true);
    setModified(false);
    showLeadPhoto();
    updatePreview();
}

void ArticleEditor::restore(const Models::Autosave &text)
{
    m_loading = true;
    m_title->setText(text.title);
    m_summary->setPlainText(text.summary);
    m_section->setEditText(text.section);
    m_tags->setText(text.tags);
    m_source->setText(text.source);
    m_body->setPlainText(text.body);
    m_article.version = text.baseVersion;
    m_loading = false;
    setModified(true);
    updatePreview();
}

Models::Article ArticleEditor::article() const
{
    // Whatever the keyboard or a paste produced, the store gets NFC: "Quảng"
    // typed with combining marks is the same word as the composed one.
    Models::Article edited = m_article;
    edited.title = Models::toNfc(m_title->text().trimmed());
    edited.summary = Models::toNfc(m_summary->toPlainText().trimmed());
    edited.section = Models::toNfc(m_section->currentText().trimmed());
    edited.tags = splitTags(Models::toNfc(m_tags->text()));
    edited.source = Models::toNfc(m_source->text().trimmed());
    edited.body = Models::toNfc(m_body->toPlainText());
    edited.leadPhoto = m_leadPhoto;
    return edited;
}

bool ArticleEditor::isModified() const
{
    return m_modified;
}

void ArticleEditor::setModified(bool modified)
{
    if (!modified) {
        m_title->setModified(false);
        m_summary->document()->setModified(false);
        m_body->document()->setModified(false);
    }
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modificationChanged(modified);
}

void ArticleEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_title->setReadOnly(!editable);
    m_summary->setReadOnly(!editable);
    m_section->setEnabled(editable);
    m_tags->setReadOnly(!editable);
    m_source->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_format->setEnabled(editable);
    // Fields that cannot be typed in look it: the window's colour behind
    // the text instead of the white of a field that takes typing.
    QPalette look;
    if (!editable)
        look.setColor(QPalette::Base, palette().color(QPalette::Window));
    for (QWidget *field : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_summary),
                           static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_source),
                           static_cast<QWidget *>(m_body)}) {
        if (editable)
            field->setPalette(QPalette());
        else
            field->setPalette(look);
    }
    m_clearLead->setEnabled(editable && !m_leadPhoto.isEmpty());
}

void ArticleEditor::clear()
{
    m_loading = true;
    m_article = {};
    m_title->clear();
    m_summary->clear();
    m_section->setEditText(QString());
    m_tags->clear();
    m_source->clear();
    m_body->clear();
    m_preview->clear();
    m_leadPhoto.clear();
    showLeadPhoto();
    m_loading = false;
    setModified(false);
    setEnabled(false);
}

int ArticleEditor::wordCount() const
{
    // Vietnamese words are syllables between spaces; Markdown marks alone
    // ("#", "-", "**") are not words.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*"));
    int count = 0;
    for (const QString &text : {m_title->text(), m_summary->toPlainText(), m_body->toPlainText()}) {
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return count;
}

int ArticleEditor::characterCount() const
{
    return int(m_title->text().size() + m_summary->toPlainText().size() + m_body->toPlainText().size());
}

void ArticleEditor::updatePreview()
{
    // Keep the reader's place in the preview while the text changes.
    const int scroll = m_preview->verticalScrollBar()->value();
    const QString body = m_body->toPlainText();
    QStringList ids;
    for (const Models::PhotoReference &reference : Models::photoReferences(body))
        ids.append(reference.id);
    ids.removeDuplicates();
    const QHash<QString, Models::MediaFigure> figures = ids.isEmpty() || !m_photos.figures ? QHash<QString, Models::MediaFigure>()
                                                                                           : m_photos.figures(ids);
    // The figures the portal gets, pictured by their thumbnails at their
    // own size: the preview is narrower than a portal page.
    const int room = std::max(120, m_preview->viewport()->width() - 24);
    const Models::PhotoLookup photos = [&figures, room](const QString &id) -> std::optional<Models::FigurePhoto> {
        const auto figure = figures.constFind(id);
        if (figure == figures.cend() || figure->thumb.width <= 0)
            return std::nullopt;
        const int width = std::min(figure->thumb.width, room);
        return Models::FigurePhoto{u"pdphoto/"_s + id, {}, width, figure->thumb.height * width / figure->thumb.width,
                                   figure->alt};
    };
    m_preview->setHtml(Models::markdownToHtml(body, photos));
    m_preview->verticalScrollBar()->setValue(scroll);
    Q_EMIT countsChanged(wordCount(), characterCount());
}

void ArticleEditor::setPhotoSource(PhotoSource source)
{
    m_photos = std::move(source);
    static_cast<PreviewBrowser *>(m_preview)->thumbnail = m_photos.thumbnail;
    showLeadPhoto();
    updatePreview();
}

void ArticleEditor::insertPhotos(const QStringList &ids)
{
    if (ids.isEmpty() || !m_editable || !hasArticle())
        return;
    const QHash<QString, Models::MediaFigure> figures = m_photos.figures ? m_photos.figures(ids) : QHash<QString, Models::MediaFigure>();
    QStringList references;
    for (const QString &id : ids) {
        const Models::MediaFigure figure = figures.value(id);
        QString reference = u"![%1](media:%2"_s.arg(escapedMarkdown(figure.caption, u"[]"_s), id);
        if (!figure.credit.isEmpty())
            reference += u" \""_s + escapedMarkdown(figure.credit, u"\""_s) + u'"';
        references.append(reference + u')');
    }
    // A paragraph of their own: a blank line before and after, whatever
    // the cursor was in the middle of.
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    if (cursor.positionInBlock() > 0)
        cursor.movePosition(QTextCursor::EndOfBlock);
    // On a line of text the photos follow it after a blank line; on an
    // empty line, that line is the blank one if text comes before it.
    const QTextBlock block = cursor.block();
    const QString before = !block.text().isEmpty()                                              ? u"\n\n"_s
                           : block.previous().isValid() && !block.previous().text().isEmpty() ? u"\n"_s
                                                                                              : QString();
    const QString after = block.next().isValid() && block.next().text().isEmpty() ? QString() : u"\n"_s;
    cursor.insertText(before + references.join(u"\n\n"_s) + after);
    cursor.endEditBlock();
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void ArticleEditor::setLeadPhoto(const QString &id)
{
    if (!hasArticle() || !m_editable || id == m_leadPhoto)
        return;
    m_leadPhoto = id;
    showLeadPhoto();
    setModified(true);
    Q_EMIT edited();
}

void ArticleEditor::showLeadPhoto()
{
    m_clearLead->setEnabled(m_editable && !m_leadPhoto.isEmpty());
    m_clearLead->setVisible(!m_leadPhoto.isEmpty());
    if (m_leadPhoto.isEmpty()) {
        // Short enough for a 1366 px screen; the how-to in the tooltip.
        m_leadLabel->setText(tr("None"));
        m_leadLabel->setToolTip(tr("Right-click a photo in the text and choose “Set as Lead Photo”"));
        m_leadLabel->setEnabled(false);
        return;
    }
    m_leadLabel->setEnabled(true);
    // The caption the article gives it, else the library's.
    Models::MediaFigure figure = m_photos.figures ? m_photos.figures({m_leadPhoto}).value(m_leadPhoto) : Models::MediaFigure();
    for (const Models::PhotoReference &reference : Models::photoReferences(m_body->toPlainText())) {
        if (reference.id == m_leadPhoto && !reference.caption.isEmpty()) {
            figure.caption = reference.caption;
            figure.credit = reference.credit;
            break;
        }
    }
    m_leadLabel->setText(figure.caption.isEmpty() ? tr("Photo without a caption") : figure.caption);
    m_leadLabel->setToolTip(figure.credit);
}

} // namespace PortalDesk::Widgets
