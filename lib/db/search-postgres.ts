// searchArticles on PostgreSQL: the generated tsvector column articles.search, weighted headline
// (A) and text (B), in the text search configuration of the article's language
// (prisma/migrations-postgresql/*_article_search: parallax_fr, parallax_en, parallax_simple).
import { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { MATCH_CLOSE, MATCH_OPEN, parseSnippet, searchPage, searchTerms, SNIPPET_WORDS, type SearchArticlesOptions, type SearchResults, type SearchTerm } from "./search-terms.ts";

const CONFIGURATIONS = ["parallax_fr", "parallax_en", "parallax_simple"] as const;
// ts_rank_cd weights for D, C, B, A: a headline match (A) counts four times a body match (B), as bm25's weights do on SQLite.
const RANK_WEIGHTS = "{0.1, 0.2, 0.25, 1.0}";
const HEADLINE_OPTIONS = `MaxWords=${SNIPPET_WORDS}, MinWords=12, MaxFragments=1, FragmentDelimiter=…`;

/**
 * The terms as a tsquery in one configuration. The input never reaches tsquery syntax unparsed:
 * a phrase or word goes through phraseto_tsquery (as websearch_to_tsquery does for a quoted
 * phrase), and the prefix word's lexemes are quoted by quote_literal before ':*' is added.
 */
function termsQuery(configuration: (typeof CONFIGURATIONS)[number], terms: SearchTerm[]): Prisma.Sql {
  const regconfig = Prisma.raw(`'${configuration}'::regconfig`);
  return Prisma.join(
    terms.map((term) =>
      term.prefix
        ? Prisma.sql`coalesce((SELECT string_agg(quote_literal(l.lexeme) || ':*', ' & ') FROM unnest(to_tsvector(${regconfig}, ${term.text})) l), '')::tsquery`
        : Prisma.sql`phraseto_tsquery(${regconfig}, ${term.text})`,
    ),
    " && ",
  );
}

export async function searchArticlesPostgres(db: Db, options: SearchArticlesOptions): Promise<SearchResults> {
  const terms = searchTerms(options.query);
  if (terms.length === 0) return { total: 0, hits: [] };
  const { limit, offset } = searchPage(options);
  const [fr, en, simple] = CONFIGURATIONS.map((configuration) => termsQuery(configuration, terms));

  // The OR of the three queries can use the GIN index; each row then keeps only if the query in
  // its own language's configuration matches (a French stem must not match an English article).
  const matches = Prisma.sql`
    WITH q AS (SELECT ${fr} AS fr, ${en} AS en, ${simple} AS simple)
    SELECT a."id", a."text", a."language", a."publishedSort", a."search",
           CASE a."language" WHEN 'fr' THEN q.fr WHEN 'en' THEN q.en ELSE q.simple END AS "query"
    FROM q, "articles" a LEFT JOIN "outlets" o ON o."id" = a."outletId"
    WHERE a."search" @@ (q.fr || q.en || q.simple)
      AND (${options.outlet ?? null}::text IS NULL OR o."slug" = ${options.outlet ?? null})
      AND (${options.language ?? null}::text IS NULL OR a."language" = ${options.language ?? null})`;

  const [countRows, hitRows] = await Promise.all([
    db.$queryRaw<{ total: bigint | number }[]>`SELECT count(*) AS "total" FROM (${matches}) m WHERE m."search" @@ m."query"`,
    db.$queryRaw<{ articleId: string; rank: number; snippet: string }[]>`
      SELECT m."id" AS "articleId",
             ts_rank_cd(${RANK_WEIGHTS}::float4[], m."search", m."query") AS "rank",
             ts_headline(parallax_ts_config(m."language"), m."text", m."query",
               'StartSel=' || ${MATCH_OPEN}::text || ', StopSel=' || ${MATCH_CLOSE}::text || ', ' || ${HEADLINE_OPTIONS}::text) AS "snippet"
      FROM (${matches}) m
      WHERE m."search" @@ m."query"
      ORDER BY "rank" DESC, m."publishedSort" DESC NULLS LAST, m."id"
      LIMIT ${limit} OFFSET ${offset}`,
  ]);

  return {
    total: Number(countRows[0]?.total ?? 0),
    hits: hitRows.map((row) => ({ articleId: row.articleId, rank: Number(row.rank), snippet: parseSnippet(row.snippet) })),
  };
}
