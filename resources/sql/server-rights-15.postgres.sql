-- The lead photo (ảnh đại diện) of an article (schema 15, PostgreSQL only).
--
-- The column articles.lead_photo is made by the migration on both
-- backends. Here pd_save_article takes it with the text, checked to be a
-- photo of the newsroom (outcome unknown_photo), so that it is changed only
-- by someone who may edit the article, on the version they saw, audited as
-- an edit like the rest of the text. Left out (NULL), the lead photo stays
-- as it is; empty, the article has none.

DROP FUNCTION pd_save_article(text, text, integer, text, text, text, text, text, text, text, text);
CREATE FUNCTION pd_save_article(p_as text, p_id text, p_base_version integer, p_title text, p_sort_title text,
                                p_summary text, p_body text, p_tags text, p_source text, p_section text, p_note text,
                                p_lead_photo text DEFAULT NULL)
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
    IF nullif(p_lead_photo, '') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM media m WHERE m.id = p_lead_photo) THEN
        RETURN QUERY SELECT 'unknown_photo', a.state, a.version, NULL::text, NULL::text;
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
                        source = p_source, lead_photo = CASE WHEN p_lead_photo IS NULL THEN lead_photo ELSE nullif(p_lead_photo, '') END,
                         section_id = coalesce(v_section, section_id),
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

-- Approving and publishing need every photo the article shows described:
-- its caption and its credit (workflow.cpp marks those rules; ServerRights
-- copies the marks into the new column after this script).
ALTER TABLE workflow_rules ADD COLUMN needs_described_photos boolean NOT NULL DEFAULT false;

-- How many photo references `![caption](media:ID "credit")` of a body lack
-- a caption or a credit: the same pattern as the desk's photoReferences().
CREATE FUNCTION pd_undescribed_photos(p_body text) RETURNS integer LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT count(*)::integer
    FROM regexp_matches(coalesce(p_body, ''),
                        '!\[((?:[^]\\]|\\.)*)\]\(\s*media:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?:\s+"((?:[^"\\]|\\.)*)")?\s*\)',
                        'g') AS m
    WHERE btrim(coalesce(m[1], '')) = '' OR btrim(coalesce(m[2], '')) = ''
$$;

-- pd_act as in schema 12, refusing (needs_described_photos) where the rule
-- asks for described photos.
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
    IF r.needs_described_photos AND pd_undescribed_photos((SELECT x.body FROM articles x WHERE x.id = p_id)) > 0 THEN
        PERFORM pd_log(v_user, v_login, p_action, p_id, a.state, NULL, true,
                       coalesce(v_refusal, 'photos without a caption or a credit'));
        RETURN QUERY SELECT 'needs_described_photos', a.state, NULL::text, a.author_id;
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

REVOKE ALL ON FUNCTION pd_save_article, pd_undescribed_photos FROM PUBLIC;
DO $grants$
DECLARE
    staff text := 'portaldesk_reporter, portaldesk_editor, portaldesk_chief_editor, portaldesk_digest, portaldesk_gazette, portaldesk_admin';
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_save_article TO %s', staff);
END
$grants$;
