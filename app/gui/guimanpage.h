#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// portaldesk(1), in roff, with the options main() gives its parser.
QString guiManPage(const QList<QCommandLineOption> &options);
