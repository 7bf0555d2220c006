-- Citizens' questions (schema 19, PostgreSQL only). The question staff
-- (portaldesk_qa), chief editors and editors move a question through its
-- life with pd_qa_act alone, by the rules of question_rules (filled from
-- models/newsroom/questionworkflow.cpp's table by ServerRights::upgrade19);
-- admins keep the agencies and the calendar; the pull brings questions in
-- through pd_qa_receive. Every step is audited here, in the server's words.
-- The askers' contact details (question_askers) are readable only by the
-- question staff and chief editors, and erased by pd_qa_erase.

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portaldesk_qa') THEN
        CREATE ROLE portaldesk_qa NOLOGIN;
    END IF;
END
$roles$;

CREATE OR REPLACE FUNCTION pd_add_user(p_as text, p_login text, p_full_name text, p_roles text[], p_verifier text)
    RETURNS TABLE (outcome text, id bigint) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_role record;
    g text;
    v_id bigint;
BEGIN
    IF NOT (pd_trusted() AND coalesce(p_as, '') = '') AND NOT pd_has(v_login, 'admin') THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'add user', NULL, NULL, NULL, true, p_login);
        RETURN QUERY SELECT 'refused', NULL::bigint;
        RETURN;
    END IF;
    -- The same checks as the desk's, for whoever calls this by hand.
    IF p_login !~ '^[a-z][a-z0-9._-]{1,62}$' OR coalesce(cardinality(p_roles), 0) = 0
       OR NOT p_roles <@ ARRAY['reporter', 'editor', 'chief_editor', 'digest', 'gazette', 'qa', 'admin'] THEN
        RETURN QUERY SELECT 'invalid', NULL::bigint;
        RETURN;
    END IF;
    -- A user of this newsroom who may sign in exists already. One without
    -- a login role (from before schema 11, or disabled) gets one.
    IF EXISTS (SELECT FROM users WHERE login = p_login)
       AND EXISTS (SELECT FROM pg_roles WHERE rolname = p_login AND rolcanlogin
                   AND shobj_description(oid, 'pg_authid') = 'PortalDesk user') THEN
        RETURN QUERY SELECT 'exists', NULL::bigint;
        RETURN;
    END IF;
    SELECT oid, rolsuper, shobj_description(oid, 'pg_authid') AS note INTO v_role FROM pg_roles WHERE rolname = p_login;
    IF FOUND AND (v_role.rolsuper OR v_role.note IS DISTINCT FROM 'PortalDesk user' OR p_login LIKE 'portaldesk\_%') THEN
        RETURN QUERY SELECT 'foreign_role', NULL::bigint;
        RETURN;
    END IF;
    IF FOUND THEN
        EXECUTE format('ALTER ROLE %I WITH LOGIN INHERIT PASSWORD %L', p_login, p_verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I WITH LOGIN INHERIT PASSWORD %L', p_login, p_verifier);
        EXECUTE format('COMMENT ON ROLE %I IS %L', p_login, 'PortalDesk user');
    END IF;
    -- The account holds exactly the roles named: a role kept from another
    -- newsroom on the same server would otherwise linger.
    FOR g IN SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
             WHERE u.rolname = p_login AND r.rolname LIKE 'portaldesk\_%' LOOP
        EXECUTE format('REVOKE %I FROM %I', g, p_login);
    END LOOP;
    FOREACH g IN ARRAY p_roles LOOP
        EXECUTE format('GRANT %I TO %I', 'portaldesk_' || g, p_login);
    END LOOP;
    INSERT INTO users (login, full_name, roles, password_hash, active)
    VALUES (p_login, p_full_name, array_to_string(p_roles, ','), NULL, 1)
    ON CONFLICT (login) DO UPDATE SET full_name = excluded.full_name, roles = excluded.roles,
        password_hash = NULL, active = 1
    RETURNING users.id INTO v_id;
    PERFORM pd_log(pd_user_id(v_login), v_login, 'add user', NULL, NULL, NULL, false,
                   p_login || ': ' || array_to_string(p_roles, ','));
    RETURN QUERY SELECT 'done', v_id;
END
$$;

CREATE TABLE question_rules (
    action TEXT NOT NULL, role TEXT NOT NULL, from_state TEXT NOT NULL, to_state TEXT,
    needs_reason BOOLEAN NOT NULL, PRIMARY KEY (action, role, from_state));

-- Who handles questions: their staff, chief editors, the owner.
CREATE FUNCTION pd_qa_staff(p_login text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT pd_owner(p_login) OR pd_has(p_login, 'qa') OR pd_has(p_login, 'chief_editor') $$;

-- Today in Vietnam.
CREATE FUNCTION pd_qa_today() RETURNS date LANGUAGE sql VOLATILE
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT ((clock_timestamp() AT TIME ZONE 'UTC') + interval '7 hours')::date $$;

-- Adds an agency (p_id 0) or sets one active or not. Returns outcome
-- (done, refused, invalid, exists, not_found) and the agency's id.
CREATE FUNCTION pd_qa_agency(p_as text, p_id bigint, p_name text, p_active boolean, OUT outcome text, OUT id bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
BEGIN
    IF NOT (pd_owner(v_login) OR pd_has(v_login, 'admin')) THEN
        PERFORM pd_log(v_user, v_login, 'qa.agency', NULL, NULL, NULL, true, 'only admins keep the list of agencies');
        outcome := 'refused';
        RETURN;
    END IF;
    IF coalesce(p_id, 0) = 0 THEN
        IF coalesce(btrim(p_name), '') = '' OR octet_length(p_name) > 512 THEN
            outcome := 'invalid';
            RETURN;
        END IF;
        IF EXISTS (SELECT FROM qa_agencies a WHERE lower(a.name) = lower(btrim(p_name))) THEN
            outcome := 'exists';
            RETURN;
        END IF;
        INSERT INTO qa_agencies (name, active, added_at) VALUES (btrim(p_name), 1, pd_now()) RETURNING qa_agencies.id INTO id;
        PERFORM pd_log(v_user, v_login, 'qa.agency', NULL, NULL, NULL, false, 'added: ' || btrim(p_name));
    ELSE
        UPDATE qa_agencies a SET active = CASE WHEN p_active THEN 1 ELSE 0 END WHERE a.id = p_id RETURNING a.id INTO id;
        IF id IS NULL THEN
            outcome := 'not_found';
            RETURN;
        END IF;
        PERFORM pd_log(v_user, v_login, 'qa.agency', NULL, NULL, NULL, false,
                       (SELECT a.name FROM qa_agencies a WHERE a.id = p_id) || CASE WHEN p_active THEN ': active' ELSE ': inactive' END);
    END IF;
    outcome := 'done';
END
$$;

-- A day of the year's decision: kind 'off' or 'work', '' to remove it.
CREATE FUNCTION pd_qa_calendar(p_as text, p_day text, p_kind text, p_note text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
BEGIN
    IF NOT (pd_owner(v_login) OR pd_has(v_login, 'admin')) THEN
        PERFORM pd_log(v_user, v_login, 'qa.calendar', NULL, NULL, NULL, true, 'only admins correct the working calendar');
        RETURN 'refused';
    END IF;
    IF coalesce(p_day, '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' OR to_char(p_day::date, 'YYYY-MM-DD') <> p_day
       OR coalesce(p_kind, '') NOT IN ('', 'off', 'work') OR octet_length(coalesce(p_note, '')) > 512 THEN
        RETURN 'invalid';
    END IF;
    IF p_kind = '' THEN
        DELETE FROM qa_calendar WHERE day = p_day;
    ELSE
        INSERT INTO qa_calendar (day, kind, note, changed_by, changed_at) VALUES (p_day, p_kind, coalesce(btrim(p_note), ''), v_user, pd_now())
        ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note, changed_by = excluded.changed_by,
            changed_at = excluded.changed_at;
    END IF;
    PERFORM pd_log(v_user, v_login, 'qa.calendar', NULL, NULL, NULL, false,
                   p_day || ': ' || CASE WHEN p_kind = '' THEN 'as the law says' ELSE p_kind END
                   || CASE WHEN coalesce(btrim(p_note), '') = '' THEN '' ELSE ' (' || btrim(p_note) || ')' END);
    RETURN 'done';
END
$$;

-- Questions from the portal's form: a JSON array of objects (id, title,
-- body, field, submitted_at, name, email, phone, address). Each id once:
-- one pulled again is left alone. Returns how many were new; -1 refused,
-- -2 a row the desk should have refused (the whole batch is then refused).
CREATE FUNCTION pd_qa_receive(p_as text, p_rows jsonb) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_count integer;
BEGIN
    IF NOT (pd_qa_staff(v_login) OR pd_has(v_login, 'admin')) THEN
        PERFORM pd_log(v_user, v_login, 'qa.pull', NULL, NULL, NULL, true, 'only the question staff, chief editors and admins pull questions');
        RETURN -1;
    END IF;
    IF jsonb_typeof(p_rows) IS DISTINCT FROM 'array' OR EXISTS (
           SELECT FROM jsonb_array_elements(p_rows) r
           WHERE coalesce(r->>'id', '') !~ '^[0-9A-Za-z-]{1,64}$' OR coalesce(btrim(r->>'title'), '') = ''
              OR coalesce(btrim(r->>'body'), '') = '' OR coalesce(r->>'submitted_at', '') = ''
              OR octet_length(r->>'title') + octet_length(r->>'body') + octet_length(coalesce(r->>'field', ''))
                 + octet_length(coalesce(r->>'name', '')) + octet_length(coalesce(r->>'email', ''))
                 + octet_length(coalesce(r->>'phone', '')) + octet_length(coalesce(r->>'address', '')) > 262144) THEN
        RETURN -2;
    END IF;
    WITH incoming AS (
        SELECT * FROM jsonb_to_recordset(p_rows) AS x(id text, title text, body text, field text, submitted_at text, name text,
                                                       email text, phone text, address text)
    ), added AS (
        INSERT INTO questions (id, title, body, field, asker_shown, submitted_at, received_at, updated_at, folded)
        SELECT i.id, i.title, i.body, coalesce(i.field, ''), coalesce(btrim(i.name), ''), i.submitted_at, pd_now(), pd_now(),
               lower(pd_fold(i.title || ' ' || i.body))
        FROM incoming i
        ON CONFLICT (id) DO NOTHING
        RETURNING questions.id
    ), contacts AS (
        INSERT INTO question_askers (question_id, name, email, phone, address)
        SELECT i.id, coalesce(i.name, ''), coalesce(i.email, ''), coalesce(i.phone, ''), coalesce(i.address, '')
        FROM incoming i JOIN added a ON a.id = i.id
        RETURNING 1
    )
    SELECT count(*) INTO v_count FROM contacts;
    IF v_count > 0 THEN
        PERFORM pd_log(v_user, v_login, 'qa.pull', NULL, NULL, NULL, false, v_count || ' new questions from the portal');
    END IF;
    RETURN v_count;
END
$$;

-- Questions the portal removed: marked with the time; one nobody has
-- worked on becomes spam. Returns how many were newly marked, -1 refused.
CREATE FUNCTION pd_qa_portal_deleted(p_as text, p_ids text[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    w record;
    v_count integer := 0;
BEGIN
    IF NOT (pd_qa_staff(v_login) OR pd_has(v_login, 'admin')) THEN
        PERFORM pd_log(v_user, v_login, 'qa.pull', NULL, NULL, NULL, true, 'only the question staff, chief editors and admins pull questions');
        RETURN -1;
    END IF;
    FOR w IN SELECT q.id, q.state FROM questions q WHERE q.id = ANY (p_ids) AND q.portal_deleted_at IS NULL FOR UPDATE LOOP
        UPDATE questions q SET portal_deleted_at = pd_now(), state = CASE WHEN w.state = 'received' THEN 'spam' ELSE q.state END,
            version = q.version + 1, updated_at = pd_now()
        WHERE q.id = w.id;
        PERFORM pd_log(v_user, v_login, 'qa.portal-deleted', w.id, w.state, CASE WHEN w.state = 'received' THEN 'spam' ELSE w.state END,
                       false, 'deleted on the portal');
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

-- One step of a question's life. p_due, p_letter_date: YYYY-MM-DD or ''.
-- p_base_version: the version the desk saw, 0 not to check. Returns outcome
-- (done, refused, not_found, invalid, conflict) and the new version.
CREATE FUNCTION pd_qa_act(p_as text, p_id text, p_action text, p_reason text, p_agency bigint, p_due text, p_answer text,
                          p_letter text, p_letter_date text, p_asker_shown text, p_into text, p_base_version integer,
                          OUT outcome text, OUT version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_q questions%ROWTYPE;
    v_rule question_rules%ROWTYPE;
    v_to text;
    v_note text := coalesce(btrim(p_reason), '');
BEGIN
    SELECT * INTO v_q FROM questions q WHERE q.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        outcome := 'not_found';
        RETURN;
    END IF;
    SELECT r.* INTO v_rule FROM question_rules r
    WHERE r.action = p_action AND r.from_state = v_q.state AND (pd_has(v_login, r.role) OR pd_owner(v_login)) LIMIT 1;
    IF NOT FOUND THEN
        PERFORM pd_log(v_user, v_login, 'qa.' || coalesce(p_action, ''), p_id, v_q.state, NULL, true,
                       'no rule lets ' || v_login || ' ' || coalesce(p_action, '') || ' a question that is ' || v_q.state);
        outcome := 'refused';
        RETURN;
    END IF;
    v_to := coalesce(v_rule.to_state, v_q.state);
    IF (v_rule.needs_reason AND v_note = '') OR octet_length(v_note) > 65536 THEN
        outcome := 'invalid';
        RETURN;
    END IF;
    IF coalesce(p_base_version, 0) <> 0 AND p_base_version <> v_q.version THEN
        outcome := 'conflict';
        version := v_q.version;
        RETURN;
    END IF;
    IF p_action = 'assign' THEN
        IF NOT EXISTS (SELECT FROM qa_agencies a WHERE a.id = p_agency AND a.active = 1)
           OR coalesce(p_due, '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' OR p_due::date < pd_qa_today() THEN
            outcome := 'invalid';
            RETURN;
        END IF;
        UPDATE questions q SET agency_id = p_agency, assigned_on = to_char(pd_qa_today(), 'YYYY-MM-DD'), due_on = p_due,
            answered_on = NULL
        WHERE q.id = p_id;
        v_note := (SELECT a.name FROM qa_agencies a WHERE a.id = p_agency) || ', due ' || p_due;
    ELSIF p_action IN ('answer', 'edit') THEN
        IF coalesce(btrim(p_answer), '') = '' OR octet_length(p_answer) > @MAX_BODY_BYTES@
           OR octet_length(coalesce(p_letter, '')) > 512 OR octet_length(coalesce(p_asker_shown, '')) > 512
           OR (coalesce(p_letter_date, '') <> '' AND p_letter_date !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') THEN
            outcome := 'invalid';
            RETURN;
        END IF;
        UPDATE questions q SET answer = p_answer,
            letter = CASE WHEN p_action = 'answer' THEN coalesce(btrim(p_letter), '') ELSE q.letter END,
            letter_date = CASE WHEN p_action = 'answer' THEN nullif(p_letter_date, '') ELSE q.letter_date END,
            answered_on = CASE WHEN p_action = 'answer' THEN coalesce(q.answered_on, to_char(pd_qa_today(), 'YYYY-MM-DD'))
                               ELSE q.answered_on END,
            asker_shown = CASE WHEN coalesce(btrim(p_asker_shown), '') = '' THEN q.asker_shown ELSE btrim(p_asker_shown) END
        WHERE q.id = p_id;
        v_note := CASE WHEN coalesce(btrim(p_letter), '') = '' THEN '' ELSE btrim(p_letter) END;
    ELSIF p_action = 'merge' THEN
        IF p_into IS NULL OR p_into = p_id
           OR NOT EXISTS (SELECT FROM questions t WHERE t.id = p_into AND t.state NOT IN ('merged', 'rejected', 'spam')) THEN
            outcome := 'invalid';
            RETURN;
        END IF;
        UPDATE questions q SET merged_into = p_into WHERE q.id = p_id;
        v_note := 'into ' || p_into;
    ELSIF p_action = 'publish' THEN
        UPDATE questions q SET published_at = pd_now() WHERE q.id = p_id;
    END IF;
    IF p_action IN ('return', 'reject') THEN
        UPDATE questions q SET reason = v_note WHERE q.id = p_id;
    END IF;
    -- A new answer is awaited after a return: the agency answers again.
    IF p_action = 'return' THEN
        UPDATE questions q SET answered_on = NULL WHERE q.id = p_id;
    END IF;
    UPDATE questions q SET state = v_to, version = q.version + 1, updated_at = pd_now() WHERE q.id = p_id
    RETURNING q.version INTO version;
    IF p_action = 'publish' THEN
        INSERT INTO question_outbox (question_id, version, action, queued_at) VALUES (p_id, version, 'publish', pd_now());
    END IF;
    PERFORM pd_log(v_user, v_login, 'qa.' || p_action, p_id, v_q.state, v_to, false, v_note);
    outcome := 'done';
END
$$;

-- Erases the contact details of questions closed before p_before (ISO
-- stamp): published, rejected, merged or deleted as spam. Admins and the
-- owner's night job. Returns how many, -1 refused.
CREATE FUNCTION pd_qa_erase(p_as text, p_before text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    w record;
    v_count integer := 0;
BEGIN
    IF NOT (pd_owner(v_login) OR pd_has(v_login, 'admin')) THEN
        PERFORM pd_log(v_user, v_login, 'qa.erase', NULL, NULL, NULL, true, 'only admins erase askers'' contact details');
        RETURN -1;
    END IF;
    FOR w IN UPDATE question_askers k SET name = '', email = '', phone = '', address = '', erased_at = pd_now()
             FROM questions q
             WHERE q.id = k.question_id AND k.erased_at IS NULL
               AND ((q.state = 'published' AND q.published_at < p_before)
                    OR (q.state IN ('rejected', 'merged', 'spam') AND q.updated_at < p_before))
             RETURNING k.question_id LOOP
        PERFORM pd_log(v_user, v_login, 'qa.erase', w.question_id, NULL, NULL, false, 'contact details erased after the retention period');
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

CREATE OR REPLACE FUNCTION pd_sync_sent(p_as text, p_outbox text, p_ids bigint[]) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_count integer := 0;
    v_confirms boolean := pd_owner(v_login) OR pd_has(v_login, 'chief_editor');
    w record;
BEGIN
    IF NOT pd_may_sync(v_login) OR p_outbox NOT IN ('portal', 'gazette', 'digest', 'question') THEN
        PERFORM pd_log(v_user, v_login, 'sync.sent', NULL, NULL, NULL, true, 'only editors and chief editors run the sync');
        RETURN -1;
    END IF;
    IF p_outbox = 'portal' THEN
        FOR w IN UPDATE portal_outbox o SET done_at = pd_now() WHERE o.id = ANY (p_ids) AND o.done_at IS NULL
                   AND (o.action <> 'withdraw' OR v_confirms)
                 RETURNING o.article_id AS key, o.action LOOP
            v_count := v_count + 1;
            IF w.action = 'withdraw' THEN
                PERFORM pd_log(v_user, v_login, 'sync.withdrawn', w.key, NULL, NULL, false, 'taken down from the portal');
            END IF;
        END LOOP;
    ELSIF p_outbox = 'gazette' THEN
        FOR w IN UPDATE gazette_outbox o SET done_at = pd_now() WHERE o.id = ANY (p_ids) AND o.done_at IS NULL
                   AND (o.action <> 'withdraw' OR v_confirms)
                 RETURNING o.issue_id AS key, o.action LOOP
            v_count := v_count + 1;
            PERFORM pd_log(v_user, v_login, 'sync.gazette-' || w.action, w.key, NULL, NULL, false, '');
        END LOOP;
    ELSIF p_outbox = 'question' THEN
        FOR w IN UPDATE question_outbox o SET done_at = pd_now() WHERE o.id = ANY (p_ids) AND o.done_at IS NULL
                   AND (o.action <> 'withdraw' OR v_confirms)
                 RETURNING o.question_id AS key, o.action LOOP
            v_count := v_count + 1;
            PERFORM pd_log(v_user, v_login, 'sync.question-' || w.action, w.key, NULL, NULL, false, '');
        END LOOP;
    ELSE
        FOR w IN UPDATE digest_outbox o SET done_at = pd_now() WHERE o.id = ANY (p_ids) AND o.done_at IS NULL
                   AND (o.action <> 'withdraw' OR v_confirms)
                 RETURNING o.digest_id AS key, o.action LOOP
            v_count := v_count + 1;
            PERFORM pd_log(v_user, v_login, 'sync.digest-' || w.action, w.key, NULL, NULL, false, '');
        END LOOP;
    END IF;
    RETURN v_count;
END
$$;

REVOKE ALL ON FUNCTION pd_qa_staff, pd_qa_today, pd_qa_agency, pd_qa_calendar, pd_qa_receive, pd_qa_portal_deleted, pd_qa_act,
    pd_qa_erase FROM PUBLIC;
REVOKE ALL ON qa_agencies, questions, question_askers, question_outbox, qa_calendar, question_rules FROM PUBLIC;
DO $grants$
DECLARE
    staff text := 'portaldesk_reporter, portaldesk_editor, portaldesk_chief_editor, portaldesk_digest, portaldesk_gazette,'
                  ' portaldesk_admin, portaldesk_qa';
    t text;
    f regprocedure;
BEGIN
    -- The question staff read what every staff role reads, and call what
    -- every staff role may call (the functions refuse whoever may not).
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO portaldesk_qa', '@SCHEMA@');
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
             AND has_table_privilege('portaldesk_reporter', format('%I', tablename), 'SELECT') LOOP
        EXECUTE format('GRANT SELECT ON %I TO portaldesk_qa', t);
    END LOOP;
    EXECUTE 'GRANT SELECT (id, login, full_name, roles, active) ON users TO portaldesk_qa';
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %s TO portaldesk_qa', '@SCHEMA@');
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
             AND has_function_privilege('portaldesk_reporter', p.oid, 'EXECUTE') LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO portaldesk_qa', f);
    END LOOP;
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_qa_staff, pd_qa_today, pd_qa_agency, pd_qa_calendar, pd_qa_receive,'
                   ' pd_qa_portal_deleted, pd_qa_act, pd_qa_erase TO %s', staff);
    EXECUTE format('GRANT SELECT ON qa_agencies, questions, question_outbox, qa_calendar, question_rules TO %s', staff);
    -- Personal data: the question staff and chief editors alone.
    EXECUTE 'GRANT SELECT ON question_askers TO portaldesk_qa, portaldesk_chief_editor';
END
$grants$;
