-- Rights held by the server, continued (schema 12, PostgreSQL only).
--
-- Schema 11 trusted the caller with what the server can make itself: an
-- article's id, its search text, new sections, any size of text, edit
-- locks on articles the caller may not edit, and the wording of refusals
-- in the audit log. Anyone could also NOTIFY the desks' channels. Here the
-- server makes and checks all of that itself.
--
-- @SCHEMA@ is the quoted schema name; @FOLD_FROM@ and @FOLD_TO@ are the
-- desk's own folding table (foldDiacritics), so that both backends index
-- the same words; @MAX_BODY_BYTES@ and @MAX_FIELD_BYTES@ are the limits of
-- Article::checkSize.

-- The text an article is searched by, as the desk's indexText() and
-- foldedIndexText() make it: NFC, and NFC folded (letters with diacritics
-- to their base letter, đ to d, combining marks dropped).
CREATE FUNCTION pd_index_text(p_title text, p_summary text, p_body text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT normalize(coalesce(p_title, '') || E'\n' || coalesce(p_summary, '') || E'\n' || coalesce(p_body, ''), NFC) $$;

CREATE FUNCTION pd_fold(p_text text) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT regexp_replace(translate(p_text, '@FOLD_FROM@', '@FOLD_TO@'),
                          '[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]', '', 'g')
$$;

-- Why an article's text may not be stored, or NULL: the sizes the desk
-- enforces too (Article::checkSize).
CREATE FUNCTION pd_text_problem(p_title text, p_summary text, p_body text, p_tags text, p_source text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT CASE
        WHEN coalesce(btrim(p_title), '') = '' THEN 'invalid'
        WHEN octet_length(coalesce(p_body, '')) > @MAX_BODY_BYTES@ THEN 'too_large'
        WHEN greatest(octet_length(coalesce(p_title, '')), octet_length(coalesce(p_summary, '')),
                      octet_length(coalesce(p_tags, '')), octet_length(coalesce(p_source, ''))) > @MAX_FIELD_BYTES@ THEN 'too_large'
        ELSE NULL
    END
$$;

-- A section by name: the admin's list. An admin (or the newsroom's owner)
-- adds a name that is not there yet; anyone else gets -1 for it.
-- NULL for no section.
CREATE FUNCTION pd_section_for(p_login text, p_name text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_id bigint;
BEGIN
    IF coalesce(btrim(p_name), '') = '' THEN
        RETURN NULL;
    END IF;
    SELECT id INTO v_id FROM sections WHERE name = btrim(p_name);
    IF v_id IS NOT NULL THEN
        RETURN v_id;
    END IF;
    IF NOT (pd_trusted() OR pd_has(p_login, 'admin')) THEN
        RETURN -1;
    END IF;
    RETURN pd_section(p_name);
END
$$;

-- A new article by a reporter. The server makes its id and its search
-- text. Outcome: done (with the id), refused, invalid (no title),
-- too_large, unknown_section.
DROP FUNCTION pd_create_article(text, text, text, text, text, text, text, text, text, text, text);
CREATE FUNCTION pd_create_article(p_as text, p_title text, p_sort_title text, p_summary text, p_body text,
                                  p_tags text, p_source text, p_section text)
    RETURNS TABLE (outcome text, id text) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    v_id text := gen_random_uuid()::text;
    v_problem text := pd_text_problem(p_title, p_summary, p_body, p_tags, p_source);
    v_section bigint;
    v_text text;
BEGIN
    IF v_user IS NULL OR NOT pd_has(v_login, 'reporter') THEN
        PERFORM pd_log(v_user, v_login, 'create', NULL, NULL, NULL, true, 'only reporters may write articles');
        RETURN QUERY SELECT 'refused', NULL::text;
        RETURN;
    END IF;
    IF v_problem IS NOT NULL THEN
        RETURN QUERY SELECT v_problem, NULL::text;
        RETURN;
    END IF;
    v_section := pd_section_for(v_login, p_section);
    IF v_section = -1 THEN
        RETURN QUERY SELECT 'unknown_section', NULL::text;
        RETURN;
    END IF;
    v_text := pd_index_text(p_title, p_summary, p_body);
    INSERT INTO articles (id, title, sort_title, summary, body, section_id, author_id, tags, source, state, version,
                          created_at, updated_at, search_exact, search_folded)
    VALUES (v_id, p_title, p_sort_title, p_summary, p_body, v_section, v_user, p_tags, p_source, 'draft', 1,
            v_stamp, v_stamp, to_tsvector('simple', v_text), to_tsvector('simple', pd_fold(v_text)));
    INSERT INTO revisions (article_id, version, title, summary, body, saved_by, saved_at)
    VALUES (v_id, 1, p_title, p_summary, p_body, v_user, v_stamp);
    PERFORM pd_log(v_user, v_login, 'create', v_id, NULL, 'draft', false, '');
    RETURN QUERY SELECT 'done', v_id;
END
$$;

-- Saves a new version of an article's text; the server makes the search
-- text and words a refusal itself. Outcome: done, refused, conflict
-- (someone saved after p_base_version), not_found, locked, invalid,
-- too_large, unknown_section.
DROP FUNCTION pd_save_article(text, text, integer, text, text, text, text, text, text, text, text, text, text, text);
CREATE FUNCTION pd_save_article(p_as text, p_id text, p_base_version integer, p_title text, p_sort_title text,
                                p_summary text, p_body text, p_tags text, p_source text, p_section text, p_note text)
    RETURNS TABLE (outcome text, state text, version integer, saved_by text, saved_at text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    v_problem text := pd_text_problem(p_title, p_summary, p_body, p_tags, p_source);
    v_section bigint;
    v_text text;
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
                       format('%s may not edit an article that is %s', v_login, a.state));
        RETURN QUERY SELECT 'refused', a.state, a.version, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF v_problem IS NOT NULL THEN
        RETURN QUERY SELECT v_problem, a.state, a.version, NULL::text, NULL::text;
        RETURN;
    END IF;
    v_section := pd_section_for(v_login, p_section);
    IF v_section = -1 THEN
        RETURN QUERY SELECT 'unknown_section', a.state, a.version, NULL::text, NULL::text;
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
    v_text := pd_index_text(p_title, p_summary, p_body);
    UPDATE articles SET title = p_title, sort_title = p_sort_title, summary = p_summary, body = p_body, tags = p_tags,
                        source = p_source, section_id = coalesce(v_section, section_id),
                        version = a.version + 1, updated_at = v_stamp,
                        search_exact = to_tsvector('simple', v_text), search_folded = to_tsvector('simple', pd_fold(v_text))
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

-- Moves an article along the chain, as in schema 11, but a refusal is
-- logged in the server's words; p_refusal is kept for the signature and
-- read only from a trusted session.
CREATE OR REPLACE FUNCTION pd_act(p_as text, p_id text, p_action text, p_reason text, p_at text, p_refusal text)
    RETURNS TABLE (outcome text, from_state text, to_state text, author_id bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    v_reason text := btrim(coalesce(p_reason, ''));
    v_refusal text := CASE WHEN pd_trusted() THEN nullif(p_refusal, '') END;
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
                       coalesce(v_refusal, format('%s may not %s an article that is %s', v_login, p_action, a.state)));
        RETURN QUERY SELECT 'refused', a.state, NULL::text, a.author_id;
        RETURN;
    END IF;
    IF r.needs_reason AND v_reason = '' THEN
        PERFORM pd_log(v_user, v_login, p_action, p_id, a.state, NULL, true, coalesce(v_refusal, 'no reason given'));
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

-- An audit entry from the Công báo and the digest desks, which still write
-- their tables themselves (until their own functions come): under the name
-- of who is signed in, about their own kind of work, never about an
-- article, and a decision only from a chief editor.
CREATE OR REPLACE FUNCTION pd_audit(p_as text, p_action text, p_article text, p_from text, p_to text, p_refused boolean,
                                    p_reason text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
BEGIN
    IF NOT pd_trusted() THEN
        IF p_action !~ '^(gazette|digest)\.' THEN
            RAISE EXCEPTION 'only the server functions write the articles'' audit entries' USING ERRCODE = '42501';
        END IF;
        IF EXISTS (SELECT FROM articles WHERE id = p_article) THEN
            RAISE EXCEPTION 'a Công báo or digest entry cannot be about an article' USING ERRCODE = '42501';
        END IF;
        IF NOT (pd_has(v_login, split_part(p_action, '.', 1)) OR pd_has(v_login, 'chief_editor')) THEN
            RAISE EXCEPTION '% may not write % entries', v_login, split_part(p_action, '.', 1) USING ERRCODE = '42501';
        END IF;
        IF NOT coalesce(p_refused, false) AND p_action ~ '\.(approve|return|withdraw)$' AND NOT pd_has(v_login, 'chief_editor') THEN
            RAISE EXCEPTION 'only a chief editor decides %', p_action USING ERRCODE = '42501';
        END IF;
    END IF;
    PERFORM pd_log(pd_user_id(v_login), v_login, p_action, p_article, p_from, p_to, p_refused, p_reason);
END
$$;

-- The desks' notices. Any role may NOTIFY any channel, so a notice alone
-- proves nothing: the server counts its real changes in sequences staff may
-- read but not advance, and a desk re-reads only when a count moved.
CREATE SEQUENCE pd_article_changes;
CREATE SEQUENCE pd_lock_changes;

CREATE OR REPLACE FUNCTION portaldesk_articles_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    PERFORM nextval('pd_article_changes');
    PERFORM pg_notify('portaldesk_articles', '');
    RETURN NULL;
END
$$;

CREATE FUNCTION pd_lock_changed(p_id text) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT nextval('pd_lock_changes');
    SELECT pg_notify('portaldesk_locks', p_id);
$$;

-- Edit locks, as in schema 11, with three changes: only who may edit the
-- article (by workflow_rules, its state and its author) takes or renews its
-- lock; a lease lasts at most five minutes (the desk renews a one-minute
-- lease); every notice is counted.
CREATE OR REPLACE FUNCTION pd_lock(p_as text, p_id text, p_lease_seconds integer, p_takeover boolean)
    RETURNS TABLE (outcome text, holder_login text, holder_name text, expires_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_name text;
    v_until timestamptz := clock_timestamp() + make_interval(secs => greatest(5, least(coalesce(p_lease_seconds, 60), 300)));
    a record;
    r workflow_rules;
    l record;
BEGIN
    SELECT x.state, x.author_id INTO a FROM articles x WHERE x.id = p_id;
    IF v_user IS NULL OR NOT FOUND THEN
        RETURN QUERY SELECT 'refused', NULL::text, NULL::text, NULL::timestamptz;
        RETURN;
    END IF;
    r := pd_rule(v_login, v_user, 'edit', a.state, a.author_id);
    IF r.action IS NULL THEN
        PERFORM pd_log(v_user, v_login, 'take lock', p_id, a.state, NULL, true,
                       format('%s may not edit an article that is %s', v_login, a.state));
        RETURN QUERY SELECT 'refused', NULL::text, NULL::text, NULL::timestamptz;
        RETURN;
    END IF;
    SELECT full_name INTO v_name FROM users WHERE users.id = v_user;
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
        PERFORM pd_lock_changed(p_id);
    ELSIF FOUND AND l.user_id = v_user THEN
        UPDATE article_locks SET expires_at = v_until WHERE article_id = p_id;
    ELSE
        INSERT INTO article_locks (article_id, user_id, login, full_name, taken_at, expires_at)
        VALUES (p_id, v_user, v_login, v_name, pd_now(), v_until)
        ON CONFLICT (article_id) DO UPDATE SET user_id = excluded.user_id, login = excluded.login,
            full_name = excluded.full_name, taken_at = excluded.taken_at, expires_at = excluded.expires_at,
            taken_over_from = NULL;
        PERFORM pd_lock_changed(p_id);
    END IF;
    RETURN QUERY SELECT 'taken', v_login, v_name, v_until;
END
$$;

CREATE OR REPLACE FUNCTION pd_unlock(p_as text, p_id text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    DELETE FROM article_locks WHERE article_id = p_id AND user_id = pd_user_id(pd_actor(p_as));
    IF FOUND THEN
        PERFORM pd_lock_changed(p_id);
    END IF;
END
$$;

-- A chief editor frees an article whoever holds it (a desk left open over
-- the weekend, say), whatever its state. Audited with whom it was taken
-- from. Outcome: done (with the holder's login), not_locked, refused.
CREATE FUNCTION pd_break_lock(p_as text, p_id text) RETURNS TABLE (outcome text, holder text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_holder text;
BEGIN
    IF v_user IS NULL OR NOT pd_has(v_login, 'chief_editor') THEN
        PERFORM pd_log(v_user, v_login, 'unlock', p_id, NULL, NULL, true, 'only a chief editor may free another''s lock');
        RETURN QUERY SELECT 'refused', NULL::text;
        RETURN;
    END IF;
    DELETE FROM article_locks k WHERE k.article_id = p_id AND k.expires_at > clock_timestamp() RETURNING k.login INTO v_holder;
    IF v_holder IS NULL THEN
        DELETE FROM article_locks k WHERE k.article_id = p_id;
        RETURN QUERY SELECT 'not_locked', NULL::text;
        RETURN;
    END IF;
    PERFORM pd_log(v_user, v_login, 'unlock', p_id, NULL, NULL, false, 'from ' || v_holder);
    PERFORM pd_lock_changed(p_id);
    RETURN QUERY SELECT 'done', v_holder;
END
$$;

REVOKE ALL ON FUNCTION pd_index_text, pd_fold, pd_text_problem, pd_section_for, pd_create_article, pd_save_article,
    pd_lock_changed, pd_break_lock, portaldesk_articles_changed FROM PUBLIC;
REVOKE ALL ON SEQUENCE pd_article_changes, pd_lock_changes FROM PUBLIC;

DO $grants$
DECLARE
    staff text := 'portaldesk_reporter, portaldesk_editor, portaldesk_chief_editor, portaldesk_digest, portaldesk_gazette, portaldesk_admin';
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_create_article, pd_save_article, pd_break_lock TO %s', staff);
    -- The desk compares the counts; only the server's functions advance them.
    EXECUTE format('GRANT SELECT ON SEQUENCE pd_article_changes, pd_lock_changes TO %s', staff);
END
$grants$;
