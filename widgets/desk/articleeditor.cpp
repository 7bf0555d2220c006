#include "articleeditor.h"

#include "autosavestore.h"
#include "markdownedit.h"
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
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

namespace {

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
    , m_preview(new QTextBrowser(m_bodySplitter))
    , m_previewTimer(new QTimer(this))
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
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ArticleEditor::updatePreview);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&apo:"), m_summary);
    auto *metaRow = new QHBoxLayout;
    metaRow->addWidget(m_section, 1);
    metaRow->addWidget(m_tags, 2);
    // A row holding a layout gets no buddy from QFormLayout: the label is
    // made here so that its mnemonic works and no "&" shows.
    auto *sectionLabel = new QLabel(tr("Se&ction:"), this);
    sectionLabel->setBuddy(m_section);
    form->addRow(sectionLabel, metaRow);
    form->addRow(tr("So&urce:"), m_source);
    m_tags->setToolTip(tr("Tags"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
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
    m_body->setPlainText(article.body);
    m_loading = false;
    setEnabled(true);
    setModified(false);
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
    m_preview->setHtml(Models::markdownToHtml(m_body->toPlainText()));
    m_preview->verticalScrollBar()->setValue(scroll);
    Q_EMIT countsChanged(wordCount(), characterCount());
}

} // namespace PortalDesk::Widgets
