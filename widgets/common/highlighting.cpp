#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QPalette>
#include <QThread>

#include <future>
#include <memory>

namespace PortalDesk::Widgets {

namespace {

std::future<KSyntaxHighlighting::Repository *> &pendingRepository()
{
    static std::future<KSyntaxHighlighting::Repository *> pending;
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
        auto *repository = new KSyntaxHighlighting::Repository;
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
            return std::unique_ptr<KSyntaxHighlighting::Repository>(pendingRepository().get());
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
