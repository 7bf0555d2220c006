// portaldesk-cli's contract on both backends: commands, output, exit codes.
// The commands run in-process through CliRunner, exactly as main() runs them.
#include "clirunner.h"
#include "editlocks.h"
#include "gazettefixtures.h"
#include "newsroom.h"
#include "userstore.h"
#include "testbackends.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;

    Run cli(const QStringList &arguments, const QString &as = {}, const QString &password = u"demo"_s)
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        qputenv("PORTALDESK_PASSWORD", password.toUtf8());
        QStringList full{u"portaldesk-cli"_s, u"--db"_s, m_url};
        if (!as.isEmpty())
            full << u"--as"_s << as;
        CliRunner runner(out, err);
        run.code = runner.run(full + arguments);
        out.flush();
        err.flush();
        return run;
    }

    QString newArticle(const QString &title)
    {
        const Run run = cli({u"article"_s, u"new"_s, u"--title"_s, title}, u"reporter"_s);
        return run.code == 0 ? run.out.trimmed() : QString();
    }

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addColumn(); }
    void cleanupTestCase() { TestBackends::dropPostgresDatabase(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString problem;
        m_url = TestBackends::freshNewsroomUrl(backend, m_dir, &problem);
        QVERIFY2(!m_url.isEmpty(), qPrintable(problem));
        const Run init = cli({u"init"_s, u"--demo"_s});
        QVERIFY2(init.code == 0, qPrintable(init.err));
    }

    // init --demo gives the six users and articles in every state.
    void demoNewsroom()
    {
        const Run users = cli({u"user"_s, u"list"_s});
        QCOMPARE(users.code, 0);
        for (const char *login : {"admin", "chief", "editor", "reporter", "digest", "gazette"})
            QVERIFY2(users.out.contains(QString::fromLatin1(login) + u'\t'), login);
        const Run list = cli({u"article"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.code, 0);
        const QJsonArray articles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(articles.size() >= 45);
        QSet<QString> states;
        for (const QJsonValue value : articles) {
            const QJsonObject object = value.toObject();
            for (const char *key : {"id", "title", "state", "version", "author", "section", "updated"})
                QVERIFY2(object.contains(QLatin1StringView(key)), key);
            states.insert(object.value(u"state").toString());
        }
        QCOMPARE(states, (QSet<QString>{u"draft"_s, u"submitted"_s, u"edited"_s, u"approved"_s, u"published"_s,
                                         u"returned"_s, u"withdrawn"_s, u"archived"_s}));
        // Running it again adds nothing.
        QCOMPARE(cli({u"init"_s, u"--demo"_s}).code, 0);
        QCOMPARE(QJsonDocument::fromJson(cli({u"article"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array().size(),
                 articles.size());
    }

    // From a new article to publication, each step by its role.
    void chain()
    {
        const QString id = newArticle(u"Hội nghị tổng kết năm 2026"_s);
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(cli({u"article"_s, u"submit"_s, id}, u"reporter"_s).out, u"submitted\n"_s);
        QCOMPARE(cli({u"article"_s, u"forward"_s, id}, u"editor"_s).out, u"edited\n"_s);
        QCOMPARE(cli({u"article"_s, u"approve"_s, id}, u"chief"_s).out, u"approved\n"_s);
        QCOMPARE(cli({u"article"_s, u"publish"_s, id}, u"chief"_s).out, u"published\n"_s);
        const Run show = cli({u"article"_s, u"show"_s, id, u"--json"_s});
        QCOMPARE(show.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(object.value(u"state").toString(), u"published"_s);
        QCOMPARE(object.value(u"author").toString(), u"Nguyễn Minh Anh"_s);
        const Run history = cli({u"article"_s, u"history"_s, id});
        QCOMPARE(history.code, 0);
        const qsizetype published = history.out.indexOf(u"publish by chief (Approved → Published)"_s);
        QVERIFY2(published >= 0 && published < history.out.indexOf(u"create by reporter (→ Draft)"_s), qPrintable(history.out));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("as");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        QTest::newRow("robustness: wrong password") << QStringList{u"article"_s, u"submit"_s, u"ID"_s} << u"reporter"_s << u"sai"_s << 3;
        QTest::newRow("robustness: wrong role") << QStringList{u"article"_s, u"approve"_s, u"ID"_s} << u"reporter"_s << u"demo"_s << 3;
        QTest::newRow("robustness: not found") << QStringList{u"article"_s, u"show"_s, u"00000000-0000-0000-0000-000000000000"_s} << QString() << u"demo"_s << 5;
        QTest::newRow("robustness: stale version") << QStringList{u"article"_s, u"edit"_s, u"ID"_s, u"--base-version"_s, u"0"_s, u"--title"_s, u"Mới"_s} << u"reporter"_s << u"demo"_s << 4;
        QTest::newRow("robustness: return without reason") << QStringList{u"article"_s, u"return"_s, u"ID"_s} << u"editor"_s << u"demo"_s << 2;
        QTest::newRow("robustness: unknown command") << QStringList{u"article"_s, u"delete"_s, u"ID"_s} << QString() << u"demo"_s << 2;
        QTest::newRow("robustness: bad schedule time") << QStringList{u"article"_s, u"schedule"_s, u"ID"_s, u"--at"_s, u"mai"_s} << u"chief"_s << u"demo"_s << 2;
        QTest::newRow("robustness: bad URL") << QStringList{u"--db"_s, u"mysql://x/y"_s, u"article"_s, u"list"_s} << QString() << u"demo"_s << 2;
        QTest::newRow("robustness: password in URL") << QStringList{u"--db"_s, u"postgresql://u:secret@localhost/db"_s, u"article"_s, u"list"_s} << QString() << u"demo"_s << 2;
    }

    // Each failure has its exit code and one line on stderr.
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, as);
        QFETCH(QString, password);
        QFETCH(int, code);
        const QString id = newArticle(u"Bài thử"_s);
        if (arguments.contains(u"return"_s))  // only a submitted article can be returned
            QCOMPARE(cli({u"article"_s, u"submit"_s, id}, u"reporter"_s).code, 0);
        arguments.replaceInStrings(u"ID"_s, id);
        const Run run = cli(arguments, as, password);
        QCOMPARE(run.code, code);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.startsWith(u"portaldesk-cli: "_s));
        QVERIFY2(!run.err.contains(u"secret"_s), "a password is never echoed");
    }

    // sync's contract: a summary and exit 0 when all went through, 6 with a
    // line per conflict, the conflict settled either way, and one line with
    // its exit code for a bad or dead portal.
    void syncContract()
    {
        const QString portalFile = m_dir.filePath(u"portal-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile::remove(portalFile);
        const QString portal = u"sqlite:"_s + portalFile;
        QCOMPARE(cli({u"portal"_s, u"init"_s, u"--portal"_s, portal}).code, 0);
        Run first = cli({u"sync"_s, u"--portal"_s, portal, u"--json"_s});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonObject summary = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QVERIFY(summary.value(u"sent"_s).toInt() >= 1);
        QCOMPARE(summary.value(u"failed"_s).toInt(), 0);
        QCOMPARE(cli({u"sync"_s, u"--portal"_s, portal}).out.trimmed(),
                 u"Sent 0, updated 0, withdrew 0; 0 conflicts, 0 failed, 0 unchanged."_s);

        // An article edited on the portal and corrected in the newsroom.
        const Run list = cli({u"article"_s, u"list"_s, u"--state"_s, u"published"_s, u"--json"_s});
        const QJsonObject article = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        const QString id = article.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-portal"_s);
            db.setDatabaseName(portalFile);
            QVERIFY(db.open());
            QSqlQuery edit(db);
            QVERIFY(edit.exec(u"UPDATE portal_articles SET body_html = '<p>Sửa <b>trên cổng</b>.</p>' WHERE uuid = '%1'"_s.arg(id)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"cli-portal"_s);
        const Run corrected = cli({u"article"_s, u"edit"_s, id, u"--base-version"_s,
                                   QString::number(article.value(u"version"_s).toInt()), u"--summary"_s, u"Đính chính"_s},
                                  u"editor"_s);
        QVERIFY2(corrected.code == 0, qPrintable(corrected.err));
        const Run conflict = cli({u"sync"_s, u"--portal"_s, portal});
        QCOMPARE(conflict.code, 6);
        QCOMPARE(conflict.err.count(u'\n'), 1);
        QVERIFY2(conflict.err.contains(u"changed on the portal"_s), qPrintable(conflict.err));
        QVERIFY(conflict.out.contains(u"1 conflicts"_s));

        QCOMPARE(cli({u"sync"_s, u"--portal"_s, portal, u"--take-portal"_s, id}).code, 3);  // needs --as
        const Run taken = cli({u"sync"_s, u"--portal"_s, portal, u"--take-portal"_s, id}, u"editor"_s);
        QVERIFY2(taken.code == 0, qPrintable(taken.err));
        const Run shown = cli({u"article"_s, u"show"_s, id, u"--json"_s});
        QVERIFY2(shown.out.contains(u"Sửa **trên cổng**."_s), qPrintable(shown.out));

        // Bad and dead portals: one line, and the documented exit code.
        const QList<std::pair<QStringList, int>> failures{
            {{u"sync"_s, u"--portal"_s, u"ftp://portal.example/x"_s}, 2},
            {{u"sync"_s, u"--portal"_s, u"postgresql://nobody@127.0.0.1:1/portal"_s}, 1},
            {{u"sync"_s, u"--portal"_s, portal, u"--retries"_s, u"many"_s}, 2},
            {{u"sync"_s, u"--portal"_s, portal, u"--overwrite"_s, id, u"--take-portal"_s, id}, 2},
            {{u"sync"_s, u"--portal"_s, u"sqlite:"_s + m_dir.filePath(u"no-schema.sqlite"_s)}, 2},
        };
        for (const auto &[arguments, code] : failures) {
            const Run run = cli(arguments, u"editor"_s);
            QVERIFY2(run.code == code, qPrintable(arguments.join(u' ') + u": "_s + run.err));
            QCOMPARE(run.err.count(u'\n'), 1);
            QVERIFY(run.err.startsWith(u"portaldesk-cli: "_s));
        }
    }

    // The Công báo from the command line, as the issue's contract lists it:
    // a .docx decision imported, checked, put into "Số 15 + 16", exported,
    // approved and synced; invalid metadata exits 2, structure problems 7.
    void gazetteContract()
    {
        const QString docx = m_dir.filePath(u"qd-%1.docx"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile file(docx);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(GazetteFixtures::decisionDocx());
        file.close();
        const QStringList meta{u"--type"_s, u"Quyết định"_s, u"--symbol"_s, u"1982/QĐ-UBND"_s, u"--issuer"_s, u"UBND tỉnh"_s,
                               u"--signed"_s, u"2026-01-12"_s, u"--summary"_s, u"Về việc ban hành Quy chế quản lý Cổng Thông tin điện tử tỉnh"_s,
                               u"--signer"_s, u"Nguyễn Văn An"_s, u"--signer-title"_s, u"KT. Chủ tịch / Phó Chủ tịch"_s};

        const Run wrongYear = cli(QStringList{u"gazette"_s, u"doc"_s, u"import"_s, docx, u"--part"_s, u"1"_s} + meta, u"gazette"_s);
        QCOMPARE(wrongYear.code, 2);
        QVERIFY2(wrongYear.err.contains(u"1982/2026/QĐ-UBND"_s) && wrongYear.err.count(u'\n') == 1, qPrintable(wrongYear.err));
        QCOMPARE(cli(QStringList{u"gazette"_s, u"doc"_s, u"import"_s, docx} + meta, u"reporter"_s).code, 3);

        const Run imported = cli(QStringList{u"gazette"_s, u"doc"_s, u"import"_s, docx} + meta, u"gazette"_s);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QString documentId = imported.out.trimmed();
        QVERIFY(!QUuid::fromString(documentId).isNull());
        QCOMPARE(cli(QStringList{u"gazette"_s, u"doc"_s, u"import"_s, docx} + meta, u"gazette"_s).code, 4);  // the same symbol

        const Run clean = cli({u"gazette"_s, u"doc"_s, u"check"_s, documentId});
        QVERIFY2(clean.code == 0, qPrintable(clean.out + clean.err));
        QVERIFY(clean.out.contains(u"note: Nghị định số 34/2016/NĐ-CP"_s));
        const QString broken = m_dir.filePath(u"broken.txt"_s);
        QFile text(broken);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(u"Điều 1. A\n1. Gồm:\na) a;\nb) b;\nc) c;\nd) d;\nđ) đ;\ne) e;\nf) f.\nĐiều 3. B\nx"_s.toUtf8());
        text.close();
        const Run problems = cli({u"gazette"_s, u"doc"_s, u"check"_s, u"--file"_s, broken});
        QCOMPARE(problems.code, 7);
        QVERIFY2(problems.out.contains(u"broken.txt:9: There is no letter f"_s), qPrintable(problems.out));
        QVERIFY(problems.out.contains(u"broken.txt:10: Điều 3 follows Điều 1"_s));
        // With the document's own heading on top, which the import leaves
        // out: the lines are still the file's.
        const QString headed = m_dir.filePath(u"headed.txt"_s);
        QFile headedText(headed);
        QVERIFY(headedText.open(QIODevice::WriteOnly));
        headedText.write(u"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                         "Số: 15/2026/QĐ-UBND\nQuảng Trị, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\nBan hành Quy chế\n"
                         "Điều 1. A\nx.\nĐiều 3. B\nx."_s.toUtf8());
        headedText.close();
        const Run headedRun = cli({u"gazette"_s, u"doc"_s, u"check"_s, u"--file"_s, headed, u"--json"_s});
        QCOMPARE(headedRun.code, 7);
        const QJsonArray headedProblems = QJsonDocument::fromJson(headedRun.out.toUtf8()).object().value(u"problems"_s).toArray();
        QCOMPARE(headedProblems.size(), 1);
        QCOMPARE(headedProblems.first().toObject().value(u"line"_s).toInt(), 11);

        const Run issue = cli({u"gazette"_s, u"issue"_s, u"new"_s, u"--year"_s, u"2026"_s, u"--number"_s, u"15+16"_s, u"--date"_s, u"2026-01-20"_s},
                              u"gazette"_s);
        QVERIFY2(issue.code == 0, qPrintable(issue.err));
        const QString issueId = issue.out.trimmed();
        const Run added = cli({u"gazette"_s, u"issue"_s, u"add"_s, issueId, documentId}, u"gazette"_s);
        QVERIFY2(added.code == 0 && added.out.contains(u"Số 15 + 16/2026"_s), qPrintable(added.out + added.err));

        const QString pdf = m_dir.filePath(u"cb-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QCOMPARE(cli({u"gazette"_s, u"issue"_s, u"export"_s, issueId, u"--out"_s, pdf}).code, 2);  // no province yet
        const Run exported = cli({u"gazette"_s, u"issue"_s, u"export"_s, issueId, u"--out"_s, pdf, u"--province"_s, u"Quảng Trị"_s, u"--json"_s});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QJsonObject written = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        QCOMPARE(written.value(u"contents"_s).toArray().first().toObject().value(u"page"_s).toInt(), 3);
        QVERIFY(QFile(pdf).size() > 10000);

        for (const QString &id : {documentId, issueId})
            QCOMPARE(cli({u"gazette"_s, u"doc"_s, u"submit"_s, id}, u"gazette"_s).out, u"submitted\n"_s);
        QCOMPARE(cli({u"gazette"_s, u"issue"_s, u"approve"_s, issueId}, u"chief"_s).code, 4);  // its document first
        QCOMPARE(cli({u"gazette"_s, u"doc"_s, u"approve"_s, documentId}, u"chief"_s).out, u"approved\n"_s);
        QCOMPARE(cli({u"gazette"_s, u"issue"_s, u"approve"_s, issueId}, u"chief"_s).out, u"approved\n"_s);

        const QString portalFile = m_dir.filePath(u"portal-gazette-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile::remove(portalFile);
        const QString portal = u"sqlite:"_s + portalFile;
        QCOMPARE(cli({u"portal"_s, u"init"_s, u"--portal"_s, portal}).code, 0);
        const Run synced = cli({u"sync"_s, u"--portal"_s, portal, u"--json"_s});
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        QCOMPARE(QJsonDocument::fromJson(synced.out.toUtf8()).object().value(u"gazette_issues_sent"_s).toInt(), 1);
    }

    // A body file that is not UTF-8 is refused and nothing is saved.
    // A chief editor frees an article someone is editing; no one else may.
    // On SQLite there is one desk and nothing to free.
    void unlock()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString id = newArticle(u"Bài bỏ quên trên máy"_s);
        {
            auto newsroom = Newsroom::open(NewsroomUrl::parse(m_url).value());
            QVERIFY2(newsroom, qPrintable(newsroom.error().message));
            const User reporter = UserStore(*newsroom.value()).find(u"reporter"_s).value();
            auto taken = EditLocks(*newsroom.value()).take(id, reporter);
            QVERIFY2(taken, qPrintable(taken.error().message));
        }
        const Run editor = cli({u"article"_s, u"unlock"_s, id}, u"editor"_s);
        QCOMPARE(editor.code, 3);
        QVERIFY2(editor.err.contains(u"chief editor"_s), qPrintable(editor.err));
        QCOMPARE(cli({u"article"_s, u"unlock"_s, id}).code, 3);  // no --as
        QCOMPARE(cli({u"article"_s, u"unlock"_s, u"no-such-id"_s}, u"chief"_s).code, 5);
        const Run chief = cli({u"article"_s, u"unlock"_s, id}, u"chief"_s);
        QCOMPARE(chief.code, 0);
        if (backend == u"sqlite") {
            QCOMPARE(chief.out, u"No one was editing \"Bài bỏ quên trên máy\".\n"_s);
            return;
        }
        QCOMPARE(chief.out, u"\"Bài bỏ quên trên máy\" is free; reporter was editing it.\n"_s);
        QVERIFY(cli({u"article"_s, u"history"_s, id}).out.contains(u"chief"_s));
        // Freed once: the second time there is no one.
        QCOMPARE(cli({u"article"_s, u"unlock"_s, id}, u"chief"_s).out, u"No one was editing \"Bài bỏ quên trên máy\".\n"_s);
    }

    // media add prints each photo's id; the same file again gives the same
    // id; a file that is not a photo exits 2 and adds nothing.
    void media()
    {
        const QString photos = QStringLiteral(PORTALDESK_TEST_DATA "/photos/");
        const Run added = cli({u"media"_s, u"add"_s, photos + u"DSCN0010.jpg"_s, photos + u"portrait_6.jpg"_s,
                               u"--credit"_s, u"Ảnh: Tiến Nhất"_s, u"--caption"_s, u"Mùa lúa ở Hải Lăng"_s},
                              u"reporter"_s);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QStringList ids = added.out.trimmed().split(u'\n');
        QCOMPARE(ids.size(), 2);
        QVERIFY(!QUuid::fromString(ids.first()).isNull());
        QCOMPARE(cli({u"media"_s, u"add"_s, photos + u"DSCN0010.jpg"_s}, u"editor"_s).out.trimmed(), ids.first());
        // A caption given for a photo already there is not applied, and said so.
        const Run again = cli({u"media"_s, u"add"_s, photos + u"DSCN0010.jpg"_s, u"--caption"_s, u"Khác"_s}, u"editor"_s);
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out.trimmed(), ids.first());
        QVERIFY2(again.err.contains(ids.first()) && again.err.contains(u"media describe"_s), qPrintable(again.err));

        const QString text = m_dir.filePath(u"khong-phai-anh.jpg"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Đây là văn bản.\n");
        file.close();
        const Run refused = cli({u"media"_s, u"add"_s, photos + u"landscape_1.jpg"_s, text}, u"reporter"_s);
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(u"khong-phai-anh.jpg"_s), qPrintable(refused.err));
        QCOMPARE(cli({u"media"_s, u"add"_s, photos + u"landscape_1.jpg"_s}, u"gazette"_s).code, 3);

        const Run list = cli({u"media"_s, u"list"_s, u"--search"_s, u"tien nhat hai lang"_s, u"--json"_s});
        QCOMPARE(list.code, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);

        const Run show = cli({u"media"_s, u"show"_s, ids.first(), u"--json"_s});
        QCOMPARE(show.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(object.value(u"credit").toString(), u"Ảnh: Tiến Nhất"_s);
        QCOMPARE(object.value(u"type").toString(), u"image/jpeg"_s);
        QCOMPARE(object.value(u"width").toInt(), 640);
        const QJsonArray files = object.value(u"files").toArray();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(2).toObject().value(u"name").toString(), u"thumb"_s);
        QCOMPARE(files.at(2).toObject().value(u"width").toInt(), 320);
        QCOMPARE(cli({u"media"_s, u"show"_s, u"khong-co"_s}).code, 5);

        QCOMPARE(cli({u"media"_s, u"describe"_s, ids.first(), u"--alt"_s, u"Cánh đồng"_s}, u"editor"_s).code, 0);
        const QString web = m_dir.filePath(u"web.jpg"_s);
        QCOMPARE(cli({u"media"_s, u"export"_s, ids.first(), u"web"_s, u"--out"_s, web}).code, 0);
        QFile exported(web);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 files.at(1).toObject().value(u"sha256").toString());
        QVERIFY(!bytes.contains("Exif"));

        // A body refers to photos by id; one not in the newsroom is refused.
        const QString body = m_dir.filePath(u"bai-co-anh.md"_s);
        QFile bodyFile(body);
        QVERIFY(bodyFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bodyFile.write(u"Mở đầu.\n\n![Mùa lúa](media:%1 \"Ảnh: Tiến Nhất\")\n\n![Hội nghị](media:%2)\n"_s
                           .arg(ids.first(), ids.last().toUpper())
                           .toUtf8());
        bodyFile.close();
        const Run created = cli({u"article"_s, u"new"_s, u"--title"_s, u"Bài có ảnh"_s, u"--body-file"_s, body}, u"reporter"_s);
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QJsonObject article = QJsonDocument::fromJson(
                                        cli({u"article"_s, u"show"_s, created.out.trimmed(), u"--json"_s}).out.toUtf8())
                                        .object();
        const QJsonArray photosOf = article.value(u"photos"_s).toArray();
        QCOMPARE(photosOf.size(), 2);
        QCOMPARE(photosOf.at(0).toObject().value(u"id"_s).toString(), ids.first());
        QCOMPARE(photosOf.at(0).toObject().value(u"credit"_s).toString(), u"Ảnh: Tiến Nhất"_s);
        QCOMPARE(photosOf.at(1).toObject().value(u"id"_s).toString(), ids.last());
        QVERIFY(article.value(u"lead_photo"_s).isNull());

        // The lead photo is set on the version the editor saw, and checked.
        const QString articleId = created.out.trimmed();
        const Run lead = cli({u"article"_s, u"edit"_s, articleId, u"--base-version"_s, u"1"_s, u"--lead-photo"_s,
                              ids.last().toUpper()},
                             u"reporter"_s);
        QVERIFY2(lead.code == 0, qPrintable(lead.err));
        QCOMPARE(lead.out.trimmed(), u"2"_s);
        const auto leadOf = [&] {
            return QJsonDocument::fromJson(cli({u"article"_s, u"show"_s, articleId, u"--json"_s}).out.toUtf8())
                .object()
                .value(u"lead_photo"_s);
        };
        QCOMPARE(leadOf().toString(), ids.last());
        const Run unknownLead = cli({u"article"_s, u"edit"_s, articleId, u"--base-version"_s, u"2"_s, u"--lead-photo"_s,
                                     u"0b0e7c9e-1111-4222-8333-944455556666"_s},
                                    u"reporter"_s);
        QCOMPARE(unknownLead.code, 5);
        QCOMPARE(cli({u"article"_s, u"edit"_s, articleId, u"--base-version"_s, u"1"_s, u"--lead-photo"_s, ids.first()},
                     u"reporter"_s)
                     .code,
                 4);
        QCOMPARE(leadOf().toString(), ids.last());
        QCOMPARE(cli({u"article"_s, u"edit"_s, articleId, u"--base-version"_s, u"2"_s, u"--lead-photo"_s, u""_s},
                     u"reporter"_s)
                     .code,
                 0);
        QVERIFY(leadOf().isNull());

        QVERIFY(bodyFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bodyFile.write("![Không có](media:0b0e7c9e-1111-4222-8333-944455556666)\n");
        bodyFile.close();
        const Run missing = cli({u"article"_s, u"new"_s, u"--title"_s, u"Ảnh không có"_s, u"--body-file"_s, body}, u"reporter"_s);
        QCOMPARE(missing.code, 5);
        QVERIFY2(missing.err.contains(u"0b0e7c9e-1111-4222-8333-944455556666"_s), qPrintable(missing.err));
    }

    void bodyFileMustBeUtf8()
    {
        const QString id = newArticle(u"Bài có tệp"_s);
        const QString path = m_dir.filePath(u"body-%1.md"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Qu\xe1ng Tr\xef \xff\xfe");
        file.close();
        const Run run = cli({u"article"_s, u"edit"_s, id, u"--base-version"_s, u"1"_s, u"--body-file"_s, path}, u"reporter"_s);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(u"UTF-8"_s));
        QCOMPARE(QJsonDocument::fromJson(cli({u"article"_s, u"show"_s, id, u"--json"_s}).out.toUtf8()).object().value(u"version").toInt(), 1);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("## Tiêu đề\n\nPhường Hòa Khánh đón đoàn Xylophông.\n");
        file.close();
        const Run saved = cli({u"article"_s, u"edit"_s, id, u"--base-version"_s, u"1"_s, u"--body-file"_s, path}, u"reporter"_s);
        QCOMPARE(saved.code, 0);
        QCOMPARE(saved.out, u"2\n"_s);
        const Run diff = cli({u"article"_s, u"diff"_s, id, u"1"_s, u"2"_s});
        QCOMPARE(diff.code, 0);
        QVERIFY2(diff.out.contains(u"{+"_s), qPrintable(diff.out));
        const Run search = cli({u"article"_s, u"list"_s, u"--search"_s, u"xylophong"_s, u"--json"_s});
        QCOMPARE(search.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().toObject().value(u"id").toString(), id);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().toObject().value(u"snippet").toString().contains(u"[Xylophông]"_s));
    }

    // Scheduling, then publish-due when the time has come.
    void scheduleAndPublishDue()
    {
        const QString id = newArticle(u"Tin hẹn giờ"_s);
        cli({u"article"_s, u"submit"_s, id}, u"reporter"_s);
        cli({u"article"_s, u"forward"_s, id}, u"editor"_s);
        cli({u"article"_s, u"approve"_s, id}, u"chief"_s);
        const QString past = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        QCOMPARE(cli({u"article"_s, u"schedule"_s, id, u"--at"_s, past}, u"chief"_s).code, 0);
        QCOMPARE(cli({u"comment"_s, u"add"_s, id, u"Đăng lúc 7 giờ"_s}, u"chief"_s).code, 0);
        const Run due = cli({u"publish-due"_s});
        QCOMPARE(due.code, 0);
        QCOMPARE(QJsonDocument::fromJson(cli({u"article"_s, u"show"_s, id, u"--json"_s}).out.toUtf8()).object().value(u"state").toString(),
                 u"published"_s);
    }

    // bench seed adds searchable articles.
    void benchSeed()
    {
        const Run seed = cli({u"bench"_s, u"seed"_s, u"--articles"_s, u"300"_s, u"--state"_s, u"published"_s});
        QVERIFY2(seed.code == 0, qPrintable(seed.err));
        const Run list = cli({u"article"_s, u"list"_s, u"--state"_s, u"published"_s});
        QVERIFY(list.out.count(u'\n') >= 300);
        QCOMPARE(cli({u"bench"_s, u"seed"_s, u"--articles"_s, u"-5"_s}).code, 2);
    }
};

// A QGuiApplication, as in portaldesk-cli: the Công báo is printed with fonts.
QTEST_MAIN(TestCli)
#include "tst_cli.moc"
