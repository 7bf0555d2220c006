#include "spellingwords.h"

#include "newsroom.h"
#include "serverrights.h"
#include "sqlsupport.h"
#include "user.h"

#include <QSqlQuery>

namespace PortalDesk::Models {

SpellingWords::SpellingWords(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Result<QSet<QString>> SpellingWords::all() const
{
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT word FROM spelling_words")))
        return databaseError(query);
    QSet<QString> words;
    while (query.next())
        words.insert(query.value(0).toString());
    return words;
}

Status SpellingWords::add(const QString &word, const User *by)
{
    const QString normalized = word.trimmed().normalized(QString::NormalizationForm_C);
    if (normalized.isEmpty())
        return Done{};
    QSqlDatabase db = m_newsroom.database();
    if (isPostgres(db)) {
        auto added = callServer(db, QStringLiteral("SELECT pd_add_word(?, ?)"), {ServerRights::actingLogin(by), normalized});
        if (!added)
            return added.error();
        if (const QString outcome = added->value(0).toString(); outcome != u"done")
            return serverOutcomeError(outcome, normalized);
        return Done{};
    }
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM spelling_words WHERE word = ?"));
    query.addBindValue(normalized);
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return Done{};
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO spelling_words (word, added_by, added_at) VALUES (?, ?, ?)"));
    query.addBindValue(normalized);
    query.addBindValue(by ? QVariant(by->id) : QVariant());
    query.addBindValue(nowStamp());
    if (!query.exec())
        return databaseError(query);
    return transaction.commit();
}

} // namespace PortalDesk::Models
