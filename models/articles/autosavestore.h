#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace PortalDesk::Models {

class Newsroom;
struct User;

// The text of an article as someone was typing it, before they saved.
struct Autosave {
    QString articleId;
    int baseVersion = 0;  // the version the text was based on
    QString title;
    QString summary;
    QString body;
    QString section;
    QString tags;
    QString source;
    QDateTime savedAt;
};

// Keeps what the desk types safe from crashes: one row per article and user,
// overwritten every few seconds while typing, in its own small transaction,
// so a killed process loses at most the last seconds. It is not a revision:
// saving makes the revision and then discards the autosave. While a shared
// newsroom's server is away, the text is kept in a file on this PC instead.
class AutosaveStore final
{
    Q_DECLARE_TR_FUNCTIONS(AutosaveStore)

public:
    explicit AutosaveStore(Newsroom &newsroom);

    Status store(const User &user, const Autosave &text);
    Result<std::optional<Autosave>> find(const User &user, const QString &articleId) const;
    Status discard(const User &user, const QString &articleId);

private:
    Status storeInNewsroom(const User &user, const Autosave &text);
    Result<std::optional<Autosave>> findInNewsroom(const User &user, const QString &articleId) const;

    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
