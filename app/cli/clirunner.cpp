#include "clirunner.h"

#include "articleactions.h"
#include "articlestore.h"
#include "demodata.h"
#include "benchseed.h"
#include "localization.h"
#include "newsroom.h"
#include "newsroomurl.h"
#include "redaction.h"
#include "userstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

CliRunner::~CliRunner() = default;

int CliRunner::fail(const Error &error)
{
    // The models mask what they quote; this is the last guard for a
    // password in a URL or a verifier in a server's words.
    m_err << "portaldesk-cli: " << withoutSecrets(error.message) << '\n';
    m_err.flush();
    return int(error.code);
}

int CliRunner::usage(const QString &message)
{
    return fail({ErrorCode::InvalidInput, message});
}

QString CliRunner::commandsText() const
{
    // One source for --help and the manual page (climanpage.cpp reads its
    // lines of two spaces and a command). The second part was missing from
    // --help until the page's test compared it with the dispatch table.
    return tr(
        "Work with a PortalDesk newsroom from the command line.\n\n"
        "Commands:\n"
        "  init [--demo]                         create or migrate the newsroom; --demo adds demo users and articles\n"
        "  user add LOGIN --role R[,R...] [--name NAME]   password from PORTALDESK_NEW_PASSWORD\n"
        "  user list\n"
        "  admin user add LOGIN --role R[,R...] [--name NAME]   the same as user add; on PostgreSQL a server login role\n"
        "  admin user disable LOGIN              the user may no longer sign in; their work stays\n"
        "  article new --title T [--summary S] [--section S] [--body-file F]   prints the new id\n"
        "  article edit ID --base-version N [--title T] [--summary S] [--body-file F] [--lead-photo MEDIA_ID]\n"
        "  article submit|forward|approve|publish ID\n"
        "  article return|withdraw ID --reason TEXT\n"
        "  article schedule ID --at ISO8601\n"
        "  article show ID\n"
        "  article list [--state S] [--search Q]\n"
        "  article history ID                    revisions and audit entries, newest first\n"
        "  article unlock ID                     a chief editor frees an article someone is editing (audited)\n"
        "  article diff ID REV_A REV_B           word-level diff between two revisions\n"
        "  comment add ID TEXT\n"
        "  publish-due                           publish the scheduled articles whose time has come\n"
        "  bench seed --articles N [--state S]   bulk realistic articles for benchmarks\n"
        "  portal init [--portal URL]            create the reference portal schema (default: portal.sqlite beside the newsroom)\n"
        "  sync [--portal URL] [--mapping FILE] [--dry-run]   send what was published, corrected or withdrawn to the portal; exit 6 if some items were not\n"
        "  sync --overwrite ID                   settle a conflict by keeping the newsroom's text\n"
        "  sync --take-portal ID --as LOGIN      settle a conflict by taking the portal's text back as a new revision\n"
        "  gazette doc import FILE.docx|FILE.odt|FILE.txt --type TYPE --symbol SYMBOL --issuer BODY --signed YYYY-MM-DD\n"
        "                     --summary TEXT [--part 1|2] [--effective DATE] [--signer NAME] [--signer-title TITLE]   prints the new id\n"
        "  gazette doc check ID | --file F       list structure problems; exit 7 when there are some\n"
        "  gazette doc list\n"
        "  gazette issue new --year Y --number N[+M] --date DATE   prints the issue id\n"
        "  gazette issue add ISSUE DOC_ID...\n"
        "  gazette issue show ISSUE\n"
        "  gazette issue export ISSUE --out FILE.pdf|FILE.odt [--province NAME]\n"
        "  gazette doc|issue submit|approve|return|withdraw ID [--reason TEXT]\n"
        "  digest feeds import FILE.opml | feeds list | feeds export\n"
        "  digest rule add PHRASE [--section S] [--concerns UNIT] [--exclude] | rule list\n"
        "  digest fetch [--deadline S]           fetch every enabled feed, a line per feed as it ends; exit 1 only when all fail\n"
        "  digest clip --file PAGE.html|TEXT.txt [--url URL] [--outlet NAME] [--title T] [--date D]   a web clipping\n"
        "  digest clip --paper NAME --page P --date D --file TEXT.txt [--title T]   a print clipping\n"
        "  digest save --date D --as LOGIN       keep the day's draft as its digest, for review\n"
        "  digest submit|approve|return|withdraw --date D --as LOGIN [--reason TEXT]\n"
        "  digest build --date YYYY-MM-DD --out FILE.pdf|FILE.odt|FILE.html [--office NAME]   the saved digest, else a fresh draft\n"
        "  media add FILE... [--caption T] [--credit C] [--alt A]   JPEG, PNG, WebP, HEIC, AVIF or TIFF photos; prints their ids\n"
        "  media list [--search Q] [--limit N]   newest first; Q matches caption, credit and alt text, accents optional\n"
        "  media show ID                         size, type, caption, credit and the renditions\n"
        "  media describe ID [--caption T] [--credit C] [--alt A]   the uploader or an editor changes the description\n"
        "  media export ID original|web|thumb --out FILE   the stored file (web and thumb carry no EXIF, no GPS)\n"
        "  royalty schedule import FILE          a royalty schedule (JSON, README \"Royalties\"); chief editors and admins\n"
        "  royalty schedule show [--json]        the schedule new grades are made under\n"
        "  royalty contributor add CODE --name NAME [--unit UNIT] | contributor list   outside contributors who are paid\n"
        "  royalty grade ID --category CODE --coefficient X [--bonus PERCENT] [--photo MEDIA_ID] [--share LOGIN:PERCENT[:CODE] ...]\n"
        "                                        a chief editor grades an approved or published article or one of its photos\n"
        "  royalty ungrade ID [--photo MEDIA_ID] | royalty show ID [--json]\n"
        "  royalty ungraded --month YYYY-MM      the month's published works not graded yet\n"
        "  royalty statement --month YYYY-MM [--json] [--out FILE.pdf|FILE.ods|FILE.csv]   what each is paid\n"
        "  royalty close --month YYYY-MM | royalty reopen --month YYYY-MM --reason TEXT")
        + u'\n' + tr(
        "  user disable LOGIN                    the same as admin user disable\n"
        "  qa pull                               take new citizens' questions from the portal\n"
        "  qa list|overdue [--state S] [--agency A]   the questions, or those past their due day\n"
        "  qa show ID\n"
        "  qa assign|answer|submit|approve|publish|return|reject|merge ID   [--agency A] [--due DAY] [--letter T] [--letter-date DAY] [--into ID] [--reason TEXT]\n"
        "  qa stats --month YYYY-MM              questions received, answered and overdue\n"
        "  qa workdays --from DAY --days N       the working day N working days later\n"
        "  qa calendar list | set DAY off|work [--reason NOTE] | unset DAY   days off and make-up working days\n"
        "  qa erase-expired                      erase the contact details kept past their time\n"
        "  agency add|disable|enable NAME | agency list   the agencies questions are assigned to");
}

void CliRunner::addOptions()
{
    m_parser.setApplicationDescription(commandsText());
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    const auto option = [this](const char *name, const QString &description, const QString &valueName = {}) {
        m_options.append(QCommandLineOption(QString::fromLatin1(name), description, valueName));
        m_parser.addOption(m_options.last());
    };
    option("db", tr("Newsroom: a file, sqlite:PATH or postgresql://[user@]host[:port]/dbname; default: the embedded newsroom."), tr("url"));
    option("as", tr("Act as this user; the password comes from PORTALDESK_PASSWORD."), tr("login"));
    option("json", tr("Print JSON instead of text."));
    option("lang", tr("Language of messages: vi or en."), tr("language"));
    option("demo", tr("init: add demo users (password \"demo\") and articles."));
    option("role", tr("user add: roles, comma-separated."), tr("roles"));
    option("name", tr("user add: full name."), tr("name"));
    option("title", tr("article, digest clip: the title."), tr("text"));
    option("summary", tr("article: the sapo; gazette doc import: the trích yếu."), tr("text"));
    option("section", tr("article new, digest rule add: the section."), tr("name"));
    option("body-file", tr("article: read the Markdown body from this file (- for standard input)."), tr("file"));
    option("base-version", tr("article edit: the version the edit is based on."), tr("n"));
    option("lead-photo", tr("article edit: the photo that leads the article (empty for none)."), tr("id"));
    option("reason", tr("article return, withdraw: why."), tr("text"));
    option("at", tr("article schedule: when to publish (ISO 8601)."), tr("time"));
    option("state", tr("article list, bench seed: the state."), tr("state"));
    option("search", tr("article list, media list: search the articles or photos (accents optional)."), tr("query"));
    option("articles", tr("bench seed: how many articles."), tr("n"));
    option("portal", tr("portal, sync: the portal database, sqlite:PATH, postgresql://[user@]host[:port]/dbname or mysql://[user@]host[:port]/dbname; or a WordPress site, https://USER@site.example/."), tr("url"));
    option("dry-run", tr("sync: list what would change, write nothing."));
    option("overwrite", tr("sync: settle the conflict of this article by overwriting the portal's text."), tr("id"));
    option("take-portal", tr("sync: settle the conflict of this article by taking the portal's text back as a new revision."), tr("id"));
    option("retries", tr("sync: how often a batch that failed for a passing reason (lost connection, lock) is tried again; default 3."), tr("n"));
    option("mapping", tr("sync: write into another CMS's table as this JSON mapping file says, or map sections and authors onto a WordPress site's (README, \"Portal sync\")."), tr("file"));
    option("deadline", tr("digest fetch: the most seconds one feed's transfer may take, however slowly it trickles; default 60."), tr("seconds"));
    option("type", tr("gazette doc import: the document type (Nghị quyết, Quyết định, Chỉ thị, Kế hoạch, …)."), tr("type"));
    option("symbol", tr("gazette doc import: number and symbol, e.g. 15/2022/QĐ-UBND."), tr("symbol"));
    option("issuer", tr("gazette doc import: the issuing body (HĐND tỉnh, UBND tỉnh, …)."), tr("body"));
    option("signed", tr("gazette doc import: the signing date."), tr("date"));
    option("effective", tr("gazette doc import: the date it takes effect."), tr("date"));
    option("signer", tr("gazette doc import: who signed."), tr("name"));
    option("signer-title", tr("gazette doc import: the signer's title, e.g. \"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH\"."), tr("title"));
    option("part", tr("gazette doc import: 1 for legal normative documents, 2 (the default) for others."), tr("n"));
    option("file", tr("gazette doc check: check this file without storing it; digest clip: the page or text."), tr("file"));
    option("year", tr("gazette issue new: the year."), tr("year"));
    option("number", tr("gazette issue new: the number, or 15+16 for a combined issue."), tr("n"));
    option("date", tr("gazette issue new: the publication date; digest build: the day."), tr("date"));
    option("out", tr("gazette issue export, digest build: the file to write."), tr("file"));
    option("province", tr("gazette issue export: the province named on the cover (kept for next time)."), tr("name"));
    option("concerns", tr("digest rule add: the sở, ngành or địa phương concerned."), tr("unit"));
    option("exclude", tr("digest rule add: items that match are left out."));
    option("office", tr("digest build: who sends the digest, printed at its top."), tr("name"));
    option("caption", tr("media add, media describe: the photo's caption."), tr("text"));
    option("credit", tr("media add, media describe: who took the photo, as printed under it."), tr("name"));
    option("alt", tr("media add, media describe: the photo described for readers who cannot see it."), tr("text"));
    option("limit", tr("media list: how many photos to list (100 by default)."), tr("n"));
    option("paper", tr("digest clip: the newspaper of a print clipping."), tr("name"));
    option("page", tr("digest clip: the page of a print clipping."), tr("page"));
    option("outlet", tr("digest clip: the paper or site of a web clipping."), tr("name"));
    option("url", tr("digest clip: the address of a web clipping."), tr("url"));
    option("category", tr("royalty grade: the genre's code in the schedule."), tr("code"));
    option("coefficient", tr("royalty grade: the coefficient, within the genre's range (2.5 allowed)."), tr("x"));
    option("bonus", tr("royalty grade: the extra for a work of high value, in percent."), tr("percent"));
    option("photo", tr("royalty grade, ungrade: grade this photo of the article instead of its text."), tr("id"));
    option("share", tr("royalty grade: who is paid and how much, LOGIN:PERCENT; authors' shares add up to 100; LOGIN:PERCENT:CODE for a remuneration. Repeat for each."), tr("share"));
    option("month", tr("royalty statement, ungraded, close, reopen: the month, YYYY-MM."), tr("month"));
    option("unit", tr("royalty contributor add: the contributor's unit or office."), tr("unit"));
    option("agency", tr("qa assign, list: the agency, by name."), tr("name"));
    option("due", tr("qa assign: the due date, YYYY-MM-DD (default: the newsroom's due period in working days)."), tr("day"));
    option("letter", tr("qa answer: the agency's letter, \"Công văn số …\"."), tr("text"));
    option("letter-date", tr("qa answer: the letter's date, YYYY-MM-DD."), tr("day"));
    option("into", tr("qa merge: the question kept."), tr("id"));
    option("from", tr("qa workdays: the first day, YYYY-MM-DD."), tr("day"));
    option("days", tr("qa workdays: how many working days later."), tr("n"));
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("See the list of commands above."));
    // For the package's build: the manual page is printed by the program it
    // documents, so that it lists the options and commands this build has.
    QCommandLineOption man(QStringLiteral("man"), QStringLiteral("Print the manual page (roff)."));
    man.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(man);
}

const QHash<QString, CliRunner::Runner> &CliRunner::runners()
{
    static const QHash<QString, Runner> table{
        {QStringLiteral("init"), &CliRunner::runInit},
        {QStringLiteral("user"), &CliRunner::runUser},
        {QStringLiteral("admin"), &CliRunner::runAdmin},
        {QStringLiteral("article"), &CliRunner::runArticle},
        {QStringLiteral("comment"), &CliRunner::runComment},
        {QStringLiteral("publish-due"), &CliRunner::runPublishDue},
        {QStringLiteral("bench"), &CliRunner::runBench},
        {QStringLiteral("portal"), &CliRunner::runPortal},
        {QStringLiteral("sync"), &CliRunner::runSync},
        {QStringLiteral("gazette"), &CliRunner::runGazette},
        {QStringLiteral("digest"), &CliRunner::runDigest},
        {QStringLiteral("media"), &CliRunner::runMedia},
        {QStringLiteral("royalty"), &CliRunner::runRoyalty},
        {QStringLiteral("qa"), &CliRunner::runQa},
        {QStringLiteral("agency"), &CliRunner::runAgency},
    };
    return table;
}

QStringList CliRunner::commandVerbs()
{
    QStringList verbs = runners().keys();
    verbs.sort();
    return verbs;
}

int CliRunner::run(const QStringList &arguments)
{
    addOptions();
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("man"))) {
        m_out << manPage();
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }

    const QStringList command = m_parser.positionalArguments();
    if (command.isEmpty())
        return usage(tr("No command given; see --help."));
    const QString &verb = command.first();
    const auto runner = runners().constFind(verb);
    if (runner == runners().constEnd())
        return usage(tr("Unknown command '%1'; see --help.").arg(command.join(u' ')));

    // Before connecting: on a shared newsroom the password is the connection's.
    if (m_parser.isSet(QStringLiteral("as"))
        && !QProcessEnvironment::systemEnvironment().contains(QStringLiteral("PORTALDESK_PASSWORD")))
        return usage(tr("--as %1 needs the password in PORTALDESK_PASSWORD.").arg(m_parser.value(QStringLiteral("as"))));
    if (Status opened = openNewsroom(); !opened)
        return fail(opened.error());
    if (m_parser.isSet(QStringLiteral("as"))) {
        auto user = signIn();
        if (!user)
            return fail(user.error());
        m_user = user.value();
    }
    return (this->*runner.value())(command);
}

Status CliRunner::openNewsroom()
{
    NewsroomUrl url = NewsroomUrl::sqlite(defaultNewsroomPath());
    if (m_parser.isSet(QStringLiteral("db"))) {
        auto parsed = NewsroomUrl::parse(m_parser.value(QStringLiteral("db")));
        if (!parsed)
            return parsed.error();
        url = parsed.value();
    }
    // On PostgreSQL --as is the server role to connect as: the server, not
    // this program, then decides what the user may do.
    if (url.backend == NewsroomUrl::Backend::PostgreSql && m_parser.isSet(QStringLiteral("as"))) {
        url.user = m_parser.value(QStringLiteral("as"));
        url.password = env("PORTALDESK_PASSWORD");
    }
    auto newsroom = Newsroom::open(url);
    if (!newsroom)
        return newsroom.error();
    m_newsroom = std::move(newsroom.value());
    return Done{};
}

Result<User> CliRunner::signIn()
{
    return UserStore(*m_newsroom).authenticate(m_parser.value(QStringLiteral("as")), env("PORTALDESK_PASSWORD"));
}

int CliRunner::runInit(const QStringList &command)
{
    if (command.size() != 1)
        return usage(tr("init takes no arguments."));
    if (m_parser.isSet(QStringLiteral("demo"))) {
        auto added = DemoData::add(*m_newsroom);
        if (!added)
            return fail(added.error());
        m_out << tr("Added %n demo article(s) and the users chief, editor, reporter, digest, gazette, qa and admin "
                    "(password \"demo\").", nullptr, added.value())
              << '\n';
        auto questions = DemoData::addQuestions(*m_newsroom);
        if (!questions)
            return fail(questions.error());
        if (questions.value() > 0)
            m_out << tr("Added %n demo citizens' question(s), from just received to published.", nullptr, questions.value()) << '\n';
    }
    m_out << tr("Newsroom %1 is ready (schema version %2).").arg(m_newsroom->path()).arg(m_newsroom->schemaVersion())
          << '\n';
    return 0;
}

int CliRunner::runUser(const QStringList &command)
{
    UserStore users(*m_newsroom);
    if (command.size() == 2 && command.at(1) == u"list") {
        auto all = users.list();
        if (!all)
            return fail(all.error());
        if (m_parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const User &user : std::as_const(all.value())) {
                array.append(QJsonObject{{u"login"_s, user.login}, {u"name"_s, user.fullName},
                                         {u"roles"_s, QJsonArray::fromStringList(RoleNames::keys(user.roles))},
                                         {u"active"_s, user.active}});
            }
            printJson(array);
            return 0;
        }
        for (const User &user : std::as_const(all.value()))
            m_out << user.login << '\t' << RoleNames::keys(user.roles).join(u',') << '\t' << user.fullName << '\n';
        return 0;
    }
    if (command.size() == 3 && command.at(1) == u"add") {
        if (!m_parser.isSet(QStringLiteral("role")))
            return usage(tr("user add needs --role."));
        auto roles = RoleNames::parse(m_parser.value(QStringLiteral("role")));
        if (!roles)
            return fail(roles.error());
        if (!QProcessEnvironment::systemEnvironment().contains(QStringLiteral("PORTALDESK_NEW_PASSWORD")))
            return usage(tr("user add needs the new user's password in PORTALDESK_NEW_PASSWORD."));
        auto user = users.add(command.at(2), m_parser.value(QStringLiteral("name")), roles.value(),
                              env("PORTALDESK_NEW_PASSWORD"), m_user ? &*m_user : nullptr);
        if (!user)
            return fail(user.error());
        m_out << user->login << '\n';
        return 0;
    }
    if (command.size() == 3 && command.at(1) == u"disable") {
        if (Status disabled = users.disable(command.at(2), m_user ? &*m_user : nullptr); !disabled)
            return fail(disabled.error());
        m_out << tr("%1 may no longer sign in.").arg(command.at(2)) << '\n';
        return 0;
    }
    return usage(tr("Use: user add LOGIN --role R[,R...] [--name NAME], user disable LOGIN, or user list."));
}

int CliRunner::runAdmin(const QStringList &command)
{
    if (command.size() < 2 || command.at(1) != u"user")
        return usage(tr("Use: admin user add LOGIN --role R[,R...] [--name NAME], or admin user disable LOGIN."));
    return runUser(command.mid(1));
}

int CliRunner::runComment(const QStringList &command)
{
    if (command.size() != 4 || command.at(1) != u"add")
        return usage(tr("Use: comment add ID TEXT."));
    if (!m_user)
        return fail({ErrorCode::Denied, tr("Commenting needs --as LOGIN.")});
    auto comment = ArticleActions(*m_newsroom).comment(command.at(2), *m_user, command.at(3));
    if (!comment)
        return fail(comment.error());
    return 0;
}

int CliRunner::runPublishDue(const QStringList &command)
{
    if (command.size() != 1)
        return usage(tr("publish-due takes no arguments."));
    auto published = ArticleActions(*m_newsroom).publishDue(QDateTime::currentDateTimeUtc(), m_user ? &*m_user : nullptr);
    if (!published)
        return fail(published.error());
    m_out << tr("Published %n scheduled article(s).", nullptr, published.value()) << '\n';
    return 0;
}

int CliRunner::runBench(const QStringList &command)
{
    if (command.size() != 2 || command.at(1) != u"seed" || !m_parser.isSet(QStringLiteral("articles")))
        return usage(tr("Use: bench seed --articles N [--state S]."));
    bool ok = false;
    const qint64 count = m_parser.value(QStringLiteral("articles")).toLongLong(&ok);
    if (!ok || count < 1 || count > 100'000'000)
        return usage(tr("--articles needs a number from 1 to 100000000."));
    std::optional<ArticleState> state;
    if (m_parser.isSet(QStringLiteral("state"))) {
        state = articleStateFromKey(m_parser.value(QStringLiteral("state")));
        if (!state)
            return usage(tr("Unknown state '%1'.").arg(m_parser.value(QStringLiteral("state"))));
    }
    auto seeded = BenchSeed::run(*m_newsroom, count, state);
    if (!seeded)
        return fail(seeded.error());
    m_out << tr("Added %n article(s).", nullptr, int(qMin<qint64>(seeded.value(), INT_MAX))) << '\n';
    return 0;
}

void CliRunner::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace PortalDesk::Models
