#pragma once

// SQL shared by the classes that read and write articles (internal).

#include "article.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace PortalDesk::Models::ArticleRows {

// "SELECT " + columns + from: the list columns (no body), a fixed order that
// read() expects; append ", a.body" to read the body as column `bodyColumn`.
const QString &columns();
const QString &from();
constexpr int updatedColumn = 10;
constexpr int bodyColumn = 15;
Article read(const QSqlQuery &query);
// The articles of these ids, with their bodies, by id, in one query; on any
// connection to a newsroom, so that other threads may read with their own.
Result<QHash<QString, Article>> loadMany(QSqlDatabase db, const QStringList &ids);

// The id of the section named `name`, added when new.
Result<qint64> sectionId(QSqlQuery &query, const QString &name);
// The id of the user with that full name, added (as a reporter without a
// password, who cannot sign in) when new: authors that arrive by name only,
// from sample data, imports and benchmarks.
Result<qint64> authorId(QSqlQuery &query, const QString &fullName);

} // namespace PortalDesk::Models::ArticleRows
