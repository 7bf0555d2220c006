#include "articleeditor.h"

#include "markdownedit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
    , m_info(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_body(new MarkdownEdit(this))
{
    setObjectName(QStringLiteral("articleEditor"));
    m_info->setObjectName(QStringLiteral("articleInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Title of the article"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("Sapo: one or two sentences that lead into the article"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 2 * m_summary->frameWidth() + 8);
    m_body->setPlaceholderText(tr("Body in Markdown"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&apo:"), m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);

    connect(m_title, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(m_summary->document(), &QTextDocument::modificationChanged, this, [this](bool changed) {
        if (changed)
            setModified(true);
    });
    connect(m_body->document(), &QTextDocument::modificationChanged, this, [this](bool changed) {
        if (changed)
            setModified(true);
    });
    clear();
}

void ArticleEditor::setArticle(const Models::Article &article)
{
    m_article = article;
    m_title->setText(article.title);
    m_title->setCursorPosition(0);  // show a long title from its beginning
    m_summary->setPlainText(article.summary);
    m_body->setPlainText(article.body);
    setEnabled(true);
    updateInfo();
    setModified(false);
}

Models::Article ArticleEditor::article() const
{
    Models::Article edited = m_article;
    edited.title = m_title->text().trimmed();
    edited.summary = m_summary->toPlainText().trimmed();
    edited.body = m_body->toPlainText();
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

void ArticleEditor::clear()
{
    m_article = {};
    m_title->clear();
    m_summary->clear();
    m_body->clear();
    m_info->setText(tr("Select an article in the list to open it."));
    setModified(false);
    setEnabled(false);
}

void ArticleEditor::updateInfo()
{
    const QString section = m_article.section.isEmpty() ? tr("no section") : m_article.section;
    const QString author = m_article.author.isEmpty() ? tr("unknown author") : m_article.author;
    //: state · section · author · version · last saved
    m_info->setText(tr("%1 · %2 · %3 · version %4 · saved %5")
                        .arg(Models::articleStateDisplayName(m_article.state), section, author)
                        .arg(m_article.version)
                        .arg(QLocale().toString(m_article.updated.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace PortalDesk::Widgets
