#pragma once

#include "result.h"

#include <QSet>
#include <QString>

namespace PortalDesk::Models {

class Newsroom;
struct User;

// The newsroom's own spelling word list: place names, people, agencies the
// dictionary lacks. Shared by everyone writing in the newsroom.
class SpellingWords final
{
public:
    explicit SpellingWords(Newsroom &newsroom);

    Result<QSet<QString>> all() const;
    // Adds a word in NFC; adding one already there is not an error.
    Status add(const QString &word, const User *by);

private:
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
