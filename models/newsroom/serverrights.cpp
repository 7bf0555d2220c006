#include "serverrights.h"

#include "article.h"
#include "sqlsupport.h"
#include "user.h"
#include "vietnamesetext.h"
#include "questionworkflow.h"
#include "workflow.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <utility>

namespace PortalDesk::Models {

namespace {

// The desk's folding table (foldDiacritics) as the two strings of the
// server's translate(): every letter that folds, and what it folds to.
std::pair<QString, QString> foldTable()
{
    QString from;
    QString to;
    for (const auto &[first, last] : {std::pair<char16_t, char16_t>{0x00C0, 0x024F}, {0x1E00, 0x1EFF}}) {
        for (char16_t c = first; c <= last; ++c) {
            const QString letter(QChar{c});
            const QString folded = foldDiacritics(letter);
            if (folded != letter && folded.size() == 1) {
                from += letter;
                to += folded;
            }
        }
    }
    return {from, to};
}

} // namespace

Status ServerRights::runScript(QSqlDatabase &db, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Failed, tr("The server rights script is missing from this build.")};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !query.next())
        return databaseError(query);
    const QString schema = query.value(0).toString();
    query.finish();
    const auto [foldFrom, foldTo] = foldTable();
    const QString script = QString::fromUtf8(file.readAll())
                               .replace(QStringLiteral("@SCHEMA@"), schema)
                               .replace(QStringLiteral("@FOLD_FROM@"), foldFrom)
                               .replace(QStringLiteral("@FOLD_TO@"), foldTo)
                               .replace(QStringLiteral("@MAX_BODY_BYTES@"), QString::number(maxBodyBytes))
                               .replace(QStringLiteral("@MAX_FIELD_BYTES@"), QString::number(maxFieldBytes));
    for (const QString &statement : splitScript(script)) {
        if (!query.exec(statement)) {
            const Error error = databaseError(query);
            return Error{error.code, tr("%1 (while setting up the server's rights: %2)")
                                         .arg(error.message, statement.section(u'\n', 0, 0).left(80))};
        }
    }
    return Done{};
}

Status ServerRights::install(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    if (Status installed = runScript(db, QStringLiteral(":/sql/server-rights.postgres.sql")); !installed)
        return installed;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO workflow_rules (action, role, from_state, to_state, own_only,"
                                      " needs_reason, position) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return databaseError(query);
    int position = 0;
    for (const Workflow::RuleRow &row : Workflow::ruleRows()) {
        query.addBindValue(row.action);
        query.addBindValue(row.role);
        query.addBindValue(row.fromState);
        query.addBindValue(row.toState.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.toState));
        query.addBindValue(row.ownOnly);
        query.addBindValue(row.needsReason);
        query.addBindValue(++position);
        if (!query.exec())
            return databaseError(query);
    }
    return Done{};
}

Status ServerRights::upgrade12(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    return runScript(db, QStringLiteral(":/sql/server-rights-12.postgres.sql"));
}

Status ServerRights::upgrade13(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    return runScript(db, QStringLiteral(":/sql/server-rights-13.postgres.sql"));
}

Status ServerRights::upgrade14(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    return runScript(db, QStringLiteral(":/sql/server-rights-14.postgres.sql"));
}

Status ServerRights::upgrade15(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    if (Status upgraded = runScript(db, QStringLiteral(":/sql/server-rights-15.postgres.sql")); !upgraded)
        return upgraded;
    // Which rules need described photos: workflow.cpp's table says.
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("UPDATE workflow_rules SET needs_described_photos = ?"
                                      " WHERE action = ? AND role = ? AND from_state = ?")))
        return databaseError(query);
    for (const Workflow::RuleRow &row : Workflow::ruleRows()) {
        query.addBindValue(row.needsDescribedPhotos);
        query.addBindValue(row.action);
        query.addBindValue(row.role);
        query.addBindValue(row.fromState);
        if (!query.exec())
            return databaseError(query);
    }
    return Done{};
}

Status ServerRights::upgrade16(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    return runScript(db, QStringLiteral(":/sql/server-rights-16.postgres.sql"));
}

Status ServerRights::upgrade17(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    return runScript(db, QStringLiteral(":/sql/server-rights-17.postgres.sql"));
}

Status ServerRights::upgrade18(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    return runScript(db, QStringLiteral(":/sql/server-rights-18.postgres.sql"));
}

Status ServerRights::upgrade19(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    if (Status upgraded = runScript(db, QStringLiteral(":/sql/server-rights-19.postgres.sql")); !upgraded)
        return upgraded;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO question_rules (action, role, from_state, to_state, needs_reason) VALUES (?, ?, ?, ?, ?)")))
        return databaseError(query);
    for (const QuestionWorkflow::RuleRow &row : QuestionWorkflow::ruleRows()) {
        query.addBindValue(row.action);
        query.addBindValue(row.role);
        query.addBindValue(row.fromState);
        query.addBindValue(row.toState.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.toState));
        query.addBindValue(row.needsReason);
        if (!query.exec())
            return databaseError(query);
    }
    return Done{};
}

Status ServerRights::upgrade20(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    return runScript(db, QStringLiteral(":/sql/server-rights-20.postgres.sql"));
}

Status ServerRights::upgrade22(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    QSqlQuery query(db);
    const QString whereItIs = QStringLiteral("SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                                             " WHERE e.extname = 'unaccent'");
    if (!query.exec(whereItIs))
        return databaseError(query);
    if (!query.next()) {
        query.finish();
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT FROM pg_available_extensions WHERE name = 'unaccent')")) || !query.next())
            return databaseError(query);
        if (!query.value(0).toBool())
            return Done{};
        query.finish();
        // Refused (no CREATE on the database), the questions are folded as
        // before: slower, the same text.
        if (!query.exec(QStringLiteral("SAVEPOINT unaccent")))
            return databaseError(query);
        if (!query.exec(QStringLiteral("CREATE EXTENSION unaccent"))) {
            if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT unaccent")))
                return databaseError(query);
            return Done{};
        }
        if (!query.exec(QStringLiteral("RELEASE SAVEPOINT unaccent")) || !query.exec(whereItIs) || !query.next())
            return databaseError(query);
    }
    const QString schema = query.value(0).toString();
    query.finish();
    // Schema 20's folding spends most of its time in normalize(…, NFD):
    // 2.3 s for 100,000 titles, a third of a pull into a shared newsroom;
    // unaccent's dictionary takes 0.4 s. It folds the letters of Vietnamese
    // as NFD does, but other characters its own way (æ to ae, – to -), so
    // it is used only for titles of ASCII and Vietnamese letters, where the
    // two agree (tst_questionfolding compares them); the rest are folded as
    // before. STABLE, as unaccent() is, so that it is still inlined.
    const QString lower = QStringLiteral("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ");
    const QString letters = lower + lower.toUpper();
    const QString function = QStringLiteral(
        "CREATE OR REPLACE FUNCTION pd_qa_fold(p_text text) RETURNS text LANGUAGE sql STABLE AS $fold$"
        " SELECT CASE WHEN p_text ~ '^[\\u0001-\\u007f%1]*$'"
        " THEN pg_catalog.lower(%2.unaccent('%2.unaccent'::regdictionary, p_text))"
        " ELSE pg_catalog.translate(pg_catalog.regexp_replace(normalize(pg_catalog.lower(p_text), NFD), '[\\u0300-\\u036f]', '', 'g'),"
        " 'đ', 'd') END $fold$").arg(letters, schema);
    if (!query.exec(function))
        return databaseError(query);
    return Done{};
}

Status ServerRights::upgrade23(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    return runScript(db, QStringLiteral(":/sql/server-rights-23.postgres.sql"));
}

QStringList ServerRights::splitScript(const QString &script)
{
    QStringList statements;
    QString current;
    QString dollarTag;  // inside $tag$ ... $tag$ when not empty
    bool inQuote = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!dollarTag.isEmpty()) {
            if (script.mid(i, dollarTag.size()) == dollarTag) {
                current += dollarTag;
                i += dollarTag.size() - 1;
                dollarTag.clear();
            } else {
                current += c;
            }
            continue;
        }
        if (inQuote) {
            current += c;
            if (c == u'\'')
                inQuote = false;  // '' reads as two quotes: leaves and enters again
            continue;
        }
        if (c == u'-' && script.mid(i, 2) == u"--") {
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? script.size() : end;
            current += u'\n';
            continue;
        }
        if (c == u'\'') {
            inQuote = true;
        } else if (c == u'$') {
            const qsizetype end = script.indexOf(u'$', i + 1);
            const QString tag = end < 0 ? QString() : script.mid(i, end - i + 1);
            static const QRegularExpression tagPattern(QStringLiteral("^\\$[A-Za-z_]*\\$$"));
            if (!tag.isEmpty() && tagPattern.match(tag).hasMatch()) {
                dollarTag = tag;
                current += tag;
                i = end;
                continue;
            }
        } else if (c == u';') {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Result<QString> ServerRights::passwordVerifier(const QSqlDatabase &db, const QString &login, const QString &password)
{
    PGconn *connection = postgresConnection(db);
    if (!connection)
        return Error{ErrorCode::Failed, tr("Not connected to a PostgreSQL newsroom.")};
    const QByteArray user = login.toUtf8();
    const QByteArray secret = password.toUtf8();
    char *verifier = PQencryptPasswordConn(connection, secret.constData(), user.constData(), "scram-sha-256");
    if (!verifier)
        return Error{ErrorCode::Failed, tr("Cannot hash the password: %1").arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed())};
    const QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

QString ServerRights::actingLogin(const User *user)
{
    return user ? user->login : QString();
}

} // namespace PortalDesk::Models
