#include "gazette.h"

#include "user.h"

#include <QRegularExpression>

#include <array>

namespace PortalDesk::Models {

namespace {

using enum ArticleState;

struct Rule {
    GazetteAction action;
    const char *key;
    const char *displayName;
    Role role;
    std::initializer_list<ArticleState> from;
    ArticleState to;
};

const std::array rules{
    Rule{GazetteAction::Submit, "submit", QT_TRANSLATE_NOOP("GazetteRules", "submit"), Role::Gazette, {Draft, Returned}, Submitted},
    Rule{GazetteAction::Return, "return", QT_TRANSLATE_NOOP("GazetteRules", "return"), Role::ChiefEditor, {Submitted, Approved}, Returned},
    Rule{GazetteAction::Approve, "approve", QT_TRANSLATE_NOOP("GazetteRules", "approve"), Role::ChiefEditor, {Submitted}, Approved},
    Rule{GazetteAction::Withdraw, "withdraw", QT_TRANSLATE_NOOP("GazetteRules", "withdraw"), Role::ChiefEditor, {Approved}, Withdrawn},
};

} // namespace

std::optional<GazetteIssueNumber> GazetteIssueNumber::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\s*(\d{1,3})\s*(?:\+\s*(\d{1,3}))?\s*$)"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    GazetteIssueNumber number{match.captured(1).toInt(), match.captured(2).isEmpty() ? match.captured(1).toInt() : match.captured(2).toInt()};
    // A combined issue joins consecutive numbers.
    if (number.first < 1 || number.last < number.first || number.last > number.first + 9)
        return std::nullopt;
    return number;
}

QString GazetteIssueNumber::text() const
{
    const QString head = QStringLiteral("%1").arg(first, 2, 10, QChar(u'0'));
    return last == first ? head : QStringLiteral("%1 + %2").arg(head).arg(last, 2, 10, QChar(u'0'));
}

QString GazetteRules::actionKey(GazetteAction action)
{
    for (const Rule &rule : rules) {
        if (rule.action == action)
            return QString::fromLatin1(rule.key);
    }
    return {};
}

std::optional<GazetteAction> GazetteRules::actionFromKey(const QString &key)
{
    for (const Rule &rule : rules) {
        if (key == QLatin1String(rule.key))
            return rule.action;
    }
    return std::nullopt;
}

Result<ArticleState> GazetteRules::check(GazetteAction action, ArticleState from, const User &user, Role staff)
{
    for (const Rule &rule : rules) {
        if (rule.action != action)
            continue;
        const Role role = rule.role == Role::Gazette ? staff : rule.role;
        if (!user.has(role)) {
            const QString verb = tr(rule.displayName);
            if (role == Role::Digest)
                return Error{ErrorCode::Denied, tr("Only digest staff may %1 this.").arg(verb)};
            return Error{ErrorCode::Denied, role == Role::Gazette ? tr("Only gazette staff may %1 this.").arg(verb)
                                                                 : tr("Only a chief editor may %1 this.").arg(verb)};
        }
        if (std::find(rule.from.begin(), rule.from.end(), from) == rule.from.end()) {
            QStringList states;
            for (ArticleState state : rule.from)
                states << articleStateDisplayName(state);
            return Error{ErrorCode::Conflict, tr("Cannot %1 it: it is %2, and only what is %3 can be.")
                                                  .arg(tr(rule.displayName), articleStateDisplayName(from), states.join(tr(" or ")))};
        }
        return rule.to;
    }
    return Error{ErrorCode::InvalidInput, tr("Unknown action.")};
}

bool GazetteRules::mayEdit(ArticleState state, const User &user, Role staff)
{
    return (user.has(staff) && (state == Draft || state == Returned))
        || (user.has(Role::ChiefEditor) && state == Submitted);
}

} // namespace PortalDesk::Models
