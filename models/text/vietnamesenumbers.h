#pragma once

#include <QString>

namespace PortalDesk::Models {

// An integer in Vietnamese words, as an accountant writes the "Bằng chữ:" line
// of a payment statement: 1 200 000 → "một triệu hai trăm nghìn",
// 0 → "không", -15 → "âm mười lăm". Every qint64, its minimum included.
//
// The northern convention of Vietnamese accounting documents; where public
// implementations differ, the variant they use instead is named in brackets:
// - "mười" for 10–19, "mươi" after a tens digit of 2–9 ("hai mươi").
// - A last digit 1 reads "mốt" after a tens digit of 2–9 ("hai mươi mốt"),
//   "một" after "mười" and with no tens ("mười một", "một trăm linh một").
// - 4 reads "tư" after a tens digit of 2–9 ("hai mươi tư"), "bốn" after
//   "mười" and everywhere else ["bốn" everywhere].
// - 5 reads "lăm" after any tens, "mười" included ("mười lăm",
//   "hai mươi lăm"), "năm" otherwise ("một trăm linh năm") ["nhăm"].
// - A zero tens digit before a non-zero unit reads "linh"
//   ("một trăm linh năm") ["lẻ", the southern habit].
// - Digits go in groups of three, each followed by its unit "nghìn"
//   ["ngàn"] or "triệu". The first group says only what it holds ("năm",
//   "hai mươi"); every later non-zero group says its hundreds even when they
//   are zero: 1 005 000 = "một triệu không trăm linh năm nghìn",
//   2 020 = "hai nghìn không trăm hai mươi" ["một nghìn lẻ năm": a
//   statement spells every place after the first group, so that the words
//   and the figures can be checked against each other digit by digit].
//   A group of three zeros is left out with its unit.
// - Above 999 999 999 the digits go in blocks of nine: the block of
//   billions is read as a number of its own and followed by "tỷ" ["tỉ"],
//   the block above it (a qint64 holds one digit there) by "tỷ tỷ". So "tỷ" is said once for the whole block, even when
//   the block's own last group is zero: 5 000 000 000 000 = "năm nghìn tỷ",
//   1 500 000 000 000 = "một nghìn năm trăm tỷ" ["một nghìn tỷ năm trăm
//   tỷ", a unit per group], 10^18 = "một tỷ tỷ".
//
// The words are Vietnamese whatever the interface's language, because the
// statement is: they are not translated.
QString numberInVietnameseWords(qint64 n);

// The amount as it follows "Bằng chữ:" on a statement: the words of
// numberInVietnameseWords() with a capital first letter, then " đồng".
// 1 200 000 → "Một triệu hai trăm nghìn đồng", 0 → "Không đồng",
// -5 000 → "Âm năm nghìn đồng".
QString amountInVietnameseWords(qint64 dong);

} // namespace PortalDesk::Models
