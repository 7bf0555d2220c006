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
    QStringList tags;
    QString source;
    ArticleState state = ArticleState::Draft;
    int version = 0;
    QDateTime created;
    QDateTime updated;
};

} // namespace PortalDesk::Models
