#pragma once

// The allow-list and the escaping of sanitizedHtml() (htmlsanitizer.h),
// shared by the writer that walks gumbo's tree (htmlsanitizer.cpp) and the
// check that recognises HTML already in the written form
// (htmlwrittenform.cpp), so that both hold the same rules. Internal to
// portaldesk_text.

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

#include <gumbo.h>

namespace PortalDesk::Models::HtmlRules {

enum class Policy { Keep, Unwrap, Drop };

// Kept with its tags, unwrapped to its content, or dropped whole.
Policy policyOf(const GumboElement &element);
bool isVoid(GumboTag tag);
bool isHeading(GumboTag tag);
// The kept elements HTML's parser calls special: a new list item or
// definition closes an open one only up to the nearest of these.
bool isSpecial(GumboTag tag);
// The kept elements whose start tag closes an open <p>.
bool closesParagraph(GumboTag tag);

enum class Value { None, Text, Url, Srcset, Number, SignedNumber, Loading, Align, Class };

// What an attribute of a kept element may hold; None: it goes.
Value valueOf(GumboTag tag, const char *name);
bool isDigits(QByteArrayView text, qsizetype most);
// Only the classes PortalDesk writes itself.
QByteArray classesOf(GumboTag tag, QByteArrayView value);
// A srcset with only safe addresses and width or density descriptors.
QByteArray srcsetOf(QByteArrayView value, const QUrl &base);
// The control characters the writer leaves out.
bool droppedControl(char c);
// Text or an attribute value as the writer writes it: &, <, > and " as
// entities, dropped controls left out.
void appendEscaped(QByteArray &out, QByteArrayView text);

} // namespace PortalDesk::Models::HtmlRules
