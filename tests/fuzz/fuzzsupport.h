#pragma once

// What every fuzz target shares. A target defines LLVMFuzzerTestOneInput();
// libFuzzer calls it in the fuzz preset, replaydriver.cpp everywhere else.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace PortalDesk::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Outside text arrives as UTF-8 (and then anything goes: invalid sequences
// become U+FFFD, as they do when a file is read) or, for old files, Latin-1.
// The first byte picks, so the fuzzer reaches both.
inline QString text(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] == 0x01)
        return QString::fromLatin1(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Some parsers load Qt plugins (the SQLite driver) or use the event
// dispatcher's thread data: one application object for the whole run.
// Never destroyed: the process ends right after the last input, and tearing
// Qt down from static destructors, in whatever order they run, crashes
// (a static QSqlDatabase outliving its driver's plugin).
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "portaldesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    (void)application;
}

// Set by the checker tests (CMakeLists.txt): the target hands the raw input
// to its checks instead of the code under test's output, to prove that the
// checks catch what they look for.
inline bool checkingTheChecks()
{
    static const bool set = qEnvironmentVariableIsSet("PORTALDESK_FUZZ_CHECK_RAW");
    return set;
}

// A property of the output broken: the fuzzer's crash, with the reason.
[[noreturn]] inline void violated(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz target: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace PortalDesk::Fuzz
