#include "portalwrite.h"

#include "mediafigures.h"
#include "portal.h"
#include "sqlsupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models::PortalWrite {

namespace {

// A value in COPY's text format: backslash escapes, \N for NULL. The runs
// between characters that need escaping are appended whole: a first sync
// formats a few hundred megabytes.
void appendCopyValue(QByteArray &line, const QVariant &value)
{
    if (value.isNull()) {
        line += "\\N";
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    const char *run = text.constData();
    const char *const end = run + text.size();
    for (const char *c = run; c != end; ++c) {
        const char *escaped = *c == '\\' ? "\\\\" : *c == '\t' ? "\\t" : *c == '\n' ? "\\n" : *c == '\r' ? "\\r" : nullptr;
        if (!escaped)
            continue;
        line.append(run, c - run);
        line.append(escaped);
        run = c + 1;
    }
    line.append(run, end - run);
}

// New rows into PostgreSQL with COPY, the way psql's \copy loads: several
// times faster than INSERT for a first sync. Inside the batch's transaction,
// so a failure rolls back with the rest; the error as QSqlError, with the
// SQLSTATE, for the retry decision.
bool copyRows(PGconn *connection, const QString &table, const QStringList &columns, const QList<const Item *> &rows,
              QSqlError *error)
{
    const auto failed = [connection, error](PGresult *result, const char *message) {
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        *error = QSqlError(QStringLiteral("COPY"), QString::fromUtf8(message).trimmed(), QSqlError::StatementError,
                           QString::fromLatin1(state ? state : ""));
        if (result)
            PQclear(result);
        while (PGresult *rest = PQgetResult(connection))
            PQclear(rest);
        return false;
    };
    const QByteArray command = u"COPY %1 (%2) FROM STDIN"_s.arg(table, columns.join(u", ")).toUtf8();
    PGresult *result = PQexec(connection, command.constData());
    if (PQresultStatus(result) != PGRES_COPY_IN)
        return failed(result, PQerrorMessage(connection));
    PQclear(result);
    // One buffer for the whole COPY, its capacity kept between sends:
    // clear() would free it and every megabyte would grow again from
    // nothing, new pages each time.
    QByteArray buffer;
    buffer.reserve((1 << 20) + (1 << 16));
    const auto send = [&] {
        const bool sent = PQputCopyData(connection, buffer.constData(), int(buffer.size())) == 1;
        buffer.resize(0);
        return sent;
    };
    for (const Item *row : rows) {
        for (qsizetype i = 0; i < row->values.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            appendCopyValue(buffer, row->values.at(i));
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20) && !send())
            return failed(nullptr, PQerrorMessage(connection));
    }
    if ((!buffer.isEmpty() && !send()) || PQputCopyEnd(connection, nullptr) != 1)
        return failed(nullptr, PQerrorMessage(connection));
    result = PQgetResult(connection);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        return failed(result, PQresultErrorMessage(result));
    PQclear(result);
    while (PGresult *rest = PQgetResult(connection))
        PQclear(rest);
    return true;
}

// Runs a multi-row INSERT with bound values: one statement for many rows.
bool insertRows(QSqlQuery &query, const QString &head, const QList<const Item *> &rows)
{
    const QString row = u'(' + placeholders(rows.constFirst()->values.size()) + u')';
    if (!query.prepare(head + u" VALUES "_s + QStringList(rows.size(), row).join(u',')))
        return false;
    for (const Item *row : rows) {
        for (const QVariant &value : row->values)
            query.addBindValue(value);
    }
    return query.exec();
}

// Replaces the photo rows of every article the batch wrote, inside its
// transaction: a killed sync leaves the article and its photos as they were,
// or both new.
std::optional<QSqlError> writeMedia(QSqlDatabase db, const PortalMapping &map, const QList<Item> &items,
                                    QSqlDatabase newsroom, QString *reason)
{
    // The old rows go first, in statements of many articles each: one
    // DELETE per article was a round trip per row of a first sync, about as
    // long as the COPY of the articles themselves.
    QStringList written;
    for (const Item &item : items) {
        if ((item.kind == Item::Insert || item.kind == Item::Update) && item.failure.isEmpty())
            written.append(item.id);
    }
    QSqlQuery remove(db);
    constexpr qsizetype articlesPerDelete = 1000;
    for (qsizetype from = 0; from < written.size(); from += articlesPerDelete) {
        const QStringList some = written.mid(from, articlesPerDelete);
        if (!remove.prepare(u"DELETE FROM %1 WHERE article_uuid IN (%2)"_s.arg(map.mediaTable, placeholders(some.size()))))
            return remove.lastError();
        for (const QString &id : some)
            remove.addBindValue(id);
        if (!remove.exec())
            return remove.lastError();
    }
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO %1 (article_uuid, media_uuid, rendition, position, is_lead, file_name, mime_type,"
                        " width, height, caption, credit, alt, content_hash, content) VALUES (%2)"_s.arg(map.mediaTable,
                                                                                                      placeholders(14))))
        return insert.lastError();
    for (const Item &item : items) {
        if ((item.kind != Item::Insert && item.kind != Item::Update) || !item.failure.isEmpty())
            continue;
        if (!item.publish || item.media.isEmpty())
            continue;
        QStringList ids;
        for (const MediaRow &row : item.media)
            ids.append(row.mediaId);
        ids.removeDuplicates();
        auto figures = MediaFigures::read(newsroom, ids, true);
        if (!figures) {
            *reason = figures.error().message;
            return QSqlError(*reason, {}, QSqlError::UnknownError);
        }
        for (const MediaRow &row : item.media) {
            const MediaFigure figure = figures->value(row.mediaId);
            const QByteArray content = row.rendition == u"web" ? figure.web.content : figure.thumb.content;
            if (content.isEmpty())
                continue;  // gone from the newsroom since the batch was read
            for (const QVariant &value : QVariantList{item.id, row.mediaId, row.rendition, row.position, row.lead,
                                                      row.fileName, row.mimeType, row.width, row.height,
                                                      nonNull(row.caption), nonNull(row.credit), nonNull(row.alt),
                                                      row.sha256})
                insert.addBindValue(value);
            insert.addBindValue(content);
            if (!insert.exec())
                return insert.lastError();
        }
    }
    return std::nullopt;
}

} // namespace

Attempt writeBatch(QSqlDatabase db, const PortalMapping &map, const Statements &statements, QList<Item> &items,
                   QSqlDatabase newsroom)
{
    const auto abandon = [&db](const QSqlError &error) {
        db.rollback();
        return Attempt{Portal::isTransient(error) ? Outcome::Transient : Outcome::Failed, sqlReason(error)};
    };
    for (Item &item : items)
        item.failure.clear();
    if (!db.transaction())
        return abandon(db.lastError());

    QSqlQuery query(db);
    QStringList assignments;
    for (const QString &column : statements.updateColumns)
        assignments.append(column + u" = ?"_s);
    const QString update = u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(map.table, assignments.join(u", "), map.keyColumn);
    const QString insertHead = u"INSERT INTO %1 (%2)"_s.arg(map.table, statements.insertColumns.join(u", "));

    if (!query.exec(u"SAVEPOINT portaldesk_batch"_s))
        return abandon(query.lastError());
    bool together = true;
    // Well under every backend's limit of bound values in one statement.
    const qsizetype rowsPerInsert = std::max<qsizetype>(1, 20000 / std::max<qsizetype>(1, statements.insertColumns.size()));
    QList<const Item *> inserts;
    for (const Item &item : std::as_const(items)) {
        if (item.kind == Item::Insert)
            inserts.append(&item);
    }
    if (PGconn *connection = postgresConnection(db); connection && !inserts.isEmpty()) {
        QSqlError error;
        if (!copyRows(connection, map.table, statements.insertColumns, inserts, &error)) {
            if (Portal::isTransient(error))
                return abandon(error);
            together = false;
        }
        inserts.clear();
    }
    for (qsizetype from = 0; together && from < inserts.size(); from += rowsPerInsert) {
        const qsizetype rows = std::min(rowsPerInsert, inserts.size() - from);
        if (!insertRows(query, insertHead, inserts.mid(from, rows))) {
            if (Portal::isTransient(query.lastError()))
                return abandon(query.lastError());
            together = false;
        }
    }
    bool hasUpdates = false;
    for (const Item &item : std::as_const(items))
        hasUpdates = hasUpdates || item.kind == Item::Update;
    if (together && hasUpdates) {
        bool ok = query.prepare(update);
        for (const Item &item : std::as_const(items)) {
            if (item.kind != Item::Update)
                continue;
            for (const QVariant &value : item.values)
                query.addBindValue(value);
            if (!ok || !query.exec()) {
                if (Portal::isTransient(query.lastError()))
                    return abandon(query.lastError());
                together = false;
                break;
            }
        }
    }
    if (!together) {
        if (!query.exec(u"ROLLBACK TO SAVEPOINT portaldesk_batch"_s))
            return abandon(query.lastError());
        QSqlQuery savepoint(db);
        for (Item &item : items) {
            if (item.kind != Item::Insert && item.kind != Item::Update)
                continue;
            if (!savepoint.exec(u"SAVEPOINT portaldesk_item"_s))
                return abandon(savepoint.lastError());
            bool ok = false;
            if (item.kind == Item::Insert) {
                ok = insertRows(query, insertHead, {&item});
            } else {
                ok = query.prepare(update);
                for (const QVariant &value : std::as_const(item.values))
                    query.addBindValue(value);
                ok = ok && query.exec();
            }
            if (ok) {
                savepoint.exec(u"RELEASE SAVEPOINT portaldesk_item"_s);
                continue;
            }
            if (Portal::isTransient(query.lastError()))
                return abandon(query.lastError());
            item.failure = sqlReason(query.lastError());
            if (!savepoint.exec(u"ROLLBACK TO SAVEPOINT portaldesk_item"_s))
                return abandon(savepoint.lastError());
        }
    }
    if (!map.mediaTable.isEmpty()) {
        QString reason;
        if (const std::optional<QSqlError> failed = writeMedia(db, map, items, newsroom, &reason)) {
            if (!reason.isEmpty()) {
                db.rollback();
                return Attempt{Outcome::Failed, reason};
            }
            return abandon(*failed);
        }
    }
    if (!db.commit())
        return abandon(db.lastError());
    return {};
}

} // namespace PortalDesk::Models::PortalWrite
