-- Royalties (schema 18, PostgreSQL only): schedules, contributors, grades
-- and closed months are written through these functions alone, each
-- audited here in the server's words. Chief editors grade and close months;
-- chief editors and admins import schedules and register contributors;
-- only they and the newsroom's owner read what people are paid.
--
-- Coefficients travel in hundredths (2.5 is 250) and shares in hundredths
-- of a percent (100 % is 10000), as they are stored.

CREATE FUNCTION pd_may_grade(p_login text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT pd_owner(p_login) OR pd_has(p_login, 'chief_editor') $$;

-- The month (YYYY-MM, Vietnam's time) a stamp falls in.
CREATE FUNCTION pd_royalty_month(p_stamp text) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT to_char((p_stamp::timestamptz AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM') $$;

-- The day (Vietnam's time) a stamp falls on.
CREATE FUNCTION pd_royalty_day(p_stamp text) RETURNS date LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT ((p_stamp::timestamptz AT TIME ZONE 'UTC') + interval '7 hours')::date $$;

CREATE FUNCTION pd_royalty_month_closed(p_month text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT coalesce((SELECT closed = 1 FROM royalty_months WHERE month = p_month), false) $$;

-- Returns outcome (done, refused, invalid) and the schedule's id.
CREATE FUNCTION pd_royalty_schedule(p_as text, p_content jsonb, OUT outcome text, OUT id bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
BEGIN
    IF NOT (pd_may_grade(v_login) OR pd_has(v_login, 'admin')) THEN
        PERFORM pd_log(v_user, v_login, 'royalty.schedule', NULL, NULL, NULL, true, 'only chief editors and admins import royalty schedules');
        outcome := 'refused';
        RETURN;
    END IF;
    IF jsonb_typeof(p_content) IS DISTINCT FROM 'object' OR coalesce(btrim(p_content->>'decision'), '') = ''
       OR jsonb_typeof(p_content->'categories') IS DISTINCT FROM 'array' OR jsonb_array_length(p_content->'categories') = 0
       OR jsonb_typeof(p_content->'unit_value') IS DISTINCT FROM 'array' OR jsonb_array_length(p_content->'unit_value') = 0
       OR EXISTS (SELECT FROM jsonb_array_elements(p_content->'categories') c
                  WHERE (c ? 'min' AND jsonb_typeof(c->'min') IS DISTINCT FROM 'number') OR jsonb_typeof(c->'max') IS DISTINCT FROM 'number'
                     OR coalesce((c->>'min')::numeric, 0.01) <= 0 OR coalesce((c->>'min')::numeric, 0.01) > (c->>'max')::numeric
                     OR coalesce(c->>'kind', '') NOT IN ('text', 'photo') OR coalesce(c->>'code', '') = '')
       OR EXISTS (SELECT FROM jsonb_array_elements(p_content->'unit_value') u
                  WHERE coalesce(u->>'from', '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' OR jsonb_typeof(u->'dong') IS DISTINCT FROM 'number'
                     OR (u->>'dong')::numeric <= 0) THEN
        outcome := 'invalid';
        RETURN;
    END IF;
    INSERT INTO royalty_schedules (decision, title, content, imported_by, imported_at)
    VALUES (p_content->>'decision', coalesce(p_content->>'title', ''), p_content::text, v_user, pd_now())
    RETURNING royalty_schedules.id INTO id;
    PERFORM pd_log(v_user, v_login, 'royalty.schedule', NULL, NULL, NULL, false, p_content->>'decision');
    outcome := 'done';
END
$$;

CREATE FUNCTION pd_royalty_contributor(p_as text, p_code text, p_name text, p_unit text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
BEGIN
    IF NOT (pd_may_grade(v_login) OR pd_has(v_login, 'admin')) THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'royalty.contributor', NULL, NULL, NULL, true, 'only chief editors and admins register contributors');
        RETURN 'refused';
    END IF;
    IF coalesce(p_code, '') !~ '^[a-z0-9._-]{1,64}$' OR coalesce(btrim(p_name), '') = ''
       OR pd_field_too_large(ARRAY[p_name, p_unit]) THEN
        RETURN 'invalid';
    END IF;
    IF EXISTS (SELECT FROM users WHERE login = p_code) THEN
        RETURN 'taken';
    END IF;
    INSERT INTO royalty_contributors (code, full_name, unit, added_at) VALUES (p_code, btrim(p_name), coalesce(btrim(p_unit), ''), pd_now())
    ON CONFLICT (code) DO UPDATE SET full_name = excluded.full_name, unit = excluded.unit;
    PERFORM pd_log(pd_user_id(v_login), v_login, 'royalty.contributor', NULL, NULL, NULL, false, p_code || ': ' || btrim(p_name));
    RETURN 'done';
END
$$;

-- Grades a work: the article itself (p_media '') or one of its photos.
-- p_version: the grade's version the desk saw, 0 for a new grade.
-- Returns done, refused, not_found, not_ready (neither approved nor
-- published), invalid (category, coefficient, bonus, shares or payees),
-- closed (its month is closed) or conflict; and the grade's new version.
CREATE FUNCTION pd_royalty_grade(p_as text, p_article text, p_media text, p_category text, p_coefficient integer,
                                 p_bonus integer, p_payees text[], p_roles text[], p_shares integer[], p_version integer,
                                 p_note text, OUT outcome text, OUT version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_article articles%ROWTYPE;
    v_schedule royalty_schedules%ROWTYPE;
    v_content jsonb;
    v_category jsonb;
    v_current integer;
    v_media text := coalesce(p_media, '');
BEGIN
    IF NOT pd_may_grade(v_login) THEN
        PERFORM pd_log(v_user, v_login, 'royalty.grade', p_article, NULL, NULL, true, 'only chief editors grade royalties');
        outcome := 'refused';
        RETURN;
    END IF;
    SELECT * INTO v_article FROM articles WHERE id = p_article FOR UPDATE;
    IF NOT FOUND OR (v_media <> '' AND NOT EXISTS (SELECT FROM media WHERE id = v_media)) THEN
        outcome := 'not_found';
        RETURN;
    END IF;
    IF v_media <> '' AND v_article.lead_photo IS DISTINCT FROM v_media AND strpos(v_article.body, 'media:' || v_media) = 0 THEN
        outcome := 'not_found';
        RETURN;
    END IF;
    IF v_article.state NOT IN ('approved', 'published') THEN
        outcome := 'not_ready';
        RETURN;
    END IF;
    IF v_article.first_published_at IS NOT NULL AND pd_royalty_month_closed(pd_royalty_month(v_article.first_published_at)) THEN
        PERFORM pd_log(v_user, v_login, 'royalty.grade', p_article, NULL, NULL, true,
                       'the month ' || pd_royalty_month(v_article.first_published_at) || ' is closed');
        outcome := 'closed';
        RETURN;
    END IF;
    SELECT * INTO v_schedule FROM royalty_schedules ORDER BY id DESC LIMIT 1;
    IF NOT FOUND THEN
        outcome := 'invalid';
        RETURN;
    END IF;
    v_content := v_schedule.content::jsonb;
    SELECT c INTO v_category FROM jsonb_array_elements(v_content->'categories') c WHERE c->>'code' = p_category;
    IF v_category IS NULL OR (v_category->>'kind' = 'photo') <> (v_media <> '')
       OR p_coefficient IS NULL OR p_coefficient < round(coalesce((v_category->>'min')::numeric, 0.01) * 100)
       OR p_coefficient > round((v_category->>'max')::numeric * 100)
       OR coalesce(p_bonus, -1) < 0
       OR p_bonus > round(greatest(coalesce((v_content->'high_value'->>'max_percent')::numeric, 0),
                                   (SELECT coalesce(max((i->>'max_percent')::numeric), 0)
                                    FROM jsonb_array_elements(coalesce(v_content->'incentives', '[]'::jsonb)) i)) * 100)
       -- A schedule pays for what is published while it is in force.
       OR (v_content->>'valid_until') < coalesce(to_char(pd_royalty_day(v_article.first_published_at), 'YYYY-MM-DD'),
                                                 to_char((clock_timestamp() AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD'))
       OR cardinality(p_payees) IS DISTINCT FROM cardinality(p_roles) OR cardinality(p_payees) IS DISTINCT FROM cardinality(p_shares)
       OR coalesce(cardinality(p_payees), 0) = 0
       OR (SELECT coalesce(sum(s), 0) FROM unnest(p_shares, p_roles) AS x(s, r) WHERE r = 'author') <> 10000
       OR EXISTS (SELECT FROM unnest(p_shares) s WHERE s IS NULL OR s <= 0)
       OR EXISTS (SELECT FROM unnest(p_payees, p_roles) AS x(p, r) GROUP BY p, r HAVING count(*) > 1)
       OR EXISTS (SELECT FROM unnest(p_payees) p WHERE NOT EXISTS (SELECT FROM users u WHERE u.login = p)
                                                   AND NOT EXISTS (SELECT FROM royalty_contributors c WHERE c.code = p))
       OR EXISTS (SELECT FROM unnest(p_roles, p_shares) AS x(r, s) WHERE r <> 'author' AND NOT EXISTS (
                      SELECT FROM jsonb_array_elements(coalesce(v_content->'remuneration', '[]'::jsonb)) m
                      WHERE m->>'code' = r AND s <= round((m->>'percent')::numeric * 100))) THEN
        outcome := 'invalid';
        RETURN;
    END IF;
    SELECT g.version INTO v_current FROM royalty_grades g WHERE g.article_id = p_article AND g.media_id = v_media;
    IF coalesce(v_current, 0) <> coalesce(p_version, 0) THEN
        outcome := 'conflict';
        version := coalesce(v_current, 0);
        RETURN;
    END IF;
    IF v_current IS NULL THEN
        INSERT INTO royalty_grades (article_id, media_id, schedule_id, category, coefficient, bonus, graded_by, graded_at)
        VALUES (p_article, v_media, v_schedule.id, p_category, p_coefficient, p_bonus, v_user, pd_now());
        version := 1;
    ELSE
        UPDATE royalty_grades g SET schedule_id = v_schedule.id, category = p_category, coefficient = p_coefficient,
            bonus = p_bonus, graded_by = v_user, graded_at = pd_now(), version = g.version + 1
        WHERE g.article_id = p_article AND g.media_id = v_media;
        version := v_current + 1;
        DELETE FROM royalty_shares s WHERE s.article_id = p_article AND s.media_id = v_media;
    END IF;
    INSERT INTO royalty_shares (article_id, media_id, position, payee, role, share)
    SELECT p_article, v_media, x.n, x.p, x.r, x.s FROM unnest(p_payees, p_roles, p_shares) WITH ORDINALITY AS x(p, r, s, n);
    PERFORM pd_log(v_user, v_login, 'royalty.grade', p_article, NULL, NULL, false, coalesce(p_note, ''));
    outcome := 'done';
END
$$;

-- Removes a grade given by mistake: done, refused, not_found, closed.
CREATE FUNCTION pd_royalty_ungrade(p_as text, p_article text, p_media text, p_note text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_published text;
BEGIN
    IF NOT pd_may_grade(v_login) THEN
        PERFORM pd_log(v_user, v_login, 'royalty.ungrade', p_article, NULL, NULL, true, 'only chief editors grade royalties');
        RETURN 'refused';
    END IF;
    SELECT first_published_at INTO v_published FROM articles WHERE id = p_article;
    IF v_published IS NOT NULL AND pd_royalty_month_closed(pd_royalty_month(v_published)) THEN
        RETURN 'closed';
    END IF;
    DELETE FROM royalty_grades WHERE article_id = p_article AND media_id = coalesce(p_media, '');
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    PERFORM pd_log(v_user, v_login, 'royalty.ungrade', p_article, NULL, NULL, false, coalesce(p_note, ''));
    RETURN 'done';
END
$$;

-- Closes (p_close) or reopens a month: done, refused, invalid (a month not
-- yet over, or a reopening without a reason), unchanged (already so).
CREATE FUNCTION pd_royalty_month_set(p_as text, p_month text, p_close boolean, p_reason text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_action text := CASE WHEN p_close THEN 'royalty.close' ELSE 'royalty.reopen' END;
BEGIN
    IF NOT pd_may_grade(v_login) THEN
        PERFORM pd_log(v_user, v_login, v_action, NULL, NULL, NULL, true, 'only chief editors close and reopen royalty months');
        RETURN 'refused';
    END IF;
    IF coalesce(p_month, '') !~ '^[0-9]{4}-(0[1-9]|1[0-2])$'
       OR (p_close AND p_month >= pd_royalty_month(pd_now()))
       OR (NOT p_close AND coalesce(btrim(p_reason), '') = '') OR pd_field_too_large(ARRAY[p_reason]) THEN
        RETURN 'invalid';
    END IF;
    IF pd_royalty_month_closed(p_month) = p_close THEN
        RETURN 'unchanged';
    END IF;
    INSERT INTO royalty_months (month, closed, changed_by, changed_at, reason)
    VALUES (p_month, CASE WHEN p_close THEN 1 ELSE 0 END, v_user, pd_now(), coalesce(btrim(p_reason), ''))
    ON CONFLICT (month) DO UPDATE SET closed = excluded.closed, changed_by = excluded.changed_by,
        changed_at = excluded.changed_at, reason = excluded.reason;
    PERFORM pd_log(v_user, v_login, v_action, NULL, NULL, NULL, false, p_month || CASE WHEN coalesce(btrim(p_reason), '') = '' THEN ''
                                                                                 ELSE ': ' || btrim(p_reason) END);
    RETURN 'done';
END
$$;

REVOKE ALL ON FUNCTION pd_may_grade, pd_royalty_month_closed, pd_royalty_schedule, pd_royalty_contributor, pd_royalty_grade,
    pd_royalty_ungrade, pd_royalty_month_set FROM PUBLIC;
REVOKE ALL ON royalty_schedules, royalty_contributors, royalty_grades, royalty_shares, royalty_months FROM PUBLIC;
DO $grants$
DECLARE
    staff text := 'portaldesk_reporter, portaldesk_editor, portaldesk_chief_editor, portaldesk_digest, portaldesk_gazette, portaldesk_admin';
BEGIN
    -- Any staff may call them (the functions refuse whoever may not), and
    -- the schedules are public law; what people are paid is not.
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_may_grade, pd_royalty_month_closed, pd_royalty_schedule, pd_royalty_contributor,'
                   ' pd_royalty_grade, pd_royalty_ungrade, pd_royalty_month_set TO %s', staff);
    EXECUTE format('GRANT SELECT ON royalty_schedules, royalty_months TO %s', staff);
    EXECUTE 'GRANT SELECT ON royalty_contributors, royalty_grades, royalty_shares TO portaldesk_chief_editor, portaldesk_admin';
END
$grants$;
