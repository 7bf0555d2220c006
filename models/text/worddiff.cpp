#include "worddiff.h"

#include "vietnamesetext.h"

#include <QHash>
#include <QStringView>
#include <QTextBoundaryFinder>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

enum class TokenClass { Word, Space, Other };

char32_t codePointAt(const QString &text, qsizetype pos)
{
    const QChar c = text.at(pos);
    if (c.isHighSurrogate() && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(pos + 1));
    return c.unicode();
}

// A grapheme cluster is classed by its first code point. A combining mark
// after a letter or a space is inside that cluster; it only starts a cluster
// of its own at the start of the text or after a control character (a line
// break, a tab), and is then best kept with the word it leads.
TokenClass classOf(char32_t c)
{
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return TokenClass::Word;
    if (QChar::isSpace(c))
        return TokenClass::Space;
    return TokenClass::Other;
}

// Views into `text`, which must outlive them. Walking grapheme clusters rather
// than code units keeps surrogate pairs, marks and "\r\n" whole.
QList<QStringView> tokenize(const QString &text)
{
    QList<QStringView> tokens;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype tokenStart = 0;
    auto tokenClass = TokenClass::Other;
    qsizetype clusterStart = 0;
    for (qsizetype clusterEnd = graphemes.toNextBoundary(); clusterEnd > clusterStart;
         clusterEnd = graphemes.toNextBoundary()) {
        const TokenClass cls = classOf(codePointAt(text, clusterStart));
        const bool extends = clusterStart > tokenStart && cls == tokenClass && cls != TokenClass::Other;
        if (!extends) {
            if (clusterStart > tokenStart)
                tokens.append(QStringView(text).sliced(tokenStart, clusterStart - tokenStart));
            tokenStart = clusterStart;
            tokenClass = cls;
        }
        clusterStart = clusterEnd;
    }
    if (text.size() > tokenStart)
        tokens.append(QStringView(text).sliced(tokenStart));
    return tokens;
}

// Collects tokens into segments: runs of one kind become one segment, and the
// deleted and inserted text between two shared stretches is emitted deleted
// first, whatever order the edit script listed it in.
class SegmentBuilder final
{
public:
    void equal(QStringView token)
    {
        flushChange();
        if (!m_segments.isEmpty() && m_segments.last().kind == DiffSegment::Kind::Equal)
            m_segments.last().text += token;
        else
            m_segments.append({ DiffSegment::Kind::Equal, token.toString() });
    }
    void deleted(QStringView token) { m_deleted += token; }
    void inserted(QStringView token) { m_inserted += token; }

    QList<DiffSegment> finish()
    {
        flushChange();
        joinReplacedWords();
        return std::move(m_segments);
    }

private:
    // Vietnamese words are often two or three syllables: "kinh tế" replaced by
    // "xã hội" reads better as [-kinh tế-]{+xã hội+} than as two replacements
    // around a shared space. A run of spaces (not a line break) between two
    // replacements joins them; both texts still reassemble exactly.
    void joinReplacedWords()
    {
        using Kind = DiffSegment::Kind;
        const auto isReplacement = [this](qsizetype at) {
            return at >= 0 && at + 1 < m_segments.size() && m_segments.at(at).kind == Kind::Deleted
                && m_segments.at(at + 1).kind == Kind::Inserted;
        };
        QList<DiffSegment> joined;
        joined.reserve(m_segments.size());
        for (qsizetype i = 0; i < m_segments.size(); ++i) {
            const DiffSegment &segment = m_segments.at(i);
            const bool spaceOnly = segment.kind == Kind::Equal && !segment.text.isEmpty()
                && std::all_of(segment.text.cbegin(), segment.text.cend(), [](QChar c) { return c == u' ' || c == u'\t'; });
            const qsizetype size = joined.size();
            if (spaceOnly && size >= 2 && joined.at(size - 2).kind == Kind::Deleted
                && joined.at(size - 1).kind == Kind::Inserted && isReplacement(i + 1)) {
                joined[size - 2].text += segment.text + m_segments.at(i + 1).text;
                joined[size - 1].text += segment.text + m_segments.at(i + 2).text;
                i += 2;
                continue;
            }
            joined.append(segment);
        }
        m_segments = std::move(joined);
    }

    void flushChange()
    {
        if (!m_deleted.isEmpty())
            m_segments.append({ DiffSegment::Kind::Deleted, std::exchange(m_deleted, QString()) });
        if (!m_inserted.isEmpty())
            m_segments.append({ DiffSegment::Kind::Inserted, std::exchange(m_inserted, QString()) });
    }

    QList<DiffSegment> m_segments;
    QString m_deleted;
    QString m_inserted;
};

} // namespace

QList<DiffSegment> wordDiff(const QString &before, const QString &after)
{
    const QString textA = toNfc(before);
    const QString textB = toNfc(after);
    const QList<QStringView> tokensA = tokenize(textA);
    const QList<QStringView> tokensB = tokenize(textB);

    // A revision usually changes a few places in a long body: a shared head
    // and tail are part of every shortest edit script, so they are taken off
    // before dtl sees the sequences (git's xdiff trims the same way).
    const qsizetype shorter = std::min(tokensA.size(), tokensB.size());
    qsizetype head = 0;
    while (head < shorter && tokensA.at(head) == tokensB.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < shorter - head && tokensA.at(tokensA.size() - 1 - tail) == tokensB.at(tokensB.size() - 1 - tail))
        ++tail;
    const qsizetype endA = tokensA.size() - tail;
    const qsizetype endB = tokensB.size() - tail;

    SegmentBuilder builder;
    for (qsizetype i = 0; i < head; ++i)
        builder.equal(tokensA.at(i));

    // dtl gets token ids, not strings: it copies both sequences, may swap them,
    // stores every element again in its edit script and its LCS, and its inner
    // loop compares elements over and over. Interned ints make all of that
    // plain integer work (measured on 50 KB bodies: about a fifth faster than
    // handing it QStringViews), and ids are equal exactly when tokens are.
    QHash<QStringView, int> ids;
    ids.reserve(endA - head + endB - head);
    const auto intern = [&ids](QStringView token) {
        auto it = ids.constFind(token);
        if (it == ids.cend())
            it = ids.insert(token, int(ids.size()));
        return it.value();
    };
    std::vector<int> idsA;
    idsA.reserve(size_t(endA - head));
    for (qsizetype i = head; i < endA; ++i)
        idsA.push_back(intern(tokensA.at(i)));
    std::vector<int> idsB;
    idsB.reserve(size_t(endB - head));
    for (qsizetype i = head; i < endB; ++i)
        idsB.push_back(intern(tokensB.at(i)));

    qsizetype nextA = head;
    qsizetype nextB = head;
    if (idsA.empty() || idsB.empty()) {
        // Pure insertion or deletion: nothing to align.
        for (; nextA < endA; ++nextA)
            builder.deleted(tokensA.at(nextA));
        for (; nextB < endB; ++nextB)
            builder.inserted(tokensB.at(nextB));
    } else {
        dtl::Diff<int> diff(idsA, idsB);
        diff.compose();
        // The script lists A's tokens and B's tokens each in order, so two
        // cursors map it back to the text without trusting its indices.
        const auto script = diff.getSes().getSequence();
        for (const auto &step : script) {
            switch (step.second.type) {
            case dtl::SES_COMMON:
                builder.equal(tokensA.at(nextA++));
                ++nextB;
                break;
            case dtl::SES_DELETE:
                builder.deleted(tokensA.at(nextA++));
                break;
            case dtl::SES_ADD:
                builder.inserted(tokensB.at(nextB++));
                break;
            }
        }
    }
    Q_ASSERT(nextA == endA && nextB == endB);

    for (qsizetype i = endA; i < tokensA.size(); ++i)
        builder.equal(tokensA.at(i));
    return builder.finish();
}

QString wordDiffPlainText(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Kind::Equal:
            text += segment.text;
            break;
        case DiffSegment::Kind::Deleted:
            text += u"[-"_s + segment.text + u"-]"_s;
            break;
        case DiffSegment::Kind::Inserted:
            text += u"{+"_s + segment.text + u"+}"_s;
            break;
        }
    }
    return text;
}

QString wordDiffHtml(const QList<DiffSegment> &segments)
{
    QString html;
    const DiffSegment *previous = nullptr;
    for (const DiffSegment &segment : segments) {
        const QString escaped = segment.text.toHtmlEscaped();
        // A replacement with no space of its own between the two sides
        // would read as one word ("dân## Kết"): a space, in neither side.
        if (previous && previous->kind == DiffSegment::Kind::Deleted && segment.kind == DiffSegment::Kind::Inserted
            && !previous->text.back().isSpace() && !segment.text.front().isSpace())
            html += u' ';
        previous = &segment;
        switch (segment.kind) {
        case DiffSegment::Kind::Equal:
            html += escaped;
            break;
        case DiffSegment::Kind::Deleted:
            html += u"<del class=\"diff-del\">"_s + escaped + u"</del>"_s;
            break;
        case DiffSegment::Kind::Inserted:
            html += u"<ins class=\"diff-ins\">"_s + escaped + u"</ins>"_s;
            break;
        }
    }
    return html;
}

} // namespace PortalDesk::Models
