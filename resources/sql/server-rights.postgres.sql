-- Rights held by the server (schema 11, PostgreSQL only).
--
-- Staff are login roles, members of the group roles portaldesk_<role>.
-- They read the newsroom but write the editorial tables only through the
-- SECURITY DEFINER functions below, which apply the same rules as the
-- embedded backend (the table workflow_rules is filled from workflow.cpp)
-- and write the audit log themselves. Whoever runs the migration owns the
-- tables and the functions; such a "trusted" session (the owner or a
-- superuser) may act for a named user, as the sample data and tests do.
--
-- @SCHEMA@ is replaced by the quoted schema name: every function pins its
-- search_path to it, so that no one can slip their own objects in.

DO $roles$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['portaldesk_reporter', 'portaldesk_editor', 'portaldesk_chief_editor',
                             'portaldesk_digest', 'portaldesk_gazette', 'portaldesk_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
END
$roles$;

CREATE TABLE workflow_rules (
    action TEXT NOT NULL, role TEXT NOT NULL, from_state TEXT NOT NULL, to_state TEXT,
    own_only BOOLEAN NOT NULL, needs_reason BOOLEAN NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY (action, role, from_state));

-- Soft edit locks: one holder per article, with a lease the desk renews.
CREATE TABLE article_locks (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id), login TEXT NOT NULL, full_name TEXT NOT NULL,
    taken_at TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL,
    taken_over_from TEXT);

CREATE FUNCTION pd_now() RETURNS text LANGUAGE sql VOLATILE
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- The owner of the newsroom's tables, or a superuser.
CREATE FUNCTION pd_trusted() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'articles'::regclass), 'MEMBER') $$;

-- Who acts: the signed-in server role; a trusted session may name another.
CREATE FUNCTION pd_actor(p_as text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT CASE WHEN coalesce(p_as, '') <> '' AND pd_trusted() THEN p_as ELSE session_user::text END $$;

-- Direct membership in portaldesk_<role>; false for an unknown login.
CREATE FUNCTION pd_has(p_login text, p_role text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
                   WHERE u.rolname = p_login AND g.rolname = 'portaldesk_' || p_role)
$$;

CREATE FUNCTION pd_user_id(p_login text) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT id FROM users WHERE login = p_login AND active = 1 $$;

CREATE FUNCTION pd_log(p_user bigint, p_login text, p_action text, p_article text, p_from text, p_to text,
                       p_refused boolean, p_reason text) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    INSERT INTO audit_log (at, user_id, login, action, article_id, from_state, to_state, outcome, reason)
    VALUES (pd_now(), p_user, p_login, p_action, nullif(p_article, ''), nullif(p_from, ''), nullif(p_to, ''),
            CASE WHEN p_refused THEN 'refused' ELSE 'done' END, coalesce(p_reason, ''))
$$;

-- An audit entry from the desk (the Công báo and the digest), always under
-- the name of who is signed in. Staff may write only those: the articles'
-- entries are the functions' own, and a forged "approve" must not be possible.
CREATE FUNCTION pd_audit(p_as text, p_action text, p_article text, p_from text, p_to text, p_refused boolean,
                         p_reason text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
BEGIN
    IF NOT pd_trusted() AND p_action !~ '^(gazette|digest)\.' THEN
        RAISE EXCEPTION 'only the server functions write the articles'' audit entries' USING ERRCODE = '42501';
    END IF;
    PERFORM pd_log(pd_user_id(v_login), v_login, p_action, p_article, p_from, p_to, p_refused, p_reason);
END
$$;

-- The first rule of workflow_rules that lets p_login take p_action.
CREATE FUNCTION pd_rule(p_login text, p_user bigint, p_action text, p_state text, p_author bigint)
    RETURNS workflow_rules LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT r.* FROM workflow_rules r
    WHERE r.action = p_action AND r.from_state = p_state AND pd_has(p_login, r.role)
      AND (NOT r.own_only OR (p_author IS NOT NULL AND p_author = p_user))
    ORDER BY r.position LIMIT 1
$$;

CREATE FUNCTION pd_section(p_name text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_id bigint;
BEGIN
    IF coalesce(btrim(p_name), '') = '' THEN
        RETURN NULL;
    END IF;
    SELECT id INTO v_id FROM sections WHERE name = btrim(p_name);
    IF v_id IS NULL THEN
        INSERT INTO sections (name) VALUES (btrim(p_name)) ON CONFLICT (name) DO NOTHING RETURNING id INTO v_id;
        IF v_id IS NULL THEN
            SELECT id INTO v_id FROM sections WHERE name = btrim(p_name);
        END IF;
    END IF;
    RETURN v_id;
END
$$;

CREATE FUNCTION pd_queue_for_portal(p_article text, p_version integer, p_action text, p_stamp text)
    RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    INSERT INTO portal_outbox (article_id, version, action, queued_at) VALUES (p_article, p_version, p_action, p_stamp);
    INSERT INTO article_sync (article_id, status) VALUES (p_article, 'pending')
        ON CONFLICT (article_id) DO UPDATE SET status = excluded.status;
$$;

-- One writer of an article at a time. An advisory lock rather than
-- SELECT ... FOR UPDATE: row-level security (below) hides a row from a
-- FOR UPDATE by whoever may not change it, and a refusal must still be
-- read, told and audited.
CREATE FUNCTION pd_lock_article(p_id text) RETURNS void LANGUAGE sql
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT pg_advisory_xact_lock(74221502, hashtext(p_id)) $$;

-- After an UPDATE the rules allowed: row-level security must have let it
-- through too, or nothing of the call stays.
CREATE FUNCTION pd_check_written(p_found boolean) RETURNS void LANGUAGE plpgsql
    SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    IF NOT p_found THEN
        RAISE EXCEPTION 'row-level security refused the write' USING ERRCODE = '42501';
    END IF;
END
$$;

-- A new article by a reporter. Outcome: done, refused.
CREATE FUNCTION pd_create_article(p_as text, p_id text, p_title text, p_sort_title text, p_summary text, p_body text,
                                  p_tags text, p_source text, p_section text, p_exact text, p_folded text)
    RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
BEGIN
    IF v_user IS NULL OR NOT pd_has(v_login, 'reporter') THEN
        PERFORM pd_log(v_user, v_login, 'create', NULL, NULL, NULL, true, 'only reporters may write articles');
        RETURN 'refused';
    END IF;
    INSERT INTO articles (id, title, sort_title, summary, body, section_id, author_id, tags, source, state, version,
                          created_at, updated_at, search_exact, search_folded)
    VALUES (p_id, p_title, p_sort_title, p_summary, p_body, pd_section(p_section), v_user, p_tags, p_source, 'draft', 1,
            v_stamp, v_stamp, to_tsvector('simple', p_exact), to_tsvector('simple', p_folded));
    INSERT INTO revisions (article_id, version, title, summary, body, saved_by, saved_at)
    VALUES (p_id, 1, p_title, p_summary, p_body, v_user, v_stamp);
    PERFORM pd_log(v_user, v_login, 'create', p_id, NULL, 'draft', false, '');
    RETURN 'done';
END
$$;

-- Saves a new version of an article's text. Outcome: done, refused,
-- conflict (someone saved after p_base_version), not_found, locked.
CREATE FUNCTION pd_save_article(p_as text, p_id text, p_base_version integer, p_title text, p_sort_title text,
                                p_summary text, p_body text, p_tags text, p_source text, p_section text,
                                p_exact text, p_folded text, p_refusal text, p_note text)
    RETURNS TABLE (outcome text, state text, version integer, saved_by text, saved_at text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    a record;
    r workflow_rules;
    l record;
BEGIN
    PERFORM pd_lock_article(p_id);
    SELECT x.state, x.version, x.author_id INTO a FROM articles x WHERE x.id = p_id;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'not_found', NULL::text, NULL::integer, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF v_user IS NOT NULL THEN
        r := pd_rule(v_login, v_user, 'edit', a.state, a.author_id);
    END IF;
    IF r.action IS NULL THEN
        PERFORM pd_log(v_user, v_login, 'edit', p_id, a.state, a.state, true,
                       coalesce(nullif(p_refusal, ''), format('%s may not edit an article that is %s', v_login, a.state)));
        RETURN QUERY SELECT 'refused', a.state, a.version, NULL::text, NULL::text;
        RETURN;
    END IF;
    SELECT k.login, k.full_name INTO l FROM article_locks k
    WHERE k.article_id = p_id AND k.user_id <> v_user AND k.expires_at > clock_timestamp();
    IF FOUND THEN
        RETURN QUERY SELECT 'locked', a.state, a.version, l.full_name, NULL::text;
        RETURN;
    END IF;
    IF a.version <> p_base_version THEN
        RETURN QUERY SELECT 'conflict', a.state, a.version, coalesce(u.login, '?'), v.saved_at
                     FROM revisions v LEFT JOIN users u ON u.id = v.saved_by
                     WHERE v.article_id = p_id AND v.version = a.version
                     UNION ALL SELECT 'conflict', a.state, a.version, '?', NULL LIMIT 1;
        RETURN;
    END IF;
    UPDATE articles SET title = p_title, sort_title = p_sort_title, summary = p_summary, body = p_body, tags = p_tags,
                        source = p_source, section_id = coalesce(pd_section(p_section), section_id),
                        version = a.version + 1, updated_at = v_stamp,
                        search_exact = to_tsvector('simple', p_exact), search_folded = to_tsvector('simple', p_folded)
    WHERE id = p_id;
    PERFORM pd_check_written(FOUND);
    INSERT INTO revisions (article_id, version, title, summary, body, saved_by, saved_at)
    VALUES (p_id, a.version + 1, p_title, p_summary, p_body, v_user, v_stamp);
    IF a.state = 'published' THEN
        PERFORM pd_queue_for_portal(p_id, a.version + 1, 'publish', v_stamp);
    END IF;
    PERFORM pd_log(v_user, v_login, 'edit', p_id, a.state, a.state, false, p_note);
    RETURN QUERY SELECT 'done', a.state, a.version + 1, v_login, v_stamp;
END
$$;

-- Moves an article along the chain. Outcome: done, refused, needs_reason,
-- needs_time, not_found. p_refusal: the desk's own wording of a refusal,
-- for the audit log.
CREATE FUNCTION pd_act(p_as text, p_id text, p_action text, p_reason text, p_at text, p_refusal text)
    RETURNS TABLE (outcome text, from_state text, to_state text, author_id bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    v_reason text := btrim(coalesce(p_reason, ''));
    v_to text;
    a record;
    r workflow_rules;
BEGIN
    PERFORM pd_lock_article(p_id);
    SELECT x.state, x.version, x.author_id INTO a FROM articles x WHERE x.id = p_id;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'not_found', NULL::text, NULL::text, NULL::bigint;
        RETURN;
    END IF;
    IF v_user IS NOT NULL THEN
        r := pd_rule(v_login, v_user, p_action, a.state, a.author_id);
    END IF;
    IF r.action IS NULL THEN
        PERFORM pd_log(v_user, v_login, p_action, p_id, a.state, NULL, true,
                       coalesce(nullif(p_refusal, ''), format('%s may not %s an article that is %s', v_login, p_action, a.state)));
        RETURN QUERY SELECT 'refused', a.state, NULL::text, a.author_id;
        RETURN;
    END IF;
    IF r.needs_reason AND v_reason = '' THEN
        PERFORM pd_log(v_user, v_login, p_action, p_id, a.state, NULL, true, coalesce(nullif(p_refusal, ''), 'no reason given'));
        RETURN QUERY SELECT 'needs_reason', a.state, NULL::text, a.author_id;
        RETURN;
    END IF;
    IF p_action = 'schedule' AND coalesce(p_at, '') = '' THEN
        RETURN QUERY SELECT 'needs_time', a.state, NULL::text, a.author_id;
        RETURN;
    END IF;
    v_to := coalesce(r.to_state, a.state);
    IF p_action = 'schedule' THEN
        UPDATE articles SET publish_at = p_at, updated_at = v_stamp WHERE id = p_id;
    ELSIF v_to IN ('published', 'returned') THEN
        UPDATE articles SET state = v_to, publish_at = NULL, updated_at = v_stamp WHERE id = p_id;
    ELSE
        UPDATE articles SET state = v_to, updated_at = v_stamp WHERE id = p_id;
    END IF;
    PERFORM pd_check_written(FOUND);
    IF v_to = 'published' OR (a.state = 'published' AND v_to <> a.state) THEN
        PERFORM pd_queue_for_portal(p_id, a.version, CASE WHEN v_to = 'published' THEN 'publish' ELSE 'withdraw' END, v_stamp);
    END IF;
    PERFORM pd_log(v_user, v_login, p_action, p_id, a.state, v_to, false, v_reason);
    RETURN QUERY SELECT 'done', a.state, v_to, a.author_id;
END
$$;

-- Carries out a chief editor's schedule: publishes the article if it is
-- still approved and due. Only a trusted session may say what "now" is.
CREATE FUNCTION pd_publish_scheduled(p_as text, p_id text, p_now text, p_note text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_now text := CASE WHEN pd_trusted() AND coalesce(p_now, '') <> '' THEN p_now ELSE pd_now() END;
    v_stamp text := pd_now();
    a record;
BEGIN
    PERFORM pd_lock_article(p_id);
    SELECT x.state, x.version, x.publish_at INTO a FROM articles x WHERE x.id = p_id;
    IF NOT FOUND OR a.state <> 'approved' OR a.publish_at IS NULL OR a.publish_at > v_now THEN
        RETURN 'not_due';
    END IF;
    UPDATE articles SET state = 'published', publish_at = NULL, updated_at = v_stamp WHERE id = p_id;
    PERFORM pd_check_written(FOUND);
    PERFORM pd_queue_for_portal(p_id, a.version, 'publish', v_stamp);
    PERFORM pd_log(pd_user_id(v_login), CASE WHEN coalesce(p_as, '') = '' AND pd_trusted() THEN 'system' ELSE v_login END,
                   'publish', p_id, 'approved', 'published', false, p_note);
    RETURN 'done';
END
$$;

CREATE FUNCTION pd_comment(p_as text, p_id text, p_body text)
    RETURNS TABLE (outcome text, id bigint, created_at text) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    v_id bigint;
BEGIN
    IF v_user IS NULL THEN
        RETURN QUERY SELECT 'refused', NULL::bigint, NULL::text;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT FROM articles WHERE articles.id = p_id) THEN
        RETURN QUERY SELECT 'not_found', NULL::bigint, NULL::text;
        RETURN;
    END IF;
    INSERT INTO comments (article_id, user_id, body, created_at) VALUES (p_id, v_user, btrim(p_body), v_stamp)
    RETURNING comments.id INTO v_id;
    PERFORM pd_log(v_user, v_login, 'comment', p_id, NULL, NULL, false, '');
    RETURN QUERY SELECT 'done', v_id, v_stamp;
END
$$;

-- Edit locks. Taking a lock held by someone else whose lease has not run
-- out needs p_takeover, and an editor or chief editor; the takeover is
-- audited and the lock remembers whom it was taken from, so that their
-- desk can tell them. Outcome: taken, held (by someone else), refused.
CREATE FUNCTION pd_lock(p_as text, p_id text, p_lease_seconds integer, p_takeover boolean)
    RETURNS TABLE (outcome text, holder_login text, holder_name text, expires_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_name text;
    v_until timestamptz := clock_timestamp() + make_interval(secs => greatest(5, least(p_lease_seconds, 3600)));
    l record;
BEGIN
    IF v_user IS NULL OR NOT EXISTS (SELECT FROM articles WHERE id = p_id) THEN
        RETURN QUERY SELECT 'refused', NULL::text, NULL::text, NULL::timestamptz;
        RETURN;
    END IF;
    SELECT full_name INTO v_name FROM users WHERE id = v_user;
    SELECT k.user_id, k.login, k.full_name, k.expires_at INTO l FROM article_locks k WHERE k.article_id = p_id FOR UPDATE;
    IF FOUND AND l.user_id <> v_user AND l.expires_at > clock_timestamp() THEN
        IF NOT p_takeover THEN
            RETURN QUERY SELECT 'held', l.login, l.full_name, l.expires_at;
            RETURN;
        END IF;
        IF NOT (pd_has(v_login, 'editor') OR pd_has(v_login, 'chief_editor')) THEN
            PERFORM pd_log(v_user, v_login, 'take lock', p_id, NULL, NULL, true, 'only an editor or chief editor may take a lock over');
            RETURN QUERY SELECT 'refused', l.login, l.full_name, l.expires_at;
            RETURN;
        END IF;
        PERFORM pd_log(v_user, v_login, 'take lock', p_id, NULL, NULL, false, 'from ' || l.login);
        UPDATE article_locks SET user_id = v_user, login = v_login, full_name = v_name, taken_at = pd_now(),
                                 expires_at = v_until, taken_over_from = l.login
        WHERE article_id = p_id;
        -- The previous holder's desk hears it at once.
        PERFORM pg_notify('portaldesk_locks', p_id);
    ELSIF FOUND AND l.user_id = v_user THEN
        UPDATE article_locks SET expires_at = v_until WHERE article_id = p_id;
    ELSE
        INSERT INTO article_locks (article_id, user_id, login, full_name, taken_at, expires_at)
        VALUES (p_id, v_user, v_login, v_name, pd_now(), v_until)
        ON CONFLICT (article_id) DO UPDATE SET user_id = excluded.user_id, login = excluded.login,
            full_name = excluded.full_name, taken_at = excluded.taken_at, expires_at = excluded.expires_at,
            taken_over_from = NULL;
        PERFORM pg_notify('portaldesk_locks', p_id);
    END IF;
    RETURN QUERY SELECT 'taken', v_login, v_name, v_until;
END
$$;

CREATE FUNCTION pd_unlock(p_as text, p_id text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    DELETE FROM article_locks WHERE article_id = p_id AND user_id = pd_user_id(pd_actor(p_as));
    IF FOUND THEN
        PERFORM pg_notify('portaldesk_locks', p_id);
    END IF;
END
$$;

-- Staff accounts. The password arrives as a SCRAM-SHA-256 verifier made by
-- the client (libpq's PQencryptPasswordConn), never as text. A role that
-- exists already is taken over only when PortalDesk made it.
CREATE FUNCTION pd_add_user(p_as text, p_login text, p_full_name text, p_roles text[], p_verifier text)
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
       OR NOT p_roles <@ ARRAY['reporter', 'editor', 'chief_editor', 'digest', 'gazette', 'admin'] THEN
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

CREATE FUNCTION pd_disable_user(p_as text, p_login text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    g text;
BEGIN
    IF NOT (pd_trusted() AND coalesce(p_as, '') = '') AND NOT pd_has(v_login, 'admin') THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'disable user', NULL, NULL, NULL, true, p_login);
        RETURN 'refused';
    END IF;
    IF NOT EXISTS (SELECT FROM users WHERE login = p_login) THEN
        RETURN 'not_found';
    END IF;
    UPDATE users SET active = 0 WHERE login = p_login;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login AND shobj_description(oid, 'pg_authid') = 'PortalDesk user') THEN
        EXECUTE format('ALTER ROLE %I WITH NOLOGIN', p_login);
        FOR g IN SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                 WHERE u.rolname = p_login AND r.rolname LIKE 'portaldesk\_%' LOOP
            EXECUTE format('REVOKE %I FROM %I', g, p_login);
        END LOOP;
    END IF;
    DELETE FROM article_locks WHERE login = p_login;
    PERFORM pd_log(pd_user_id(v_login), v_login, 'disable user', NULL, NULL, NULL, false, p_login);
    RETURN 'done';
END
$$;

-- The Công báo's and the digest's reviews are written by the desk
-- directly; their decisions are kept for chief editors here.
CREATE FUNCTION pd_guard_review() RETURNS trigger LANGUAGE plpgsql
    SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    IF NEW.state IN ('approved', 'returned', 'withdrawn')
       AND (TG_OP = 'INSERT' OR NEW.state IS DISTINCT FROM OLD.state)
       AND NOT pd_trusted() AND NOT pd_has(session_user, 'chief_editor') THEN
        RAISE EXCEPTION 'only a chief editor may set % to %', TG_TABLE_NAME, NEW.state USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER gazette_documents_review BEFORE INSERT OR UPDATE ON gazette_documents
    FOR EACH ROW EXECUTE FUNCTION pd_guard_review();
CREATE TRIGGER gazette_issues_review BEFORE INSERT OR UPDATE ON gazette_issues
    FOR EACH ROW EXECUTE FUNCTION pd_guard_review();
CREATE TRIGGER digests_review BEFORE INSERT OR UPDATE ON digests
    FOR EACH ROW EXECUTE FUNCTION pd_guard_review();

-- Privileges. Staff read everything but password hashes and others'
-- autosaves; what they write directly is listed here.
REVOKE CREATE ON SCHEMA @SCHEMA@ FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA @SCHEMA@ FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA @SCHEMA@ FROM PUBLIC;

DO $grants$
DECLARE
    staff text := 'portaldesk_reporter, portaldesk_editor, portaldesk_chief_editor, portaldesk_digest, portaldesk_gazette, portaldesk_admin';
    t text;
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO %s', '@SCHEMA@', staff);
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'users' LOOP
        EXECUTE format('GRANT SELECT ON %I TO %s', t, staff);
    END LOOP;
    EXECUTE format('GRANT SELECT (id, login, full_name, roles, active) ON users TO %s', staff);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %s TO %s', '@SCHEMA@', staff);
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_create_article, pd_save_article, pd_act, pd_publish_scheduled, pd_comment,'
                   ' pd_audit, pd_lock, pd_unlock, pd_trusted, pd_has, pd_actor, pd_user_id, pd_now TO %s', staff);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON autosaves TO %s', staff);
    EXECUTE format('GRANT INSERT ON spelling_words TO %s', staff);
    -- A sync run records what reached the portal.
    EXECUTE 'GRANT UPDATE (done_at) ON portal_outbox, gazette_outbox, digest_outbox'
            ' TO portaldesk_editor, portaldesk_chief_editor, portaldesk_admin';
    EXECUTE 'GRANT INSERT, UPDATE, DELETE ON article_sync, portal_sync_state'
            ' TO portaldesk_editor, portaldesk_chief_editor, portaldesk_admin';
    -- The Công báo and the digest, each to its staff and the chief editors;
    -- only a chief editor's approval queues them for the portal.
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
             AND (tablename LIKE 'gazette\_%' OR tablename LIKE 'digest%') AND tablename NOT LIKE '%\_outbox' LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %s, portaldesk_chief_editor', t,
                       CASE WHEN t LIKE 'gazette\_%' THEN 'portaldesk_gazette' ELSE 'portaldesk_digest' END);
    END LOOP;
    EXECUTE 'GRANT INSERT ON gazette_outbox, digest_outbox TO portaldesk_chief_editor';
    EXECUTE 'GRANT INSERT, UPDATE, DELETE ON newsroom_settings, sections TO portaldesk_admin';
    EXECUTE 'GRANT EXECUTE ON FUNCTION pd_add_user, pd_disable_user TO portaldesk_admin';
END
$grants$;

-- Each desk keeps its own unsaved text.
ALTER TABLE autosaves ENABLE ROW LEVEL SECURITY;
CREATE POLICY autosaves_own ON autosaves USING (user_id = pd_user_id(session_user::text))
    WITH CHECK (user_id = pd_user_id(session_user::text));

-- Row-level security on the articles, under the functions: a second guard
-- that holds even if a function let something through. Forced, so that it
-- binds the functions too, which run as the tables' owner. A reporter
-- changes only their own draft or returned articles, an editor what is
-- waiting for the editors, and so on, as workflow_rules says; anyone may
-- carry out a chief editor's schedule that has come due.
CREATE FUNCTION pd_may_change(p_state text, p_author bigint, p_publish_at text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT pd_trusted()
        OR EXISTS (SELECT FROM workflow_rules r
                   WHERE r.from_state = p_state AND pd_has(session_user::text, r.role)
                     AND (NOT r.own_only OR p_author = pd_user_id(session_user::text)))
        OR (p_state = 'approved' AND p_publish_at IS NOT NULL AND p_publish_at <= pd_now())
$$;
REVOKE ALL ON FUNCTION pd_may_change FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pd_may_change, pd_lock_article, pd_check_written TO portaldesk_reporter, portaldesk_editor,
    portaldesk_chief_editor, portaldesk_digest, portaldesk_gazette, portaldesk_admin;
ALTER TABLE articles ENABLE ROW LEVEL SECURITY;
ALTER TABLE articles FORCE ROW LEVEL SECURITY;
CREATE POLICY articles_read ON articles FOR SELECT USING (true);
-- Where the change leads is the rules' business (the functions').
CREATE POLICY articles_change ON articles FOR UPDATE USING (pd_may_change(state, author_id, publish_at)) WITH CHECK (true);
CREATE POLICY articles_create ON articles FOR INSERT
    WITH CHECK (pd_trusted() OR (pd_has(session_user::text, 'reporter') AND author_id = pd_user_id(session_user::text)
                                 AND state = 'draft'));
CREATE POLICY articles_delete ON articles FOR DELETE USING (pd_trusted());
