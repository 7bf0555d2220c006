// portaldesk-cli's article commands (the rest: clirunner.cpp).
#include "articleactions.h"
#include "articlestore.h"
#include "auditlog.h"
#include "clirunner.h"
#include "editlocks.h"
#include "limitedfile.h"
#include "mediastore.h"
#include "newsroom.h"
#include "searchquery.h"
#include "vietnamesetext.h"
#include "worddiff.h"

#include <QJsonArray>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

int CliRunner::runArticle(const QStringList &command)
{
    const QString verb = command.value(1);
    const QString id = command.value(2);
    if (verb == u"new" && command.size() == 2)
        return articleNew();
    if (verb == u"list" && command.size() == 2)
        return articleList();
    if (verb == u"diff" && command.size() == 5)
        return articleDiff(id, command.at(3), command.at(4));
    if (command.size() == 3) {
        if (verb == u"edit")
            return articleEdit(id);
        if (verb == u"show")
            return articleShow(id);
        if (verb == u"history")
            return articleHistory(id);
        if (verb == u"unlock")
            return articleUnlock(id);
        if (Workflow::actionFromKey(verb) && verb != u"edit")
            return articleAction(verb, id);
    }
    return usage(tr("Unknown or incomplete command '%1'; see --help.").arg(command.join(u' ')));
}

Result<QString> CliRunner::readBodyFile() const
{
    const QString path = m_parser.value(QStringLiteral("body-file"));
    const QString tooLarge = tr("%1 is %2; an article body may be at most %3 of text. Nothing was saved.");
    auto bytes = path == u"-" ? LimitedFile::readStandardInput(maxBodyBytes, tooLarge)
                              : LimitedFile::read(path, maxBodyBytes, tooLarge);
    if (!bytes)
        return bytes.error();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes.value());
    if (decoder.hasError())
        return Error{ErrorCode::InvalidInput, tr("%1 is not UTF-8 text; nothing was saved.").arg(path)};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return toNfc(text);
}

int CliRunner::articleNew()
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("Writing an article needs --as LOGIN.")});
    if (!m_parser.isSet(QStringLiteral("title")))
        return usage(tr("article new needs --title."));
    Article article;
    article.title = toNfc(m_parser.value(QStringLiteral("title")));
    article.summary = toNfc(m_parser.value(QStringLiteral("summary")));
    article.section = m_parser.value(QStringLiteral("section"));
    if (m_parser.isSet(QStringLiteral("body-file"))) {
        auto body = readBodyFile();
        if (!body)
            return fail(body.error());
        article.body = body.value();
        if (Status photos = checkPhotoReferences(article.body); !photos)
            return fail(photos.error());
    }
    auto created = ArticleStore(*m_newsroom).create(article, &*m_user);
    if (!created)
        return fail(created.error());
    m_out << created->id << '\n';
    return 0;
}

int CliRunner::articleEdit(const QString &id)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("Editing needs --as LOGIN.")});
    bool ok = false;
    const int base = m_parser.value(QStringLiteral("base-version")).toInt(&ok);
    if (!m_parser.isSet(QStringLiteral("base-version")) || !ok)
        return usage(tr("article edit needs --base-version N, the version your edit is based on."));
    ArticleStore store(*m_newsroom);
    auto article = store.load(id);
    if (!article)
        return fail(article.error());
    Article edited = article.value();
    edited.version = base;
    if (m_parser.isSet(QStringLiteral("title")))
        edited.title = toNfc(m_parser.value(QStringLiteral("title")));
    if (m_parser.isSet(QStringLiteral("summary")))
        edited.summary = toNfc(m_parser.value(QStringLiteral("summary")));
    if (m_parser.isSet(QStringLiteral("body-file"))) {
        auto body = readBodyFile();
        if (!body)
            return fail(body.error());
        edited.body = body.value();
        if (Status photos = checkPhotoReferences(edited.body); !photos)
            return fail(photos.error());
    }
    if (m_parser.isSet(QStringLiteral("lead-photo"))) {
        // Empty: the article has no lead photo any more.
        edited.leadPhoto = m_parser.value(QStringLiteral("lead-photo")).trimmed().toLower();
        if (!edited.leadPhoto.isEmpty()) {
            auto missing = MediaStore(*m_newsroom).missing({edited.leadPhoto});
            if (!missing)
                return fail(missing.error());
            if (!missing->isEmpty())
                return fail({ErrorCode::NotFound, tr("There is no photo %1 in this newsroom; nothing was saved.")
                                                      .arg(edited.leadPhoto)});
        }
    }
    auto saved = store.save(edited, &*m_user);
    if (!saved)
        return fail(saved.error());
    m_out << saved->version << '\n';
    return 0;
}

// A chief editor frees an article someone left open (a desk left on over
// the weekend); the server audits it with whom it was taken from.
int CliRunner::articleUnlock(const QString &id)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This command needs --as LOGIN.")});
    auto article = ArticleStore(*m_newsroom).load(id);
    if (!article)
        return fail(article.error());
    auto freed = EditLocks(*m_newsroom).breakLock(id, *m_user);
    if (!freed)
        return fail(freed.error());
    if (freed->isEmpty())
        m_out << tr("No one was editing \"%1\".").arg(article->title) << '\n';
    else
        m_out << tr("\"%1\" is free; %2 was editing it.").arg(article->title, freed.value()) << '\n';
    return 0;
}

int CliRunner::articleAction(const QString &verb, const QString &id)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This command needs --as LOGIN.")});
    const Action action = *Workflow::actionFromKey(verb);
    QDateTime at;
    if (action == Action::Schedule) {
        at = QDateTime::fromString(m_parser.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid())
            return usage(tr("article schedule needs --at with an ISO 8601 time, e.g. 2026-12-01T07:00:00+07:00."));
    }
    auto done = ArticleActions(*m_newsroom).perform(id, action, *m_user, m_parser.value(QStringLiteral("reason")), at);
    if (!done)
        return fail(done.error());
    m_out << articleStateKey(done->state) << '\n';
    return 0;
}

QJsonObject CliRunner::toJson(const Article &article, bool withBody) const
{
    QJsonObject object{
        {u"id"_s, article.id},
        {u"title"_s, article.title},
        {u"summary"_s, article.summary},
        {u"state"_s, articleStateKey(article.state)},
        {u"version"_s, article.version},
        {u"author"_s, article.author},
        {u"section"_s, article.section},
        {u"tags"_s, QJsonArray::fromStringList(article.tags)},
        {u"source"_s, article.source},
        {u"created"_s, article.created.toUTC().toString(Qt::ISODateWithMs)},
        {u"updated"_s, article.updated.toUTC().toString(Qt::ISODateWithMs)},
        {u"publish_at"_s, article.publishAt.isValid() ? QJsonValue(article.publishAt.toUTC().toString(Qt::ISODateWithMs))
                                                       : QJsonValue()},
        {u"sync_status"_s, article.syncStatus},
    };
    if (withBody)
        object.insert(u"body"_s, article.body);
    return object;
}

int CliRunner::articleShow(const QString &id)
{
    auto article = ArticleStore(*m_newsroom).load(id);
    if (!article)
        return fail(article.error());
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = toJson(article.value(), true);
        object.insert(u"photos"_s, photosJson(article->body));
        object.insert(u"lead_photo"_s, article->leadPhoto.isEmpty() ? QJsonValue() : QJsonValue(article->leadPhoto));
        printJson(object);
        return 0;
    }
    const Article &a = article.value();
    m_out << a.title << '\n'
          << tr("id: %1").arg(a.id) << '\n'
          << tr("state: %1 (%2), version %3").arg(articleStateKey(a.state), articleStateDisplayName(a.state)).arg(a.version) << '\n'
          << tr("author: %1; section: %2").arg(a.author, a.section) << '\n';
    if (a.publishAt.isValid())
        m_out << tr("scheduled: %1").arg(a.publishAt.toUTC().toString(Qt::ISODate)) << '\n';
    m_out << '\n' << a.summary << "\n\n" << a.body << '\n';
    return 0;
}

int CliRunner::articleList()
{
    ArticleStore store(*m_newsroom);
    std::optional<ArticleState> state;
    if (m_parser.isSet(QStringLiteral("state"))) {
        state = articleStateFromKey(m_parser.value(QStringLiteral("state")));
        if (!state)
            return usage(tr("Unknown state '%1'.").arg(m_parser.value(QStringLiteral("state"))));
    }
    const bool json = m_parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    if (m_parser.isSet(QStringLiteral("search"))) {
        // The desk shows why such a search finds nothing; a script must not
        // take it for a search that found nothing.
        const QString search = m_parser.value(QStringLiteral("search"));
        if (!SearchQuery::parse(search))
            return usage(tr("The search \"%1\" has no word to search for, only punctuation, operators or words to "
                            "leave out.").arg(search));
        auto results = store.search(search, 100);
        if (!results)
            return fail(results.error());
        if (!results->notice.isEmpty())
            m_err << "portaldesk-cli: " << results->notice << '\n';
        for (const SearchHit &hit : std::as_const(results->hits)) {
            if (state && hit.article.state != *state)
                continue;
            if (json) {
                QJsonObject object = toJson(hit.article, false);
                object.insert(u"snippet"_s, hit.snippet);
                array.append(object);
            } else {
                m_out << hit.article.id << '\t' << articleStateKey(hit.article.state) << '\t' << hit.article.title
                      << '\t' << hit.snippet << '\n';
            }
        }
    } else {
        std::optional<ArticleCursor> cursor;
        do {
            auto page = store.page(cursor, 1000, ArticleFilter::inState(state));
            if (!page)
                return fail(page.error());
            for (const Article &article : std::as_const(page->articles)) {
                if (json)
                    array.append(toJson(article, false));
                else
                    m_out << article.id << '\t' << articleStateKey(article.state) << '\t' << article.title << '\n';
            }
            cursor = page->next;
        } while (cursor);
    }
    if (json)
        printJson(array);
    return 0;
}

int CliRunner::articleHistory(const QString &id)
{
    ArticleStore store(*m_newsroom);
    auto revisions = store.revisions(id);
    if (!revisions)
        return fail(revisions.error());
    auto audit = AuditLog::forArticle(m_newsroom->database(), id);
    if (!audit)
        return fail(audit.error());

    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray revisionArray;
        for (const Revision &revision : std::as_const(revisions.value())) {
            revisionArray.append(QJsonObject{{u"version"_s, revision.version}, {u"title"_s, revision.title},
                                             {u"saved_by"_s, revision.savedBy},
                                             {u"saved_at"_s, revision.savedAt.toUTC().toString(Qt::ISODateWithMs)}});
        }
        QJsonArray auditArray;
        for (const AuditEntry &entry : std::as_const(audit.value())) {
            auditArray.append(QJsonObject{{u"at"_s, entry.at.toUTC().toString(Qt::ISODateWithMs)},
                                          {u"login"_s, entry.login}, {u"action"_s, entry.action},
                                          {u"from"_s, entry.fromState}, {u"to"_s, entry.toState},
                                          {u"outcome"_s, entry.refused ? u"refused"_s : u"done"_s},
                                          {u"reason"_s, entry.reason}});
        }
        printJson(QJsonObject{{u"revisions"_s, revisionArray}, {u"audit"_s, auditArray}});
        return 0;
    }
    // One timeline, newest first.
    struct Line {
        QDateTime at;
        QString text;
    };
    QList<Line> lines;
    for (const Revision &revision : std::as_const(revisions.value()))
        lines.append({revision.savedAt, tr("revision %1 saved by %2: %3").arg(revision.version).arg(revision.savedBy, revision.title)});
    // Keys as stored ("publish", "approved") read as the user's language.
    const auto actionName = [](const QString &key) {
        if (const auto action = Workflow::actionFromKey(key))
            return Workflow::actionDisplayName(*action);
        if (key == u"create")
            return tr("create");
        if (key == u"comment")
            return tr("comment");
        return key;
    };
    const auto stateName = [](const QString &key) {
        const auto state = articleStateFromKey(key);
        return state ? articleStateDisplayName(*state) : key;
    };
    for (const AuditEntry &entry : std::as_const(audit.value())) {
        QString text = entry.refused ? tr("%1 (refused) by %2").arg(actionName(entry.action), entry.login)
                                     : tr("%1 by %2").arg(actionName(entry.action), entry.login);
        if (!entry.fromState.isEmpty() && !entry.toState.isEmpty())
            text += u' ' + tr("(%1 → %2)").arg(stateName(entry.fromState), stateName(entry.toState));
        else if (!entry.toState.isEmpty())
            text += u' ' + tr("(→ %1)").arg(stateName(entry.toState));
        else if (!entry.fromState.isEmpty())
            text += u' ' + tr("(in %1)").arg(stateName(entry.fromState));
        if (!entry.reason.isEmpty())
            text += QStringLiteral(": ") + entry.reason;
        lines.append({entry.at, text});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at > b.at; });
    for (const Line &line : std::as_const(lines))
        m_out << line.at.toUTC().toString(Qt::ISODateWithMs) << '\t' << line.text << '\n';
    return 0;
}

int CliRunner::articleDiff(const QString &id, const QString &a, const QString &b)
{
    bool okA = false;
    bool okB = false;
    const int versionA = a.toInt(&okA);
    const int versionB = b.toInt(&okB);
    if (!okA || !okB)
        return usage(tr("article diff needs two revision numbers."));
    ArticleStore store(*m_newsroom);
    auto before = store.revision(id, versionA);
    if (!before)
        return fail(before.error());
    auto after = store.revision(id, versionB);
    if (!after)
        return fail(after.error());
    const auto part = [](const Revision &revision) {
        return revision.title + QStringLiteral("\n\n") + revision.summary + QStringLiteral("\n\n") + revision.body;
    };
    m_out << wordDiffPlainText(wordDiff(part(before.value()), part(after.value()))) << '\n';
    return 0;
}

} // namespace PortalDesk::Models
