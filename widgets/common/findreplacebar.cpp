#include "findreplacebar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

namespace PortalDesk::Widgets {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    // Room for a phrase in each field; the count gives way first.
    for (QLineEdit *field : {m_find, m_replace})
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *next = new QPushButton(tr("&Next"), this);
    next->setObjectName(QStringLiteral("findNextButton"));
    auto *previous = new QPushButton(tr("Pre&vious"), this);
    previous->setObjectName(QStringLiteral("findPreviousButton"));
    auto *replace = new QPushButton(tr("&Replace"), this);
    replace->setObjectName(QStringLiteral("replaceButton"));
    auto *replaceAll = new QPushButton(tr("Replace &All"), this);
    replaceAll->setObjectName(QStringLiteral("replaceAllButton"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findCloseButton"));
    close->setIcon(QIcon::fromTheme(QStringLiteral("dialog-close")));
    close->setToolTip(tr("Close the find bar"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_find, 2);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_replace, 2);
    layout->addWidget(replace);
    layout->addWidget(replaceAll);
    layout->addWidget(m_status, 1);
    layout->addWidget(close);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindReplaceBar::activate()
{
    if (const QString selected = m_editor->textCursor().selectedText(); !selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

bool FindReplaceBar::findNext(bool backwards)
{
    m_status->clear();
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_editor->find(text, flags))
        return true;
    // Wrap around once, like every editor does.
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_editor->setTextCursor(cursor);
    if (m_editor->find(text, flags))
        return true;
    m_status->setText(tr("Not found"));
    return false;
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return false;
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection() && cursor.selectedText().compare(m_find->text(), Qt::CaseInsensitive) == 0)
        cursor.insertText(m_replace->text());
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty() || m_editor->isReadOnly())
        return 0;
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock();
    int replaced = 0;
    QTextCursor found = document->find(text, 0);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++replaced;
        found = document->find(text, found.position());
    }
    edit.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, replaced));
    return replaced;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace PortalDesk::Widgets
