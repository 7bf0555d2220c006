#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QPalette>
#include <QThread>

#include <future>
#include <memory>

namespace PortalDesk::Widgets {

namespace {

// Owned by the future until the first syntaxRepository() takes it: a
// desk that quits before that (a refused URL or password) deletes it when
// the future goes, at exit, instead of leaking it (LeakSanitizer reported
// its 25,000 objects, and printing them outlasted the tests' 30 s).
std::future<std::unique_ptr<KSyntaxHighlighting::Repository>> &pendingRepository()
{
    static std::future<std::unique_ptr<KSyntaxHighlighting::Repository>> pending;
    return pending;
}

bool &repositoryBuilt()
{
    static bool built = false;
    return built;
}

} // namespace

void preloadSyntaxRepository(const QStringList &definitions)
{
    if (repositoryBuilt() || pendingRepository().valid())
        return;
    QThread *home = QThread::currentThread();
    pendingRepository() = std::async(std::launch::async, [home, definitions] {
        auto repository = std::make_unique<KSyntaxHighlighting::Repository>();
        // A definition loads lazily, on its first highlighted line; asking
        // whether it folds loads it whole, with every definition it includes.
        for (const QString &name : definitions)
            (void)repository->definitionForName(name).foldingEnabled();
        // Used from the GUI thread from now on; nothing else touches it here.
        repository->moveToThread(home);
        return repository;
    });
}

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static const std::unique_ptr<KSyntaxHighlighting::Repository> repository = [] {
        repositoryBuilt() = true;
        if (pendingRepository().valid())
            return pendingRepository().get();
        return std::make_unique<KSyntaxHighlighting::Repository>();
    }();
    return *repository;
}

KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace PortalDesk::Widgets
