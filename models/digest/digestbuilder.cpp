#include "digestbuilder.h"

#include "digestsorting.h"
#include "safeurl.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/FileSystemTemplateLoader>
#include <KTextTemplate/Template>

#include <QBuffer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace PortalDesk::Models {

namespace {

QString roman(int n)
{
    static const std::pair<int, const char *> digits[] = {{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    QString text;
    for (const auto &[amount, digit] : digits) {
        for (; n >= amount; n -= amount)
            text += QLatin1String(digit);
    }
    return text;
}

// The digest is a whole document of our own (head, inline styles, align),
// which sanitizedHtml() would strip of its layout; what in it comes from
// outside is made safe where it goes in instead. Titles, summaries, outlet
// names and units are plain text, escaped by KTextTemplate (autoescape);
// links pass safeUrl() and must be absolute, since an e-mail or a PDF has
// no address to resolve a relative one against: an outlet without such a
// link is named without one.
QString digestLink(const QString &url)
{
    const QString safe = safeUrl(url);
    return safe.isEmpty() || QUrl(safe).isRelative() ? QString() : safe;
}

QVariantHash entryVariant(const DigestEntry &entry)
{
    QVariantList outlets;
    for (const DigestEntry::Outlet &outlet : entry.outlets)
        outlets << QVariantHash{{QStringLiteral("name"), outlet.name}, {QStringLiteral("url"), digestLink(outlet.url)}};
    return {{QStringLiteral("title"), entry.title},
            {QStringLiteral("summary"), entry.summary},
            {QStringLiteral("outlets"), outlets},
            {QStringLiteral("concerns"), entry.concerns.join(QStringLiteral(", "))},
            {QStringLiteral("tone"), entry.tone}};
}

Status save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::Failed, DigestBuilder::tr("Cannot write %1: %2.").arg(path, file.errorString())};
    return Done{};
}

} // namespace

QString DigestBuilder::summaryOf(const QString &text, int limit)
{
    const QString clean = text.simplified();
    if (clean.size() <= limit)
        return clean;
    // Whole sentences while they fit; else cut at a word.
    qsizetype end = 0;
    for (qsizetype at = clean.indexOf(u'.'); at >= 0 && at < limit; at = clean.indexOf(u'.', at + 1)) {
        if (at + 1 == clean.size() || clean.at(at + 1) == u' ')
            end = at + 1;
    }
    if (end > 0)
        return clean.left(end);
    const qsizetype space = clean.lastIndexOf(u' ', limit);
    return clean.left(space > 0 ? space : limit) + QStringLiteral(" …");
}

Result<DigestDraft> DigestBuilder::draft(DigestStore &store, const QDate &day, const QString &office)
{
    auto items = store.itemsOn(day);
    if (!items)
        return items.error();
    auto rules = store.rules();
    if (!rules)
        return rules.error();
    auto sections = store.sections();
    if (!sections)
        return sections.error();
    auto feeds = store.feeds();
    if (!feeds)
        return feeds.error();
    if (rules->isEmpty())
        return Error{ErrorCode::InvalidInput, tr("There are no relevance rules yet: add the province's name, places and leaders first "
                                                 "(digest rule add PHRASE).")};
    const RelevanceRules matcher(rules.value());
    QList<DigestItem> relevant;
    QList<RelevanceMatch> matches;
    for (const DigestItem &item : std::as_const(items.value())) {
        RelevanceMatch match = matcher.match(item.title + u'\n' + item.body);
        if (match.relevant) {
            relevant << item;
            matches << match;
        }
    }
    // A feed item's link against the feed's address (items stored before
    // links were resolved when fetched may still be relative); a clipping's
    // is its page's own.
    QHash<qint64, QUrl> feedUrls;
    for (const DigestFeed &feed : std::as_const(feeds.value()))
        feedUrls.insert(feed.id, QUrl(feed.url));
    for (DigestItem &item : relevant)
        item.url = safeUrl(item.url, item.kind == u"feed" ? feedUrls.value(item.feedId) : QUrl());
    // Oldest first within a story: the first outlet to run it leads.
    DigestDraft draft{day, office, {}, {}};
    const QString fallback = sections->isEmpty() ? QString() : sections->constLast();
    for (const QList<int> &group : StoryClusters::cluster(relevant)) {
        DigestEntry entry;
        QList<int> ordered = group;
        std::sort(ordered.begin(), ordered.end(), [&](int a, int b) { return relevant[a].publishedAt < relevant[b].publishedAt; });
        const DigestItem &lead = relevant[ordered.first()];
        entry.title = lead.title;
        entry.summary = summaryOf(lead.body.isEmpty() ? lead.title : lead.body);
        QSet<QString> seen;
        for (int i : std::as_const(ordered)) {
            const DigestItem &item = relevant[i];
            entry.itemIds << item.id;
            // A print clipping is cited with its page, in Vietnamese like the
            // rest of the digest, whatever the desk speaks.
            const QString outlet = item.page.isEmpty() ? item.outlet : QStringLiteral("%1, trang %2").arg(item.outlet, item.page);
            if (!seen.contains(outlet)) {
                seen.insert(outlet);
                entry.outlets.append({outlet, item.url});
            }
            if (entry.section.isEmpty())
                entry.section = matches[i].section;
            for (const QString &unit : std::as_const(matches[i].concerns)) {
                if (!entry.concerns.contains(unit))
                    entry.concerns << unit;
            }
        }
        if (entry.section.isEmpty() || !sections->contains(entry.section))
            entry.section = fallback;
        draft.entries << entry;
    }
    return draft;
}

Result<QString> DigestBuilder::html(const DigestDraft &draft, const QStringList &sections)
{
    KTextTemplate::Engine engine;
    auto loader = QSharedPointer<KTextTemplate::FileSystemTemplateLoader>::create();
    loader->setTemplateDirs({QStringLiteral(":/templates")});
    engine.addTemplateLoader(loader);
    KTextTemplate::Template page = engine.loadByName(QStringLiteral("digest.html"));
    if (!page || page->error())
        return Error{ErrorCode::Failed, tr("The digest template cannot be read: %1.").arg(page ? page->errorString() : QString())};

    QVariantList negative;
    QVariantList sectionList;
    QSet<QString> outlets;
    int total = 0;
    for (const DigestEntry &entry : draft.entries) {
        ++total;
        for (const DigestEntry::Outlet &outlet : entry.outlets)
            outlets.insert(outlet.name);
        if (entry.tone == u"negative")
            negative << entryVariant(entry);
    }
    int numeral = 0;
    for (const QString &name : sections) {
        QVariantList entries;
        for (const DigestEntry &entry : draft.entries) {
            if (entry.section == name && entry.tone != u"negative")
                entries << entryVariant(entry);
        }
        if (!entries.isEmpty())
            sectionList << QVariantHash{{QStringLiteral("numeral"), roman(++numeral)}, {QStringLiteral("name"), name},
                                        {QStringLiteral("entries"), entries}};
    }
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    KTextTemplate::Context context;
    context.insert(QStringLiteral("title"), QStringLiteral("Bản tin điểm báo ngày %1").arg(draft.day.toString(QStringLiteral("dd/MM/yyyy"))));
    context.insert(QStringLiteral("date_text"), QStringLiteral("%1, ngày %2 tháng %3 năm %4")
                                                    .arg(vietnamese.dayName(draft.day.dayOfWeek()))
                                                    .arg(draft.day.day(), 2, 10, QChar(u'0'))
                                                    .arg(draft.day.month(), 2, 10, QChar(u'0'))
                                                    .arg(draft.day.year()));
    context.insert(QStringLiteral("office"), draft.office);
    context.insert(QStringLiteral("negative"), negative);
    context.insert(QStringLiteral("sections"), sectionList);
    context.insert(QStringLiteral("recommendations"), QVariant(draft.recommendations));
    context.insert(QStringLiteral("total"), total);
    context.insert(QStringLiteral("outlets_count"), int(outlets.size()));
    const QString rendered = page->render(&context);
    if (page->error())
        return Error{ErrorCode::Failed, tr("The digest template failed: %1.").arg(page->errorString())};
    return rendered;
}

Status DigestBuilder::write(const DigestDraft &draft, const QStringList &sections, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"odt" && suffix != u"html" && suffix != u"htm")
        return Error{ErrorCode::InvalidInput, tr("Write the digest as .pdf, .odt or .html, not \"%1\".").arg(QFileInfo(path).fileName())};
    auto page = html(draft, sections);
    if (!page)
        return page.error();
    if (suffix == u"html" || suffix == u"htm")
        return save(path, page->toUtf8());

    if (!QFontDatabase::families().contains(QStringLiteral("Liberation Serif")))
        return Error{ErrorCode::Failed, tr("The print face Liberation Serif is not installed (Debian package fonts-liberation).")};
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Liberation Serif"), 13));
    document.setHtml(page.value());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == u"odt") {
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document))
            return Error{ErrorCode::Failed, tr("Cannot write %1 as OpenDocument.").arg(path)};
    } else {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(25, 20, 20, 20), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("Bản tin điểm báo ngày %1").arg(draft.day.toString(QStringLiteral("dd/MM/yyyy"))));
        writer.setCreator(QStringLiteral("PortalDesk"));
        document.print(&writer);
    }
    return save(path, bytes);
}

} // namespace PortalDesk::Models
