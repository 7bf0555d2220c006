#include "royaltystore.h"

#include "article.h"
#include "auditlog.h"
#include "mediastore.h"
#include "newsroom.h"
#include "serverrights.h"
#include "sqlsupport.h"
#include "user.h"
#include "vietnamesetext.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

bool mayGrade(const User &user)
{
    return user.has(Role::ChiefEditor);
}

bool mayManage(const User &user)
{
    return user.has(Role::ChiefEditor) || user.has(Role::Admin);
}

QString nameKey(const QString &name)
{
    return foldDiacritics(name.simplified()).toLower();
}

} // namespace

RoyaltyStore::RoyaltyStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

// An embedded newsroom records the refusal itself; a shared one's server
// function does, when the desk lets it see the attempt.
Status RoyaltyStore::refuse(const User &by, const QString &action, const QString &articleId, const Error &error) const
{
    if (!m_newsroom.isPostgres())
        (void)AuditLog::record(m_newsroom.database(), &by, action, articleId, {}, {}, true, error.message);
    return error;
}

Result<RoyaltySchedule> RoyaltyStore::importSchedule(const QByteArray &json, const User &by)
{
    auto schedule = RoyaltySchedule::fromJson(json);
    if (!schedule)
        return schedule.error();
    QSqlDatabase db = m_newsroom.database();
    const Error denied{ErrorCode::Denied, tr("Only chief editors and admins import royalty schedules.")};
    if (m_newsroom.isPostgres()) {
        auto imported = callServer(db, u"SELECT outcome, id FROM pd_royalty_schedule(?, ?::jsonb)"_s,
                                   {ServerRights::actingLogin(&by), QString::fromUtf8(schedule->json)});
        if (!imported)
            return imported.error();
        const QString outcome = imported->value(0).toString();
        if (outcome == u"refused")
            return denied;
        if (outcome != u"done")
            return serverOutcomeError(outcome, schedule->decision);
        schedule->id = imported->value(1).toLongLong();
        return schedule;
    }
    if (!mayManage(by))
        return refuse(by, u"royalty.schedule"_s, {}, denied).error();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO royalty_schedules (decision, title, content, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(schedule->decision), QVariant(nonNull(schedule->title)), QVariant(QString::fromUtf8(schedule->json)),
                                  QVariant(by.id), QVariant(nowStamp())})
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    schedule->id = query.lastInsertId().toLongLong();
    if (Status audited = AuditLog::record(db, &by, u"royalty.schedule"_s, {}, {}, {}, false, schedule->decision); !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return schedule;
}

Result<QHash<qint64, RoyaltySchedule>> RoyaltyStore::schedules() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(u"SELECT id, content FROM royalty_schedules ORDER BY id"_s))
        return databaseError(query);
    QHash<qint64, RoyaltySchedule> schedules;
    while (query.next()) {
        auto schedule = RoyaltySchedule::fromJson(query.value(1).toString().toUtf8());
        if (!schedule)
            return Error{ErrorCode::Failed, tr("Royalty schedule %1 in the newsroom cannot be read: %2").arg(query.value(0).toString(), schedule.error().message)};
        schedule->id = query.value(0).toLongLong();
        schedules.insert(schedule->id, schedule.value());
    }
    return schedules;
}

Result<RoyaltySchedule> RoyaltyStore::currentSchedule() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(u"SELECT id, content FROM royalty_schedules ORDER BY id DESC LIMIT 1"_s))
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No royalty schedule has been imported yet: a chief editor imports the province's "
                                             "(portaldesk-cli royalty schedule import FILE).")};
    auto schedule = RoyaltySchedule::fromJson(query.value(1).toString().toUtf8());
    if (!schedule)
        return schedule.error();
    schedule->id = query.value(0).toLongLong();
    return schedule;
}

Status RoyaltyStore::addContributor(const RoyaltyContributor &contributor, const User &by)
{
    QSqlDatabase db = m_newsroom.database();
    const Error denied{ErrorCode::Denied, tr("Only chief editors and admins register contributors.")};
    static const QRegularExpression codePattern(u"^[a-z0-9._-]{1,64}$"_s);
    if (!codePattern.match(contributor.code).hasMatch())
        return Error{ErrorCode::InvalidInput, tr("A contributor's code is 1 to 64 lower-case ASCII letters, digits, dots, dashes "
                                                 "or underscores, like a login: \"%1\" is not.").arg(contributor.code)};
    if (contributor.fullName.trimmed().isEmpty() || contributor.fullName.contains(QChar::ReplacementCharacter)
        || contributor.unit.contains(QChar::ReplacementCharacter))
        return Error{ErrorCode::InvalidInput, tr("A contributor needs a full name, in valid UTF-8 text.")};
    // The limit the server keeps (pd_field_too_large), kept here too so that
    // an embedded newsroom takes no more than a shared one.
    if (contributor.fullName.toUtf8().size() > maxFieldBytes || contributor.unit.toUtf8().size() > maxFieldBytes)
        return Error{ErrorCode::InvalidInput, tr("A contributor's name and unit may each hold at most %1 KB of text.").arg(maxFieldBytes / 1024)};
    if (m_newsroom.isPostgres()) {
        auto added = callServer(db, u"SELECT pd_royalty_contributor(?, ?, ?, ?)"_s,
                                {ServerRights::actingLogin(&by), contributor.code, contributor.fullName, nonNull(contributor.unit)});
        if (!added)
            return added.error();
        const QString outcome = added->value(0).toString();
        if (outcome == u"refused")
            return denied;
        if (outcome == u"taken")
            return Error{ErrorCode::Conflict, tr("\"%1\" is a user's login; a contributor needs a code of their own.").arg(contributor.code)};
        if (outcome != u"done")
            return serverOutcomeError(outcome, contributor.code);
        return Done{};
    }
    if (!mayManage(by))
        return refuse(by, u"royalty.contributor"_s, {}, denied);
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM users WHERE login = ?"_s);
    query.addBindValue(contributor.code);
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return Error{ErrorCode::Conflict, tr("\"%1\" is a user's login; a contributor needs a code of their own.").arg(contributor.code)};
    query.prepare(u"INSERT INTO royalty_contributors (code, full_name, unit, added_at) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (code) DO UPDATE SET full_name = excluded.full_name, unit = excluded.unit"_s);
    for (const QVariant &value : {QVariant(contributor.code), QVariant(contributor.fullName.trimmed()),
                                  QVariant(nonNull(contributor.unit.trimmed())), QVariant(nowStamp())})
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    if (Status audited = AuditLog::record(db, &by, u"royalty.contributor"_s, {}, {}, {}, false,
                                          contributor.code + u": "_s + contributor.fullName.trimmed());
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<RoyaltyContributor>> RoyaltyStore::contributors() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(u"SELECT code, full_name, unit FROM royalty_contributors ORDER BY full_name, code"_s))
        return databaseError(query);
    QList<RoyaltyContributor> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return list;
}

Result<QHash<QString, RoyaltyPayee>> RoyaltyStore::payees() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(u"SELECT login, full_name FROM users"_s))
        return databaseError(query);
    QHash<QString, RoyaltyPayee> payees;
    // Words of the statement, a Vietnamese accounting document whatever the
    // desk's language.
    const QString staffUnit = u"Cán bộ, phóng viên của Cổng"_s;
    while (query.next())
        payees.insert(query.value(0).toString(), RoyaltyPayee{query.value(1).toString(), staffUnit, true});
    if (!query.exec(u"SELECT code, full_name, unit FROM royalty_contributors"_s))
        return databaseError(query);
    while (query.next()) {
        const QString unit = query.value(2).toString();
        payees.insert(query.value(0).toString(),
                      RoyaltyPayee{query.value(1).toString(), unit.isEmpty() ? u"Cộng tác viên"_s : unit, false});
    }
    return payees;
}

Result<std::optional<QDateTime>> RoyaltyStore::firstPublished(const QString &articleId) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(u"SELECT first_published_at FROM articles WHERE id = ?"_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(articleId)};
    if (query.value(0).isNull() || query.value(0).toString().isEmpty())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromStamp(query.value(0).toString()));
}

Result<QList<RoyaltyGrade>> RoyaltyStore::grades(const QString &articleId) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(u"SELECT g.media_id, g.category, g.coefficient, g.bonus, g.schedule_id, g.version, coalesce(u.login, ''), g.graded_at,"
                  " s.payee, s.role, s.share FROM royalty_grades g LEFT JOIN users u ON u.id = g.graded_by"
                  " JOIN royalty_shares s ON s.article_id = g.article_id AND s.media_id = g.media_id"
                  " WHERE g.article_id = ? ORDER BY g.media_id, s.position"_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return databaseError(query);
    QList<RoyaltyGrade> grades;
    while (query.next()) {
        const QString media = query.value(0).toString();
        if (grades.isEmpty() || grades.constLast().mediaId != media) {
            RoyaltyGrade grade;
            grade.articleId = articleId;
            grade.mediaId = media;
            grade.category = query.value(1).toString();
            grade.coefficient = query.value(2).toLongLong();
            grade.bonus = query.value(3).toLongLong();
            grade.scheduleId = query.value(4).toLongLong();
            grade.version = query.value(5).toInt();
            grade.gradedBy = query.value(6).toString();
            grade.gradedAt = fromStamp(query.value(7).toString());
            grades.append(grade);
        }
        grades.last().shares.append({query.value(8).toString(), query.value(9).toString(), query.value(10).toLongLong()});
    }
    return grades;
}

// The desk's own checks, worded for the user; the server makes the same.
// Fills in the default shares and the audit note.
Status RoyaltyStore::checkGrade(RoyaltyGrade &grade, QString *note) const
{
    QSqlDatabase db = m_newsroom.database();
    QSqlQuery query(db);
    query.prepare(u"SELECT a.title, a.state, a.first_published_at, coalesce(u.login, ''), coalesce(a.lead_photo, ''), a.body"
                  " FROM articles a LEFT JOIN users u ON u.id = a.author_id WHERE a.id = ?"_s);
    query.addBindValue(grade.articleId);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(grade.articleId)};
    const QString title = query.value(0).toString();
    const auto state = articleStateFromKey(query.value(1).toString()).value_or(ArticleState::Draft);
    const QString published = query.value(2).toString();
    const QString authorLogin = query.value(3).toString();
    const QString leadPhoto = query.value(4).toString();
    const QString body = query.value(5).toString();
    if (state != ArticleState::Approved && state != ArticleState::Published)
        return Error{ErrorCode::InvalidInput, tr("“%1” is %2: only approved or published articles are graded.")
                                                  .arg(title, articleStateDisplayName(state))};
    if (!published.isEmpty()) {
        const RoyaltyMonth month = RoyaltyMonth::of(fromStamp(published));
        auto closed = isClosed(month);
        if (!closed)
            return closed.error();
        if (closed.value())
            return Error{ErrorCode::Conflict, tr("The royalties of %1 are closed; a chief editor reopens the month, with a reason, "
                                                 "to change them.").arg(month.displayName())};
    }
    QString credit;
    if (!grade.mediaId.isEmpty()) {
        if (grade.mediaId != leadPhoto && !MediaStore::referencedIds(body).contains(grade.mediaId))
            return Error{ErrorCode::NotFound, tr("Photo %1 is not in “%2”.").arg(grade.mediaId, title)};
        query.prepare(u"SELECT credit FROM media WHERE id = ?"_s);
        query.addBindValue(grade.mediaId);
        if (!query.exec())
            return databaseError(query);
        if (!query.next())
            return Error{ErrorCode::NotFound, tr("No photo has the id %1.").arg(grade.mediaId)};
        credit = query.value(0).toString();
    }
    auto schedule = currentSchedule();
    if (!schedule)
        return Error{ErrorCode::InvalidInput, schedule.error().message};
    grade.scheduleId = schedule->id;
    const RoyaltySchedule::Category *category = schedule->category(grade.category);
    if (!category) {
        QStringList codes;
        for (const auto &c : schedule->categories) {
            if (c.photo == !grade.mediaId.isEmpty())
                codes << c.code;
        }
        return Error{ErrorCode::InvalidInput, tr("%1 has no category \"%2\"; its categories for %3 are: %4.")
                                                  .arg(schedule->decision, grade.category,
                                                       grade.mediaId.isEmpty() ? tr("articles") : tr("photos"), codes.join(u", "_s))};
    }
    if (category->photo != !grade.mediaId.isEmpty())
        return Error{ErrorCode::InvalidInput, category->photo ? tr("\"%1\" (%2) is for photos, not for an article's text.").arg(category->code, category->name)
                                                              : tr("\"%1\" (%2) is for an article's text, not for a photo.").arg(category->code, category->name)};
    if (grade.coefficient < category->min || grade.coefficient > category->max)
        return Error{ErrorCode::InvalidInput, tr("The coefficient of %1 is from %2 to %3 (%4), not %5.")
                                                  .arg(category->name, hundredthsText(category->min), hundredthsText(category->max),
                                                       category->article.isEmpty() ? schedule->decision : category->article,
                                                       hundredthsText(grade.coefficient))};
    if (grade.bonus < 0 || grade.bonus > schedule->maxExtra())
        return Error{ErrorCode::InvalidInput, schedule->maxExtra() == 0 ? tr("%1 pays no extra on top of a work's royalty.").arg(schedule->decision)
                                                                        : tr("The extra on top of a work's royalty is at most %1 % under %2.")
                                                                              .arg(hundredthsText(schedule->maxExtra()), schedule->decision)};
    // A schedule pays for what is published while it is in force.
    const QDate day = published.isEmpty() ? QDate::currentDate() : RoyaltyMonth::localDate(fromStamp(published));
    if (!schedule->unitValueOn(day))
        return Error{ErrorCode::InvalidInput, schedule->validUntil.isValid() && day > schedule->validUntil
                                                  ? tr("%1 was in force until %2; a work published on %3 is paid under the schedule that replaced it: import it.")
                                                        .arg(schedule->decision, schedule->validUntil.toString(u"dd/MM/yyyy"_s), day.toString(u"dd/MM/yyyy"_s))
                                                  : tr("%1 sets no unit value for %2.").arg(schedule->decision, day.toString(u"dd/MM/yyyy"_s))};
    auto payees = this->payees();
    if (!payees)
        return payees.error();
    if (grade.shares.isEmpty()) {
        if (grade.mediaId.isEmpty()) {
            if (authorLogin.isEmpty())
                return Error{ErrorCode::InvalidInput, tr("“%1” has no author in the newsroom; name who is paid with their shares.").arg(title)};
            grade.shares.append({authorLogin, u"author"_s, wholeShare});
        } else {
            // The photographer by the name in the credit ("Ảnh: Nguyễn Văn A").
            const QString wanted = nameKey(credit.section(u':', -1));
            QString found;
            for (auto it = payees->cbegin(); it != payees->cend(); ++it) {
                if (!wanted.isEmpty() && nameKey(it->name) == wanted)
                    found = it.key();
            }
            if (found.isEmpty())
                return Error{ErrorCode::InvalidInput, tr("The photo's credit (“%1”) names no user or contributor of the newsroom; "
                                                         "name the photographer with their share.").arg(credit)};
            grade.shares.append({found, u"author"_s, wholeShare});
        }
    }
    Hundredths authors = 0;
    QSet<QString> seen;
    QStringList parts;
    for (const auto &share : std::as_const(grade.shares)) {
        if (!payees->contains(share.payee))
            return Error{ErrorCode::InvalidInput, tr("\"%1\" is neither a user nor a registered contributor.").arg(share.payee)};
        if (share.share <= 0)
            return Error{ErrorCode::InvalidInput, tr("The share of %1 must be above zero.").arg(share.payee)};
        if (seen.contains(share.role + u'/' + share.payee))
            return Error{ErrorCode::InvalidInput, tr("%1 is named twice.").arg(share.payee)};
        seen.insert(share.role + u'/' + share.payee);
        if (share.role == u"author") {
            authors += share.share;
        } else {
            const RoyaltySchedule::Remuneration *remuneration = schedule->remuneration(share.role);
            if (!remuneration)
                return Error{ErrorCode::InvalidInput, tr("%1 pays no remuneration \"%2\".").arg(schedule->decision, share.role)};
            if (share.share > remuneration->percent)
                return Error{ErrorCode::InvalidInput, tr("%1 is at most %2 % of the work's royalty (%3).")
                                                          .arg(remuneration->name, hundredthsText(remuneration->percent), remuneration->article)};
        }
        parts << u"%1%2 %3 %"_s.arg(share.payee, share.role == u"author" ? QString() : u" ("_s + share.role + u')',
                                    hundredthsText(share.share));
    }
    if (authors != wholeShare)
        return Error{ErrorCode::InvalidInput, tr("The authors' shares add up to %1 %, not 100 %.").arg(hundredthsText(authors))};
    *note = u"%1%2: %3 × %4%5; %6"_s.arg(grade.mediaId.isEmpty() ? QString() : tr("photo %1 ").arg(grade.mediaId), schedule->decision,
                                         category->code, hundredthsText(grade.coefficient),
                                         grade.bonus ? u" + %1 %"_s.arg(hundredthsText(grade.bonus)) : QString(), parts.join(u", "_s));
    return Done{};
}

Result<RoyaltyGrade> RoyaltyStore::grade(const RoyaltyGrade &wanted, const User &by)
{
    QSqlDatabase db = m_newsroom.database();
    const Error denied{ErrorCode::Denied, tr("Only chief editors grade royalties.")};
    RoyaltyGrade grade = wanted;
    QStringList payees;
    QStringList roles;
    QStringList shares;
    if (m_newsroom.isPostgres() && !mayGrade(by)) {
        // The server refuses it and writes the refusal in its log.
        auto refused = callServer(db, u"SELECT outcome FROM pd_royalty_grade(?, ?, ?, ?, 0, 0, '{}'::text[], '{}'::text[],"
                                      " '{}'::integer[], 0, '')"_s,
                                  {ServerRights::actingLogin(&by), grade.articleId, nonNull(grade.mediaId), nonNull(grade.category)});
        if (!refused)
            return refused.error();
        return denied;
    }
    if (!mayGrade(by))
        return refuse(by, u"royalty.grade"_s, grade.articleId, denied).error();
    QString note;
    const Status checked = checkGrade(grade, &note);
    for (const auto &share : std::as_const(grade.shares)) {
        payees << share.payee;
        roles << share.role;
        shares << QString::number(share.share);
    }
    const auto callGrade = [&](int version) {
        return callServer(db, u"SELECT outcome, version FROM pd_royalty_grade(?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::integer[], ?, ?)"_s,
                          QVariantList{ServerRights::actingLogin(&by), grade.articleId, nonNull(grade.mediaId), grade.category, grade.coefficient,
                                       grade.bonus, postgresArray(payees), postgresArray(roles), QString(u"{"_s + shares.join(u',') + u"}"_s), version, note});
    };
    if (!checked) {
        // A closed month is a refusal the log keeps: the server writes it
        // when it sees the attempt.
        if (checked.error().code == ErrorCode::Conflict) {
            if (m_newsroom.isPostgres())
                (void)callGrade(wanted.version);
            else
                (void)refuse(by, u"royalty.grade"_s, grade.articleId, checked.error());
        }
        return checked.error();
    }
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    if (m_newsroom.isPostgres()) {
        auto done = callGrade(wanted.version);
        if (!done)
            return done.error();
        const QString outcome = done->value(0).toString();
        if (outcome == u"refused")
            return denied;
        if (outcome == u"closed")
            return Error{ErrorCode::Conflict, tr("The month of this article's royalties is closed.")};
        if (outcome == u"conflict")
            return Error{ErrorCode::Conflict, tr("Someone else changed this grade meanwhile; look at it again.")};
        if (outcome == u"not_ready")
            return Error{ErrorCode::InvalidInput, tr("Only approved or published articles are graded.")};
        if (outcome != u"done")
            return serverOutcomeError(outcome, grade.articleId);
        grade.version = done->value(1).toInt();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        grade.gradedBy = by.login;
        return grade;
    }
    QSqlQuery query(db);
    query.prepare(u"SELECT version FROM royalty_grades WHERE article_id = ? AND media_id = ?"_s);
    query.addBindValue(grade.articleId);
    query.addBindValue(nonNull(grade.mediaId));
    if (!query.exec())
        return databaseError(query);
    const int current = query.next() ? query.value(0).toInt() : 0;
    if (current != wanted.version)
        return Error{ErrorCode::Conflict, tr("Someone else changed this grade meanwhile; look at it again.")};
    const QString stamp = nowStamp();
    if (current == 0) {
        query.prepare(u"INSERT INTO royalty_grades (article_id, media_id, schedule_id, category, coefficient, bonus, graded_by,"
                      " graded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &value : {QVariant(grade.articleId), QVariant(nonNull(grade.mediaId)), QVariant(grade.scheduleId), QVariant(grade.category),
                                      QVariant(grade.coefficient), QVariant(grade.bonus), QVariant(by.id), QVariant(stamp)})
            query.addBindValue(value);
    } else {
        query.prepare(u"UPDATE royalty_grades SET schedule_id = ?, category = ?, coefficient = ?, bonus = ?, graded_by = ?,"
                      " graded_at = ?, version = version + 1 WHERE article_id = ? AND media_id = ?"_s);
        for (const QVariant &value : {QVariant(grade.scheduleId), QVariant(grade.category), QVariant(grade.coefficient), QVariant(grade.bonus),
                                      QVariant(by.id), QVariant(stamp), QVariant(grade.articleId), QVariant(nonNull(grade.mediaId))})
            query.addBindValue(value);
    }
    if (!query.exec())
        return databaseError(query);
    query.prepare(u"DELETE FROM royalty_shares WHERE article_id = ? AND media_id = ?"_s);
    query.addBindValue(grade.articleId);
    query.addBindValue(nonNull(grade.mediaId));
    if (!query.exec())
        return databaseError(query);
    query.prepare(u"INSERT INTO royalty_shares (article_id, media_id, position, payee, role, share) VALUES (?, ?, ?, ?, ?, ?)"_s);
    int position = 0;
    for (const auto &share : std::as_const(grade.shares)) {
        for (const QVariant &value : {QVariant(grade.articleId), QVariant(nonNull(grade.mediaId)), QVariant(++position), QVariant(share.payee),
                                      QVariant(share.role), QVariant(share.share)})
            query.addBindValue(value);
        if (!query.exec())
            return databaseError(query);
    }
    if (Status audited = AuditLog::record(db, &by, u"royalty.grade"_s, grade.articleId, {}, {}, false, note); !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    grade.version = current + 1;
    grade.gradedBy = by.login;
    grade.gradedAt = fromStamp(stamp);
    return grade;
}

Status RoyaltyStore::ungrade(const QString &articleId, const QString &mediaId, const User &by)
{
    QSqlDatabase db = m_newsroom.database();
    const Error denied{ErrorCode::Denied, tr("Only chief editors grade royalties.")};
    const Error closedError{ErrorCode::Conflict, tr("The month of this article's royalties is closed.")};
    const Error notFound{ErrorCode::NotFound, tr("That work has no grade.")};
    const QString note = mediaId.isEmpty() ? QString() : tr("photo %1").arg(mediaId);
    if (m_newsroom.isPostgres()) {
        auto done = callServer(db, u"SELECT pd_royalty_ungrade(?, ?, ?, ?)"_s, {ServerRights::actingLogin(&by), articleId, nonNull(mediaId), note});
        if (!done)
            return done.error();
        const QString outcome = done->value(0).toString();
        if (outcome == u"refused")
            return denied;
        if (outcome == u"closed")
            return closedError;
        if (outcome == u"not_found")
            return notFound;
        return outcome == u"done" ? Status(Done{}) : Status(serverOutcomeError(outcome, articleId));
    }
    if (!mayGrade(by))
        return refuse(by, u"royalty.ungrade"_s, articleId, denied);
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(u"SELECT first_published_at FROM articles WHERE id = ?"_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return databaseError(query);
    if (query.next() && !query.value(0).isNull()) {
        auto closed = isClosed(RoyaltyMonth::of(fromStamp(query.value(0).toString())));
        if (!closed)
            return closed.error();
        if (closed.value())
            return closedError;
    }
    query.prepare(u"DELETE FROM royalty_grades WHERE article_id = ? AND media_id = ?"_s);
    query.addBindValue(articleId);
    query.addBindValue(nonNull(mediaId));
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() == 0)
        return notFound;
    if (Status audited = AuditLog::record(db, &by, u"royalty.ungrade"_s, articleId, {}, {}, false, note); !audited)
        return audited;
    return transaction.commit();
}

Result<QList<RoyaltyUngradedWork>> RoyaltyStore::ungraded(const RoyaltyMonth &month) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(u"SELECT a.id, a.title, a.first_published_at, coalesce(a.lead_photo, ''), a.body,"
                  " (SELECT string_agg(g.media_id, ',') FROM royalty_grades g WHERE g.article_id = a.id)"
                  " FROM articles a WHERE a.first_published_at >= ? AND a.first_published_at < ? ORDER BY a.first_published_at, a.id"_s);
    query.addBindValue(month.firstStamp());
    query.addBindValue(month.nextStamp());
    if (!query.exec())
        return databaseError(query);
    QList<RoyaltyUngradedWork> works;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QString title = query.value(1).toString();
        const QDateTime published = fromStamp(query.value(2).toString());
        const QString graded = query.value(5).toString();
        const QStringList gradedIds = query.value(5).isNull() ? QStringList() : graded.split(u',');
        if (!gradedIds.contains(QString()))
            works.append({id, {}, title, published});
        QStringList photos = MediaStore::referencedIds(query.value(4).toString());
        if (const QString lead = query.value(3).toString(); !lead.isEmpty() && !photos.contains(lead))
            photos.prepend(lead);
        for (const QString &photo : std::as_const(photos)) {
            if (!gradedIds.contains(photo))
                works.append({id, photo, title, published});
        }
    }
    return works;
}

Result<QList<RoyaltyGradedWork>> RoyaltyStore::gradedWorks(const RoyaltyMonth &month) const
{
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT g.article_id, g.media_id, a.title, coalesce(m.caption, ''), a.first_published_at, g.schedule_id, g.category,"
                  " g.coefficient, g.bonus, s.payee, s.role, s.share"
                  " FROM articles a JOIN royalty_grades g ON g.article_id = a.id"
                  " JOIN royalty_shares s ON s.article_id = g.article_id AND s.media_id = g.media_id"
                  " LEFT JOIN media m ON m.id = g.media_id"
                  " WHERE a.first_published_at >= ? AND a.first_published_at < ?"
                  " ORDER BY a.first_published_at, g.article_id, g.media_id, s.position"_s);
    query.addBindValue(month.firstStamp());
    query.addBindValue(month.nextStamp());
    if (!query.exec())
        return databaseError(query);
    QList<RoyaltyGradedWork> works;
    while (query.next()) {
        const QString article = query.value(0).toString();
        const QString media = query.value(1).toString();
        if (works.isEmpty() || works.constLast().articleId != article || works.constLast().mediaId != media) {
            RoyaltyGradedWork work;
            work.articleId = article;
            work.mediaId = media;
            const QString caption = query.value(3).toString().simplified();
            work.title = media.isEmpty() ? query.value(2).toString()
                                         : tr("%1 — photo: %2").arg(query.value(2).toString(), caption.isEmpty() ? media : caption);
            work.publishedAt = fromStamp(query.value(4).toString());
            work.scheduleId = query.value(5).toLongLong();
            work.category = query.value(6).toString();
            work.coefficient = query.value(7).toLongLong();
            work.bonus = query.value(8).toLongLong();
            works.append(work);
        }
        works.last().shares.append({query.value(9).toString(), query.value(10).toString(), query.value(11).toLongLong()});
    }
    return works;
}

Result<RoyaltyStatement> RoyaltyStore::statement(const RoyaltyMonth &month, const User &by) const
{
    if (!mayManage(by))
        return Error{ErrorCode::Denied, tr("Only chief editors and admins see the royalty statements.")};
    auto works = gradedWorks(month);
    if (!works)
        return works.error();
    auto schedules = this->schedules();
    if (!schedules)
        return schedules.error();
    auto payees = this->payees();
    if (!payees)
        return payees.error();
    auto closed = isClosed(month);
    if (!closed)
        return closed.error();
    RoyaltyStatement statement = RoyaltyStatement::build(month, works.value(), schedules.value(), payees.value());
    statement.closed = closed.value();
    return statement;
}

Result<bool> RoyaltyStore::isClosed(const RoyaltyMonth &month) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(u"SELECT closed FROM royalty_months WHERE month = ?"_s);
    query.addBindValue(month.key());
    if (!query.exec())
        return databaseError(query);
    return query.next() && query.value(0).toInt() == 1;
}

Status RoyaltyStore::close(const RoyaltyMonth &month, const User &by)
{
    return setClosed(month, true, {}, by);
}

Status RoyaltyStore::reopen(const RoyaltyMonth &month, const QString &reason, const User &by)
{
    return setClosed(month, false, reason, by);
}

Status RoyaltyStore::setClosed(const RoyaltyMonth &month, bool close, const QString &reason, const User &by)
{
    QSqlDatabase db = m_newsroom.database();
    const QString action = close ? u"royalty.close"_s : u"royalty.reopen"_s;
    const Error denied{ErrorCode::Denied, tr("Only chief editors close and reopen royalty months.")};
    if (close && !(month < RoyaltyMonth::of(QDateTime::currentDateTimeUtc())))
        return Error{ErrorCode::InvalidInput, tr("%1 is not over yet; a month is closed once its last work is published.").arg(month.displayName())};
    if (!close && reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Reopening a month needs a reason: say why its royalties change after closing.")};
    if (reason.contains(QChar::ReplacementCharacter))
        return Error{ErrorCode::InvalidInput, tr("The reason is not valid UTF-8 text; check the encoding of the terminal or script.")};
    if (reason.toUtf8().size() > maxFieldBytes)
        return Error{ErrorCode::InvalidInput, tr("The reason may hold at most %1 KB of text.").arg(maxFieldBytes / 1024)};
    const Error unchanged{ErrorCode::Conflict, close ? tr("%1 is closed already.").arg(month.displayName())
                                                     : tr("%1 is not closed.").arg(month.displayName())};
    if (m_newsroom.isPostgres()) {
        auto done = callServer(db, u"SELECT pd_royalty_month_set(?, ?, ?, ?)"_s, {ServerRights::actingLogin(&by), month.key(), close, nonNull(reason.trimmed())});
        if (!done)
            return done.error();
        const QString outcome = done->value(0).toString();
        if (outcome == u"refused")
            return denied;
        if (outcome == u"unchanged")
            return unchanged;
        return outcome == u"done" ? Status(Done{}) : Status(serverOutcomeError(outcome, month.key()));
    }
    if (!mayGrade(by))
        return refuse(by, action, {}, denied);
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    auto closed = isClosed(month);
    if (!closed)
        return closed.error();
    if (closed.value() == close)
        return unchanged;
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO royalty_months (month, closed, changed_by, changed_at, reason) VALUES (?, ?, ?, ?, ?)"
                  " ON CONFLICT (month) DO UPDATE SET closed = excluded.closed, changed_by = excluded.changed_by,"
                  " changed_at = excluded.changed_at, reason = excluded.reason"_s);
    for (const QVariant &value : {QVariant(month.key()), QVariant(close ? 1 : 0), QVariant(by.id), QVariant(nowStamp()), QVariant(nonNull(reason.trimmed()))})
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    if (Status audited = AuditLog::record(db, &by, action, {}, {}, {}, false,
                                          reason.trimmed().isEmpty() ? month.key() : month.key() + u": "_s + reason.trimmed());
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace PortalDesk::Models
