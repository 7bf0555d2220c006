#pragma once

// Test support for desk tests on the demo newsroom: a newsroom with the
// demo's users and articles in a temporary folder, and settings of the
// test's own there, so that a window closed in one test keeps its layout
// for the next and none comes from the user's own desk.

#include "demodata.h"
#include "localization.h"
#include "newsroom.h"
#include "userstore.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class DemoDesk
{
public:
    // False, with `problem` set, when the newsroom could not be made.
    bool setUp(QString *problem)
    {
        using namespace PortalDesk;
        if (!m_dir.isValid())
            return fail(problem, QStringLiteral("no temporary folder"));
        Models::Localization::setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        auto newsroom = Models::Newsroom::open(m_dir.filePath(QStringLiteral("newsroom.sqlite")));
        if (!newsroom.ok())
            return fail(problem, newsroom.error().message);
        m_newsroom = std::move(newsroom.value());
        if (auto added = Models::DemoData::add(*m_newsroom); !added.ok())
            return fail(problem, added.error().message);
        auto users = Models::UserStore(*m_newsroom).list();
        if (!users.ok())
            return fail(problem, users.error().message);
        m_users = users.value();
        return true;
    }

    PortalDesk::Models::Newsroom &newsroom() { return *m_newsroom; }
    const QList<PortalDesk::Models::User> &users() const { return m_users; }
    // The demo user with that login ("reporter", "chief", …); an empty one if none.
    PortalDesk::Models::User user(const QString &login) const
    {
        for (const auto &each : m_users) {
            if (each.login == login)
                return each;
        }
        return {};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    static bool fail(QString *problem, const QString &why)
    {
        if (problem)
            *problem = why;
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PortalDesk::Models::Newsroom> m_newsroom;
    QList<PortalDesk::Models::User> m_users;
};
