// numberInVietnameseWords() and amountInVietnameseWords(): the "Bằng chữ:" line
// of a royalty statement, read by the rules written in vietnamesenumbers.h.
#include "vietnamesenumbers.h"

#include <QRandomGenerator64>
#include <QTest>

#include <array>
#include <limits>
#include <optional>
#include <vector>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

// The inverse of numberInVietnameseWords(), written from the rules and not
// from the implementation. It takes only words that obey the rules and
// returns the number they say, or nothing: a later group without its
// hundreds, "mốt" after "mười", "bốn" or "năm" after "mươi", "linh không",
// a unit out of order or said twice are all refused, and a group lost or
// read twice gives another number.
class WordsReader final
{
public:
    explicit WordsReader(const QString &text)
        : m_words(text.split(u' '))
    {
    }

    std::optional<qint64> number()
    {
        if (m_words == QStringList{u"không"_s})
            return 0;
        const bool negative = take(u"âm");
        quint64 total = 0;
        bool first = true;
        int previousLevel = 3;
        while (!atEnd()) {
            // A block of nine digits: groups followed by "triệu", "nghìn" or
            // nothing, in that order, then "tỷ" once per level of the block.
            quint64 block = 0;
            int previousPlace = 3;
            for (;;) {
                const std::optional<int> value = group(first);
                if (!value)
                    return {};
                first = false;
                const int place = take(u"triệu") ? 2 : take(u"nghìn") ? 1 : 0;
                if (place >= previousPlace)
                    return {};
                previousPlace = place;
                block += quint64(*value) * (place == 2 ? 1'000'000 : place == 1 ? 1'000 : 1);
                if (place == 0 || atEnd() || peek() == u"tỷ")
                    break;
            }
            int level = 0;
            while (take(u"tỷ"))
                ++level;
            if (level >= previousLevel || (level == 0 && !atEnd()) || (level == 2 && block > 9))
                return {};
            previousLevel = level;
            total += block * (level == 2 ? 1'000'000'000'000'000'000ULL : level == 1 ? 1'000'000'000ULL : 1ULL);
        }
        if (first)
            return {};
        if (negative) {
            if (total == 0 || total > quint64(int64Max) + 1)
                return {};
            return qint64(quint64(0) - total);
        }
        if (total > quint64(int64Max))
            return {};
        return qint64(total);
    }

private:
    bool atEnd() const { return m_at >= m_words.size(); }
    QStringView peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_words.size() ? QStringView(m_words.at(m_at + ahead)) : QStringView();
    }
    bool take(QStringView word)
    {
        if (atEnd() || peek() != word)
            return false;
        ++m_at;
        return true;
    }

    // The digit a word names where no tens change it, or -1.
    static int plainDigit(QStringView word)
    {
        static const std::array<QStringView, 10> digits = {u"không", u"một", u"hai", u"ba",  u"bốn",
                                                           u"năm",   u"sáu", u"bảy", u"tám", u"chín"};
        for (int d = 0; d < 10; ++d) {
            if (digits[d] == word)
                return d;
        }
        return -1;
    }

    // The last digit after "mười" or after "mươi", or 0 when none is said
    // (a zero unit is never said: "hai mươi", not "hai mươi không").
    int unitAfterTens(bool afterMuoi)
    {
        static const std::array<QStringView, 10> afterMuoiWords = {u"", u"một", u"hai", u"ba",  u"bốn",
                                                                   u"lăm", u"sáu", u"bảy", u"tám", u"chín"};
        static const std::array<QStringView, 10> afterMuoiTensWords = {u"", u"mốt", u"hai", u"ba",  u"tư",
                                                                       u"lăm", u"sáu", u"bảy", u"tám", u"chín"};
        const auto &words = afterMuoi ? afterMuoiWords : afterMuoiTensWords;
        for (int d = 1; d < 10; ++d) {
            if (!atEnd() && words[d] == peek()) {
                ++m_at;
                return d;
            }
        }
        return 0;
    }

    // One group of three digits, 1–999.
    std::optional<int> group(bool first)
    {
        int value = 0;
        bool saysHundreds = false;
        if (peek(1) == u"trăm") {
            const int hundreds = plainDigit(peek());
            if (hundreds < 0 || (first && hundreds == 0))
                return {};
            m_at += 2;
            value = hundreds * 100;
            saysHundreds = true;
        } else if (!first) {
            return {}; // a later group says its hundreds, "không trăm" included
        }
        if (take(u"linh")) {
            const int units = plainDigit(peek());
            if (!saysHundreds || units <= 0)
                return {};
            ++m_at;
            return value + units;
        }
        if (take(u"mười"))
            return value + 10 + unitAfterTens(true);
        const int digit = plainDigit(peek());
        if (digit >= 2 && peek(1) == u"mươi") {
            m_at += 2;
            return value + digit * 10 + unitAfterTens(false);
        }
        if (digit >= 1 && !saysHundreds) {
            ++m_at;
            return digit;
        }
        if (value > 0)
            return value;
        return {};
    }

    QStringList m_words;
    qsizetype m_at = 0;
};

// What is wrong with the words of n, or an empty string.
QString problemWith(qint64 n)
{
    const QString words = numberInVietnameseWords(n);
    const auto quoted = [&](const QString &what) { return u"%1 → \"%2\": %3"_s.arg(n).arg(words, what); };
    if (words.isEmpty() || words.startsWith(u' ') || words.endsWith(u' '))
        return quoted(u"a space at an end"_s);
    if (words.contains(u"  "))
        return quoted(u"two spaces"_s);
    if (words.contains(u"mươi không") || words.contains(u"linh không"))
        return quoted(u"a spoken zero unit"_s);
    const std::optional<qint64> read = WordsReader(words).number();
    if (!read)
        return quoted(u"not well formed"_s);
    if (*read != n)
        return quoted(u"reads back as %1"_s.arg(*read));
    return {};
}

} // namespace

class TestAmountInWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("words");

        // 0–25, 100–125 and 1000–1025 in full: every unit after no tens,
        // after "mười" and after "hai mươi", with and without "linh".
        QTest::newRow("0–25: 0") << qint64(0) << u"không"_s;
        QTest::newRow("0–25: 1") << qint64(1) << u"một"_s;
        QTest::newRow("0–25: 2") << qint64(2) << u"hai"_s;
        QTest::newRow("0–25: 3") << qint64(3) << u"ba"_s;
        QTest::newRow("0–25: 4") << qint64(4) << u"bốn"_s;
        QTest::newRow("0–25: 5") << qint64(5) << u"năm"_s;
        QTest::newRow("0–25: 6") << qint64(6) << u"sáu"_s;
        QTest::newRow("0–25: 7") << qint64(7) << u"bảy"_s;
        QTest::newRow("0–25: 8") << qint64(8) << u"tám"_s;
        QTest::newRow("0–25: 9") << qint64(9) << u"chín"_s;
        QTest::newRow("0–25: 10") << qint64(10) << u"mười"_s;
        QTest::newRow("0–25: 11") << qint64(11) << u"mười một"_s;
        QTest::newRow("0–25: 12") << qint64(12) << u"mười hai"_s;
        QTest::newRow("0–25: 13") << qint64(13) << u"mười ba"_s;
        QTest::newRow("0–25: 14") << qint64(14) << u"mười bốn"_s;
        QTest::newRow("0–25: 15") << qint64(15) << u"mười lăm"_s;
        QTest::newRow("0–25: 16") << qint64(16) << u"mười sáu"_s;
        QTest::newRow("0–25: 17") << qint64(17) << u"mười bảy"_s;
        QTest::newRow("0–25: 18") << qint64(18) << u"mười tám"_s;
        QTest::newRow("0–25: 19") << qint64(19) << u"mười chín"_s;
        QTest::newRow("0–25: 20") << qint64(20) << u"hai mươi"_s;
        QTest::newRow("0–25: 21") << qint64(21) << u"hai mươi mốt"_s;
        QTest::newRow("0–25: 22") << qint64(22) << u"hai mươi hai"_s;
        QTest::newRow("0–25: 23") << qint64(23) << u"hai mươi ba"_s;
        QTest::newRow("0–25: 24") << qint64(24) << u"hai mươi tư"_s;
        QTest::newRow("0–25: 25") << qint64(25) << u"hai mươi lăm"_s;
        QTest::newRow("100–125: 100") << qint64(100) << u"một trăm"_s;
        QTest::newRow("100–125: 101") << qint64(101) << u"một trăm linh một"_s;
        QTest::newRow("100–125: 102") << qint64(102) << u"một trăm linh hai"_s;
        QTest::newRow("100–125: 103") << qint64(103) << u"một trăm linh ba"_s;
        QTest::newRow("100–125: 104") << qint64(104) << u"một trăm linh bốn"_s;
        QTest::newRow("100–125: 105") << qint64(105) << u"một trăm linh năm"_s;
        QTest::newRow("100–125: 106") << qint64(106) << u"một trăm linh sáu"_s;
        QTest::newRow("100–125: 107") << qint64(107) << u"một trăm linh bảy"_s;
        QTest::newRow("100–125: 108") << qint64(108) << u"một trăm linh tám"_s;
        QTest::newRow("100–125: 109") << qint64(109) << u"một trăm linh chín"_s;
        QTest::newRow("100–125: 110") << qint64(110) << u"một trăm mười"_s;
        QTest::newRow("100–125: 111") << qint64(111) << u"một trăm mười một"_s;
        QTest::newRow("100–125: 112") << qint64(112) << u"một trăm mười hai"_s;
        QTest::newRow("100–125: 113") << qint64(113) << u"một trăm mười ba"_s;
        QTest::newRow("100–125: 114") << qint64(114) << u"một trăm mười bốn"_s;
        QTest::newRow("100–125: 115") << qint64(115) << u"một trăm mười lăm"_s;
        QTest::newRow("100–125: 116") << qint64(116) << u"một trăm mười sáu"_s;
        QTest::newRow("100–125: 117") << qint64(117) << u"một trăm mười bảy"_s;
        QTest::newRow("100–125: 118") << qint64(118) << u"một trăm mười tám"_s;
        QTest::newRow("100–125: 119") << qint64(119) << u"một trăm mười chín"_s;
        QTest::newRow("100–125: 120") << qint64(120) << u"một trăm hai mươi"_s;
        QTest::newRow("100–125: 121") << qint64(121) << u"một trăm hai mươi mốt"_s;
        QTest::newRow("100–125: 122") << qint64(122) << u"một trăm hai mươi hai"_s;
        QTest::newRow("100–125: 123") << qint64(123) << u"một trăm hai mươi ba"_s;
        QTest::newRow("100–125: 124") << qint64(124) << u"một trăm hai mươi tư"_s;
        QTest::newRow("100–125: 125") << qint64(125) << u"một trăm hai mươi lăm"_s;
        QTest::newRow("1000–1025: 1000") << qint64(1000) << u"một nghìn"_s;
        QTest::newRow("1000–1025: 1001") << qint64(1001) << u"một nghìn không trăm linh một"_s;
        QTest::newRow("1000–1025: 1002") << qint64(1002) << u"một nghìn không trăm linh hai"_s;
        QTest::newRow("1000–1025: 1003") << qint64(1003) << u"một nghìn không trăm linh ba"_s;
        QTest::newRow("1000–1025: 1004") << qint64(1004) << u"một nghìn không trăm linh bốn"_s;
        QTest::newRow("1000–1025: 1005") << qint64(1005) << u"một nghìn không trăm linh năm"_s;
        QTest::newRow("1000–1025: 1006") << qint64(1006) << u"một nghìn không trăm linh sáu"_s;
        QTest::newRow("1000–1025: 1007") << qint64(1007) << u"một nghìn không trăm linh bảy"_s;
        QTest::newRow("1000–1025: 1008") << qint64(1008) << u"một nghìn không trăm linh tám"_s;
        QTest::newRow("1000–1025: 1009") << qint64(1009) << u"một nghìn không trăm linh chín"_s;
        QTest::newRow("1000–1025: 1010") << qint64(1010) << u"một nghìn không trăm mười"_s;
        QTest::newRow("1000–1025: 1011") << qint64(1011) << u"một nghìn không trăm mười một"_s;
        QTest::newRow("1000–1025: 1012") << qint64(1012) << u"một nghìn không trăm mười hai"_s;
        QTest::newRow("1000–1025: 1013") << qint64(1013) << u"một nghìn không trăm mười ba"_s;
        QTest::newRow("1000–1025: 1014") << qint64(1014) << u"một nghìn không trăm mười bốn"_s;
        QTest::newRow("1000–1025: 1015") << qint64(1015) << u"một nghìn không trăm mười lăm"_s;
        QTest::newRow("1000–1025: 1016") << qint64(1016) << u"một nghìn không trăm mười sáu"_s;
        QTest::newRow("1000–1025: 1017") << qint64(1017) << u"một nghìn không trăm mười bảy"_s;
        QTest::newRow("1000–1025: 1018") << qint64(1018) << u"một nghìn không trăm mười tám"_s;
        QTest::newRow("1000–1025: 1019") << qint64(1019) << u"một nghìn không trăm mười chín"_s;
        QTest::newRow("1000–1025: 1020") << qint64(1020) << u"một nghìn không trăm hai mươi"_s;
        QTest::newRow("1000–1025: 1021") << qint64(1021) << u"một nghìn không trăm hai mươi mốt"_s;
        QTest::newRow("1000–1025: 1022") << qint64(1022) << u"một nghìn không trăm hai mươi hai"_s;
        QTest::newRow("1000–1025: 1023") << qint64(1023) << u"một nghìn không trăm hai mươi ba"_s;
        QTest::newRow("1000–1025: 1024") << qint64(1024) << u"một nghìn không trăm hai mươi tư"_s;
        QTest::newRow("1000–1025: 1025") << qint64(1025) << u"một nghìn không trăm hai mươi lăm"_s;
        // "mươi mốt", "mươi tư", "mươi lăm" after every kind of tens ≥ 2.
        QTest::newRow("mốt: 31") << qint64(31) << u"ba mươi mốt"_s;
        QTest::newRow("mốt: 41") << qint64(41) << u"bốn mươi mốt"_s;
        QTest::newRow("mốt: 91") << qint64(91) << u"chín mươi mốt"_s;
        QTest::newRow("mốt: 21 000") << qint64(21'000) << u"hai mươi mốt nghìn"_s;
        QTest::newRow("tư: 34") << qint64(34) << u"ba mươi tư"_s;
        QTest::newRow("tư: 44") << qint64(44) << u"bốn mươi tư"_s;
        QTest::newRow("tư: 54") << qint64(54) << u"năm mươi tư"_s;
        QTest::newRow("tư: 94") << qint64(94) << u"chín mươi tư"_s;
        QTest::newRow("tư: 444") << qint64(444) << u"bốn trăm bốn mươi tư"_s;
        QTest::newRow("lăm: 35") << qint64(35) << u"ba mươi lăm"_s;
        QTest::newRow("lăm: 45") << qint64(45) << u"bốn mươi lăm"_s;
        QTest::newRow("lăm: 55") << qint64(55) << u"năm mươi lăm"_s;
        QTest::newRow("lăm: 95") << qint64(95) << u"chín mươi lăm"_s;
        QTest::newRow("lăm: 515") << qint64(515) << u"năm trăm mười lăm"_s;
        QTest::newRow("lăm: 555") << qint64(555) << u"năm trăm năm mươi lăm"_s;
        // "một", "bốn", "năm" where no tens ≥ 2 precede them.
        QTest::newRow("một: 111") << qint64(111) << u"một trăm mười một"_s;
        QTest::newRow("một: 201") << qint64(201) << u"hai trăm linh một"_s;
        QTest::newRow("một: 11 000 000") << qint64(11'000'000) << u"mười một triệu"_s;
        QTest::newRow("bốn: 404") << qint64(404) << u"bốn trăm linh bốn"_s;
        QTest::newRow("bốn: 414") << qint64(414) << u"bốn trăm mười bốn"_s;
        QTest::newRow("bốn: 4 000") << qint64(4'000) << u"bốn nghìn"_s;
        QTest::newRow("năm: 505") << qint64(505) << u"năm trăm linh năm"_s;
        QTest::newRow("năm: 50") << qint64(50) << u"năm mươi"_s;
        QTest::newRow("năm: 5 000") << qint64(5'000) << u"năm nghìn"_s;
        // "mười" and "mươi" with no unit; "linh" only before a non-zero unit.
        QTest::newRow("mươi: 90") << qint64(90) << u"chín mươi"_s;
        QTest::newRow("mươi: 99") << qint64(99) << u"chín mươi chín"_s;
        QTest::newRow("mười: 10 000") << qint64(10'000) << u"mười nghìn"_s;
        QTest::newRow("linh: 909") << qint64(909) << u"chín trăm linh chín"_s;
        QTest::newRow("linh: 702 000") << qint64(702'000) << u"bảy trăm linh hai nghìn"_s;
        // A later group below 100 says "không trăm"; the first never does.
        QTest::newRow("không trăm: 1 005 000") << qint64(1'005'000) << u"một triệu không trăm linh năm nghìn"_s;
        QTest::newRow("không trăm: 2 020") << qint64(2'020) << u"hai nghìn không trăm hai mươi"_s;
        QTest::newRow("không trăm: 1 050") << qint64(1'050) << u"một nghìn không trăm năm mươi"_s;
        QTest::newRow("không trăm: 1 000 010") << qint64(1'000'010) << u"một triệu không trăm mười"_s;
        QTest::newRow("không trăm: 5 000 099") << qint64(5'000'099) << u"năm triệu không trăm chín mươi chín"_s;
        QTest::newRow("không trăm: 1 000 000 005") << qint64(1'000'000'005) << u"một tỷ không trăm linh năm"_s;
        QTest::newRow("first group: 99 000 000") << qint64(99'000'000) << u"chín mươi chín triệu"_s;
        // Groups of zeros are left out with their unit.
        QTest::newRow("zero groups: 10 000 000") << qint64(10'000'000) << u"mười triệu"_s;
        QTest::newRow("zero groups: 1 000 000 000") << qint64(1'000'000'000) << u"một tỷ"_s;
        QTest::newRow("zero groups: 1 000 001") << qint64(1'000'001) << u"một triệu không trăm linh một"_s;
        QTest::newRow("zero groups: 1 000 500 000") << qint64(1'000'500'000) << u"một tỷ năm trăm nghìn"_s;
        QTest::newRow("zero groups: 1 500 000 000") << qint64(1'500'000'000) << u"một tỷ năm trăm triệu"_s;
        QTest::newRow("zero groups: 1 000 000 500 000")
            << qint64(1'000'000'500'000) << u"một nghìn tỷ năm trăm nghìn"_s;
        // Above the billions: one "tỷ" per block of nine digits.
        QTest::newRow("tỷ: 1 000 000 000 000") << qint64(1'000'000'000'000) << u"một nghìn tỷ"_s;
        QTest::newRow("tỷ: 5 000 000 000 000") << qint64(5'000'000'000'000) << u"năm nghìn tỷ"_s;
        QTest::newRow("tỷ: 1 500 000 000 000") << qint64(1'500'000'000'000) << u"một nghìn năm trăm tỷ"_s;
        QTest::newRow("tỷ: 12 345 000 000 000")
            << qint64(12'345'000'000'000) << u"mười hai nghìn ba trăm bốn mươi lăm tỷ"_s;
        QTest::newRow("tỷ: 1 001 000 000 000") << qint64(1'001'000'000'000) << u"một nghìn không trăm linh một tỷ"_s;
        QTest::newRow("tỷ: 10^15") << qint64(1'000'000'000'000'000) << u"một triệu tỷ"_s;
        QTest::newRow("tỷ: 10^15 + 5") << qint64(1'000'000'000'000'005) << u"một triệu tỷ không trăm linh năm"_s;
        QTest::newRow("tỷ tỷ: 10^18") << qint64(1'000'000'000'000'000'000) << u"một tỷ tỷ"_s;
        QTest::newRow("tỷ tỷ: 9 000 000 001 000 000 000")
            << qint64(9'000'000'001'000'000'000) << u"chín tỷ tỷ không trăm linh một tỷ"_s;
        QTest::newRow("tỷ tỷ: 9 000 000 000 000 000 001")
            << qint64(9'000'000'000'000'000'001) << u"chín tỷ tỷ không trăm linh một"_s;
        // Amounts a royalty statement meets.
        QTest::newRow("amount: 234 000") << qint64(234'000) << u"hai trăm ba mươi tư nghìn"_s;
        QTest::newRow("amount: 1 200 000") << qint64(1'200'000) << u"một triệu hai trăm nghìn"_s;
        QTest::newRow("amount: 2 340 000") << qint64(2'340'000) << u"hai triệu ba trăm bốn mươi nghìn"_s;
        QTest::newRow("amount: 999 999 999")
            << qint64(999'999'999)
            << u"chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"_s;
        // The ends of qint64 and the sign.
        QTest::newRow("limit: qint64 max")
            << int64Max
            << u"chín tỷ tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm "
               u"năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy"_s;
        QTest::newRow("limit: qint64 min + 1")
            << int64Min + 1
            << u"âm chín tỷ tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám "
               u"trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy"_s;
        QTest::newRow("limit: qint64 min")
            << int64Min
            << u"âm chín tỷ tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám "
               u"trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh tám"_s;
        QTest::newRow("negative: -1") << qint64(-1) << u"âm một"_s;
        QTest::newRow("negative: -15") << qint64(-15) << u"âm mười lăm"_s;
        QTest::newRow("negative: -21") << qint64(-21) << u"âm hai mươi mốt"_s;
        QTest::newRow("negative: -1 200 000") << qint64(-1'200'000) << u"âm một triệu hai trăm nghìn"_s;
        QTest::newRow("negative: -1 000 000 005") << qint64(-1'000'000'005) << u"âm một tỷ không trăm linh năm"_s;
    }

    // Each rule of vietnamesenumbers.h, on the numbers that tell it apart.
    void words()
    {
        QFETCH(qint64, n);
        QFETCH(QString, words);
        QCOMPARE(numberInVietnameseWords(n), words);
    }

    void publicSuites_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("words");

        // savoirfairelinux/num2words, tests/test_vi.py on master (07814cb,
        // the file as of 53b4518). Where it differs from our convention the
        // row is adapted and its name says what num2words writes: it uses
        // "lẻ" for "linh", "bốn" for "tư", and leaves out the "không trăm"
        // of a later group ("một nghìn lẻ một", "một tỷ lẻ mười bảy").
        QTest::newRow("num2words: 0") << qint64(0) << u"không"_s;
        QTest::newRow("num2words: 1") << qint64(1) << u"một"_s;
        QTest::newRow("num2words: 2") << qint64(2) << u"hai"_s;
        QTest::newRow("num2words: 7") << qint64(7) << u"bảy"_s;
        QTest::newRow("num2words: 10") << qint64(10) << u"mười"_s;
        QTest::newRow("num2words: 11") << qint64(11) << u"mười một"_s;
        QTest::newRow("num2words: 13") << qint64(13) << u"mười ba"_s;
        QTest::newRow("num2words: 14") << qint64(14) << u"mười bốn"_s;
        QTest::newRow("num2words: 15") << qint64(15) << u"mười lăm"_s;
        QTest::newRow("num2words: 16") << qint64(16) << u"mười sáu"_s;
        QTest::newRow("num2words: 19") << qint64(19) << u"mười chín"_s;
        QTest::newRow("num2words: 20") << qint64(20) << u"hai mươi"_s;
        QTest::newRow("num2words: 21") << qint64(21) << u"hai mươi mốt"_s;
        QTest::newRow("num2words: 23") << qint64(23) << u"hai mươi ba"_s;
        QTest::newRow("num2words: 25") << qint64(25) << u"hai mươi lăm"_s;
        QTest::newRow("num2words: 28") << qint64(28) << u"hai mươi tám"_s;
        QTest::newRow("num2words: 31") << qint64(31) << u"ba mươi mốt"_s;
        QTest::newRow("num2words: 40") << qint64(40) << u"bốn mươi"_s;
        QTest::newRow("num2words: 66") << qint64(66) << u"sáu mươi sáu"_s;
        QTest::newRow("num2words: 92") << qint64(92) << u"chín mươi hai"_s;
        QTest::newRow("num2words: 100") << qint64(100) << u"một trăm"_s;
        QTest::newRow("num2words: 150") << qint64(150) << u"một trăm năm mươi"_s;
        QTest::newRow("num2words: 196") << qint64(196) << u"một trăm chín mươi sáu"_s;
        QTest::newRow("num2words: 200") << qint64(200) << u"hai trăm"_s;
        QTest::newRow("num2words: 210") << qint64(210) << u"hai trăm mười"_s;
        QTest::newRow("num2words: 101 (lẻ)") << qint64(101) << u"một trăm linh một"_s;
        QTest::newRow("num2words: 105 (lẻ)") << qint64(105) << u"một trăm linh năm"_s;
        QTest::newRow("num2words: 701 (lẻ)") << qint64(701) << u"bảy trăm linh một"_s;
        QTest::newRow("num2words: 705 (lẻ)") << qint64(705) << u"bảy trăm linh năm"_s;
        QTest::newRow("num2words: 1000") << qint64(1000) << u"một nghìn"_s;
        QTest::newRow("num2words: 1001 (một nghìn lẻ một)") << qint64(1001) << u"một nghìn không trăm linh một"_s;
        QTest::newRow("num2words: 1005 (một nghìn lẻ năm)") << qint64(1005) << u"một nghìn không trăm linh năm"_s;
        QTest::newRow("num2words: 1500") << qint64(1500) << u"một nghìn năm trăm"_s;
        QTest::newRow("num2words: 2000") << qint64(2000) << u"hai nghìn"_s;
        QTest::newRow("num2words: 2100") << qint64(2100) << u"hai nghìn một trăm"_s;
        QTest::newRow("num2words: 6870") << qint64(6870) << u"sáu nghìn tám trăm bảy mươi"_s;
        QTest::newRow("num2words: 7378") << qint64(7378) << u"bảy nghìn ba trăm bảy mươi tám"_s;
        QTest::newRow("num2words: 10000") << qint64(10000) << u"mười nghìn"_s;
        QTest::newRow("num2words: 98765") << qint64(98765) << u"chín mươi tám nghìn bảy trăm sáu mươi lăm"_s;
        QTest::newRow("num2words: 100000") << qint64(100000) << u"một trăm nghìn"_s;
        QTest::newRow("num2words: 523456") << qint64(523456) << u"năm trăm hai mươi ba nghìn bốn trăm năm mươi sáu"_s;
        QTest::newRow("num2words: 1000000") << qint64(1000000) << u"một triệu"_s;
        QTest::newRow("num2words: 1000007 (một triệu lẻ bảy)") << qint64(1000007) << u"một triệu không trăm linh bảy"_s;
        QTest::newRow("num2words: 1200000") << qint64(1200000) << u"một triệu hai trăm nghìn"_s;
        QTest::newRow("num2words: 3000000") << qint64(3000000) << u"ba triệu"_s;
        QTest::newRow("num2words: 3000005 (ba triệu lẻ năm)") << qint64(3000005) << u"ba triệu không trăm linh năm"_s;
        QTest::newRow("num2words: 3800000") << qint64(3800000) << u"ba triệu tám trăm nghìn"_s;
        QTest::newRow("num2words: 1000000000") << qint64(1000000000) << u"một tỷ"_s;
        QTest::newRow("num2words: 1000000017 (một tỷ lẻ mười bảy)")
            << qint64(1000000017) << u"một tỷ không trăm mười bảy"_s;
        QTest::newRow("num2words: 1000101017 (một tỷ một trăm lẻ một nghìn lẻ mười bảy)")
            << qint64(1000101017) << u"một tỷ một trăm linh một nghìn không trăm mười bảy"_s;
        QTest::newRow("num2words: 1234567890 (ba mươi bốn triệu)")
            << qint64(1234567890)
            << u"một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi"_s;
        QTest::newRow("num2words: 2000000000") << qint64(2000000000) << u"hai tỷ"_s;
        QTest::newRow("num2words: 2000001000 (hai tỷ một nghìn)")
            << qint64(2000001000) << u"hai tỷ không trăm linh một nghìn"_s;

        // tntxtnt's examples, kept in num2words/lang_VI.py of a num2words
        // pull request (commit 1bec656, not merged). They follow our
        // convention but for 700 000 231, where they read the empty group
        // ("bảy trăm triệu không nghìn hai trăm ba mươi mốt").
        QTest::newRow("tntxtnt: 32000000") << qint64(32000000) << u"ba mươi hai triệu"_s;
        QTest::newRow("tntxtnt: 32516000") << qint64(32516000) << u"ba mươi hai triệu năm trăm mười sáu nghìn"_s;
        QTest::newRow("tntxtnt: 32516497")
            << qint64(32516497) << u"ba mươi hai triệu năm trăm mười sáu nghìn bốn trăm chín mươi bảy"_s;
        QTest::newRow("tntxtnt: 834291712")
            << qint64(834291712) << u"tám trăm ba mươi tư triệu hai trăm chín mươi mốt nghìn bảy trăm mười hai"_s;
        QTest::newRow("tntxtnt: 308250705")
            << qint64(308250705) << u"ba trăm linh tám triệu hai trăm năm mươi nghìn bảy trăm linh năm"_s;
        QTest::newRow("tntxtnt: 500209037")
            << qint64(500209037) << u"năm trăm triệu hai trăm linh chín nghìn không trăm ba mươi bảy"_s;
        QTest::newRow("tntxtnt: 7312836")
            << qint64(7312836) << u"bảy triệu ba trăm mười hai nghìn tám trăm ba mươi sáu"_s;
        QTest::newRow("tntxtnt: 57602511")
            << qint64(57602511) << u"năm mươi bảy triệu sáu trăm linh hai nghìn năm trăm mười một"_s;
        QTest::newRow("tntxtnt: 351600307")
            << qint64(351600307) << u"ba trăm năm mươi mốt triệu sáu trăm nghìn ba trăm linh bảy"_s;
        QTest::newRow("tntxtnt: 900370200")
            << qint64(900370200) << u"chín trăm triệu ba trăm bảy mươi nghìn hai trăm"_s;
        QTest::newRow("tntxtnt: 400070192")
            << qint64(400070192) << u"bốn trăm triệu không trăm bảy mươi nghìn một trăm chín mươi hai"_s;
        QTest::newRow("tntxtnt: 10250214")
            << qint64(10250214) << u"mười triệu hai trăm năm mươi nghìn hai trăm mười bốn"_s;
        QTest::newRow("tntxtnt: 253564888")
            << qint64(253564888) << u"hai trăm năm mươi ba triệu năm trăm sáu mươi tư nghìn tám trăm tám mươi tám"_s;
        QTest::newRow("tntxtnt: 400036105")
            << qint64(400036105) << u"bốn trăm triệu không trăm ba mươi sáu nghìn một trăm linh năm"_s;
        QTest::newRow("tntxtnt: 700000231 (không nghìn)")
            << qint64(700000231) << u"bảy trăm triệu hai trăm ba mươi mốt"_s;

        // trinhvuduc/number_to_vietnamese_words (Dart),
        // test/number_to_vietnamese_words_test.dart (27632ca). It capitalises;
        // its amounts are compared here in lower case. It names every group
        // above the billions by its own unit ("… triệu tỷ … nghìn tỷ … tỷ");
        // we say "tỷ" once per block of nine digits, so its two largest rows
        // are adapted.
        QTest::newRow("trinhvuduc: 1") << qint64(1) << u"một"_s;
        QTest::newRow("trinhvuduc: 10") << qint64(10) << u"mười"_s;
        QTest::newRow("trinhvuduc: 2001") << qint64(2001) << u"hai nghìn không trăm linh một"_s;
        QTest::newRow("trinhvuduc: 2023") << qint64(2023) << u"hai nghìn không trăm hai mươi ba"_s;
        QTest::newRow("trinhvuduc: -2023") << qint64(-2023) << u"âm hai nghìn không trăm hai mươi ba"_s;
        QTest::newRow("trinhvuduc: 10000000") << qint64(10000000) << u"mười triệu"_s;
        QTest::newRow("trinhvuduc: -55") << qint64(-55) << u"âm năm mươi lăm"_s;
        QTest::newRow("trinhvuduc: 123456789")
            << qint64(123456789) << u"một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín"_s;
        QTest::newRow("trinhvuduc: 1000000000220001")
            << qint64(1000000000220001) << u"một triệu tỷ hai trăm hai mươi nghìn không trăm linh một"_s;
        QTest::newRow("trinhvuduc: 999999999999999999 (a unit per group)")
            << qint64(999999999999999999)
            << u"chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm "
               u"chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"_s;
        QTest::newRow("trinhvuduc: qint64 max (a unit per group)")
            << int64Max
            << u"chín tỷ tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm "
               u"năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy"_s;
    }

    // What well-known public implementations write, in our convention.
    void publicSuites()
    {
        QFETCH(qint64, n);
        QFETCH(QString, words);
        QCOMPARE(numberInVietnameseWords(n), words);
    }

    void amount_data()
    {
        QTest::addColumn<qint64>("dong");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: 1 200 000") << qint64(1'200'000) << u"Một triệu hai trăm nghìn đồng"_s;
        QTest::newRow("nominal: 2 340 000") << qint64(2'340'000) << u"Hai triệu ba trăm bốn mươi nghìn đồng"_s;
        QTest::newRow("nominal: 3 500 000") << qint64(3'500'000) << u"Ba triệu năm trăm nghìn đồng"_s;
        QTest::newRow("nominal: 450 000") << qint64(450'000) << u"Bốn trăm năm mươi nghìn đồng"_s;
        QTest::newRow("nominal: 5 000") << qint64(5'000) << u"Năm nghìn đồng"_s;
        QTest::newRow("nominal: 600 000") << qint64(600'000) << u"Sáu trăm nghìn đồng"_s;
        QTest::newRow("nominal: 7 000 000") << qint64(7'000'000) << u"Bảy triệu đồng"_s;
        QTest::newRow("nominal: 800 000") << qint64(800'000) << u"Tám trăm nghìn đồng"_s;
        QTest::newRow("nominal: 9 999") << qint64(9'999) << u"Chín nghìn chín trăm chín mươi chín đồng"_s;
        QTest::newRow("nominal: 15 000 000 000") << qint64(15'000'000'000) << u"Mười lăm tỷ đồng"_s;
        QTest::newRow("nominal: 1 005 000") << qint64(1'005'000) << u"Một triệu không trăm linh năm nghìn đồng"_s;
        QTest::newRow("robustness: 0") << qint64(0) << u"Không đồng"_s;
        QTest::newRow("robustness: -5 000") << qint64(-5'000) << u"Âm năm nghìn đồng"_s;
        QTest::newRow("robustness: qint64 max")
            << int64Max
            << u"Chín tỷ tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm "
               u"năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng"_s;
    }

    // The statement's line: every possible first word capitalised,
    // "đồng" after it.
    void amount()
    {
        QFETCH(qint64, dong);
        QFETCH(QString, expected);
        QCOMPARE(amountInVietnameseWords(dong), expected);
    }

    // Every number up to 100 000 reads back as itself through the rules,
    // with single spaces and no spoken zero unit: a group lost, doubled or
    // misread fails here even where no row above looks.
    void readsBackUpTo100000()
    {
        for (qint64 n = 0; n <= 100'000; ++n) {
            if (const QString problem = problemWith(n); !problem.isEmpty())
                QFAIL(qPrintable(problem));
        }
    }

    // The same for a few thousand larger numbers of either sign, most of
    // them with whole groups of zeros (where "không trăm" and "tỷ" go
    // wrong), drawn from a fixed seed so that a failure can be replayed.
    void readsBackLargeNumbers()
    {
        QRandomGenerator64 random(20'240'607);
        std::vector<qint64> numbers = {int64Max, int64Min, int64Min + 1};
        while (numbers.size() < 4'000) {
            quint64 magnitude = 0;
            for (int i = 6; i >= 0; --i) {
                const int kind = random.bounded(3);
                const int group = kind == 0 ? 0 : kind == 1 ? random.bounded(1, 100) : random.bounded(1000);
                magnitude = magnitude * 1000 + quint64(i == 6 ? group % 10 : group);
            }
            if (magnitude > quint64(int64Max))
                continue;
            const qint64 n = qint64(magnitude);
            numbers.push_back(random.bounded(4) == 0 ? -n : n);
        }
        for (int i = 0; i < 1'000; ++i)
            numbers.push_back(qint64(random.generate64()));
        for (const qint64 n : numbers) {
            if (const QString problem = problemWith(n); !problem.isEmpty())
                QFAIL(qPrintable(problem));
        }
    }

    // The reader above must itself refuse what the rules forbid, or the two
    // tests above could not fail.
    void readerRefusesBrokenWords_data()
    {
        QTest::addColumn<QString>("words");
        QTest::newRow("robustness: hundreds left out of a later group") << u"một nghìn linh năm"_s;
        QTest::newRow("robustness: lẻ for linh") << u"một trăm lẻ năm"_s;
        QTest::newRow("robustness: năm after mươi") << u"hai mươi năm"_s;
        QTest::newRow("robustness: bốn after mươi") << u"hai mươi bốn"_s;
        QTest::newRow("robustness: một after mươi") << u"hai mươi một"_s;
        QTest::newRow("robustness: mốt after mười") << u"mười mốt"_s;
        QTest::newRow("robustness: tư after mười") << u"mười tư"_s;
        QTest::newRow("robustness: năm after mười") << u"mười năm"_s;
        QTest::newRow("robustness: linh không") << u"một trăm linh không"_s;
        QTest::newRow("robustness: mươi không") << u"hai mươi không"_s;
        QTest::newRow("robustness: không trăm first") << u"không trăm linh năm"_s;
        QTest::newRow("robustness: an empty group") << u"bảy trăm triệu không nghìn hai trăm"_s;
        QTest::newRow("robustness: a unit twice") << u"một nghìn hai trăm nghìn"_s;
        QTest::newRow("robustness: units out of order") << u"một nghìn hai trăm triệu"_s;
        QTest::newRow("robustness: a tỷ per group") << u"một nghìn tỷ năm trăm tỷ"_s;
        QTest::newRow("robustness: two spaces") << u"một  nghìn"_s;
        QTest::newRow("robustness: a bare sign") << u"âm"_s;
    }

    void readerRefusesBrokenWords()
    {
        QFETCH(QString, words);
        QVERIFY(!WordsReader(words).number().has_value());
    }
};

QTEST_GUILESS_MAIN(TestAmountInWords)
#include "tst_amountinwords.moc"
