#include "articlepanels.h"

#include "localization.h"
#include "revisiondiffview.h"
#include "workflow.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

namespace {

QString shortTime(const QDateTime &time)
{
    return Models::Localization::dateTimeText(time);
}

QString stateName(const QString &key)
{
    const auto state = Models::articleStateFromKey(key);
    return state ? Models::articleStateDisplayName(*state) : key;
}

QString syncStatusName(const QString &status)
{
    if (status == u"pending")
        return DetailsPanel::tr("waiting to be sent to the portal");
    if (status == u"synced")
        return DetailsPanel::tr("on the portal");
    if (status == u"conflict")
        return DetailsPanel::tr("conflict with the portal");
    if (status == u"failed")
        return DetailsPanel::tr("sending failed");
    return DetailsPanel::tr("not on the portal");
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    m_text->setObjectName(QStringLiteral("detailsText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
    setArticle(std::nullopt);
}

void DetailsPanel::setArticle(const std::optional<Models::Article> &article)
{
    m_article = article;
    m_royalty.clear();
    render();
}

void DetailsPanel::setRoyalty(const QList<std::pair<QString, QString>> &rows)
{
    m_royalty = rows;
    render();
}

QString DetailsPanel::text() const
{
    return m_text->text();
}

void DetailsPanel::render()
{
    const std::optional<Models::Article> &article = m_article;
    if (!article) {
        m_text->setText(tr("No article is open."));
        return;
    }
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("State:"), Models::articleStateDisplayName(article->state));
    html += row(tr("Author:"), article->author.isEmpty() ? tr("unknown") : article->author);
    html += row(tr("Section:"), article->section.isEmpty() ? tr("none") : article->section);
    html += row(tr("Version:"), QString::number(article->version));
    html += row(tr("Created:"), shortTime(article->created));
    html += row(tr("Saved:"), shortTime(article->updated));
    html += row(tr("Scheduled:"), article->publishAt.isValid() ? shortTime(article->publishAt) : tr("not scheduled"));
    html += row(tr("Portal:"), syncStatusName(article->syncStatus));
    html += QStringLiteral("</table>");
    // Under the table, as paragraphs: a grade names who is paid and wraps
    // in a narrow dock, where a table cell would be cut.
    for (const auto &[label, value] : std::as_const(m_royalty))
        html += QStringLiteral("<p style='margin-top:6px'><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    m_text->setText(html);
}

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_input(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("Add &Comment"), this))
{
    setObjectName(QStringLiteral("commentsPanel"));
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_input->setObjectName(QStringLiteral("commentInput"));
    m_input->setPlaceholderText(tr("A note for the desk about this article"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 3 + 12);
    m_add->setObjectName(QStringLiteral("addCommentButton"));
    m_add->setEnabled(false);
    connect(m_input, &QPlainTextEdit::textChanged, this,
            [this] { m_add->setEnabled(!m_input->toPlainText().trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] { Q_EMIT commentRequested(m_input->toPlainText().trimmed()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_input);
    layout->addWidget(m_add, 0, Qt::AlignRight);
}

void CommentsPanel::setComments(const QList<Models::Comment> &comments)
{
    m_list->clear();
    for (const Models::Comment &comment : comments) {
        //: who, when, then the comment on the next line
        auto *item = new QListWidgetItem(tr("%1 · %2\n%3").arg(comment.fullName.isEmpty() ? comment.login : comment.fullName,
                                                               shortTime(comment.created), comment.body),
                                         m_list);
        item->setToolTip(comment.body);
    }
}

void CommentsPanel::setCanComment(bool canComment)
{
    m_input->setEnabled(canComment);
    m_add->setVisible(canComment);
}

void CommentsPanel::clearInput()
{
    m_input->clear();
}

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_events(new QTreeWidget(this))
    , m_diff(new RevisionDiffView(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_events->setObjectName(QStringLiteral("historyEvents"));
    m_events->setColumnCount(3);
    m_events->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_events->setRootIsDecorated(false);
    m_events->setAlternatingRowColors(true);
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_events);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void HistoryPanel::setHistory(const QString &articleId, const QList<Models::Revision> &revisions,
                              const QList<Models::AuditEntry> &audit)
{
    struct Event {
        QDateTime at;
        QString who;
        QString what;
    };
    QList<Event> events;
    for (const Models::Revision &revision : revisions)
        events.append({revision.savedAt, revision.savedByName.isEmpty() ? revision.savedBy : revision.savedByName,
                       tr("Saved version %1").arg(revision.version)});
    for (const Models::AuditEntry &entry : audit) {
        if (entry.action == u"edit" && !entry.refused)
            continue;  // the saves are listed as versions
        const auto action = Models::Workflow::actionFromKey(entry.action);
        // The steps that are not the workflow's, as the server logs them.
        QString name = entry.action == u"create"      ? tr("created")
                       : entry.action == u"edit"      ? tr("save")
                       : entry.action == u"comment"   ? tr("commented")
                       : entry.action == u"take lock" ? tr("took over the editing")
                       : entry.action == u"unlock"    ? tr("freed the edit lock")
                       : action                       ? Models::Workflow::actionDisplayName(*action)
                                                      : entry.action;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        QString what = entry.refused                                      ? tr("Refused: %1").arg(name)
                       : entry.fromState.isEmpty() && entry.toState.isEmpty() ? name
                       : entry.fromState.isEmpty() ? tr("%1: %2").arg(name, stateName(entry.toState))
                                                   : tr("%1: %2 → %3").arg(name, stateName(entry.fromState),
                                                                           stateName(entry.toState));
        if (!entry.reason.isEmpty())
            what = tr("%1 — %2").arg(what, entry.reason);
        events.append({entry.at, entry.fullName.isEmpty() ? entry.login : entry.fullName, what});
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at > b.at; });
    m_events->clear();
    for (const Event &event : std::as_const(events)) {
        auto *item = new QTreeWidgetItem(m_events, {shortTime(event.at), event.who, event.what});
        item->setToolTip(2, event.what);
    }
    const int from = m_diff->fromVersion();
    const int to = m_diff->toVersion();
    const bool chosen = articleId == m_articleId && m_versions.size() >= 2
                        && !(to == m_versions.at(0) && from == m_versions.at(1));
    m_diff->setRevisions(revisions, lastApprovedVersion(revisions, audit));
    if (chosen)
        m_diff->compare(from, to);  // ignored when either version is gone
    m_articleId = articleId;
    m_versions.clear();
    for (const Models::Revision &revision : revisions)
        m_versions.append(revision.version);
    std::sort(m_versions.begin(), m_versions.end(), std::greater<>());
}

std::optional<int> HistoryPanel::lastApprovedVersion(const QList<Models::Revision> &revisions,
                                                     const QList<Models::AuditEntry> &audit)
{
    for (const Models::AuditEntry &entry : audit) {  // newest first
        if (entry.action != u"approve" || entry.refused)
            continue;
        for (const Models::Revision &revision : revisions) {  // newest first
            if (revision.savedAt <= entry.at)
                return revision.version;
        }
    }
    return std::nullopt;
}

} // namespace PortalDesk::Widgets
