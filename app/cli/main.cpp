// portaldesk-cli: the newsroom from a terminal or a night job.
// Exit codes (README): 0 ok, 1 anything else, 2 bad usage or invalid input,
// 3 permission denied, 4 conflict, 5 not found. Errors: one line on stderr.
#include "articlestore.h"
#include "localization.h"
#include "newsroom.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace PortalDesk;

namespace {

int fail(const Models::Error &error)
{
    std::fprintf(stderr, "portaldesk-cli: %s\n", qUtf8Printable(error.message));
    return int(error.code);
}

int usage(const QString &message)
{
    return fail({Models::ErrorCode::InvalidInput, message});
}

int runInit(Models::Newsroom &newsroom)
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("cli", "Newsroom %1 is ready (schema version %2).")
               .arg(newsroom.path())
               .arg(newsroom.schemaVersion())
        << '\n';
    return 0;
}

int runArticleList(Models::Newsroom &newsroom, const std::optional<Models::ArticleState> &state)
{
    Models::ArticleStore store(newsroom);
    QTextStream out(stdout);
    std::optional<Models::ArticleCursor> cursor;
    do {
        auto page = store.page(cursor, 500);
        if (!page)
            return fail(page.error());
        for (const Models::Article &article : std::as_const(page->articles)) {
            if (state && article.state != *state)
                continue;
            out << article.id << '\t' << Models::articleStateKey(article.state) << '\t' << article.title << '\n';
        }
        cursor = page->next;
    } while (cursor);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Models::Localization::setApplicationIdentity();
    if (auto language = Models::Localization::install(Models::Localization::languageFromArguments(app.arguments()));
        !language) {
        return fail(language.error());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Work with a PortalDesk newsroom from the command line.\n\n"
               "Commands:\n"
               "  init              create the newsroom, or bring it to the current schema\n"
               "  article list      list the articles: id, state, title (newest first)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The newsroom file; default: the embedded newsroom."),
                                      QCoreApplication::translate("cli", "file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("cli", "Language of messages: vi or en."),
                                        QCoreApplication::translate("cli", "language"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QCoreApplication::translate("cli", "article list: only articles in <state>."),
                                         QCoreApplication::translate("cli", "state"));
    parser.addOptions({dbOption, langOption, stateOption});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "init, article list"));
    if (!parser.parse(app.arguments()))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList command = parser.positionalArguments();
    const bool isInit = command == QStringList{QStringLiteral("init")};
    const bool isList = command == QStringList{QStringLiteral("article"), QStringLiteral("list")};
    if (!isInit && !isList) {
        return usage(command.isEmpty()
                         ? QCoreApplication::translate("cli", "No command given; see --help.")
                         : QCoreApplication::translate("cli", "Unknown command '%1'; see --help.").arg(command.join(u' ')));
    }
    std::optional<Models::ArticleState> state;
    if (parser.isSet(stateOption)) {
        state = Models::articleStateFromKey(parser.value(stateOption));
        if (!state)
            return usage(QCoreApplication::translate("cli", "Unknown state '%1'.").arg(parser.value(stateOption)));
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Models::defaultNewsroomPath();
    auto newsroom = Models::Newsroom::open(path);
    if (!newsroom)
        return fail(newsroom.error());
    return isInit ? runInit(*newsroom.value()) : runArticleList(*newsroom.value(), state);
}
