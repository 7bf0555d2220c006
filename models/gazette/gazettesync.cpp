#include "gazettesync.h"

#include "portaloutbox.h"

#include "gazetteprint.h"
#include "gazettestore.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "portal.h"
#include "sqlsupport.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace PortalDesk::Models {

GazetteSync::GazetteSync(Newsroom &newsroom, Portal &portal, QString pdfDirectory)
    : m_newsroom(newsroom)
    , m_portal(portal)
    , m_pdfDirectory(std::move(pdfDirectory))
{
}

namespace {
const PortalOutbox outbox{QStringLiteral("gazette_outbox"), QStringLiteral("issue_id")};
}

Result<int> GazetteSync::pendingCount() const
{
    return outbox.pendingCount(m_newsroom.database());
}

Result<GazetteSyncSummary> GazetteSync::run()
{
    return outbox.drain(m_newsroom.database(), [this](const QString &id, const QString &action) { return send(id, action); });
}

Status GazetteSync::send(const QString &issueId, const QString &action)
{
    GazetteStore store(m_newsroom);
    auto issue = store.issue(issueId);
    if (!issue)
        return issue.error();
    const QString name = tr("Công báo Số %1/%2").arg(issue->number.text()).arg(issue->year);
    auto contents = store.issueContents(issueId);
    if (!contents)
        return contents.error();
    const QString province = NewsroomSettings(m_newsroom).value(NewsroomSettings::provinceName).value_or(QString());
    if (province.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("%1: the province's name for the cover is not set.").arg(name)};
    GazettePrint print(issue.value(), contents.value(), province);
    auto pdf = print.pdf();
    if (!pdf)
        return Error{pdf.error().code, QStringLiteral("%1: %2").arg(name, pdf.error().message)};

    QString pdfFile;
    if (!m_pdfDirectory.isEmpty() && action != u"withdraw") {
        pdfFile = QDir(m_pdfDirectory).filePath(QStringLiteral("cong-bao-%1-so-%2.pdf")
                                                    .arg(issue->year)
                                                    .arg(issue->number.text().remove(u' ').replace(u'+', u'-')));
        QSaveFile file(pdfFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit())
            return Error{ErrorCode::Failed, tr("%1: cannot write %2: %3.").arg(name, pdfFile, file.errorString())};
    }

    QSqlDatabase db = m_portal.database();
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT 1 FROM portal_gazette_issues WHERE 1 = 0"))
            || !probe.exec(QStringLiteral("SELECT 1 FROM portal_gazette_documents WHERE 1 = 0"))) {
            return Error{ErrorCode::Failed, tr("%1 was not sent: %2 has no gazette tables; create them with "
                                               "\"portaldesk-cli portal init\" (%3).")
                                                .arg(name, m_portal.display(), sqlReason(probe.lastError()))};
        }
    }
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return Error{ErrorCode::Failed, QStringLiteral("%1: %2").arg(name, transaction.error().message)};
    const auto failed = [&](const QSqlQuery &q) {
        return Error{ErrorCode::Failed, tr("%1 was not sent to %2: %3.").arg(name, m_portal.display(), sqlReason(q.lastError()))};
    };
    QSqlQuery query(db);
    // Written whole each time: the contents first go, then the issue.
    for (const QString &statement : {QStringLiteral("DELETE FROM portal_gazette_documents WHERE issue_uuid = ?"),
                                      QStringLiteral("DELETE FROM portal_gazette_issues WHERE uuid = ?")}) {
        if (!query.prepare(statement))
            return failed(query);
        query.addBindValue(issueId);
        if (!query.exec())
            return failed(query);
    }
    const bool withdrawn = action == u"withdraw";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!query.prepare(QStringLiteral("INSERT INTO portal_gazette_issues (uuid, year, number, last_number, title, published_on,"
                                      " pages, pdf, pdf_file, status, updated_at, content_hash)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed(query);
    query.addBindValue(issueId);
    query.addBindValue(issue->year);
    query.addBindValue(issue->number.first);
    query.addBindValue(issue->number.last);
    query.addBindValue(QStringLiteral("Số %1").arg(issue->number.text()));
    query.addBindValue(issue->publishedOn.toString(Qt::ISODate));
    query.addBindValue(print.pageCount());
    // A withdrawn issue leaves the portal's pages; its PDF goes with it.
    query.addBindValue(withdrawn || !pdfFile.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(pdf.value()));
    query.addBindValue(pdfFile.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(pdfFile));
    query.addBindValue(withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("published"));
    query.addBindValue(m_portal.isMySql() ? QVariant(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) : QVariant(toStamp(now)));
    query.addBindValue(contentDigest(pdf.value()));
    if (!query.exec())
        return failed(query);
    if (!query.prepare(QStringLiteral("INSERT INTO portal_gazette_documents (issue_uuid, position, uuid, doc_type, symbol, issuer,"
                                      " signed_on, summary, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed(query);
    for (qsizetype i = 0; i < contents->size(); ++i) {
        const GazetteDocument &d = contents->at(i);
        const auto type = LegalDocumentTypes::find(d.meta.typeKey);
        query.addBindValue(issueId);
        query.addBindValue(int(i));
        query.addBindValue(d.id);
        query.addBindValue(type ? QString::fromUtf8(type->name) : d.meta.typeKey);
        query.addBindValue(d.meta.symbol);
        query.addBindValue(d.meta.issuer);
        query.addBindValue(d.meta.signedOn.toString(Qt::ISODate));
        query.addBindValue(d.meta.summary);
        query.addBindValue(print.contents().at(i).page);
        if (!query.exec())
            return failed(query);
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{ErrorCode::Failed, QStringLiteral("%1: %2").arg(name, committed.error().message)};
    return Done{};
}

} // namespace PortalDesk::Models
