#include "portalpassword.h"

#include <qt6keychain/keychain.h>

namespace PortalDesk::Widgets::PortalPassword {

namespace {
const QString service = QStringLiteral("PortalDesk portal");
}

void read(const QString &portal, QObject *context, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service, context);
    job->setKey(portal);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        const bool found = job->error() == QKeychain::NoError;
        done(found, found ? job->textData() : QString());
    });
    job->start();
}

void write(const QString &portal, const QString &password, QObject *context, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service, context);
    job->setKey(portal);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

} // namespace PortalDesk::Widgets::PortalPassword
