// portaldesk(1) and portaldesk-cli(1), as the package's build makes them
// (`--man`): every command the CLI dispatches and every option either
// program accepts is in its page, and groff renders the pages without a
// warning.
#include "clirunner.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Printed {
    int exitCode = -1;
    QString out;
};

Printed runCli(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    PortalDesk::Models::CliRunner runner(outStream, errStream);
    const int code = runner.run(QStringList{u"portaldesk-cli"_s} + arguments);
    outStream.flush();
    return {code, out};
}

Printed runGui(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTALDESK_GUI_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

// The page's text between ".SH TITLE" and the next ".SH".
QString section(const QString &page, const QString &title)
{
    const qsizetype start = page.indexOf(u"\n.SH "_s + title + u'\n');
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf(u"\n.SH "_s, start + 1);
    return page.mid(start, end < 0 ? -1 : end - start);
}

// The long options --help lists (QCommandLineParser's own text, not the page's source).
QStringList helpOptions(const QString &help)
{
    static const QRegularExpression option(u"^\\s+(?:-\\w, )?--([a-z][a-z-]*)"_s, QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = option.globalMatch(help.mid(help.indexOf(u"Options:"_s))); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

QString roffOption(const QString &name)
{
    return u"\\-\\-"_s + QString(name).replace(u'-', u"\\-"_s);
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The dispatch table's keys are what the CLI accepts: each one opens at
    // least one entry of COMMANDS. A runner added without its line in --help
    // fails here (qa and agency once did).
    void everyCliCommandIsInItsPage()
    {
        const Printed man = runCli({u"--lang"_s, u"en"_s, u"--man"_s});
        QCOMPARE(man.exitCode, 0);
        const QString commands = section(man.out, u"COMMANDS"_s);
        QVERIFY2(!commands.isEmpty(), qPrintable(man.out.left(2000)));
        const QStringList verbs = PortalDesk::Models::CliRunner::commandVerbs();
        QVERIFY(verbs.size() >= 15);
        QStringList missing;
        for (const QString &verb : verbs) {
            const QRegularExpression entry(u"\n\\.B "_s + QRegularExpression::escape(QString(verb).replace(u'-', u"\\-"_s))
                                           + u"(\\s|\\|)"_s);
            if (!entry.match(commands).hasMatch())
                missing << verb;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"not in portaldesk-cli(1): "_s + missing.join(u", "_s)));
    }

    void everyOptionIsInItsPage_data()
    {
        QTest::addColumn<bool>("gui");
        QTest::newRow("nominal: portaldesk-cli") << false;
        QTest::newRow("nominal: portaldesk") << true;
    }

    // Compared with the options the program's own --help lists.
    void everyOptionIsInItsPage()
    {
        QFETCH(bool, gui);
        const QStringList lang{u"--lang"_s, u"en"_s};
        const Printed help = gui ? runGui(lang + QStringList{u"--help"_s}) : runCli(lang + QStringList{u"--help"_s});
        const Printed man = gui ? runGui(lang + QStringList{u"--man"_s}) : runCli(lang + QStringList{u"--man"_s});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(man.exitCode, 0);
        const QStringList names = helpOptions(help.out);
        QVERIFY2(names.contains(u"db"_s) && names.contains(u"lang"_s), qPrintable(help.out));
        const QString options = section(man.out, u"OPTIONS"_s);
        QStringList missing;
        for (const QString &name : names) {
            if (!options.contains(roffOption(name)))
                missing << name;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"options not in the page: "_s + missing.join(u", "_s)));
        QVERIFY2(!options.contains(roffOption(u"man"_s)), "the hidden --man is not for readers");
        for (const QString &title : {u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"EXIT STATUS"_s, u"ENVIRONMENT"_s, u"FILES"_s})
            QVERIFY2(!section(man.out, title).isEmpty(), qPrintable(title));
    }

    // groff (what man runs) reads both pages with every warning on and
    // says nothing; the text has the commands, with their hyphens.
    void rendersWithoutWarnings_data()
    {
        everyOptionIsInItsPage_data();
    }

    void rendersWithoutWarnings()
    {
        QFETCH(bool, gui);
        const QString groff = QStandardPaths::findExecutable(u"groff"_s);
        QVERIFY2(!groff.isEmpty(), "groff is missing: packaging/debian/build-deps lists man-db, which brings it");
        const QStringList lang{u"--lang"_s, u"en"_s};
        const Printed man = gui ? runGui(lang + QStringList{u"--man"_s}) : runCli(lang + QStringList{u"--man"_s});
        QCOMPARE(man.exitCode, 0);
        QProcess process;
        process.start(groff, {u"-man"_s, u"-Tutf8"_s, u"-ww"_s, u"-Kutf8"_s});
        process.write(man.out.toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString warnings = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        // Bold and underline are terminal escapes; justified lines have
        // double spaces.
        const QString text = QString::fromUtf8(process.readAllStandardOutput())
                                 .remove(QRegularExpression(u"\x1b\\[[0-9;]*m"_s))
                                 .simplified();
        QVERIFY2(text.contains(gui ? u"portaldesk-cli(1)"_s : u"publish-due"_s), qPrintable(text.left(3000)));
        QVERIFY2(text.contains(u"Cổng Thông tin điện tử tỉnh"_s) || !gui, qPrintable(text.left(3000)));
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
