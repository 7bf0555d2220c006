#include "vietnamesetext.h"

namespace PortalDesk::Models {

QString foldDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'đ')
            folded.append(u'd');
        else if (c == u'Đ')
            folded.append(u'D');
        else
            folded.append(c);
    }
    return folded;
}

} // namespace PortalDesk::Models
