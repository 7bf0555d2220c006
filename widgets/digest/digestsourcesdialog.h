#pragma once

#include <QDialog>

class QTableWidget;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

// The digest's sources and rules, kept in the newsroom for every PC: the
// feeds (add, rename, group, disable, remove, OPML export), the relevance
// rules (phrase, section, unit concerned, exclude) and the sections. Every change
// is saved at once; a refused one says why and is put back.
class DigestSourcesDialog final : public QDialog
{
    Q_OBJECT

public:
    DigestSourcesDialog(Models::Newsroom &newsroom, QWidget *parent = nullptr);

    bool addFeed(const QString &title, const QString &url, const QString &group);
    bool addRule(const QString &phrase, const QString &section, const QString &concerns, bool exclude);

private:
    void loadFeeds();
    void loadRules();
    void feedEdited(int row, int column);
    void error(const QString &message);

    Models::Newsroom &m_newsroom;
    QTableWidget *m_feeds;
    QTableWidget *m_rules;
    bool m_loading = false;
};

} // namespace PortalDesk::Widgets
