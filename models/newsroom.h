#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace PortalDesk::Models {

// An open newsroom: one SQLite file (WAL, foreign keys on) brought to the
// latest schema. The connection belongs to the thread that opened it.
class Newsroom final
{
    Q_DECLARE_TR_FUNCTIONS(Newsroom)
    Q_DISABLE_COPY_MOVE(Newsroom)

public:
    // Opens the newsroom at path, creating it (and its folder) if missing.
    // A file that is not a PortalDesk newsroom, is damaged, cannot be read or
    // was written by a newer PortalDesk is refused and left untouched.
    static Result<std::unique_ptr<Newsroom>> open(const QString &path);
    ~Newsroom();

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    // True when this open created the newsroom (the file was absent or empty).
    bool isNew() const { return m_isNew; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    Newsroom(QString path, QString connectionName);
    Status inspectExisting();
    Status connect();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    bool m_isNew = false;
    int m_schemaVersion = 0;
};

// QStandardPaths::AppDataLocation/newsroom.sqlite
QString defaultNewsroomPath();

} // namespace PortalDesk::Models
