#pragma once

#include "article.h"
#include "gazette.h"
#include "result.h"
#include "user.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace PortalDesk::Models {

class Portal;
struct SyncSummary;
class ArticleSync;
struct RetryPolicy;
struct OutboxSummary;
using GazetteSyncSummary = OutboxSummary;

class Newsroom;
struct Article;

// portaldesk-cli's commands (README lists them), in the library so that the
// tests drive them directly. Output goes to `out`; errors are one line on
// `err`; run() returns the exit code (ErrorCode values, 0 for success).
class CliRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    CliRunner(QTextStream &out, QTextStream &err);
    ~CliRunner();

    // arguments: as in main(), the program name first.
    int run(const QStringList &arguments);

    // The first words of the commands run() accepts: its dispatch table's
    // keys (the manual page's test reads them).
    static QStringList commandVerbs();
    // The manual page, portaldesk-cli(1), in roff: the --help text's
    // commands and the parser's options (climanpage.cpp). Printed by the
    // hidden option --man.
    QString manPage();

private:
    using Runner = int (CliRunner::*)(const QStringList &);
    static const QHash<QString, Runner> &runners();
    void addOptions();
    QString commandsText() const;
    int fail(const Error &error);
    int usage(const QString &message);
    Status openNewsroom();
    // The user named by --as, signed in with PORTALDESK_PASSWORD.
    Result<User> signIn();
    std::optional<User> m_user;

    int runInit(const QStringList &command);
    int runUser(const QStringList &command);
    int runAdmin(const QStringList &command);
    int runArticle(const QStringList &command);
    int runComment(const QStringList &command);
    int runPublishDue(const QStringList &command);
    int runBench(const QStringList &command);
    int runPortal(const QStringList &command);  // cliportal.cpp
    int runSync(const QStringList &command);
    int runWordPressSync(const QString &address, RetryPolicy retry);
    Result<SyncSummary> settleAndRun(ArticleSync &sync, bool dryRun);
    void printSyncSummary(const SyncSummary &summary, bool dryRun, const GazetteSyncSummary &issues, int digestsSent, int answersSent = 0);
    int runGazette(const QStringList &command);  // cligazette.cpp
    int runDigest(const QStringList &command);   // clidigest.cpp
    int runMedia(const QStringList &command);    // climedia.cpp
    int runRoyalty(const QStringList &command);  // cliroyalty.cpp
    int runQa(const QStringList &command);       // cliqa.cpp
    int runAgency(const QStringList &command);
    int qaPull();
    int qaList(bool overdueOnly);
    int qaShow(const QString &id);
    int qaAction(const QString &verb, const QString &id);
    int qaStats();
    int qaWorkdays();
    int qaCalendar(const QStringList &args);
    int qaEraseExpired();
    // qa pull took what it could, and left rows on the portal it could not.
    static constexpr int someQuestionsRefused = 6;
    int royaltyScheduleImport(const QString &file);
    int royaltyScheduleShow();
    int royaltyContributorAdd(const QString &code);
    int royaltyContributorList();
    int royaltyGrade(const QString &id);
    int royaltyUngrade(const QString &id);
    int royaltyShow(const QString &id);
    int royaltyMonthCommand(const QString &what);
    int mediaAdd(const QStringList &files);
    int mediaList();
    int mediaShow(const QString &id);
    int mediaDescribe(const QString &id);
    int mediaExport(const QString &id, const QString &file);
    // A body's `media:ID` references must name photos of the newsroom.
    Status checkPhotoReferences(const QString &body);
    QJsonArray photosJson(const QString &body);
    int digestFetch();
    int digestBuild();
    int digestSave();
    int digestClip();
    int digestAction(ReviewAction action);
    QString digestOffice() const;
    Result<LegalDocumentMeta> gazetteMeta() const;
    int gazetteImport(const QStringList &command);
    int gazetteCheck(const QStringList &command);
    int gazetteList();
    int gazetteNewIssue();
    int gazetteAdd(const QString &issueId, const QStringList &documentIds);
    int gazetteShowIssue(const QString &issueId);
    int gazetteExport(const QString &issueId);
    int gazetteAction(ReviewAction action, const QString &id);
    Result<std::unique_ptr<Portal>> openPortal();
    // The portal named on the command line or in the settings, if it is a
    // WordPress site's address (https://USER@site/); else empty.
    QString wordPressAddress();

    int articleNew();
    int articleEdit(const QString &id);
    int articleAction(const QString &verb, const QString &id);
    int articleShow(const QString &id);
    int articleList();
    int articleHistory(const QString &id);
    int articleUnlock(const QString &id);
    int articleDiff(const QString &id, const QString &a, const QString &b);

    // The most the CLI reads from a file the user names (README,
    // "portaldesk-cli"); a Công báo document's limit is DocumentImport's, a
    // mapping's PortalMapping's.
    static constexpr qint64 maxBodyBytes = Models::maxBodyBytes;  // an article body, UTF-8 (article.h)
    static constexpr qint64 maxOpmlBytes = 4 * 1024 * 1024;       // digest feeds import
    static constexpr qint64 maxClippingBytes = 16 * 1024 * 1024;  // digest clip --file
    Result<QString> readBodyFile() const;
    QJsonObject toJson(const Article &article, bool withBody) const;
    void printJson(const QJsonValue &value);

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;  // as added to m_parser, for the manual page
    std::unique_ptr<Newsroom> m_newsroom;
};

} // namespace PortalDesk::Models
