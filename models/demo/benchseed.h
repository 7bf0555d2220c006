#pragma once

#include "article.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace PortalDesk::Models {

class Newsroom;

// `bench seed`: bulk realistic articles for benchmarks, written with reused
// prepared statements in large transactions, each with its first revision
// and its search index entry, and a published one its outbox entry, as the
// store would write them.
class BenchSeed final
{
    Q_DECLARE_TR_FUNCTIONS(BenchSeed)

public:
    // Without a seed the articles differ each run; with one (and an anchor,
    // see ArticleGenerator) they are the same, for measures that must be
    // repeatable.
    static Result<qint64> run(Newsroom &newsroom, qint64 count, std::optional<ArticleState> state,
                              std::optional<quint64> seed = std::nullopt, const QDateTime &anchor = {});
};

} // namespace PortalDesk::Models
