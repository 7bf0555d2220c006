// portaldesk-cli gazette …: the Công báo's documents and issues.
#include "clirunner.h"

#include "documentimport.h"
#include "gazetteprint.h"
#include "gazettestore.h"
#include "legalstructure.h"
#include "newsroom.h"
#include "newsroomsettings.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// `gazette doc check` exits with this when it finds structure problems.
constexpr int problemsFound = 7;

} // namespace

int CliRunner::runGazette(const QStringList &command)
{
    const QString what = command.value(1);
    const QString verb = command.value(2);
    if (what == u"doc" && verb == u"import")
        return gazetteImport(command);
    if (what == u"doc" && verb == u"check")
        return gazetteCheck(command);
    if (what == u"doc" && verb == u"list" && command.size() == 3)
        return gazetteList();
    if (what == u"issue" && verb == u"new" && command.size() == 3)
        return gazetteNewIssue();
    if (what == u"issue" && verb == u"add" && command.size() >= 5)
        return gazetteAdd(command.at(3), command.mid(4));
    if (what == u"issue" && verb == u"show" && command.size() == 4)
        return gazetteShowIssue(command.at(3));
    if (what == u"issue" && verb == u"export" && command.size() == 4)
        return gazetteExport(command.at(3));
    if ((what == u"doc" || what == u"issue") && command.size() == 4 && ReviewRules::actionFromKey(verb))
        return gazetteAction(*ReviewRules::actionFromKey(verb), command.at(3));
    return usage(tr("Use: gazette doc import|check|list|submit|approve|return|withdraw …, or "
                    "gazette issue new|add|show|export|submit|approve|return|withdraw …; see --help."));
}

Result<LegalDocumentMeta> CliRunner::gazetteMeta() const
{
    for (const char *required : {"type", "symbol", "issuer", "signed", "summary"}) {
        if (!m_parser.isSet(QString::fromLatin1(required)))
            return Error{ErrorCode::InvalidInput, tr("gazette doc import needs --%1.").arg(QString::fromLatin1(required))};
    }
    // Arguments are read as UTF-8; bytes that are not become U+FFFD, which
    // would print as "��" in the table of contents.
    for (const char *text : {"type", "symbol", "issuer", "summary", "signer", "signer-title"}) {
        if (m_parser.value(QString::fromLatin1(text)).contains(QChar::ReplacementCharacter))
            return Error{ErrorCode::InvalidInput,
                         tr("--%1 is not valid UTF-8 text; check the encoding of the terminal or script.").arg(QString::fromLatin1(text))};
    }
    LegalDocumentMeta meta;
    meta.typeKey = m_parser.value(u"type"_s);
    meta.symbol = m_parser.value(u"symbol"_s);
    meta.issuer = m_parser.value(u"issuer"_s);
    meta.signedOn = QDate::fromString(m_parser.value(u"signed"_s), Qt::ISODate);
    if (!meta.signedOn.isValid())
        return Error{ErrorCode::InvalidInput, tr("--signed takes a date as YYYY-MM-DD, not \"%1\".").arg(m_parser.value(u"signed"_s))};
    if (m_parser.isSet(u"effective"_s)) {
        meta.effectiveOn = QDate::fromString(m_parser.value(u"effective"_s), Qt::ISODate);
        if (!meta.effectiveOn.isValid())
            return Error{ErrorCode::InvalidInput, tr("--effective takes a date as YYYY-MM-DD.")};
    }
    meta.signer = m_parser.value(u"signer"_s);
    meta.signerTitle = m_parser.value(u"signer-title"_s);
    meta.summary = m_parser.value(u"summary"_s);
    const QString part = m_parser.value(u"part"_s);
    if (!part.isEmpty() && part != u"1" && part != u"2")
        return Error{ErrorCode::InvalidInput, tr("--part is 1 (legal normative documents) or 2 (other documents).")};
    meta.part = part == u"1" ? GazettePart::Normative : GazettePart::Other;
    return meta;
}

int CliRunner::gazetteImport(const QStringList &command)
{
    if (command.size() != 4)
        return usage(tr("Use: gazette doc import FILE --type TYPE --symbol SYMBOL --issuer BODY --signed YYYY-MM-DD --summary TEXT [--part 1|2]."));
    if (!m_user)
        return fail({ErrorCode::Denied, tr("Importing a document needs --as LOGIN.")});
    auto meta = gazetteMeta();
    if (!meta)
        return fail(meta.error());
    auto imported = DocumentImport::fromFile(command.at(3));
    if (!imported)
        return fail(imported.error());
    if (imported->convertedFrom != LegacyEncoding::None) {
        m_err << tr("portaldesk-cli: note: the text was in %1 and was converted to Unicode.").arg(legacyEncodingName(imported->convertedFrom))
              << '\n';
    }
    if (imported->headingLinesDropped > 0) {
        m_err << tr("portaldesk-cli: note: the document's own heading (%n line(s): number, motto, type and summary) was left out; "
                    "the Công báo prints it from the metadata.", nullptr, imported->headingLinesDropped)
              << '\n';
    }
    auto added = GazetteStore(*m_newsroom).addDocument(meta.value(), imported->text, &imported.value(), *m_user);
    if (!added)
        return fail(added.error());
    m_out << added->id << '\n';
    return 0;
}

int CliRunner::gazetteCheck(const QStringList &command)
{
    QString text;
    QString name;
    // A file's lines are counted as in the file: the heading the import
    // leaves out still counts.
    int firstLine = 0;
    GazetteStore store(*m_newsroom);
    if (m_parser.isSet(u"file"_s) && command.size() == 3) {
        auto imported = DocumentImport::fromFile(m_parser.value(u"file"_s));
        if (!imported)
            return fail(imported.error());
        text = imported->text;
        firstLine = imported->headingLinesDropped;
        name = QFileInfo(m_parser.value(u"file"_s)).fileName();
    } else if (command.size() == 4 && !m_parser.isSet(u"file"_s)) {
        auto document = store.document(command.at(3));
        if (!document)
            return fail(document.error());
        text = document->body;
        name = document->meta.symbol;
    } else {
        return usage(tr("Use: gazette doc check ID, or gazette doc check --file FILE."));
    }
    const LegalStructure structure = LegalStructureParser::parse(text);
    const auto unknown = LegalStructureParser::unknownCitations(structure, [&](const QString &symbol) {
        return store.isKnownSymbol(symbol);
    });
    if (m_parser.isSet(u"json"_s)) {
        const auto list = [firstLine](const QList<LegalProblem> &problems) {
            QJsonArray array;
            for (const LegalProblem &problem : problems)
                array.append(QJsonObject{{u"line"_s, firstLine + problem.line + 1}, {u"message"_s, problem.message}});
            return array;
        };
        printJson(QJsonObject{{u"problems"_s, list(structure.problems)},
                              {u"notes"_s, list(structure.notes)},
                              {u"citations_not_in_store"_s, list(unknown)}});
    } else {
        for (const LegalProblem &problem : structure.problems)
            m_out << name << ':' << firstLine + problem.line + 1 << ": " << problem.message << '\n';
        for (const LegalProblem &note : structure.notes)
            m_out << name << ':' << firstLine + note.line + 1 << ": " << tr("note: %1").arg(note.message) << '\n';
        for (const LegalProblem &note : unknown)
            m_out << name << ':' << firstLine + note.line + 1 << ": " << tr("note: %1").arg(note.message) << '\n';
        if (structure.problems.isEmpty())
            m_out << tr("%1: the structure is in order (%n Điều).", nullptr,
                        int(std::count_if(structure.outline.cbegin(), structure.outline.cend(),
                                          [](const LegalHeading &h) { return h.level == LegalLevel::Article; })))
                         .arg(name)
                  << '\n';
    }
    return structure.problems.isEmpty() ? 0 : problemsFound;
}

int CliRunner::gazetteList()
{
    auto documents = GazetteStore(*m_newsroom).documents();
    if (!documents)
        return fail(documents.error());
    for (const GazetteDocument &d : std::as_const(documents.value())) {
        m_out << d.id << '\t' << d.meta.symbol << '\t' << articleStateKey(d.state) << '\t'
              << d.meta.signedOn.toString(Qt::ISODate) << '\t' << d.meta.summary << '\n';
    }
    return 0;
}

int CliRunner::gazetteNewIssue()
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("Opening an issue needs --as LOGIN.")});
    bool ok = false;
    const int year = m_parser.value(u"year"_s).toInt(&ok);
    if (!ok || year < 1945 || year > 9999)
        return usage(tr("gazette issue new needs --year YYYY."));
    const auto number = GazetteIssueNumber::parse(m_parser.value(u"number"_s));
    if (!number)
        return usage(tr("--number takes an issue number, or two joined for a combined issue: 15 or 15+16."));
    const QDate date = QDate::fromString(m_parser.value(u"date"_s), Qt::ISODate);
    if (!date.isValid())
        return usage(tr("gazette issue new needs --date YYYY-MM-DD."));
    auto issue = GazetteStore(*m_newsroom).newIssue(year, *number, date, *m_user);
    if (!issue)
        return fail(issue.error());
    m_out << issue->id << '\n';
    return 0;
}

int CliRunner::gazetteAdd(const QString &issueId, const QStringList &documentIds)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("Changing an issue needs --as LOGIN.")});
    if (Status added = GazetteStore(*m_newsroom).addToIssue(issueId, documentIds, *m_user); !added)
        return fail(added.error());
    return gazetteShowIssue(issueId);
}

int CliRunner::gazetteShowIssue(const QString &issueId)
{
    GazetteStore store(*m_newsroom);
    auto issue = store.issue(issueId);
    if (!issue)
        return fail(issue.error());
    auto contents = store.issueContents(issueId);
    if (!contents)
        return fail(contents.error());
    m_out << tr("Số %1/%2, %3, %4").arg(issue->number.text()).arg(issue->year)
                 .arg(issue->publishedOn.toString(Qt::ISODate), articleStateKey(issue->state))
          << '\n';
    for (const GazetteDocument &d : std::as_const(contents.value()))
        m_out << d.id << '\t' << d.meta.symbol << '\t' << articleStateKey(d.state) << '\t' << d.meta.summary << '\n';
    return 0;
}

int CliRunner::gazetteExport(const QString &issueId)
{
    const QString out = m_parser.value(u"out"_s);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != u"pdf" && suffix != u"odt"))
        return usage(tr("gazette issue export needs --out FILE.pdf or --out FILE.odt."));
    NewsroomSettings settings(*m_newsroom);
    QString province = m_parser.value(u"province"_s).trimmed();
    if (province.isEmpty()) {
        province = settings.value(NewsroomSettings::provinceName).value_or(QString());
    } else if (Status saved = settings.setValue(NewsroomSettings::provinceName, province); !saved) {
        return fail(saved.error());
    }
    if (province.isEmpty())
        return usage(tr("The cover names the province: give it once with --province NAME (e.g. --province \"Quảng Trị\")."));
    GazetteStore store(*m_newsroom);
    auto issue = store.issue(issueId);
    if (!issue)
        return fail(issue.error());
    auto contents = store.issueContents(issueId);
    if (!contents)
        return fail(contents.error());
    GazettePrint print(issue.value(), contents.value(), province);
    if (Status written = suffix == u"pdf" ? print.writePdf(out) : print.writeOdt(out); !written)
        return fail(written.error());
    // Exported all the same: staff proofread drafts; the mark says what it is.
    for (const QString &reason : print.draftReasons())
        m_err << tr("portaldesk-cli: warning: printed as DỰ THẢO (draft): %1").arg(reason) << '\n';
    if (m_parser.isSet(u"json"_s)) {
        QJsonArray entries;
        for (const GazetteTocEntry &entry : print.contents())
            entries.append(QJsonObject{{u"id"_s, entry.documentId}, {u"title"_s, entry.title}, {u"page"_s, entry.page}});
        printJson(QJsonObject{{u"file"_s, out},
                              {u"pages"_s, print.pageCount()},
                              {u"contents"_s, entries},
                              {u"draft_reasons"_s, QJsonArray::fromStringList(print.draftReasons())}});
    } else {
        m_out << tr("Wrote %1 (%n page(s)).", nullptr, print.pageCount()).arg(out) << '\n';
    }
    return 0;
}

int CliRunner::gazetteAction(ReviewAction action, const QString &id)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    auto state = GazetteStore(*m_newsroom).perform(id, action, *m_user, m_parser.value(u"reason"_s));
    if (!state)
        return fail(state.error());
    m_out << articleStateKey(state.value()) << '\n';
    return 0;
}

} // namespace PortalDesk::Models
