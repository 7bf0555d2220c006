#include "legaldocument.h"

#include "vietnamesetext.h"

#include <QRegularExpression>

namespace PortalDesk::Models {

namespace {

// Decree 30/2020/NĐ-CP, Appendix III, in the order the Công báo groups them.
const QList<LegalDocumentType> documentTypes{
    {"nghi_quyet", "Nghị quyết", "NQ"},
    {"quyet_dinh", "Quyết định", "QĐ"},
    {"chi_thi", "Chỉ thị", "CT"},
    {"quy_che", "Quy chế", "QC"},
    {"quy_dinh", "Quy định", "QyĐ"},
    {"thong_cao", "Thông cáo", "TC"},
    {"thong_bao", "Thông báo", "TB"},
    {"huong_dan", "Hướng dẫn", "HD"},
    {"chuong_trinh", "Chương trình", "CTr"},
    {"ke_hoach", "Kế hoạch", "KH"},
    {"phuong_an", "Phương án", "PA"},
    {"de_an", "Đề án", "ĐA"},
    {"du_an", "Dự án", "DA"},
    {"bao_cao", "Báo cáo", "BC"},
    {"cong_dien", "Công điện", "CĐ"},
};

const QList<LegalIssuer> issuerList{
    {"HĐND tỉnh", "HĐND", "Hội đồng nhân dân", "", true},
    {"Thường trực HĐND tỉnh", "TTHĐND", "Thường trực Hội đồng nhân dân", "", true},
    {"UBND tỉnh", "UBND", "Ủy ban nhân dân", "", true},
    {"Chủ tịch UBND tỉnh", "CT", "Chủ tịch Ủy ban nhân dân", "CTUBND UBND", false},
    {"Văn phòng UBND tỉnh", "VP", "Văn phòng Ủy ban nhân dân", "", false},
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

bool abbreviates(const LegalIssuer &issuer, const QString &abbreviation)
{
    return abbreviation == u8(issuer.abbreviation)
        || u8(issuer.alsoAbbreviated).split(u' ', Qt::SkipEmptyParts).contains(abbreviation);
}

// "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the body a
// collective signature is on behalf of; empty without a "TM." line.
QString onBehalfOf(const QString &signerTitle)
{
    static const QRegularExpression tm(QStringLiteral(R"(^\s*TM\s*\.?\s*(.+)$)"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : signerTitle.split(u'/')) {
        if (const auto m = tm.match(line); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

// Whether "TM. UBND TỈNH", "TM. ỦY BAN NHÂN DÂN" name the issuer.
bool namesBody(const QString &behalf, const LegalIssuer &issuer)
{
    QString folded = key(withRealDStroke(behalf));
    folded.replace(QStringLiteral("hdnd"), QStringLiteral("hoi dong nhan dan"));
    folded.replace(QStringLiteral("ubnd"), QStringLiteral("uy ban nhan dan"));
    return folded.startsWith(key(u8(issuer.fullName)));
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

bool LegalDocumentTypes::mayBeNormative(const LegalDocumentType &type, const LegalIssuer &issuer)
{
    const QLatin1String key(type.key);
    const QString body = u8(issuer.abbreviation);
    return (key == QLatin1String("nghi_quyet") && body == u"HĐND") || (key == QLatin1String("quyet_dinh") && body == u"UBND");
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
    parsed.numberText = match.captured(1);
    parsed.year = match.captured(2).toInt();
    parsed.typeAbbreviation = match.captured(3);
    parsed.issuerAbbreviation = match.captured(4);
    parsed.text = symbol;
    if (parsed.number == 0)
        return Error{ErrorCode::InvalidInput, tr("The symbol \"%1\" has the number 0; numbers start at 1.").arg(symbol)};
    return parsed;
}

QString LegalSymbols::uniqueKey(const QString &symbolText)
{
    qsizetype zeros = 0;
    while (zeros < symbolText.size() && symbolText.at(zeros) == u'0')
        ++zeros;
    return symbolText.mid(zeros);
}

Result<LegalSymbol> LegalSymbols::validate(const LegalDocumentMeta &meta, QDate today)
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
    if (meta.signedOn > today) {
        return Error{ErrorCode::InvalidInput, tr("The signing date %1 is after today (%2); the Công báo prints documents already signed.")
                                                  .arg(meta.signedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                       today.toString(QStringLiteral("dd/MM/yyyy")))};
    }
    if (meta.effectiveOn.isValid() && meta.effectiveOn < meta.signedOn) {
        return Error{ErrorCode::InvalidInput, tr("The effective date %1 is before the signing date %2.")
                                                  .arg(meta.effectiveOn.toString(Qt::ISODate), meta.signedOn.toString(Qt::ISODate))};
    }
    auto parsed = parse(meta.symbol);
    if (!parsed)
        return parsed;
    LegalSymbol symbol = parsed.value();
    // The suggestion keeps the number as the issuer wrote it, and an issuer
    // abbreviation the body may carry.
    const QString issuerAbbreviation = abbreviates(*issuer, symbol.issuerAbbreviation) ? symbol.issuerAbbreviation
                                                                                         : u8(issuer->abbreviation);
    const QString expectedSuffix = u8(type->abbreviation) + u'-' + issuerAbbreviation;
    const QString year = QString::number(meta.signedOn.year());
    const QString expected = meta.part == GazettePart::Normative
        ? QStringLiteral("%1/%2/%3").arg(symbol.numberText, year, expectedSuffix)
        : QStringLiteral("%1/%2").arg(symbol.numberText, expectedSuffix);

    if (meta.part == GazettePart::Normative && !LegalDocumentTypes::mayBeNormative(*type, *issuer)) {
        return Error{ErrorCode::InvalidInput,
                     tr("A %1 of the %2 is not a legal normative document: a province's are the HĐND's Nghị quyết and the UBND's "
                        "Quyết định. Put it in Part II.")
                         .arg(u8(type->name), u8(issuer->name))};
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
    if (!abbreviates(*issuer, symbol.issuerAbbreviation)) {
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
    // A council or committee signs on behalf of itself ("TM. ỦY BAN NHÂN
    // DÂN"); a "TM." line naming another body means the issuer is wrong.
    const QString behalf = onBehalfOf(meta.signerTitle);
    if (!behalf.isEmpty() && !namesBody(behalf, *issuer)) {
        return Error{ErrorCode::InvalidInput, tr("The signature is on behalf of %1, but the issuer is %2.")
                                                  .arg(behalf.trimmed(), u8(issuer->name))};
    }
    return symbol;
}

} // namespace PortalDesk::Models
