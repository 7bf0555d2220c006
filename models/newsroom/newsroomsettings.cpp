#include "newsroomsettings.h"

#include "newsroom.h"
#include "sqlsupport.h"

#include <QSqlQuery>

namespace PortalDesk::Models {

NewsroomSettings::NewsroomSettings(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Result<QString> NewsroomSettings::value(const QString &key) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT value FROM newsroom_settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return databaseError(query);
    return query.next() ? query.value(0).toString() : QString();
}

Status NewsroomSettings::setValue(const QString &key, const QString &value)
{
    if (m_newsroom.isPostgres()) {
        auto set = callServer(m_newsroom.database(), QStringLiteral("SELECT pd_set_setting('', ?, ?)"), {key, nonNull(value)});
        if (!set)
            return set.error();
        if (const QString outcome = set->value(0).toString(); outcome != u"done")
            return serverOutcomeError(outcome, key);
        return Done{};
    }
    WriteTransaction transaction(m_newsroom.database());
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("INSERT INTO newsroom_settings (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(nonNull(value));
    if (!query.exec())
        return databaseError(query);
    return transaction.commit();
}

} // namespace PortalDesk::Models
