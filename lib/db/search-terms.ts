// What both search implementations share (search-sqlite.ts, search-postgres.ts): the result shape,
// the reading of what the user typed, and the snippet markers.

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

/** One word or "quoted phrase" of the query; the last bare word matches as a prefix. */
export interface SearchTerm {
  text: string;
  prefix: boolean;
}

// A long paste into the search box should not become a 500-term query.
const MAX_TERMS = 12;
const MAX_QUERY_LENGTH = 500;
const MAX_LIMIT = 200;
export const SNIPPET_WORDS = 28;
// Control characters mark matches inside the database's snippet: clean article text has none, and
// the result is parsed into segments so no markup ever reaches the page.
export const MATCH_OPEN = "\u0002";
export const MATCH_CLOSE = "\u0003";

/**
 * Words and "quoted phrases", at most MAX_TERMS, control characters blanked (they would break the
 * snippet markers, and PostgreSQL refuses NUL), terms without a letter or digit dropped; the last
 * bare word is a prefix so results appear while typing.
 */
export function searchTerms(input: string): SearchTerm[] {
  const terms: (SearchTerm & { phrase: boolean })[] = [];
  for (const match of input.slice(0, MAX_QUERY_LENGTH).matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const phrase = match[1] !== undefined;
    const text = (phrase ? (match[1] ?? "") : match[0]).replace(/\p{Cc}/gu, " ").trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    terms.push({ text, prefix: false, phrase });
    if (terms.length === MAX_TERMS) break;
  }
  const last = terms.at(-1);
  if (last && !last.phrase) last.prefix = true;
  return terms.map(({ text, prefix }) => ({ text, prefix }));
}

/** limit and offset as whole numbers in range */
export function searchPage(options: SearchArticlesOptions): { limit: number; offset: number } {
  return {
    limit: Math.min(Math.max(Math.trunc(options.limit), 1), MAX_LIMIT),
    offset: Math.max(Math.trunc(options.offset), 0),
  };
}

/** Splits a snippet marked with MATCH_OPEN / MATCH_CLOSE into segments. */
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
