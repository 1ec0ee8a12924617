// searchArticles on SQLite: the FTS5 table article_search (prisma/migrations/*_article_search).
import { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { MATCH_CLOSE, MATCH_OPEN, parseSnippet, searchPage, searchTerms, SNIPPET_WORDS, type SearchArticlesOptions, type SearchResults } from "./search-terms.ts";

// The headline says what the article is about: weigh a match there above one in the body.
const HEADLINE_WEIGHT = 4;

/**
 * Turns user input into an FTS5 expression that cannot be a syntax error: every word or quoted
 * phrase becomes a quoted FTS string (so AND, NEAR, *, ^, parentheses and column filters are
 * just text), terms are ANDed, and the last bare word matches as a prefix. Returns null when
 * nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.text}"${term.prefix ? "*" : ""}`).join(" ");
}

interface HitRow {
  articleId: string;
  bm25: number;
  snippet: string;
}

export async function searchArticlesSqlite(db: Db, options: SearchArticlesOptions): Promise<SearchResults> {
  const fts = toFtsQuery(options.query);
  if (!fts) return { total: 0, hits: [] };
  const { limit, offset } = searchPage(options);

  // FTS5 auxiliary functions need the table's own name, so the virtual table is not aliased.
  const where = Prisma.sql`
    article_search MATCH ${fts}
    AND (${options.outlet ?? null} IS NULL OR o."slug" = ${options.outlet ?? null})
    AND (${options.language ?? null} IS NULL OR a."language" = ${options.language ?? null})`;
  const from = Prisma.sql`
    FROM article_search
    JOIN "articles" a ON a."id" = article_search."article_id"
    LEFT JOIN "outlets" o ON o."id" = a."outletId"`;

  const [countRows, hitRows] = await Promise.all([
    db.$queryRaw<{ total: bigint | number }[]>`SELECT count(*) AS "total" ${from} WHERE ${where}`,
    db.$queryRaw<HitRow[]>`
      SELECT article_search."article_id" AS "articleId",
             bm25(article_search, 0.0, ${HEADLINE_WEIGHT}, 1.0) AS "bm25",
             snippet(article_search, -1, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', ${SNIPPET_WORDS}) AS "snippet"
      ${from}
      WHERE ${where}
      ORDER BY "bm25", a."publishedSort" DESC, a."id"
      LIMIT ${limit} OFFSET ${offset}`,
  ]);

  return {
    total: Number(countRows[0]?.total ?? 0),
    // bm25() is lower-is-better; flip it so the signature reads like ts_rank.
    hits: hitRows.map((row) => ({ articleId: row.articleId, rank: -Number(row.bm25), snippet: parseSnippet(row.snippet) })),
  };
}
