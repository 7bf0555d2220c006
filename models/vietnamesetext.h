#pragma once

#include <QString>

namespace PortalDesk::Models {

// "Quảng Trị" -> "Quang Tri", "Đà Nẵng" -> "Da Nang": what a search typed
// without accents has to match. Works on composed (NFC) and decomposed (NFD)
// text alike; đ/Đ, which Unicode does not decompose, are folded by hand.
QString foldDiacritics(const QString &text);

} // namespace PortalDesk::Models
