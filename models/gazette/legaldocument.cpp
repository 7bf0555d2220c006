#include "legaldocument.h"

#include "vietnamesetext.h"

#include <QRegularExpression>

namespace PortalDesk::Models {

namespace {

// Decree 30/2020/NĐ-CP, Appendix III, in the order the Công báo groups them.
const QList<LegalDocumentType> documentTypes{
    {"nghi_quyet", "Nghị quyết", "NQ", true},
    {"quyet_dinh", "Quyết định", "QĐ", true},
    {"chi_thi", "Chỉ thị", "CT", false},
    {"quy_che", "Quy chế", "QC", false},
    {"quy_dinh", "Quy định", "QyĐ", false},
    {"thong_cao", "Thông cáo", "TC", false},
    {"thong_bao", "Thông báo", "TB", false},
    {"huong_dan", "Hướng dẫn", "HD", false},
    {"chuong_trinh", "Chương trình", "CTr", false},
    {"ke_hoach", "Kế hoạch", "KH", false},
    {"phuong_an", "Phương án", "PA", false},
    {"de_an", "Đề án", "ĐA", false},
    {"du_an", "Dự án", "DA", false},
    {"bao_cao", "Báo cáo", "BC", false},
    {"cong_dien", "Công điện", "CĐ", false},
};

const QList<LegalIssuer> issuerList{
    {"HĐND tỉnh", "HĐND", "Hội đồng nhân dân"},
    {"Thường trực HĐND tỉnh", "TTHĐND", "Thường trực Hội đồng nhân dân"},
    {"UBND tỉnh", "UBND", "Ủy ban nhân dân"},
    {"Chủ tịch UBND tỉnh", "CT", "Chủ tịch Ủy ban nhân dân"},
    {"Văn phòng UBND tỉnh", "VP", "Văn phòng Ủy ban nhân dân"},
};

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// Compared without accents or case, so "quyet dinh" finds "Quyết định".
QString key(const QString &text)
{
    return foldDiacritics(text.simplified()).toCaseFolded();
}

// TCVN3 and some fonts give "Ð" (U+00D0, Icelandic eth) for "Đ" (U+0110);
// they look the same in print and differ in every comparison.
QString withRealDStroke(QString text)
{
    return text.replace(QChar(0x00D0), QChar(0x0110)).replace(QChar(0x00F0), QChar(0x0111));
}

} // namespace

const QList<LegalDocumentType> &LegalDocumentTypes::all()
{
    return documentTypes;
}

const QList<LegalIssuer> &LegalDocumentTypes::issuers()
{
    return issuerList;
}

std::optional<LegalDocumentType> LegalDocumentTypes::find(const QString &text)
{
    const QString wanted = key(text);
    const QString exact = withRealDStroke(text.trimmed());
    for (const LegalDocumentType &type : documentTypes) {
        if (exact == u8(type.abbreviation) || wanted == QLatin1String(type.key) || wanted == key(u8(type.name)))
            return type;
    }
    return std::nullopt;
}

std::optional<LegalIssuer> LegalDocumentTypes::findIssuer(const QString &text)
{
    const QString wanted = key(withRealDStroke(text));
    for (const LegalIssuer &issuer : issuerList) {
        if (wanted == key(u8(issuer.name)) || wanted == key(u8(issuer.abbreviation)))
            return issuer;
    }
    return std::nullopt;
}

int LegalDocumentTypes::issuerRank(const QString &issuerName)
{
    const auto issuer = findIssuer(issuerName);
    return issuer ? int(std::distance(issuerList.cbegin(), std::find_if(issuerList.cbegin(), issuerList.cend(), [&](const LegalIssuer &i) {
                        return i.abbreviation == issuer->abbreviation;
                    })))
                  : int(issuerList.size());
}

int LegalDocumentTypes::typeRank(const QString &typeKey)
{
    for (int i = 0; i < documentTypes.size(); ++i) {
        if (typeKey == QLatin1String(documentTypes.at(i).key))
            return i;
    }
    return int(documentTypes.size());
}

Result<LegalSymbol> LegalSymbols::parse(const QString &text)
{
    const QString symbol = withRealDStroke(toNfc(text.trimmed()));
    static const QRegularExpression form(QStringLiteral(R"(^(\d{1,6})/(?:(\d{4})/)?(\p{Lu}[\p{L}]*)-(\p{Lu}+)$)"));
    const auto match = form.match(symbol);
    if (!match.hasMatch()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The symbol \"%1\" is not of the form number/type-issuer (1982/QĐ-UBND) or "
                        "number/year/type-issuer (15/2022/QĐ-UBND).")
                         .arg(text.trimmed())};
    }
    LegalSymbol parsed;
    parsed.number = match.captured(1).toInt();
    parsed.year = match.captured(2).toInt();
    parsed.typeAbbreviation = match.captured(3);
    parsed.issuerAbbreviation = match.captured(4);
    parsed.text = symbol;
    if (parsed.number == 0)
        return Error{ErrorCode::InvalidInput, tr("The symbol \"%1\" has the number 0; numbers start at 1.").arg(symbol)};
    return parsed;
}

Result<LegalSymbol> LegalSymbols::validate(const LegalDocumentMeta &meta)
{
    const auto type = LegalDocumentTypes::find(meta.typeKey);
    if (!type) {
        QStringList names;
        for (const LegalDocumentType &known : documentTypes)
            names << u8(known.name);
        return Error{ErrorCode::InvalidInput,
                     tr("Unknown document type \"%1\"; known types: %2.").arg(meta.typeKey, names.join(QStringLiteral(", ")))};
    }
    const auto issuer = LegalDocumentTypes::findIssuer(meta.issuer);
    if (!issuer) {
        QStringList names;
        for (const LegalIssuer &known : issuerList)
            names << u8(known.name);
        return Error{ErrorCode::InvalidInput,
                     tr("Unknown issuing body \"%1\"; known bodies: %2.").arg(meta.issuer, names.join(QStringLiteral(", ")))};
    }
    if (!meta.signedOn.isValid())
        return Error{ErrorCode::InvalidInput, tr("The signing date is missing or not a date (YYYY-MM-DD).")};
    if (meta.effectiveOn.isValid() && meta.effectiveOn < meta.signedOn) {
        return Error{ErrorCode::InvalidInput, tr("The effective date %1 is before the signing date %2.")
                                                  .arg(meta.effectiveOn.toString(Qt::ISODate), meta.signedOn.toString(Qt::ISODate))};
    }
    auto parsed = parse(meta.symbol);
    if (!parsed)
        return parsed;
    LegalSymbol symbol = parsed.value();
    const QString expectedSuffix = u8(type->abbreviation) + u'-' + u8(issuer->abbreviation);
    const QString year = QString::number(meta.signedOn.year());
    const QString expected = meta.part == GazettePart::Normative
        ? QStringLiteral("%1/%2/%3").arg(symbol.number).arg(year, expectedSuffix)
        : QStringLiteral("%1/%2").arg(symbol.number).arg(expectedSuffix);

    if (meta.part == GazettePart::Normative && !type->mayBeNormative) {
        return Error{ErrorCode::InvalidInput,
                     tr("A %1 is not a legal normative document; put it in Part II.").arg(u8(type->name))};
    }
    if (meta.part == GazettePart::Normative && symbol.year == 0) {
        return Error{ErrorCode::InvalidInput,
                     tr("The symbol \"%1\" has no year; a legal normative document is numbered number/year/type-issuer: %2.")
                         .arg(symbol.text, expected)};
    }
    if (meta.part == GazettePart::Other && symbol.year != 0) {
        return Error{ErrorCode::InvalidInput,
                     tr("The symbol \"%1\" carries a year, which only legal normative documents (Part I) do: %2.")
                         .arg(symbol.text, expected)};
    }
    if (symbol.typeAbbreviation != u8(type->abbreviation)) {
        return Error{ErrorCode::InvalidInput, tr("The symbol \"%1\" says %2, but a %3 is abbreviated %4: %5.")
                                                  .arg(symbol.text, symbol.typeAbbreviation, u8(type->name),
                                                       u8(type->abbreviation), expected)};
    }
    if (symbol.issuerAbbreviation != u8(issuer->abbreviation)) {
        return Error{ErrorCode::InvalidInput, tr("The symbol \"%1\" names the issuer %2, but the document is issued by %3 (%4): %5.")
                                                  .arg(symbol.text, symbol.issuerAbbreviation, u8(issuer->name),
                                                       u8(issuer->abbreviation), expected)};
    }
    if (symbol.year != 0 && symbol.year != meta.signedOn.year()) {
        return Error{ErrorCode::InvalidInput, tr("The symbol \"%1\" has the year %2, but the document was signed on %3: %4.")
                                                  .arg(symbol.text)
                                                  .arg(symbol.year)
                                                  .arg(meta.signedOn.toString(QStringLiteral("dd/MM/yyyy")), expected)};
    }
    return symbol;
}

} // namespace PortalDesk::Models
