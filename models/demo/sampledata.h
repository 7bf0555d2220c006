#pragma once

#include "result.h"

#include <QCoreApplication>

namespace PortalDesk::Models {

class ArticleStore;

// The handful of Vietnamese articles (resources/sample/articles.json) that a
// new embedded newsroom starts with, so that a newcomer sees a working desk.
class SampleData final
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

public:
    // Adds every sample article; returns how many.
    static Result<int> seed(ArticleStore &store);
};

} // namespace PortalDesk::Models
