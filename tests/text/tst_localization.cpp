// Dates as the desk shows them in each language: Vietnamese offices write
// "05/12/2026 07:39"; no language gets a two-digit year.
#include "localization.h"

#include <QRegularExpression>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestLocalization : public QObject
{
    Q_OBJECT

private slots:
    void vietnameseDates()
    {
        QVERIFY(Localization::install(u"vi"_s).ok());
        const QDateTime when(QDate(2026, 12, 5), QTime(7, 39));  // local time
        QCOMPARE(Localization::dateTimeText(when), u"05/12/2026 07:39"_s);
        QCOMPARE(Localization::dateText(QDate(2026, 1, 9)), u"09/01/2026"_s);
        QCOMPARE(Localization::dateTimeFormat(), u"dd/MM/yyyy HH:mm"_s);
    }

    void englishDatesKeepTheWholeYear()
    {
        QVERIFY(Localization::install(u"en"_s).ok());
        const QString text = Localization::dateTimeText(QDateTime(QDate(2026, 12, 5), QTime(7, 39)));
        QVERIFY2(text.contains(u"2026"), qPrintable(text));
        QVERIFY2(!Localization::dateFormat().contains(QRegularExpression(u"(^|[^y])yy([^y]|$)"_s)),
                 qPrintable(Localization::dateFormat()));
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
