// withoutSecrets(): what a message may quote of a URL or a server's words.
#include "redaction.h"

#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: no URL") << u"Không đọc được tệp."_s << u"Không đọc được tệp."_s;
        QTest::newRow("nominal: a URL without a password")
            << u"Cannot connect to postgresql://web@db.example:5432/portal: timeout"_s
            << u"Cannot connect to postgresql://web@db.example:5432/portal: timeout"_s;
        QTest::newRow("nominal: a URL with a port and no user")
            << u"'postgresql://db.example:5432/nr' names no database"_s << u"'postgresql://db.example:5432/nr' names no database"_s;
        QTest::newRow("nominal: a parseable URL")
            << u"URL 'postgresql://reporter:SeCrEt3@db.example/nr' is refused"_s
            << u"URL 'postgresql://reporter:***@db.example/nr' is refused"_s;
        QTest::newRow("robustness: a space in the host")
            << u"source was \"postgresql://reporter:SeCrEt2@loc alhost:5432/nr\"; host = \"loc alhost\""_s
            << u"source was \"postgresql://reporter:***@loc alhost:5432/nr\"; host = \"loc alhost\""_s;
        QTest::newRow("robustness: an unknown scheme, with the usage after it")
            << u"Unknown newsroom URL 'mysql://web:SeCrEt7@local host/portal': use postgresql://[user@]host[:port]/dbname."_s
            << u"Unknown newsroom URL 'mysql://web:***@local host/portal': use postgresql://[user@]host[:port]/dbname."_s;
        QTest::newRow("robustness: an @ and a space in the password")
            << u"'postgres://u:Se@Cr Et4@localhost/nr'"_s << u"'postgres://u:***@localhost/nr'"_s;
        QTest::newRow("robustness: an empty user") << u"x://:pw@h/d"_s << u"x://:***@h/d"_s;
        QTest::newRow("robustness: two URLs")
            << u"ftp://a:one@h1/x and mysql://b:two@h2/y"_s << u"ftp://a:***@h1/x and mysql://b:***@h2/y"_s;
        QTest::newRow("robustness: a SCRAM verifier")
            << u"ALTER ROLE admin PASSWORD 'SCRAM-SHA-256$4096:u93M==$Gc4I/rCq=:JtbG8='"_s
            << u"ALTER ROLE admin PASSWORD 'SCRAM-SHA-256$***'"_s;
        QTest::newRow("robustness: an md5 verifier")
            << u"PASSWORD 'md5a3556571e93b0d20722ba62be61e8c2d'"_s << u"PASSWORD 'md5***'"_s;
    }

    // Passwords and verifiers are masked however broken the URL; text
    // without them is left as it was.
    void masks()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(withoutSecrets(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
