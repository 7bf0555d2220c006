#include "article.h"

#include "limitedfile.h"

#include <QCoreApplication>

#include <array>
#include <cstddef>

namespace PortalDesk::Models {

namespace {

struct StateName {
    ArticleState state;
    const char *key;
    const char *displayName;
};

constexpr std::array stateNames{
    StateName{ArticleState::Draft, "draft", QT_TRANSLATE_NOOP("ArticleState", "Draft")},
    StateName{ArticleState::Submitted, "submitted", QT_TRANSLATE_NOOP("ArticleState", "Awaiting editing")},
    StateName{ArticleState::Edited, "edited", QT_TRANSLATE_NOOP("ArticleState", "Awaiting approval")},
    StateName{ArticleState::Approved, "approved", QT_TRANSLATE_NOOP("ArticleState", "Approved")},
    StateName{ArticleState::Published, "published", QT_TRANSLATE_NOOP("ArticleState", "Published")},
    StateName{ArticleState::Returned, "returned", QT_TRANSLATE_NOOP("ArticleState", "Returned")},
    StateName{ArticleState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("ArticleState", "Withdrawn")},
    StateName{ArticleState::Archived, "archived", QT_TRANSLATE_NOOP("ArticleState", "Archived")},
};

const StateName &nameOf(ArticleState state)
{
    return stateNames[static_cast<std::size_t>(state)];
}

} // namespace

QString articleStateKey(ArticleState state)
{
    return QString::fromLatin1(nameOf(state).key);
}

std::optional<ArticleState> articleStateFromKey(const QString &key)
{
    for (const auto &name : stateNames) {
        if (key == QLatin1StringView(name.key))
            return name.state;
    }
    return std::nullopt;
}

QString articleStateDisplayName(ArticleState state)
{
    return QCoreApplication::translate("ArticleState", nameOf(state).displayName);
}

namespace {

// The length in UTF-8, as the server's octet_length() counts it, without
// making the UTF-8 copy.
qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3;  // a pair makes 4
    }
    return bytes;
}

} // namespace

QString articleSizeProblem(const Article &article)
{
    if (article.body.size() * 3 > maxBodyBytes) {
        if (const qsizetype bytes = utf8Size(article.body); bytes > maxBodyBytes)
            return QCoreApplication::translate("Article", "The article's text is %1; an article may hold at most %2.")
                .arg(LimitedFile::sizeText(bytes), LimitedFile::sizeText(maxBodyBytes));
    }
    const QString tags = article.tags.join(u',');
    for (const QString *field : {&article.title, &article.summary, &tags, &article.source}) {
        if (field->size() * 3 > maxFieldBytes && utf8Size(*field) > maxFieldBytes)
            return QCoreApplication::translate("Article", "The title, the sapo, the tags and the source may each hold at most %1 KB of text.")
                .arg(maxFieldBytes / 1024);
    }
    return {};
}

} // namespace PortalDesk::Models
