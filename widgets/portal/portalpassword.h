#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace PortalDesk::Widgets {

// The portal's password in the system keyring (Secret Service, KWallet)
// through QtKeychain, never in QSettings. Where no keyring answers (a bare
// session, no D-Bus), the caller asks the user each session instead.
namespace PortalPassword {

// Calls back with the stored password, or with found = false.
void read(const QString &portal, QObject *context, std::function<void(bool found, const QString &password)> done);
// Calls back with an empty string on success, else why it failed.
void write(const QString &portal, const QString &password, QObject *context, std::function<void(const QString &error)> done);

} // namespace PortalPassword

} // namespace PortalDesk::Widgets
