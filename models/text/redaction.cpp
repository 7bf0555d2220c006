#include "redaction.h"

#include <QRegularExpression>

namespace PortalDesk::Models {

QString withoutSecrets(const QString &text)
{
    // scheme://user: then, greedily up to the last '@', anything on the line
    // that does not start another URL. The user part stops at what cannot
    // be in it, so "postgresql://web@host:5432/db" has no password.
    static const QRegularExpression urlPassword(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://[^\n:/?#@'"]*):(?:(?!://)[^\n])*@)"));
    static const QRegularExpression scram(QStringLiteral(R"(SCRAM-SHA-256\$[^\s'"]+)"));
    static const QRegularExpression md5(QStringLiteral(R"(\bmd5[0-9a-f]{32}\b)"));
    QString result = text;
    result.replace(urlPassword, QStringLiteral("\\1:***@"));
    result.replace(scram, QStringLiteral("SCRAM-SHA-256$***"));
    result.replace(md5, QStringLiteral("md5***"));
    return result;
}

} // namespace PortalDesk::Models
