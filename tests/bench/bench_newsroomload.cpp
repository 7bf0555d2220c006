// The load and failure test of a shared newsroom (issue 8): N clients, each
// a separate process signed in as its own server role, edit, move, comment
// on and search articles for S seconds, colliding on purpose on the newest
// items of each queue; the server can be restarted half-way. Afterwards the
// clients' logs are compared with the database: every acknowledged write
// must be there (0 lost updates), the audit log must hold exactly one entry
// per landed transition, and throughput and p95 latency are reported.
//
// Needs a PostgreSQL server (PGHOST, PGPORT, PGUSER, PGPASSWORD of a
// superuser), as `packaging/devenv test` or pg_virtualenv provide:
//   bench_newsroomload [--clients 20] [--seconds 60] [--articles 100000] [--restart]
// Exit code 0 when the checks hold, 1 when they do not, 2 on a setup error.
#include "articleactions.h"
#include "articlestore.h"
#include "benchseed.h"
#include "newsroom.h"
#include "userstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"tải-thử"_s;

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

// ---- one client -------------------------------------------------------

struct Client {
    QString login;
    Role role;
    std::unique_ptr<Newsroom> newsroom;
    User user;
    QFile log;
    QRandomGenerator random;
    QStringList ownDrafts;

    enum class Outcome { Landed, Conflict, Refused, Failed, Unknown, Read };

    void write(const QString &op, const QString &article, Outcome outcome, qint64 micros, int retries,
               const QJsonObject &extra = {})
    {
        static const char *names[] = {"landed", "conflict", "refused", "failed", "unknown", "read"};
        QJsonObject line = extra;
        line[u"op"_s] = op;
        line[u"article"_s] = article;
        line[u"outcome"_s] = QString::fromLatin1(names[int(outcome)]);
        line[u"us"_s] = micros;
        line[u"retries"_s] = retries;
        log.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }

    // After a failed call: was it the server going away? Then reconnect
    // (with backoff) and report the write as unknown: it may have committed.
    bool connectionLost()
    {
        if (newsroom->isReachable())
            return false;
        for (int attempt = 0; attempt < 60; ++attempt) {
            if (newsroom->reconnect())
                return true;
            QThread::msleep(std::min(1000, 100 << std::min(attempt, 4)));
        }
        return true;
    }

    static bool transient(const Error &error)
    {
        return error.message.contains(u"deadlock detected") || error.message.contains(u"could not serialize");
    }

    // Runs a write with up to 3 retries of deadlocks and serialization
    // failures; logs what became of it.
    template<typename Call>
    void writeOp(const QString &op, const QString &article, Call call, QJsonObject extra = {})
    {
        QElapsedTimer timer;
        timer.start();
        int retries = 0;
        for (;;) {
            auto result = call();
            if (result) {
                if constexpr (requires { result->version; }) {
                    extra[u"version"_s] = result->version;
                    extra[u"state"_s] = articleStateKey(result->state);
                }
                write(op, article, Outcome::Landed, timer.nsecsElapsed() / 1000, retries, extra);
                return;
            }
            const Error error = result.error();
            if (transient(error) && retries < 3) {
                ++retries;
                QThread::msleep(20 << retries);
                continue;
            }
            Outcome outcome = Outcome::Failed;
            if (error.code == ErrorCode::Conflict)
                outcome = Outcome::Conflict;
            else if (error.code == ErrorCode::Denied || error.code == ErrorCode::InvalidInput)
                outcome = Outcome::Refused;
            else if (connectionLost())
                outcome = Outcome::Unknown;
            extra[u"error"_s] = error.message.left(200);
            write(op, article, outcome, timer.nsecsElapsed() / 1000, retries, extra);
            return;
        }
    }

    // One of the newest articles in a state: where the collisions happen.
    QString pick(ArticleState state)
    {
        auto page = ArticleStore(*newsroom).page(std::nullopt, 6, ArticleFilter{{state}});
        if (!page || page->articles.isEmpty()) {
            if (!page)
                (void)connectionLost();
            return {};
        }
        return page->articles.at(int(random.bounded(page->articles.size()))).id;
    }

    void edit(const QString &id)
    {
        if (id.isEmpty())
            return;
        ArticleStore store(*newsroom);
        auto article = store.load(id);
        if (!article) {
            (void)connectionLost();
            return;
        }
        Article changed = article.value();
        changed.body += u"\n\nCập nhật của %1 lúc %2."_s.arg(login).arg(random.generate());
        writeOp(u"edit"_s, id, [&] { return store.save(changed, &user); }, {{u"base"_s, article->version}});
    }

    void act(Action action, const QString &id)
    {
        if (id.isEmpty())
            return;
        writeOp(Workflow::actionKey(action), id, [&] { return ArticleActions(*newsroom).perform(id, action, user); });
    }

    void search()
    {
        static const QStringList words{u"quang tri"_s, u"hội nghị"_s, u"kinh te"_s, u"giáo dục"_s, u"dong ha"_s};
        QElapsedTimer timer;
        timer.start();
        auto hits = ArticleStore(*newsroom).search(words.at(int(random.bounded(words.size()))), 20);
        if (!hits && connectionLost()) {
            write(u"search"_s, {}, Outcome::Failed, timer.nsecsElapsed() / 1000, 0);
            return;
        }
        write(u"search"_s, {}, hits ? Outcome::Read : Outcome::Failed, timer.nsecsElapsed() / 1000, 0);
    }

    void step()
    {
        const int dice = int(random.bounded(100));
        if (role == Role::Reporter) {
            if (dice < 20 || ownDrafts.isEmpty()) {
                Article draft;
                draft.title = u"Tin của %1 số %2"_s.arg(login).arg(random.bounded(100000));
                draft.body = u"Nội dung bài viết về Quảng Trị."_s;
                QElapsedTimer timer;
                timer.start();
                auto created = ArticleStore(*newsroom).create(draft, &user);
                if (created) {
                    ownDrafts.append(created->id);
                    write(u"create"_s, created->id, Outcome::Landed, timer.nsecsElapsed() / 1000, 0);
                } else {
                    write(u"create"_s, {}, connectionLost() ? Outcome::Unknown : Outcome::Failed,
                          timer.nsecsElapsed() / 1000, 0, {{u"error"_s, created.error().message.left(200)}});
                }
            } else if (dice < 60) {
                edit(ownDrafts.last());
            } else if (dice < 80) {
                act(Action::Submit, ownDrafts.takeLast());
            } else {
                search();
            }
        } else if (role == Role::Editor) {
            if (dice < 35)
                edit(pick(ArticleState::Submitted));
            else if (dice < 60)
                act(Action::Forward, pick(ArticleState::Submitted));
            else if (dice < 80)
                comment(pick(ArticleState::Submitted));
            else
                search();
        } else {
            if (dice < 30)
                act(Action::Approve, pick(ArticleState::Edited));
            else if (dice < 50)
                act(Action::Publish, pick(ArticleState::Approved));
            else if (dice < 70)
                edit(pick(ArticleState::Edited));
            else if (dice < 80)
                comment(pick(ArticleState::Edited));
            else
                search();
        }
    }

    void comment(const QString &id)
    {
        if (id.isEmpty())
            return;
        writeOp(u"comment"_s, id, [&]() -> Result<Article> {
            auto made = ArticleActions(*newsroom).comment(id, user, u"Ý kiến của %1."_s.arg(login));
            if (!made)
                return made.error();
            return Article{};
        });
    }
};

int runClient(const QCommandLineParser &parser)
{
    Client client;
    client.login = parser.value(u"client"_s);
    const QString role = parser.value(u"role"_s);
    client.role = role == u"chief_editor" ? Role::ChiefEditor : (role == u"editor" ? Role::Editor : Role::Reporter);
    client.random.seed(qHash(client.login, 20261129));
    auto url = NewsroomUrl::parse(parser.value(u"db"_s)).value();
    url.user = client.login;
    url.password = password;
    auto newsroom = Newsroom::open(url);
    if (!newsroom) {
        say(u"%1: %2"_s.arg(client.login, newsroom.error().message));
        return 2;
    }
    client.newsroom = std::move(newsroom.value());
    auto user = UserStore(*client.newsroom).find(client.login);
    if (!user) {
        say(user.error().message);
        return 2;
    }
    client.user = user.value();
    client.log.setFileName(parser.value(u"log"_s));
    if (!client.log.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        say(u"Cannot write %1"_s.arg(client.log.fileName()));
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 until = parser.value(u"seconds"_s).toLongLong() * 1000;
    while (clock.elapsed() < until)
        client.step();
    return 0;
}

// ---- the driver -------------------------------------------------------

struct Op {
    QString op, article, outcome, login;
    int version = 0;
    qint64 micros = 0;
    int retries = 0;
};

int fail(const QString &message)
{
    say(message);
    return 2;
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        say(sql + u": "_s + query.lastError().text());
        return false;
    }
    return true;
}

// The full-text indexes of the articles, each with the statement that makes it again.
QList<std::pair<QString, QString>> searchIndexStatements(QSqlDatabase db)
{
    QList<std::pair<QString, QString>> indexes;
    QSqlQuery query(db);
    if (query.exec(u"SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles'"
                   " AND indexname LIKE 'articles\\_search\\_%'"_s)) {
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
    }
    return indexes;
}

int runDriver(const QCommandLineParser &parser, const QString &program)
{
    if (qEnvironmentVariableIsEmpty("PGPORT") && qEnvironmentVariableIsEmpty("PGHOST"))
        return fail(u"No PostgreSQL server: run under pg_virtualenv or packaging/devenv test."_s);
    const int clients = parser.value(u"clients"_s).toInt();
    const int seconds = parser.value(u"seconds"_s).toInt();
    const qint64 articles = parser.value(u"articles"_s).toLongLong();
    const QString database = u"portaldesk_load"_s;
    // The seeded newsroom is kept as a template and copied for each run
    // (seconds, where seeding 100,000 articles takes minutes), so that every
    // run starts from the same articles and an audit log of its own.
    // With RUM (schema 21) unless --gin: the extension is created by the
    // server's administrator, as in an office, before the owner makes the newsroom.
    const bool gin = parser.isSet(u"gin"_s);
    const QString seed = u"portaldesk_load_seed_%1_%2_%3"_s.arg(articles).arg(clients).arg(gin ? u"gin"_s : u"rum"_s);
    QStringList logins;
    for (int i = 0; i < clients; ++i) {
        // 40% reporters, 40% editors, 20% chief editors.
        const int slot = i % 5;
        const Role role = slot < 2 ? Role::Reporter : (slot < 4 ? Role::Editor : Role::ChiefEditor);
        logins.append(u"load%1_%2"_s.arg(RoleNames::key(role).left(1)).arg(i, 2, 10, QChar(u'0')));
    }
    QElapsedTimer setup;
    setup.start();
    bool seeded = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        admin.setDatabaseName(u"postgres"_s);
        if (!admin.open())
            return fail(admin.lastError().text());
        QSqlQuery kept(admin);
        // A seed is complete when its comment says so: an interrupted one is made again.
        if (!parser.isSet(u"reseed"_s) && kept.exec(u"SELECT 1 FROM pg_database WHERE datname = '%1'"
                                                      " AND shobj_description(oid, 'pg_database') = 'seeded'"_s.arg(seed)))
            seeded = kept.next();
        // Owned as in an office: by an ordinary role with CREATEROLE, so that
        // the row-level policies bind the server functions (a superuser's
        // would pass them), holding the PortalDesk roles already there.
        if (!exec(admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database))
            || !exec(admin, u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pd_load_owner') THEN"
                            " CREATE ROLE pd_load_owner LOGIN CREATEROLE PASSWORD 'load-owner'; END IF; END $$"_s)
            || !exec(admin, u"DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE 'portaldesk\\_%'"
                            " OR shobj_description(oid, 'pg_authid') = 'PortalDesk user' LOOP"
                            " EXECUTE format('GRANT %I TO pd_load_owner WITH ADMIN OPTION, INHERIT FALSE, SET FALSE', r);"
                            " END LOOP; END $$"_s)
            || (!seeded
                && (!exec(admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(seed))
                    || !exec(admin, u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0 OWNER pd_load_owner"_s.arg(seed)))))
            return 2;
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    const QString url = u"postgresql:///"_s + database;

    if (!seeded && !gin) {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        admin.setDatabaseName(seed);
        if (!admin.open() || !exec(admin, u"CREATE EXTENSION IF NOT EXISTS rum"_s))
            return fail(u"No RUM extension on this server (postgresql-17-rum); --gin measures without it."_s);
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    if (!seeded) {
        NewsroomUrl ownerUrl = NewsroomUrl::parse(u"postgresql:///"_s + seed).value();
        ownerUrl.user = u"pd_load_owner"_s;
        ownerUrl.password = u"load-owner"_s;
        auto newsroom = Newsroom::open(ownerUrl);
        if (!newsroom)
            return fail(newsroom.error().message);
        QSqlDatabase db = newsroom.value()->database();
        // The search indexes are built once after the rows, not row by row.
        const auto searchIndexes = searchIndexStatements(db);
        for (const auto &[name, create] : searchIndexes) {
            if (!exec(db, u"DROP INDEX "_s + name))
                return 2;
        }
        for (auto [share, state] : {std::pair{0.6, ArticleState::Published}, std::pair{0.2, ArticleState::Submitted},
                                    std::pair{0.2, ArticleState::Edited}}) {
            if (auto made = BenchSeed::run(*newsroom.value(), qMax<qint64>(1, qint64(articles * share)), state); !made)
                return fail(made.error().message);
        }
        for (const auto &[name, create] : searchIndexes) {
            if (!exec(db, create))
                return 2;
        }
        UserStore users(*newsroom.value());
        for (const QString &login : std::as_const(logins)) {
            const Role role = login.at(4) == u'r' ? Role::Reporter : (login.at(4) == u'e' ? Role::Editor : Role::ChiefEditor);
            if (auto added = users.add(login, login, role, password, nullptr); !added)
                return fail(added.error().message);
        }
        if (!exec(db, u"VACUUM ANALYZE"_s) || !exec(db, u"COMMENT ON DATABASE %1 IS 'seeded'"_s.arg(seed)))
            return 2;
        newsroom.value().reset();
    }
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        admin.setDatabaseName(u"postgres"_s);
        if (!admin.open()
            || !exec(admin, u"CREATE DATABASE %1 TEMPLATE %2 OWNER pd_load_owner"_s.arg(database, seed)))
            return fail(u"Could not copy the seeded newsroom %1."_s.arg(seed));
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    say(u"Newsroom of %1 articles and %2 users %3 in %4 s."_s.arg(articles).arg(clients)
            .arg(seeded ? u"copied from %1"_s.arg(seed) : u"made"_s)
            .arg(setup.elapsed() / 1000.0, 0, 'f', 1));

    QTemporaryDir logs;
    QList<QProcess *> processes;
    for (const QString &login : std::as_const(logins)) {
        auto *process = new QProcess;
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Qt's driver warns at every query while the server is away.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"qt.sql.*=false"_s);
        process->setProcessEnvironment(env);
        const QString role = login.at(4) == u'r' ? u"reporter"_s : (login.at(4) == u'e' ? u"editor"_s : u"chief_editor"_s);
        process->start(program, {u"--client"_s, login, u"--role"_s, role, u"--db"_s, url, u"--seconds"_s,
                                 QString::number(seconds), u"--log"_s, logs.filePath(login + u".jsonl"_s)});
        processes.append(process);
    }
    bool restarted = false;
    if (parser.isSet(u"restart"_s)) {
        QThread::msleep(seconds * 500);
        const QString command = parser.value(u"restart-command"_s);
        say(u"Restarting the server: %1"_s.arg(command));
        restarted = QProcess::execute(u"sh"_s, {u"-c"_s, command}) == 0;
        if (!restarted)
            say(u"The restart command failed."_s);
    }
    for (QProcess *process : std::as_const(processes)) {
        process->waitForFinished(seconds * 1000 + 120000);
        if (process->exitCode() != 0)
            say(u"A client ended with exit code %1."_s.arg(process->exitCode()));
        delete process;
    }

    QList<Op> ops;
    for (const QString &login : std::as_const(logins)) {
        QFile file(logs.filePath(login + u".jsonl"_s));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"Client %1 wrote no log."_s.arg(login));
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            ops.append({line[u"op"_s].toString(), line[u"article"_s].toString(), line[u"outcome"_s].toString(), login,
                        line[u"version"_s].toInt(), qint64(line[u"us"_s].toDouble()), line[u"retries"_s].toInt()});
        }
    }

    // The checks, against the database.
    auto newsroom = Newsroom::open(NewsroomUrl::parse(url).value());
    if (!newsroom)
        return fail(newsroom.error().message);
    QSqlQuery query(newsroom.value()->database());
    QSet<QString> revisions;  // article|version|login
    exec(newsroom.value()->database(), u"SET work_mem = '64MB'"_s);
    if (!query.exec(u"SELECT r.article_id, r.version, u.login FROM revisions r JOIN users u ON u.id = r.saved_by"
                    " WHERE u.login LIKE 'load%' AND r.version > 1"_s))
        return fail(query.lastError().text());
    while (query.next())
        revisions.insert(query.value(0).toString() + u'|' + query.value(1).toString() + u'|' + query.value(2).toString());
    QHash<QString, int> audited;  // action|article|login -> done entries
    if (!query.exec(u"SELECT action, article_id, login FROM audit_log WHERE outcome = 'done' AND login LIKE 'load%'"_s))
        return fail(query.lastError().text());
    while (query.next()) {
        const QString action = query.value(0).toString();
        ++audited[action + u'|' + (action == u"create" ? QString() : query.value(1).toString()) + u'|' + query.value(2).toString()];
    }

    int lost = 0, landedWrites = 0, unknown = 0;
    QHash<QString, int> landedByKey, unknownByKey;
    for (const Op &op : std::as_const(ops)) {
        if (op.outcome == u"unknown")
            ++unknown;
        if (op.op == u"search")
            continue;
        // A create whose reply was lost has no id to log: creates are
        // counted per user.
        const QString key = op.op + u'|' + (op.op == u"create" ? QString() : op.article) + u'|' + op.login;
        if (op.outcome == u"landed") {
            ++landedWrites;
            ++landedByKey[key];
            if (op.op == u"edit" && !revisions.contains(op.article + u'|' + QString::number(op.version) + u'|' + op.login))
                ++lost;
        } else if (op.outcome == u"unknown") {
            ++unknownByKey[key];
        }
    }
    // Exactly one audit entry per landed write; an unknown one may or may
    // not have landed.
    int auditMismatches = 0;
    QSet<QString> keys;
    for (auto it = landedByKey.cbegin(); it != landedByKey.cend(); ++it)
        keys.insert(it.key());
    for (auto it = audited.cbegin(); it != audited.cend(); ++it)
        keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        const int landed = landedByKey.value(key);
        const int inLog = audited.value(key);
        if (inLog < landed || inLog > landed + unknownByKey.value(key))
            ++auditMismatches;
    }

    // The report.
    QMap<QString, QList<const Op *>> byOp;
    double searchP95 = 0;
    for (const Op &op : std::as_const(ops))
        byOp[op.op].append(&op);
    std::printf("Shared newsroom load: %d clients (separate processes) for %d s on %lld articles, search through %s%s\n",
                clients, seconds, articles, gin ? "GIN" : "RUM", restarted ? ", server restarted half-way" : "");
    std::printf("%-9s %7s %7s %8s %8s %6s %7s %7s %9s %9s\n", "operation", "calls", "landed", "conflict", "refused",
                "failed", "unknown", "retried", "per s", "p95 ms");
    for (auto it = byOp.cbegin(); it != byOp.cend(); ++it) {
        QList<qint64> latencies;
        int count[6] = {};
        int retried = 0;
        for (const Op *op : it.value()) {
            latencies.append(op->micros);
            static const QStringList names{u"landed"_s, u"conflict"_s, u"refused"_s, u"failed"_s, u"unknown"_s, u"read"_s};
            ++count[std::max<qsizetype>(0, names.indexOf(op->outcome))];
            retried += op->retries > 0;
        }
        std::sort(latencies.begin(), latencies.end());
        const qint64 p95 = latencies.at(qMin(latencies.size() - 1, qsizetype(latencies.size() * 0.95)));
        std::printf("%-9s %7lld %7d %8d %8d %6d %7d %7d %9.1f %9.1f\n", qPrintable(it.key()), qlonglong(it.value().size()),
                    count[0] + count[5], count[1], count[2], count[3], count[4], retried, it.value().size() / double(seconds),
                    p95 / 1000.0);        if (it.key() == u"search"_s)
            searchP95 = p95 / 1000.0;
    }
    std::printf("total: %lld calls, %.1f per s; acknowledged writes: %d; lost updates: %d; writes of unknown outcome "
                "(connection dropped during the call): %d; audit mismatches: %d\n",
                qlonglong(ops.size()), ops.size() / double(seconds), landedWrites, lost, unknown, auditMismatches);
    const bool ok = lost == 0 && auditMismatches == 0 && landedWrites > 0 && (!parser.isSet(u"restart"_s) || restarted);
    std::printf("%s\n", ok ? "checks: PASS" : "checks: FAIL");
    // For tests/bench/run-benchmarks, which makes the RESULT line of several runs.
    std::printf("LOAD search_p95_ms=%.1f\n", searchP95);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"clients"_s, u"Concurrent clients."_s, u"n"_s, u"20"_s},
        {u"seconds"_s, u"How long they run."_s, u"s"_s, u"60"_s},
        {u"articles"_s, u"Articles in the newsroom."_s, u"n"_s, u"100000"_s},
        {u"restart"_s, u"Restart the server half-way."_s},
        {u"gin"_s, u"A newsroom without the RUM extension: search through GIN indexes."_s},
        {u"reseed"_s, u"Make the seeded newsroom again even when one is kept."_s},
        {u"restart-command"_s, u"How to restart it."_s, u"command"_s,
         u"pg_ctlcluster %1 regress restart -m fast"_s.arg(qEnvironmentVariable("PGVERSION", u"17"_s))},
        {u"client"_s, u"(internal) run as this client."_s, u"login"_s},
        {u"role"_s, u"(internal)"_s, u"role"_s},
        {u"db"_s, u"(internal)"_s, u"url"_s},
        {u"log"_s, u"(internal)"_s, u"file"_s},
    });
    parser.process(app);
    if (parser.isSet(u"client"_s))
        return runClient(parser);
    return runDriver(parser, QCoreApplication::applicationFilePath());
}
