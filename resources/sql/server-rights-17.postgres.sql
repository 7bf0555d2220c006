-- Công báo symbols as provinces write them (schema 17, PostgreSQL only).
--
-- A symbol is used once a year, and its number is compared without leading
-- zeros: "01763/QĐ-UBND" is "1763/QĐ-UBND" (LegalSymbols::uniqueKey). A
-- document is signed by today; a signing date to come is refused.
CREATE OR REPLACE FUNCTION pd_gazette_problem(p_doc jsonb, p_except text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT CASE
        WHEN coalesce(btrim(p_doc->>'summary'), '') = '' OR coalesce(btrim(p_doc->>'symbol'), '') = ''
             OR coalesce(p_doc->>'doc_type', '') = '' OR (p_doc->>'year') !~ '^[0-9]{4}$'
             OR coalesce(p_doc->>'part', '') !~ '^[0-9]{1,2}$'
             OR coalesce(p_doc->>'signed_on', '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN 'invalid'
        WHEN (p_doc->>'signed_on')::date > current_date THEN 'invalid'
        WHEN octet_length(coalesce(p_doc->>'body', '')) > @MAX_BODY_BYTES@
             OR pd_field_too_large(ARRAY[p_doc->>'summary', p_doc->>'symbol', p_doc->>'issuer', p_doc->>'signer',
                                         p_doc->>'signer_title', p_doc->>'doc_type']) THEN 'too_large'
        WHEN EXISTS (SELECT FROM gazette_documents d WHERE d.year = (p_doc->>'year')::integer
                     AND ltrim(d.symbol, '0') = ltrim(p_doc->>'symbol', '0') AND d.id IS DISTINCT FROM p_except) THEN 'taken'
    END
$$;
