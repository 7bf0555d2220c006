#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace PortalDesk::Models {

// The kinds of document the Công báo prints, with the abbreviations that
// Decree 30/2020/NĐ-CP (Appendix III) gives them in a symbol.
struct LegalDocumentType {
    const char *key;           // "quyet_dinh": stored
    const char *name;          // "Quyết định": printed
    const char *abbreviation;  // "QĐ": in the symbol
};

// Provincial issuing bodies in the order the Công báo prints them: the
// People's Council before the People's Committee.
struct LegalIssuer {
    const char *name;          // "HĐND tỉnh"
    const char *abbreviation;  // "HĐND"
    const char *fullName;      // "Hội đồng nhân dân", printed above the symbol with the province
    // Other abbreviations provinces give the body in symbols: the chairman's
    // own decisions are "QĐ-CT", "QĐ-CTUBND", or "QĐ-UBND" where the
    // province numbers them with the committee's.
    const char *alsoAbbreviated;
    bool collective;  // signs "TM. <body>" (on behalf of): a council or a committee
};

// Part I holds legal normative documents (văn bản quy phạm pháp luật),
// part II the others.
enum class GazettePart { Normative = 1, Other = 2 };

class LegalDocumentTypes final
{
    Q_DECLARE_TR_FUNCTIONS(LegalDocumentTypes)

public:
    static const QList<LegalDocumentType> &all();
    static const QList<LegalIssuer> &issuers();
    // By key ("quyet_dinh"), Vietnamese name ("Quyết định", accents and case
    // optional) or abbreviation ("QĐ").
    static std::optional<LegalDocumentType> find(const QString &text);
    static std::optional<LegalIssuer> findIssuer(const QString &text);
    static int issuerRank(const QString &issuerName);  // print order; unknown bodies last
    static int typeRank(const QString &typeKey);
    // The province's legal normative documents: a Nghị quyết of the HĐND and
    // a Quyết định of the UBND (Law on the promulgation of legal documents,
    // Article 4), nothing else.
    static bool mayBeNormative(const LegalDocumentType &type, const LegalIssuer &issuer);
};

// A symbol (số, ký hiệu) taken apart: "15/2022/QĐ-UBND" is number 15, year
// 2022, type QĐ, issuer UBND.
struct LegalSymbol {
    int number = 0;
    QString numberText;  // as written, "01763": a leading zero is the issuer's own
    int year = 0;  // 0: the symbol carries no year
    QString typeAbbreviation;
    QString issuerAbbreviation;
    QString text;  // as it is stored: NFC, Đ (not the look-alike Ð)
};

// What the Công báo needs of a document to print it.
struct LegalDocumentMeta {
    QString typeKey;
    QString symbol;
    QString issuer;
    QDate signedOn;
    QDate effectiveOn;
    QString signer;
    QString signerTitle;
    QString summary;  // trích yếu
    GazettePart part = GazettePart::Other;
};

class LegalSymbols final
{
    Q_DECLARE_TR_FUNCTIONS(LegalSymbols)

public:
    // Checks the form only: digits, slashes and the type-issuer pair.
    static Result<LegalSymbol> parse(const QString &text);
    // Checks the symbol against the rest of the metadata: a normative
    // document carries number/year/type-issuer, others number/type-issuer;
    // the type and issuer agree with the abbreviations, the year with the
    // signing date, which is not after today; the signer's "TM." line names
    // the issuing body. The message says what is wrong and how it should
    // read.
    static Result<LegalSymbol> validate(const LegalDocumentMeta &meta, QDate today = QDate::currentDate());
    // What makes two symbols the same in a year: "01763/QĐ-UBND" is
    // "1763/QĐ-UBND". The SQL expression ltrim(symbol, '0') computes it too.
    static QString uniqueKey(const QString &symbolText);
};

} // namespace PortalDesk::Models
