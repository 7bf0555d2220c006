// portaldesk-cli digest …: the press digest's night job.
#include "clirunner.h"

#include "clippings.h"
#include "digestbuilder.h"
#include "digestreview.h"
#include "digeststore.h"
#include "feedfetcher.h"
#include "limitedfile.h"
#include "newsroom.h"
#include "newsroomsettings.h"

#include <QEventLoop>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

int CliRunner::runDigest(const QStringList &command)
{
    const QString what = command.value(1);
    const QString verb = command.value(2);
    DigestStore store(*m_newsroom);
    if (what == u"feeds" && verb == u"import" && command.size() == 4) {
        auto opml = LimitedFile::read(command.at(3), maxOpmlBytes,
                                      tr("%1 is %2; a list of feeds (OPML) may be at most %3."));
        if (!opml)
            return fail(opml.error());
        auto added = store.importOpml(opml.value());
        if (!added)
            return fail({added.error().code, QStringLiteral("%1: %2").arg(command.at(3), added.error().message)});
        m_out << tr("Added %n feed(s).", nullptr, added.value()) << '\n';
        return 0;
    }
    if (what == u"feeds" && verb == u"export" && command.size() == 3) {
        auto opml = store.exportOpml();
        if (!opml)
            return fail(opml.error());
        m_out << QString::fromUtf8(opml.value());
        return 0;
    }
    if (what == u"feeds" && verb == u"list" && command.size() == 3) {
        auto feeds = store.feeds();
        if (!feeds)
            return fail(feeds.error());
        for (const DigestFeed &feed : std::as_const(feeds.value())) {
            m_out << feed.id << '\t' << (feed.enabled ? (feed.lastStatus.isEmpty() ? u"new"_s : feed.lastStatus) : u"disabled"_s) << '\t'
                  << feed.title << '\t' << feed.url << (feed.lastError.isEmpty() ? QString() : u"\t"_s + feed.lastError) << '\n';
        }
        return 0;
    }
    if (what == u"rule" && verb == u"add" && command.size() == 4) {
        DigestRule rule{0, command.at(3), m_parser.value(u"section"_s), m_parser.value(u"concerns"_s), m_parser.isSet(u"exclude"_s)};
        if (!rule.section.isEmpty()) {
            auto sections = store.sections();
            if (!sections)
                return fail(sections.error());
            if (!sections->contains(rule.section))
                return usage(tr("Unknown section \"%1\"; the sections are: %2.").arg(rule.section, sections->join(u"; "_s)));
        }
        auto added = store.addRule(rule);
        if (!added)
            return fail(added.error());
        m_out << added->id << '\n';
        return 0;
    }
    if (what == u"rule" && verb == u"list" && command.size() == 3) {
        auto rules = store.rules();
        if (!rules)
            return fail(rules.error());
        for (const DigestRule &rule : std::as_const(rules.value()))
            m_out << rule.id << '\t' << (rule.exclude ? u"exclude"_s : u"include"_s) << '\t' << rule.phrase << '\t' << rule.section << '\t'
                  << rule.concerns << '\n';
        return 0;
    }
    if (what == u"fetch" && command.size() == 2)
        return digestFetch();
    if (what == u"save" && command.size() == 2)
        return digestSave();
    if (what == u"clip" && command.size() == 2)
        return digestClip();
    if (command.size() == 2 && ReviewRules::actionFromKey(what))
        return digestAction(*ReviewRules::actionFromKey(what));
    if (what == u"build" && command.size() == 2)
        return digestBuild();
    return usage(tr("Use: digest feeds import FILE.opml | feeds list | feeds export | rule add PHRASE [--section S] "
                    "[--concerns UNIT] [--exclude] | rule list | fetch | save --date D | submit|approve|return|withdraw --date D | "
                    "build --date YYYY-MM-DD --out FILE."));
}

int CliRunner::digestFetch()
{
    auto feeds = DigestStore(*m_newsroom).feeds();
    if (!feeds)
        return fail(feeds.error());
    FeedFetcher fetcher(*m_newsroom);
    if (m_parser.isSet(u"deadline"_s)) {
        bool ok = false;
        const int seconds = m_parser.value(u"deadline"_s).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return usage(tr("--deadline takes a number of seconds from 1 to 3600."));
        fetcher.setDeadline(seconds * 1000);
    }
    QList<FeedResult> results;
    QEventLoop loop;
    QObject::connect(&fetcher, &FeedFetcher::finished, &loop, [&](const QList<FeedResult> &all) {
        results = all;
        loop.quit();
    });
    int failed = 0;
    int fresh = 0;
    // A line per feed as it ends: a long night's fetch shows its progress.
    QObject::connect(&fetcher, &FeedFetcher::feedFinished, &loop, [&](const FeedResult &result) {
        if (result.status == u"error") {
            ++failed;
            m_out << tr("error\t%1: %2").arg(result.title, result.message) << '\n';
        } else if (result.status == u"not-modified") {
            m_out << tr("unchanged\t%1").arg(result.title) << '\n';
        } else {
            fresh += result.newItems;
            m_out << tr("ok\t%1: %n new item(s)", nullptr, result.newItems).arg(result.title)
                  << (result.message.isEmpty() ? QString() : u" ("_s + result.message + u')') << '\n';
        }
        m_out.flush();
    });
    fetcher.fetch(feeds.value());
    loop.exec();
    m_out << tr("%1 of %2 feeds fetched, %n new item(s).", nullptr, fresh).arg(results.size() - failed).arg(results.size()) << '\n';
    // Some feeds failing is a normal night; all of them is not.
    return !results.isEmpty() && failed == results.size() ? 1 : 0;
}

int CliRunner::digestBuild()
{
    const QDate day = QDate::fromString(m_parser.value(u"date"_s), Qt::ISODate);
    if (!day.isValid())
        return usage(tr("digest build needs --date YYYY-MM-DD."));
    const QString out = m_parser.value(u"out"_s);
    if (out.isEmpty())
        return usage(tr("digest build needs --out FILE.pdf, FILE.odt or FILE.html."));
    const QString office = digestOffice();
    DigestStore store(*m_newsroom);
    // The day's saved digest, as staff composed it; else a fresh draft.
    auto saved = DigestReview(*m_newsroom).forDay(day);
    if (!saved)
        return fail(saved.error());
    auto draft = saved->has_value() ? Result<DigestDraft>(saved->value().draft) : DigestBuilder::draft(store, day, office);
    if (!draft)
        return fail(draft.error());
    auto sections = store.sections();
    if (!sections)
        return fail(sections.error());
    if (Status written = DigestBuilder::write(draft.value(), sections.value(), out); !written)
        return fail(written.error());
    m_out << tr("Wrote %1: %n story(ies).", nullptr, int(draft->entries.size())).arg(out) << '\n';
    return 0;
}

QString CliRunner::digestOffice() const
{
    QString office = m_parser.value(u"office"_s);
    if (office.isEmpty()) {
        const QString province = NewsroomSettings(*m_newsroom).value(NewsroomSettings::provinceName).value_or(QString());
        office = province.isEmpty() ? u"Cổng Thông tin điện tử"_s : u"Cổng Thông tin điện tử tỉnh "_s + province;
    }
    return office;
}

int CliRunner::digestClip()
{
    const QString path = m_parser.value(u"file"_s);
    if (path.isEmpty())
        return usage(tr("digest clip needs --file with the saved page (.html) or the text."));
    auto read = LimitedFile::read(path, maxClippingBytes, tr("%1 is %2; a saved page or clipping may be at most %3."));
    if (!read)
        return fail(read.error());
    const QByteArray &bytes = read.value();
    const QDate day = m_parser.isSet(u"date"_s) ? QDate::fromString(m_parser.value(u"date"_s), Qt::ISODate) : QDate::currentDate();
    if (!day.isValid())
        return usage(tr("--date takes YYYY-MM-DD."));
    Result<DigestItem> item = Error{};
    if (m_parser.isSet(u"paper"_s)) {
        item = Clippings::fromPrint(m_parser.value(u"paper"_s), day, m_parser.value(u"page"_s), m_parser.value(u"title"_s),
                                    QString::fromUtf8(bytes));
    } else if (path.endsWith(u".html"_s, Qt::CaseInsensitive) || path.endsWith(u".htm"_s, Qt::CaseInsensitive)) {
        item = Clippings::fromHtml(bytes, m_parser.value(u"url"_s), m_parser.value(u"outlet"_s), QDateTime(day, QTime(6, 0)));
        if (item && item->outlet.isEmpty())
            item->outlet = QUrl(item->url).host();
        if (item && item->outlet.isEmpty())
            return usage(tr("Say which paper or site the page is from: --outlet NAME or --url URL."));
    } else {
        item = Clippings::fromText(QString::fromUtf8(bytes), m_parser.value(u"title"_s), m_parser.value(u"url"_s),
                                   m_parser.value(u"outlet"_s), QDateTime(day, QTime(6, 0)));
    }
    if (!item)
        return fail({item.error().code, QStringLiteral("%1: %2").arg(path, item.error().message)});
    auto added = DigestStore(*m_newsroom).addItems({item.value()});
    if (!added)
        return fail(added.error());
    m_out << (added.value() ? tr("Added \"%1\".").arg(item->title) : tr("\"%1\" was already there.").arg(item->title)) << '\n';
    return 0;
}

int CliRunner::digestSave()
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("Saving the digest needs --as LOGIN.")});
    const QDate day = QDate::fromString(m_parser.value(u"date"_s), Qt::ISODate);
    if (!day.isValid())
        return usage(tr("digest save needs --date YYYY-MM-DD."));
    DigestStore store(*m_newsroom);
    auto draft = DigestBuilder::draft(store, day, digestOffice());
    if (!draft)
        return fail(draft.error());
    DigestReview review(*m_newsroom);
    auto existing = review.forDay(day);
    if (!existing)
        return fail(existing.error());
    auto saved = review.save(draft.value(), existing->has_value() ? existing->value().version : 0, *m_user);
    if (!saved)
        return fail(saved.error());
    m_out << saved->id << '\n';
    return 0;
}

int CliRunner::digestAction(ReviewAction action)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    const QDate day = QDate::fromString(m_parser.value(u"date"_s), Qt::ISODate);
    if (!day.isValid())
        return usage(tr("This needs --date YYYY-MM-DD."));
    auto state = DigestReview(*m_newsroom).perform(day, action, *m_user, m_parser.value(u"reason"_s));
    if (!state)
        return fail(state.error());
    m_out << articleStateKey(state.value()) << '\n';
    return 0;
}

} // namespace PortalDesk::Models
