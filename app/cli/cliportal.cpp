// portaldesk-cli portal init and sync: the newsroom's published articles to
// the portal's database.
#include "clirunner.h"

#include "digestsync.h"
#include "gazettesync.h"

#include "article.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "portal.h"
#include "questionsync.h"
#include "portalsync.h"
#include "wordpresssync.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// The exit code of a sync that ran but left conflicts or failures.
constexpr int someItemsNotSynced = 6;

} // namespace

// The portal named on the command line, else the one in the newsroom's
// settings, else the default beside an embedded newsroom.
Result<std::unique_ptr<Portal>> CliRunner::openPortal()
{
    QString given = m_parser.value(u"portal"_s);
    if (given.isEmpty()) {
        auto kept = NewsroomSettings(*m_newsroom).value(NewsroomSettings::portalUrl);
        if (!kept)
            return kept.error();
        given = kept.value();
    }
    if (given.isEmpty()) {
        auto url = Portal::defaultUrl(m_newsroom->url());
        if (!url)
            return url.error();
        return Portal::open(url.value());
    }
    auto parsed = NewsroomUrl::parsePortal(given);
    if (!parsed)
        return parsed.error();
    return Portal::open(parsed.value());
}

QString CliRunner::wordPressAddress()
{
    QString given = m_parser.value(u"portal"_s);
    if (given.isEmpty())
        given = NewsroomSettings(*m_newsroom).value(NewsroomSettings::portalUrl).value_or(QString());
    return WordPressSite::looksLike(given) ? given : QString();
}

int CliRunner::runPortal(const QStringList &command)
{
    if (command.size() != 2 || command.at(1) != u"init")
        return usage(tr("Use: portal init [--portal URL]."));
    if (const QString address = wordPressAddress(); !address.isEmpty()) {
        auto site = WordPressSite::parse(address);
        if (!site)
            return fail(site.error());
        m_out << tr("%1 is a WordPress site: it needs no portal init; sync writes its posts through WordPress's REST API.")
                     .arg(site->display())
              << '\n';
        return 0;
    }
    auto portal = openPortal();
    if (!portal)
        return fail(portal.error());
    if (Status created = portal.value()->init(); !created)
        return fail(created.error());
    m_out << tr("The portal %1 has the reference schema.").arg(portal.value()->display()) << '\n';
    // Rows synced by earlier versions carry the last correction's time as
    // their publication date.
    PortalMapping mapping = PortalMapping::reference();
    if (const QString file = m_parser.value(u"mapping"_s); !file.isEmpty()) {
        auto loaded = PortalMapping::load(file);
        if (!loaded)
            return fail(loaded.error());
        mapping = loaded.value();
    }
    auto corrected = PortalSync(*m_newsroom, *portal.value(), mapping).correctPublicationDates();
    if (!corrected)
        return fail(corrected.error());
    if (corrected.value() > 0)
        m_out << tr("Corrected the publication date of %n article(s) to their first publication.", nullptr, corrected.value()) << '\n';
    return 0;
}

// A conflict settled first (--overwrite, --take-portal), then the run sends
// the result.
Result<SyncSummary> CliRunner::settleAndRun(ArticleSync &sync, bool dryRun)
{
    if (m_parser.isSet(u"overwrite"_s)) {
        if (Status settled = sync.overwritePortal(m_parser.value(u"overwrite"_s)); !settled)
            return settled.error();
    }
    if (m_parser.isSet(u"take-portal"_s)) {
        auto taken = sync.takePortalText(m_parser.value(u"take-portal"_s), &*m_user);
        if (!taken)
            return taken.error();
        m_out << tr("%1: the portal's text is now version %2 in the newsroom.").arg(taken->title).arg(taken->version) << '\n';
    }
    return sync.run(dryRun);
}

void CliRunner::printSyncSummary(const SyncSummary &summary, bool dryRun, const GazetteSyncSummary &issues, int digestsSent, int answersSent)
{
    if (m_parser.isSet(u"json"_s)) {
        printJson(QJsonObject{{u"dry_run"_s, dryRun}, {u"sent"_s, summary.sent}, {u"updated"_s, summary.updated},
                              {u"withdrawn"_s, summary.withdrawn}, {u"unchanged"_s, summary.unchanged},
                              {u"conflicts"_s, summary.conflicts}, {u"failed"_s, summary.failed}, {u"retries"_s, summary.retries},
                              {u"problems"_s, QJsonArray::fromStringList(summary.lines + issues.errors)},
                              {u"gazette_issues_sent"_s, issues.published}, {u"gazette_issues_withdrawn"_s, issues.withdrawn},
                              {u"gazette_issues_failed"_s, int(issues.errors.size())}, {u"digests_sent"_s, digestsSent},
                              {u"answers_sent"_s, answersSent}});
    } else {
        for (const QString &line : std::as_const(issues.errors))
            m_err << line << '\n';
        if (issues.published + issues.withdrawn > 0)
            m_out << tr("Công báo: sent %1 issue(s), withdrew %2.").arg(issues.published).arg(issues.withdrawn) << '\n';
        if (digestsSent > 0)
            m_out << tr("Press digests: %1 sent or withdrawn.").arg(digestsSent) << '\n';
        if (answersSent > 0)
            m_out << tr("Citizens' questions: %n answer(s) published.", nullptr, answersSent) << '\n';
        for (const QString &line : summary.lines)
            m_err << line << '\n';
        m_out << (dryRun ? tr("Would send %1, update %2, withdraw %3; %4 conflicts, %5 failed, %6 unchanged.")
                         : tr("Sent %1, updated %2, withdrew %3; %4 conflicts, %5 failed, %6 unchanged."))
                     .arg(summary.sent)
                     .arg(summary.updated)
                     .arg(summary.withdrawn)
                     .arg(summary.conflicts)
                     .arg(summary.failed)
                     .arg(summary.unchanged)
              << '\n';
    }
}

int CliRunner::runSync(const QStringList &command)
{
    if (command.size() != 1)
        return usage(tr("Use: sync [--portal URL] [--mapping FILE] [--dry-run] [--retries N] [--overwrite ID | --take-portal ID]."));
    if (m_parser.isSet(u"overwrite"_s) && m_parser.isSet(u"take-portal"_s))
        return usage(tr("Give --overwrite or --take-portal, not both."));
    if (m_parser.isSet(u"take-portal"_s) && !m_user)
        return fail({ErrorCode::Denied, tr("Taking the portal's text back makes a new revision: it needs --as LOGIN.")});
    RetryPolicy retry;
    if (m_parser.isSet(u"retries"_s)) {
        bool ok = false;
        retry.attempts = m_parser.value(u"retries"_s).toInt(&ok) + 1;
        if (!ok || retry.attempts < 1 || retry.attempts > 20)
            return usage(tr("--retries takes a number from 0 to 19."));
    }
    if (const QString address = wordPressAddress(); !address.isEmpty())
        return runWordPressSync(address, retry);
    auto portal = openPortal();
    if (!portal)
        return fail(portal.error());
    PortalMapping mapping = PortalMapping::reference();
    QString mappingFile = m_parser.value(u"mapping"_s);
    if (mappingFile.isEmpty() && !m_parser.isSet(u"portal"_s))
        mappingFile = NewsroomSettings(*m_newsroom).value(NewsroomSettings::portalMapping).value_or(QString());
    if (!mappingFile.isEmpty()) {
        auto loaded = PortalMapping::load(mappingFile);
        if (!loaded)
            return fail(loaded.error());
        mapping = loaded.value();
    }
    if (mapping.forWordPress)
        return fail({ErrorCode::InvalidInput, tr("The mapping %1 is for a WordPress site, and the portal %2 is a database.")
                                                  .arg(mappingFile, portal.value()->display())});
    const bool dryRun = m_parser.isSet(u"dry-run"_s);
    PortalSync sync(*m_newsroom, *portal.value(), mapping);
    sync.setRetryPolicy(retry);
    auto synced = settleAndRun(sync, dryRun);
    if (!synced)
        return fail(synced.error());
    const SyncSummary &summary = synced.value();
    // The Công báo's approved issues go with the articles.
    GazetteSync gazette(*m_newsroom, *portal.value(), mapping.gazettePdfDirectory);
    GazetteSyncSummary issues;
    int digestsSent = 0;
    if (auto pendingIssues = gazette.pendingCount(); !pendingIssues) {
        return fail(pendingIssues.error());
    } else if (pendingIssues.value() > 0 && !dryRun) {
        auto sent = gazette.run();
        if (!sent)
            return fail(sent.error());
        issues = sent.value();
    }
    // And the approved press digests.
    DigestSync digests(*m_newsroom, *portal.value());
    if (auto pendingDigests = digests.pendingCount(); !pendingDigests) {
        return fail(pendingDigests.error());
    } else if (pendingDigests.value() > 0 && !dryRun) {
        auto sent = digests.run();
        if (!sent)
            return fail(sent.error());
        digestsSent = sent->published + sent->withdrawn;
        issues.errors += sent->errors;
    }
    // And the answers to citizens' questions a chief published.
    QuestionSync answers(*m_newsroom, *portal.value());
    int answersSent = 0;
    if (auto pendingAnswers = answers.pendingCount(); !pendingAnswers) {
        return fail(pendingAnswers.error());
    } else if (pendingAnswers.value() > 0 && !dryRun) {
        auto sent = answers.run();
        if (!sent)
            return fail(sent.error());
        answersSent = sent->published + sent->withdrawn;
        issues.errors += sent->errors;
    }
    printSyncSummary(summary, dryRun, issues, digestsSent, answersSent);
    return summary.allDone() && issues.errors.isEmpty() ? 0 : someItemsNotSynced;
}

int CliRunner::runWordPressSync(const QString &address, RetryPolicy retry)
{
    auto site = WordPressSite::parse(address);
    if (!site)
        return fail(site.error());
    const QString password = qEnvironmentVariable("PORTALDESK_PORTAL_PASSWORD");
    if (password.isEmpty())
        return fail({ErrorCode::InvalidInput, tr("Set PORTALDESK_PORTAL_PASSWORD to the Application Password of the WordPress "
                                                 "user %1 (in WordPress: Users, Profile, Application Passwords).")
                                                  .arg(site->user)});
    PortalMapping mapping;
    mapping.forWordPress = true;
    QString mappingFile = m_parser.value(u"mapping"_s);
    if (mappingFile.isEmpty() && !m_parser.isSet(u"portal"_s))
        mappingFile = NewsroomSettings(*m_newsroom).value(NewsroomSettings::portalMapping).value_or(QString());
    if (!mappingFile.isEmpty()) {
        auto loaded = PortalMapping::load(mappingFile);
        if (!loaded)
            return fail(loaded.error());
        if (!loaded->forWordPress)
            return fail({ErrorCode::InvalidInput, tr("The mapping %1 describes a database table; a WordPress site takes a "
                                                     "mapping with a \"wordpress\" object (README, \"WordPress (REST API)\").").arg(mappingFile)});
        mapping = loaded.value();
    }
    WordPressClient client(site.value(), password);
    WordPressSync sync(*m_newsroom, client, mapping);
    sync.setRetryPolicy(retry);
    const bool dryRun = m_parser.isSet(u"dry-run"_s);
    auto synced = settleAndRun(sync, dryRun);
    if (!synced)
        return fail(synced.error());
    printSyncSummary(synced.value(), dryRun, {}, 0);
    return synced->allDone() ? 0 : someItemsNotSynced;
}

} // namespace PortalDesk::Models
