#include "localization.h"

#include "portaldesk_version.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace PortalDesk::Models {

namespace {

// Ours, so that a second install() (--lang after the system locale) replaces
// the first instead of stacking on it.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void load(const QString &path)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(path)) {
        QCoreApplication::installTranslator(translator);
        installed().append(translator);
    } else {
        delete translator;
    }
}

} // namespace

Result<QString> Localization::install(const QString &language)
{
    QString chosen = language.trimmed().toLower();
    if (chosen.isEmpty())
        chosen = QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
    if (chosen != u"vi" && chosen != u"en")
        return Error{ErrorCode::InvalidInput, tr("Unknown language '%1': use 'vi' or 'en'.").arg(language)};

    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    const QLocale locale(chosen == u"vi" ? QLocale::Vietnamese : QLocale::English,
                         chosen == u"vi" ? QLocale::Vietnam : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (chosen == u"vi") {
        load(QStringLiteral(":/i18n/qt_vi.qm"));
        load(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_vi.qm"));
    }
    load(QStringLiteral(":/i18n/portaldesk_") + chosen + QStringLiteral(".qm"));
    return chosen;
}

QString Localization::languageFromArguments(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if ((argument == u"--lang" || argument == u"-lang") && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (argument.startsWith(u"--lang="))
            language = argument.mid(7);
    }
    return language;
}

QString Localization::dateFormat()
{
    const QLocale locale;
    if (locale.language() == QLocale::Vietnamese)
        return QStringLiteral("dd/MM/yyyy");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString Localization::dateTimeFormat()
{
    const QLocale locale;
    return dateFormat() + u' '
        + (locale.language() == QLocale::Vietnamese ? QStringLiteral("HH:mm") : locale.timeFormat(QLocale::ShortFormat));
}

QString Localization::dateText(const QDate &day)
{
    return QLocale().toString(day, dateFormat());
}

QString Localization::dateTimeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), dateTimeFormat());
}

void Localization::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PortalDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("portaldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTALDESK_VERSION));
}

} // namespace PortalDesk::Models
