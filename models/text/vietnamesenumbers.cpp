#include "vietnamesenumbers.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

const std::array<QString, 10> digitWords = {u"không"_s, u"một"_s, u"hai"_s, u"ba"_s,  u"bốn"_s,
                                            u"năm"_s,   u"sáu"_s, u"bảy"_s, u"tám"_s, u"chín"_s};

// One group of three digits, 0 < group < 1000. A group that is not the first
// of the number says its hundreds even when they are zero ("không trăm").
void appendGroup(QStringList &words, int group, bool first)
{
    const int hundreds = group / 100;
    const int tens = group / 10 % 10;
    const int units = group % 10;
    const bool saysHundreds = hundreds > 0 || !first;
    if (saysHundreds)
        words << digitWords[hundreds] << u"trăm"_s;

    if (tens == 0) {
        if (units == 0)
            return;
        if (saysHundreds)
            words << u"linh"_s;
        words << digitWords[units]; // "linh một", "linh bốn", "linh năm": no tens, no change
        return;
    }

    if (tens == 1)
        words << u"mười"_s;
    else
        words << digitWords[tens] << u"mươi"_s;
    switch (units) {
    case 0:
        break;
    case 1:
        words << (tens == 1 ? u"một"_s : u"mốt"_s);
        break;
    case 4:
        words << (tens == 1 ? u"bốn"_s : u"tư"_s);
        break;
    case 5:
        words << u"lăm"_s;
        break;
    default:
        words << digitWords[units];
    }
}

} // namespace

QString numberInVietnameseWords(qint64 n)
{
    if (n == 0)
        return digitWords[0];

    QStringList words;
    if (n < 0)
        words << u"âm"_s;
    // Unsigned, so that the minimum's magnitude, 2^63, has room.
    const quint64 magnitude = n < 0 ? quint64(0) - quint64(n) : quint64(n);

    // Seven groups of three digits cover 2^63. Group i is worth 1000^i; it
    // sits in block i / 3 (units, tỷ, tỷ tỷ) at place i % 3 (-, nghìn, triệu).
    constexpr int groupCount = 7;
    std::array<int, groupCount> groups{};
    quint64 rest = magnitude;
    for (int i = 0; i < groupCount; ++i) {
        groups[i] = int(rest % 1000);
        rest /= 1000;
    }

    bool first = true;
    bool blockSaidSomething = false;
    for (int i = groupCount - 1; i >= 0; --i) {
        if (groups[i] != 0) {
            appendGroup(words, groups[i], first);
            first = false;
            blockSaidSomething = true;
            if (i % 3 == 1)
                words << u"nghìn"_s;
            else if (i % 3 == 2)
                words << u"triệu"_s;
        }
        // "tỷ" closes its block once, whichever of the block's groups spoke:
        // 5 000 000 000 000 is "năm nghìn tỷ".
        if (i % 3 == 0 && blockSaidSomething) {
            for (int level = 0; level < i / 3; ++level)
                words << u"tỷ"_s;
            blockSaidSomething = false;
        }
    }
    return words.join(u' ');
}

QString amountInVietnameseWords(qint64 dong)
{
    QString words = numberInVietnameseWords(dong);
    // Every first word ("không", "một" … "chín", "mười", "âm") starts with
    // one precomposed letter, so capitalising the first QChar is enough.
    words[0] = words[0].toUpper();
    return words + u" đồng"_s;
}

} // namespace PortalDesk::Models
