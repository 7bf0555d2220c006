#include "benchseed.h"

#include "articlegenerator.h"
#include "newsroom.h"
#include "searchquery.h"
#include "sqlsupport.h"
#include "vietnamesetext.h"
#include "articlerows.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

namespace PortalDesk::Models {

namespace {

constexpr int rowsPerTransaction = 20000;

} // namespace

Result<qint64> BenchSeed::run(Newsroom &newsroom, qint64 count, std::optional<ArticleState> state,
                              std::optional<quint64> seed, const QDateTime &anchor)
{
    QSqlDatabase db = newsroom.database();
    const bool postgres = newsroom.isPostgres();
    ArticleGenerator generator(seed.value_or(QRandomGenerator::global()->generate64()), anchor);
    QHash<QString, qint64> sectionIds;
    QHash<QString, qint64> authorIds;

    QSqlQuery lookup(db);
    QSqlQuery article(db);
    QSqlQuery revision(db);
    QSqlQuery index(db);
    QSqlQuery outbox(db);
    QSqlQuery pending(db);
    const auto prepare = [&]() {
        article.prepare(QStringLiteral(
            "INSERT INTO articles (id, title, sort_title, summary, body, section_id, author_id, tags, source, state,"
            " version, created_at, updated_at%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?%2)")
                            .arg(postgres ? QStringLiteral(", search_exact, search_folded") : QString(),
                                 postgres ? QStringLiteral(", to_tsvector('simple', ?), to_tsvector('simple', ?)") : QString()));
        revision.prepare(QStringLiteral("INSERT INTO revisions (article_id, version, title, summary, body, saved_by, saved_at)"
                                        " VALUES (?, 1, ?, ?, ?, ?, ?)"));
        // Published articles wait for the portal, as publishing leaves them.
        outbox.prepare(QStringLiteral("INSERT INTO portal_outbox (article_id, version, action, queued_at) VALUES (?, 1, 'publish', ?)"));
        pending.prepare(QStringLiteral("INSERT INTO article_sync (article_id, status) VALUES (?, 'pending')"));
        if (!postgres)
            index.prepare(QStringLiteral("INSERT INTO articles_fts (rowid, exact, folded) VALUES (?, ?, ?)"));
    };

    if (!postgres) {
        // Bulk loading touches far more pages than the default 2 MB cache
        // holds (the FTS segments above all).
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
    qint64 written = 0;
    while (written < count) {
        WriteTransaction transaction(db);
        if (!transaction.begun())
            return transaction.error();
        prepare();
        const qint64 batchEnd = qMin(count, written + rowsPerTransaction);
        for (; written < batchEnd; ++written) {
            Article next = state ? generator.next(*state) : generator.next();
            qint64 &sectionId = sectionIds[next.section];
            if (!sectionId) {
                auto id = ArticleRows::sectionId(lookup, next.section);
                if (!id)
                    return id.error();
                sectionId = id.value();
            }
            qint64 &authorId = authorIds[next.author];
            if (!authorId) {
                auto id = ArticleRows::authorId(lookup, next.author);
                if (!id)
                    return id.error();
                authorId = id.value();
            }
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString created = toStamp(next.created);
            const QString updated = toStamp(next.updated);
            const QString text = next.title + u'\n' + next.summary + u'\n' + next.body;
            article.addBindValue(id);
            article.addBindValue(next.title);
            article.addBindValue(vietnameseSortKey(next.title));
            article.addBindValue(next.summary);
            article.addBindValue(next.body);
            article.addBindValue(sectionId);
            article.addBindValue(authorId);
            article.addBindValue(next.tags.join(u','));
            article.addBindValue(next.source);
            article.addBindValue(articleStateKey(next.state));
            article.addBindValue(created);
            article.addBindValue(updated);
            if (postgres) {
                article.addBindValue(indexText(text));
                article.addBindValue(foldedIndexText(text));
            }
            if (!article.exec())
                return databaseError(article);
            if (!postgres) {
                index.addBindValue(article.lastInsertId());
                index.addBindValue(indexText(text));
                index.addBindValue(foldedIndexText(text));
                if (!index.exec())
                    return databaseError(index);
            }
            revision.addBindValue(id);
            revision.addBindValue(next.title);
            revision.addBindValue(next.summary);
            revision.addBindValue(next.body);
            revision.addBindValue(authorId);
            revision.addBindValue(updated);
            if (!revision.exec())
                return databaseError(revision);
            if (next.state == ArticleState::Published) {
                outbox.addBindValue(id);
                outbox.addBindValue(updated);
                if (!outbox.exec())
                    return databaseError(outbox);
                pending.addBindValue(id);
                if (!pending.exec())
                    return databaseError(pending);
            }
        }
        lookup.finish();
        article.finish();
        revision.finish();
        index.finish();
        outbox.finish();
        pending.finish();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    return written;
}

} // namespace PortalDesk::Models
