#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace PortalDesk::Models {

struct User;

// The rights a PostgreSQL newsroom keeps on the server
// (resources/sql/server-rights.postgres.sql): group roles, the
// SECURITY DEFINER functions every edit and transition goes through, and
// the privileges of the staff roles. The embedded backend has one desk and
// checks the same rules in the client.
class ServerRights final
{
    Q_DECLARE_TR_FUNCTIONS(ServerRights)

public:
    // Schema 11 on PostgreSQL: installs the script into the current schema
    // and copies Workflow's rules into workflow_rules. Nothing on SQLite.
    static Status install(QSqlDatabase &db);
    // Schema 12 on PostgreSQL (resources/sql/server-rights-12.postgres.sql):
    // the server makes ids and search text, checks sizes, sections and who
    // may lock, words refusals itself and counts its notices.
    static Status upgrade12(QSqlDatabase &db);
    // Schema 13 (server-rights-13.postgres.sql): the Công báo, the digest,
    // the sync, autosaves, spelling words and settings are written through
    // definer functions only; staff lose every direct write.
    static Status upgrade13(QSqlDatabase &db);
    // Schema 14 (server-rights-14.postgres.sql): photos are added and
    // described through pd_media_add and pd_media_describe only.
    static Status upgrade14(QSqlDatabase &db);
    // Schema 15 (server-rights-15.postgres.sql): pd_save_article takes the
    // article's lead photo with its text.
    static Status upgrade15(QSqlDatabase &db);
    static Status upgrade16(QSqlDatabase &db);
    static Status upgrade17(QSqlDatabase &db);
    static Status upgrade18(QSqlDatabase &db);
    // Schema 19 (server-rights-19.postgres.sql): citizens' questions, the
    // role portaldesk_qa, and question_rules copied from QuestionWorkflow.
    static Status upgrade19(QSqlDatabase &db);
    // Schema 20 (server-rights-20.postgres.sql): the pull's batch as one
    // array per column (pd_qa_receive_columns).
    static Status upgrade20(QSqlDatabase &db);
    // Schema 22: questions' titles folded with the unaccent extension where
    // the server has it and the one migrating may create it (it is a
    // trusted extension: CREATE on the database is enough); otherwise
    // nothing changes.
    static Status upgrade22(QSqlDatabase &db);
    // Schema 23 (server-rights-23.postgres.sql): pd_qa_receive_columns's
    // checks rewritten to copy nothing; what they accept is unchanged.
    static Status upgrade23(QSqlDatabase &db);

    // Runs one of the rights scripts in the current schema, its
    // placeholders filled in (schema, folding table, size limits).
    static Status runScript(QSqlDatabase &db, const QString &resource);

    // The script's statements: split at semicolons outside quotes, dollar
    // quotes and comments.
    static QStringList splitScript(const QString &script);

    // A SCRAM-SHA-256 verifier for login's password made by libpq, so that
    // the password itself never reaches the server or its log.
    static Result<QString> passwordVerifier(const QSqlDatabase &db, const QString &login, const QString &password);

    // Who the server functions act for: the signed-in role, or, from a
    // trusted session (the newsroom's owner: sample data, imports, tests),
    // the named user. Empty for "whoever is signed in".
    static QString actingLogin(const User *user);
};

} // namespace PortalDesk::Models
