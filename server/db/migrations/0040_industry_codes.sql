-- Industry becomes a code of a controlled list (issue #14, finding 12): the sections A–U of NACE Rev. 2
-- (domain/industries.ts). The free text stored before is read with the same mapping as the import's
-- `industryFromText` — a section letter, a two-digit division ("62", "62.01"), a section title in
-- English, Swedish or Norwegian, a common synonym, or a letter with its own name — and what names no
-- section becomes null. test/api/industries.test.ts checks these functions against the domain's.
CREATE OR REPLACE FUNCTION korsa_industry_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT coalesce(string_agg(CASE WHEN w IN ('and', 'och', 'og') THEN '&' ELSE w END, ' ' ORDER BY n), '')
    FROM unnest(string_to_array(
      btrim(regexp_replace(replace(korsa_fold($1), '&', ' & '), '[^a-z0-9&]+', ' ', 'g')), ' ')) WITH ORDINALITY AS t(w, n)
    WHERE w <> ''
  $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION korsa_industry_term(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT code FROM (VALUES
    ('agriculture forestry & fishing', 'A'), ('jordbruk skogsbruk & fiske', 'A'), ('jordbruk skogbruk & fiske', 'A'), ('agriculture', 'A'), ('farming', 'A'), ('forestry', 'A'),
    ('fishing', 'A'), ('fishery', 'A'), ('aquaculture', 'A'), ('jordbruk', 'A'), ('lantbruk', 'A'), ('landbruk', 'A'),
    ('skogsbruk', 'A'), ('skogbruk', 'A'), ('fiske', 'A'), ('havbruk', 'A'), ('fiskeri', 'A'), ('mining & quarrying', 'B'),
    ('utvinning av mineral', 'B'), ('bergverksdrift & utvinning', 'B'), ('mining', 'B'), ('quarrying', 'B'), ('oil & gas', 'B'), ('oil', 'B'),
    ('petroleum', 'B'), ('gruvdrift', 'B'), ('gruvor', 'B'), ('gruvindustri', 'B'), ('bergverk', 'B'), ('olja & gas', 'B'),
    ('olje & gass', 'B'), ('manufacturing', 'C'), ('tillverkning', 'C'), ('industri', 'C'), ('industry', 'C'), ('industrial', 'C'),
    ('production', 'C'), ('automotive', 'C'), ('pharmaceuticals', 'C'), ('tillverkningsindustri', 'C'), ('produktion', 'C'), ('produksjon', 'C'),
    ('fordonsindustri', 'C'), ('verkstadsindustri', 'C'), ('electricity gas steam & air conditioning supply', 'D'), ('forsorjning av el gas varme & kyla', 'D'), ('elektrisitets gass damp & varmtvannsforsyning', 'D'), ('energy', 'D'),
    ('electricity', 'D'), ('utilities', 'D'), ('utility', 'D'), ('power', 'D'), ('energi', 'D'), ('el', 'D'),
    ('elforsorjning', 'D'), ('kraft', 'D'), ('kraftforsyning', 'D'), ('energy & utilities', 'D'), ('water supply sewerage waste management & remediation', 'E'), ('vattenforsorjning avloppsrening avfallshantering & sanering', 'E'),
    ('vannforsyning avlops & renovasjonsvirksomhet', 'E'), ('water', 'E'), ('waste', 'E'), ('waste management', 'E'), ('recycling', 'E'), ('vatten', 'E'),
    ('avfall', 'E'), ('atervinning', 'E'), ('vann', 'E'), ('renovasjon', 'E'), ('gjenvinning', 'E'), ('construction', 'F'),
    ('byggverksamhet', 'F'), ('bygge & anleggsvirksomhet', 'F'), ('building', 'F'), ('bygg', 'F'), ('byggnation', 'F'), ('bygg & anlaggning', 'F'),
    ('bygg & anlegg', 'F'), ('anlegg', 'F'), ('entreprenad', 'F'), ('byggindustri', 'F'), ('wholesale & retail trade repair of motor vehicles', 'G'), ('handel reparation av motorfordon & motorcyklar', 'G'),
    ('varehandel reparasjon av motorvogner', 'G'), ('retail', 'G'), ('wholesale', 'G'), ('trade', 'G'), ('commerce', 'G'), ('e commerce', 'G'),
    ('ecommerce', 'G'), ('detaljhandel', 'G'), ('partihandel', 'G'), ('grosshandel', 'G'), ('handel', 'G'), ('varehandel', 'G'),
    ('e handel', 'G'), ('ehandel', 'G'), ('butikk', 'G'), ('transportation & storage', 'H'), ('transport & magasinering', 'H'), ('transport & lagring', 'H'),
    ('transport', 'H'), ('transportation', 'H'), ('logistics', 'H'), ('shipping', 'H'), ('storage', 'H'), ('logistik', 'H'),
    ('logistikk', 'H'), ('frakt', 'H'), ('spedition', 'H'), ('transport & logistik', 'H'), ('transport & logistikk', 'H'), ('transport & storage', 'H'),
    ('transport & logistics', 'H'), ('warehousing', 'H'), ('lager', 'H'), ('accommodation & food service activities', 'I'), ('hotell & restaurangverksamhet', 'I'), ('overnattings & serveringsvirksomhet', 'I'),
    ('hospitality', 'I'), ('hotels', 'I'), ('hotel', 'I'), ('restaurants', 'I'), ('restaurant', 'I'), ('tourism', 'I'),
    ('food service', 'I'), ('hotell', 'I'), ('restaurang', 'I'), ('hotell & restaurang', 'I'), ('besoksnaring', 'I'), ('reiseliv', 'I'),
    ('turism', 'I'), ('turisme', 'I'), ('information & communication', 'J'), ('informations & kommunikationsverksamhet', 'J'), ('informasjon & kommunikasjon', 'J'), ('it', 'J'),
    ('ict', 'J'), ('tech', 'J'), ('technology', 'J'), ('information technology', 'J'), ('software', 'J'), ('telecom', 'J'),
    ('telecommunications', 'J'), ('media', 'J'), ('publishing', 'J'), ('it & telecom', 'J'), ('it & telekom', 'J'), ('telekom', 'J'),
    ('telekommunikation', 'J'), ('ikt', 'J'), ('programvara', 'J'), ('mjukvara', 'J'), ('programvare', 'J'), ('financial & insurance activities', 'K'),
    ('finans & forsakringsverksamhet', 'K'), ('finansierings & forsikringsvirksomhet', 'K'), ('finance', 'K'), ('financial services', 'K'), ('banking', 'K'), ('bank', 'K'),
    ('insurance', 'K'), ('finans', 'K'), ('bank & finans', 'K'), ('forsakring', 'K'), ('forsikring', 'K'), ('real estate activities', 'L'),
    ('fastighetsverksamhet', 'L'), ('omsetning & drift av fast eiendom', 'L'), ('real estate', 'L'), ('property', 'L'), ('properties', 'L'), ('fastigheter', 'L'),
    ('fastighet', 'L'), ('eiendom', 'L'), ('fast eiendom', 'L'), ('professional scientific & technical activities', 'M'), ('verksamhet inom juridik ekonomi vetenskap & teknik', 'M'), ('faglig vitenskapelig & teknisk tjenesteyting', 'M'),
    ('professional services', 'M'), ('consulting', 'M'), ('consultancy', 'M'), ('legal', 'M'), ('law', 'M'), ('accounting', 'M'),
    ('engineering', 'M'), ('architecture', 'M'), ('konsult', 'M'), ('konsulting', 'M'), ('radgivning', 'M'), ('juridik', 'M'),
    ('revision', 'M'), ('redovisning', 'M'), ('regnskap', 'M'), ('advokat', 'M'), ('administrative & support service activities', 'N'), ('uthyrning fastighetsservice resetjanster & andra stodtjanster', 'N'),
    ('forretningsmessig tjenesteyting', 'N'), ('administrative services', 'N'), ('business services', 'N'), ('staffing', 'N'), ('recruitment', 'N'), ('facility services', 'N'),
    ('security services', 'N'), ('bemanning', 'N'), ('rekrytering', 'N'), ('stodtjanster', 'N'), ('utleie', 'N'), ('public administration & defence', 'O'),
    ('offentlig forvaltning & forsvar', 'O'), ('offentlig administrasjon & forsvar', 'O'), ('public sector', 'O'), ('government', 'O'), ('public administration', 'O'), ('defence', 'O'),
    ('defense', 'O'), ('offentlig sektor', 'O'), ('offentlig forvaltning', 'O'), ('myndighet', 'O'), ('kommun', 'O'), ('kommune', 'O'),
    ('forsvar', 'O'), ('education', 'P'), ('utbildning', 'P'), ('undervisning', 'P'), ('schools', 'P'), ('school', 'P'),
    ('university', 'P'), ('skola', 'P'), ('utdanning', 'P'), ('skole', 'P'), ('human health & social work activities', 'Q'), ('vard & omsorg sociala tjanster', 'Q'),
    ('helse & sosialtjenester', 'Q'), ('healthcare', 'Q'), ('health care', 'Q'), ('health', 'Q'), ('medical', 'Q'), ('social work', 'Q'),
    ('care', 'Q'), ('vard', 'Q'), ('sjukvard', 'Q'), ('halsa', 'Q'), ('omsorg', 'Q'), ('vard & omsorg', 'Q'),
    ('helse', 'Q'), ('helsevesen', 'Q'), ('helse & omsorg', 'Q'), ('arts entertainment & recreation', 'R'), ('kultur noje & fritid', 'R'), ('kulturell virksomhet underholdning & fritid', 'R'),
    ('arts', 'R'), ('entertainment', 'R'), ('recreation', 'R'), ('culture', 'R'), ('sports', 'R'), ('sport', 'R'),
    ('kultur', 'R'), ('noje', 'R'), ('fritid', 'R'), ('idrett', 'R'), ('other service activities', 'S'), ('annan serviceverksamhet', 'S'),
    ('annen tjenesteyting', 'S'), ('other services', 'S'), ('annan service', 'S'), ('personal services', 'S'), ('hairdressing', 'S'), ('frisor', 'S'),
    ('activities of households as employers', 'T'), ('forvarvsarbete i hushall', 'T'), ('lonnet arbeid i private husholdninger', 'T'), ('households', 'T'), ('private households', 'T'), ('hushall', 'T'),
    ('husholdninger', 'T'), ('activities of extraterritorial organisations', 'U'), ('verksamhet vid internationella organisationer', 'U'), ('internasjonale organisasjoner & organer', 'U'), ('extraterritorial organisations', 'U'), ('international organisations', 'U'),
    ('embassies', 'U'), ('internationella organisationer', 'U'), ('ambassader', 'U')
    ) AS terms(term, code)
    WHERE term = $1
  $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION korsa_industry_code(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT CASE
      WHEN f ~ '^[a-u]$' THEN upper(f)
      WHEN f ~ '^[0-9]{2}[0-9]*( [0-9]+)*$' THEN (
        SELECT CASE
          WHEN d IN (0, 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89) THEN NULL
          WHEN d < 5 THEN 'A' WHEN d < 10 THEN 'B' WHEN d < 35 THEN 'C' WHEN d < 36 THEN 'D' WHEN d < 41 THEN 'E'
          WHEN d < 45 THEN 'F' WHEN d < 49 THEN 'G' WHEN d < 55 THEN 'H' WHEN d < 58 THEN 'I' WHEN d < 64 THEN 'J'
          WHEN d < 68 THEN 'K' WHEN d < 69 THEN 'L' WHEN d < 77 THEN 'M' WHEN d < 84 THEN 'N' WHEN d < 85 THEN 'O'
          WHEN d < 86 THEN 'P' WHEN d < 90 THEN 'Q' WHEN d < 94 THEN 'R' WHEN d < 97 THEN 'S' WHEN d < 99 THEN 'T'
          ELSE 'U' END
        FROM (SELECT substr(f, 1, 2)::int AS d) AS division)
      ELSE coalesce(
        korsa_industry_term(f),
        CASE WHEN f ~ '^[a-u] .' AND korsa_industry_term(substr(f, 3)) = upper(substr(f, 1, 1)) THEN upper(substr(f, 1, 1)) END)
    END
    FROM (SELECT korsa_industry_fold($1) AS f) AS folded
  $$;--> statement-breakpoint
UPDATE "accounts" SET "industry" = korsa_industry_code("industry") WHERE "industry" IS NOT NULL AND "industry" IS DISTINCT FROM korsa_industry_code("industry");--> statement-breakpoint
UPDATE "leads" SET "industry" = korsa_industry_code("industry") WHERE "industry" IS NOT NULL AND "industry" IS DISTINCT FROM korsa_industry_code("industry");--> statement-breakpoint
UPDATE "interview_insights" SET "industry" = korsa_industry_code("industry") WHERE "industry" IS NOT NULL AND "industry" IS DISTINCT FROM korsa_industry_code("industry");
