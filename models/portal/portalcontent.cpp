#include "portalcontent.h"

#include "article.h"
#include "markdownhtml.h"

#include <QByteArray>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

QString PortalContent::hash(const PortalMapping &mapping) const
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    const auto add = [&state](const QByteArray &bytes) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()));
    };
    for (const QString &field : PortalMapping::contentFields()) {
        if (!mapping.columns.contains(field))
            continue;
        if (field == u"lead_photo" && fields.value(field).isEmpty())
            continue;
        add(fields.value(field).toUtf8());
        add(QByteArrayLiteral("\x1f"));
    }
    add(status.toUtf8());
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()));
    return QString::fromLatin1(digest.toHex());
}

PortalContent PortalContent::of(const Article &article, const PhotoLookup &photos)
{
    PortalContent content;
    content.fields = {{u"title"_s, article.title},
                      {u"summary"_s, article.summary},
                      {u"body_html"_s, markdownToHtml(article.body, photos)},
                      {u"section"_s, article.section},
                      {u"author"_s, article.author},
                      {u"lead_photo"_s, article.leadPhoto}};
    content.status = article.state == ArticleState::Published ? u"published"_s : u"withdrawn"_s;
    return content;
}

} // namespace PortalDesk::Models
