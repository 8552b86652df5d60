-- The search's folding, spelled once. V115 wrote lower(sm_unaccent(lower(...))) in sm_search_text (the stored text)
-- and the list's SQL wrote it again around the term, with LIKE's escaping after it; a change to one and not the other
-- would silently stop terms from matching. Both now call these functions (inlined by the planner: a bound term still
-- folds to a constant pattern the trigram index takes). The stored text is unchanged, so nothing is rewritten.

-- lower() around sm_unaccent too: unaccent's rules can yield an upper-case letter (a degree sign and C for the
-- Celsius sign), so the result is entirely lower-case and a LIKE is enough
CREATE FUNCTION sm_search_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lower(sm_unaccent(lower(t)));

-- "contains the term" as a LIKE pattern on the folded text. LIKE's escape and wildcards are escaped after the folding,
-- not before: unaccent turns the full-width forms of % _ \ into the ASCII ones, which would otherwise act as
-- wildcards. Use with LIKE's default escape (a backslash).
CREATE FUNCTION sm_search_pattern(term text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN '%' || replace(replace(replace(sm_search_fold(term), '\', '\\'), '%', '\%'), '_', '\_') || '%';

CREATE OR REPLACE FUNCTION sm_search_text(full_name text, company_name text, email text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN sm_search_fold(full_name || ' ' || company_name || ' ' || coalesce(email, ''));
