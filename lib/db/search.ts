// Full-text search over articles. The only module that knows the index is SQLite FTS5
// (prisma/migrations/*_article_search): a PostgreSQL deployment reimplements `searchArticles`
// with a tsvector column, ts_rank and ts_headline behind the same signature and result shape.
import { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "./client.ts";

export interface SearchArticlesOptions {
  /** what the user typed: words, "quoted phrases"; operators are treated as words */
  query: string;
  /** outlet slug */
  outlet?: string;
  /** language code ("fr", "en") */
  language?: string;
  limit: number;
  offset: number;
}

/** A piece of a snippet: matched words are flagged, never wrapped in markup. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  articleId: string;
  /** higher is more relevant; comparable only within one result set */
  rank: number;
  snippet: SnippetSegment[];
}

export interface SearchResults {
  total: number;
  hits: SearchHit[];
}

// A long paste into the search box should not become a 500-term query.
const MAX_TERMS = 12;
const MAX_QUERY_LENGTH = 500;
const MAX_LIMIT = 200;
// The headline says what the article is about: weigh a match there above one in the body.
const HEADLINE_WEIGHT = 4;
const SNIPPET_TOKENS = 28;
// Control characters mark matches inside FTS5's snippet(): clean article text has none, and
// the result is parsed into segments so no markup ever reaches the page.
const MATCH_OPEN = "\u0002";
const MATCH_CLOSE = "\u0003";

/**
 * Turns user input into an FTS5 expression that cannot be a syntax error: every word or quoted
 * phrase becomes a quoted FTS string (so AND, NEAR, *, ^, parentheses and column filters are
 * just text), terms are ANDed, and the last bare word matches as a prefix so results appear
 * while typing. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  let lastIsBareWord = false;
  for (const match of input.slice(0, MAX_QUERY_LENGTH).matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const isPhrase = match[1] !== undefined;
    const raw = isPhrase ? (match[1] ?? "") : match[0];
    // Control characters would break the snippet markers; letters and digits are what FTS indexes.
    const term = raw.replace(/\p{Cc}/gu, " ").trim();
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    terms.push(`"${term}"`);
    lastIsBareWord = !isPhrase;
    if (terms.length === MAX_TERMS) break;
  }
  if (terms.length === 0) return null;
  if (lastIsBareWord) terms[terms.length - 1] += "*";
  return terms.join(" ");
}

/** Splits FTS5 snippet() output, with our control-character markers, into segments. */
export function parseSnippet(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
  };
  let rest = marked.replace(/\s+/g, " ");
  while (rest.length > 0) {
    const open = rest.indexOf(MATCH_OPEN);
    if (open === -1) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, open), false);
    const close = rest.indexOf(MATCH_CLOSE, open + 1);
    const end = close === -1 ? rest.length : close;
    push(rest.slice(open + 1, end), true);
    rest = close === -1 ? "" : rest.slice(close + 1);
  }
  return segments;
}

interface HitRow {
  articleId: string;
  bm25: number;
  snippet: string;
}

export async function searchArticles(db: Db, options: SearchArticlesOptions): Promise<SearchResults> {
  const fts = toFtsQuery(options.query);
  if (!fts) return { total: 0, hits: [] };
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), MAX_LIMIT);
  const offset = Math.max(Math.trunc(options.offset), 0);

  // FTS5 auxiliary functions need the table's own name, so the virtual table is not aliased.
  const where = Prisma.sql`
    article_search MATCH ${fts}
    AND (${options.outlet ?? null} IS NULL OR o.slug = ${options.outlet ?? null})
    AND (${options.language ?? null} IS NULL OR a.language = ${options.language ?? null})`;
  const from = Prisma.sql`
    FROM article_search
    JOIN articles a ON a.id = article_search.article_id
    LEFT JOIN outlets o ON o.id = a.outletId`;

  const [countRows, hitRows] = await Promise.all([
    db.$queryRaw<{ total: bigint | number }[]>`SELECT count(*) AS total ${from} WHERE ${where}`,
    db.$queryRaw<HitRow[]>`
      SELECT article_search.article_id AS articleId,
             bm25(article_search, 0.0, ${HEADLINE_WEIGHT}, 1.0) AS bm25,
             snippet(article_search, -1, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', ${SNIPPET_TOKENS}) AS snippet
      ${from}
      WHERE ${where}
      ORDER BY bm25, a.publishedSort DESC, a.id
      LIMIT ${limit} OFFSET ${offset}`,
  ]);

  return {
    total: Number(countRows[0]?.total ?? 0),
    // bm25() is lower-is-better; flip it so the signature reads like ts_rank.
    hits: hitRows.map((row) => ({ articleId: row.articleId, rank: -Number(row.bm25), snippet: parseSnippet(row.snippet) })),
  };
}
