#include "digestsync.h"

#include "portaloutbox.h"

#include "digestreview.h"
#include "digeststore.h"
#include "newsroom.h"
#include "portal.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>


namespace PortalDesk::Models {

DigestSync::DigestSync(Newsroom &newsroom, Portal &portal)
    : m_newsroom(newsroom)
    , m_portal(portal)
{
}

namespace {
const PortalOutbox outbox{QStringLiteral("digest_outbox"), QStringLiteral("digest_id")};
}

Result<int> DigestSync::pendingCount() const
{
    return outbox.pendingCount(m_newsroom.database());
}

Result<OutboxSummary> DigestSync::run()
{
    return outbox.drain(m_newsroom.database(), [this](const QString &id, const QString &action) { return send(id, action); });
}

Status DigestSync::send(const QString &digestId, const QString &action)
{
    QSqlQuery find(m_newsroom.database());
    find.prepare(QStringLiteral("SELECT day FROM digests WHERE id = ?"));
    find.addBindValue(digestId);
    if (!find.exec() || !find.next())
        return Error{ErrorCode::NotFound, tr("The digest %1 is gone from the newsroom.").arg(digestId)};
    const QDate day = QDate::fromString(find.value(0).toString(), Qt::ISODate);
    const QString name = tr("The digest of %1").arg(day.toString(QStringLiteral("dd/MM/yyyy")));
    auto stored = DigestReview(m_newsroom).forDay(day);
    if (!stored || !stored->has_value())
        return Error{ErrorCode::Failed, tr("%1 cannot be read.").arg(name)};
    auto sections = DigestStore(m_newsroom).sections();
    if (!sections)
        return sections.error();
    auto html = DigestBuilder::html(stored->value().draft, sections.value());
    if (!html)
        return Error{html.error().code, QStringLiteral("%1: %2").arg(name, html.error().message)};
    const QByteArray bytes = html->toUtf8();
    const QString digest = contentDigest(bytes);

    QSqlDatabase db = m_portal.database();
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT 1 FROM portal_digests WHERE 1 = 0")))
            return Error{ErrorCode::Failed, tr("%1 was not sent: %2 has no portal_digests table; create it with "
                                               "\"portaldesk-cli portal init\" (%3).")
                                                .arg(name, m_portal.display(), sqlReason(probe.lastError()))};
    }
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return Error{ErrorCode::Failed, QStringLiteral("%1: %2").arg(name, transaction.error().message)};
    const auto failed = [&](const QSqlQuery &q) {
        return Error{ErrorCode::Failed, tr("%1 was not sent to %2: %3.").arg(name, m_portal.display(), sqlReason(q.lastError()))};
    };
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("DELETE FROM portal_digests WHERE uuid = ?")))
        return failed(query);
    query.addBindValue(digestId);
    if (!query.exec())
        return failed(query);
    if (!query.prepare(QStringLiteral("INSERT INTO portal_digests (uuid, day, title, html, status, updated_at, content_hash)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return failed(query);
    const bool withdrawn = action == u"withdraw";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    query.addBindValue(digestId);
    query.addBindValue(day.toString(Qt::ISODate));
    query.addBindValue(QStringLiteral("Bản tin điểm báo ngày %1").arg(day.toString(QStringLiteral("dd/MM/yyyy"))));
    query.addBindValue(withdrawn ? QVariant(QMetaType::fromType<QString>()) : QVariant(html.value()));
    query.addBindValue(withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("published"));
    query.addBindValue(m_portal.isMySql() ? QVariant(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) : QVariant(toStamp(now)));
    query.addBindValue(digest);
    if (!query.exec())
        return failed(query);
    if (Status committed = transaction.commit(); !committed)
        return Error{ErrorCode::Failed, QStringLiteral("%1: %2").arg(name, committed.error().message)};
    return Done{};
}

} // namespace PortalDesk::Models
