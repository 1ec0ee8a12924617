// Claim slots of stored articles, computed once and kept in article_claims. The comparison page of
// a 50-article event reads 50 claim sets; re-reading 50 texts each time would cost most of a
// second. A set made by another CLAIMS_VERSION is recomputed, never trusted.

import { isUniqueViolation } from "../db/is-unique-violation.ts";
import { withLockRetries } from "../db/with-lock-retries.ts";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { loadGazetteer, type OutletGazetteer } from "../ingest/outlets/gazetteer.ts";
import type { CitedSource } from "../ingest/types.ts";
import { analyseArticle } from "../nlp/analyse-article.ts";
import { buildClaims } from "./build-claims.ts";
import type { ArticleClaims } from "./types.ts";

/** raise when lib/nlp or lib/claims change what they extract */
export const CLAIMS_VERSION = 3;

const ZStoredCitedSources = z.array(
  z.object({ name: z.string(), kind: z.enum(["agency", "outlet", "official", "person", "organisation", "other"]), quote: z.string(), start: z.number().int(), end: z.number().int() }),
);
/** only whether the stored outlet was a guess: a guessed outlet may be a cited agency */
const ZStoredOutletInferred = z.object({ outlet: z.object({ inferred: z.boolean() }) });

export interface StoredClaimsSource {
  id: string;
  headline: string;
  text: string;
  language: string | null;
  published: string | null;
  /** the article's own outlet slug, when the text settles it (not a guess from a cited agency) */
  outlet: string | null;
  citedSources: CitedSource[];
}

const sourceSelect = { id: true, headline: true, text: true, language: true, publishedAt: true, citedSources: true, metadata: true, outlet: { select: { slug: true } } } as const;

/** what buildClaims needs of a stored article; null for an unknown id */
export async function readClaimsSource(db: Db, articleId: string): Promise<StoredClaimsSource | null> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: sourceSelect });
  return row ? toSource(row) : null;
}

function toSource(row: { id: string; headline: string; text: string; language: string | null; publishedAt: string | null; citedSources: unknown; metadata: unknown; outlet: { slug: string } | null }): StoredClaimsSource {
  const cited = ZStoredCitedSources.safeParse(row.citedSources);
  const outletInferred = ZStoredOutletInferred.safeParse(row.metadata).data?.outlet.inferred ?? true;
  return {
    id: row.id,
    headline: row.headline,
    text: row.text,
    language: row.language,
    published: row.publishedAt,
    outlet: outletInferred ? null : (row.outlet?.slug ?? null),
    citedSources: cited.success ? cited.data : [],
  };
}

/**
 * The claims of an article read from the database or ingested in memory (no id). The gazetteer is
 * read from its files when not given: pass it when computing many.
 */
export function computeClaims(
  source: Pick<StoredClaimsSource, "text" | "language" | "published" | "outlet" | "citedSources"> & { id: string | null },
  gazetteer: OutletGazetteer = loadGazetteer(),
): ArticleClaims {
  const options = { text: source.text, language: source.language, published: source.published };
  return buildClaims({ ...options, articleId: source.id, analysis: analyseArticle(options), citedSources: source.citedSources, gazetteer, outlet: source.outlet });
}

/** The claims of these articles, from the cache where current, computed and stored otherwise. */
export async function loadArticleClaims(db: Db, articleIds: string[]): Promise<Map<string, ArticleClaims>> {
  const result = new Map<string, ArticleClaims>();
  const cached = await db.articleClaimSet.findMany({ where: { articleId: { in: articleIds }, version: CLAIMS_VERSION }, select: { articleId: true, claims: true } });
  for (const row of cached) result.set(row.articleId, row.claims as unknown as ArticleClaims);
  const missing = articleIds.filter((id) => !result.has(id));
  if (missing.length === 0) return result;
  const rows = await db.article.findMany({ where: { id: { in: missing } }, select: sourceSelect });
  const gazetteer = loadGazetteer();
  const computed = rows.map((row) => ({ articleId: row.id, claims: computeClaims(toSource(row), gazetteer) }));
  for (const entry of computed) result.set(entry.articleId, entry.claims);
  try {
    await withLockRetries(() =>
      db.$transaction([
        db.articleClaimSet.deleteMany({ where: { articleId: { in: computed.map((entry) => entry.articleId) } } }),
        db.articleClaimSet.createMany({ data: computed.map((entry) => ({ articleId: entry.articleId, version: CLAIMS_VERSION, claims: entry.claims as object })) }),
      ]),
    );
  } catch (error) {
    // another instance stored the same articles' claims a moment earlier: the same computation
    // of the same text, so theirs serve as well as ours
    if (!isUniqueViolation(error)) throw error;
  }
  return result;
}
