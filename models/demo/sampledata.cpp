#include "sampledata.h"

#include "articlestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalDesk::Models {

Result<int> SampleData::seed(ArticleStore &store)
{
    QFile file(QStringLiteral(":/sample/articles.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Failed, tr("The sample articles are missing from this build.")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::Failed, tr("The sample articles are damaged: %1.").arg(parseError.errorString())};

    int added = 0;
    for (const QJsonValue value : document.object().value(u"articles").toArray()) {
        const QJsonObject object = value.toObject();
        Article article;
        article.title = object.value(u"title").toString();
        article.summary = object.value(u"summary").toString();
        article.body = object.value(u"body").toString();
        article.section = object.value(u"section").toString();
        article.author = object.value(u"author").toString();
        article.source = object.value(u"source").toString();
        for (const QJsonValue tag : object.value(u"tags").toArray())
            article.tags.append(tag.toString());
        article.state = articleStateFromKey(object.value(u"state").toString()).value_or(ArticleState::Draft);
        auto created = store.create(article);
        if (!created)
            return created.error();
        ++added;
    }
    return added;
}

} // namespace PortalDesk::Models
