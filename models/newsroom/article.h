#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortalDesk::Models {

// The editorial states of the Vietnamese portal chain
// (phóng viên → biên tập viên → lãnh đạo ban biên tập).
enum class ArticleState {
    Draft,
    Submitted,  // chờ biên tập
    Edited,     // chờ duyệt
    Approved,   // đã duyệt
    Published,  // đã đăng
    Returned,   // trả lại
    Withdrawn,  // đã gỡ
    Archived,
};

// The name stored in the database and used by the CLI ("draft", "published", ...).
QString articleStateKey(ArticleState state);
std::optional<ArticleState> articleStateFromKey(const QString &key);
// The name a person reads, translated.
QString articleStateDisplayName(ArticleState state);

struct Article {
    QString id;  // stable UUID, without braces
    QString title;
    QString summary;  // the sapo
    QString body;     // Markdown
    QString section;
    QString author;  // full name
    qint64 authorId = 0;
    QStringList tags;
    QString source;
    ArticleState state = ArticleState::Draft;
    int version = 0;
    QDateTime created;
    QDateTime updated;
    QDateTime publishAt;  // set when scheduled
    QString syncStatus;   // none, pending, synced, conflict, failed (portal sync)
    QString leadPhoto;    // the id of its lead photo (ảnh đại diện), or empty
};

// How much text an article may hold, the same on both backends (the server
// checks it again in pd_text_problem) and in the CLI: a body of 2 MB of
// UTF-8 is some 300,000 Vietnamese words, far beyond any article, and keeps
// a careless paste or a hostile file from filling the newsroom.
inline constexpr qsizetype maxBodyBytes = 2 * 1024 * 1024;
// Each of the title, sapo, tags and source.
inline constexpr qsizetype maxFieldBytes = 64 * 1024;

// Why the article's text may not be stored as it is (too large), translated;
// empty when it fits.
QString articleSizeProblem(const Article &article);

// One saved version of an article's text.
struct Revision {
    int version = 0;
    QString title;
    QString summary;
    QString body;
    QString savedBy;  // login
    QDateTime savedAt;
    QString savedByName;  // the user's full name, empty if unknown
};

// One line of the audit log: who did what to which article, when, from which
// state to which, and why; refused attempts included.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString login;
    QString fullName;  // the user's name now; empty for a login since removed
    QString action;
    QString articleId;
    QString fromState;
    QString toState;
    bool refused = false;
    QString reason;
};

struct Comment {
    qint64 id = 0;
    QString login;
    QString fullName;
    QString body;
    QDateTime created;
};

} // namespace PortalDesk::Models
