import { randomUUID } from "node:crypto";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { bulkInsert, type BulkValue } from "../../db/bulk-insert.ts";
import { articlesWithHashes, insertFingerprintRows } from "../../db/fingerprint-statements.ts";
import { findCopiedPassages, type CopyCandidate } from "./find-copied-passages.ts";
import { fingerprintText, type Fingerprint } from "./winnow.ts";

export interface IndexAndLinkCopiesOptions {
  articleId: string;
  /** the article's clean text, exactly as stored in `articles.text` */
  text: string;
}

/** Fewer shared fingerprints than this cannot make a passage of MIN_PASSAGE_WORDS: not worth loading the text. */
const MIN_SHARED_HASHES = 3;
/**
 * The articles sharing the most fingerprints are compared, no more: a paragraph that a hundred
 * outlets ran is linked to the closest twenty, and one import never turns into a corpus scan.
 */
const MAX_CANDIDATES = 20;

/**
 * Indexes one article's fingerprints and links its passages copied from (or into) articles
 * already stored, inside the caller's transaction (see indexAndLinkCopiesBatch).
 */
export async function indexAndLinkCopies(tx: Prisma.TransactionClient, article: IndexAndLinkCopiesOptions): Promise<number> {
  return indexAndLinkCopiesBatch(tx, [article]);
}

interface Indexed extends IndexAndLinkCopiesOptions {
  fingerprints: Fingerprint[];
  /** the distinct hashes of `fingerprints` */
  hashes: Set<number>;
}

/**
 * Indexes the fingerprints of a batch of new articles (in import order) and links their passages
 * copied from articles already stored or from earlier articles of the same batch. Each passage is
 * stored twice, kind "cross": on the new article pointing at the earlier one, and mirrored on the
 * earlier one. A whole batch costs a handful of statements, whatever its size: per-statement
 * overhead, not SQLite, is what limits a bulk import.
 * To re-index a changed text, first delete the article's fingerprints and its cross passages on
 * both sides (as restoreRemovedPiece does).
 * Returns the number of passages found (each stored as those two rows).
 */
export async function indexAndLinkCopiesBatch(tx: Prisma.TransactionClient, articles: IndexAndLinkCopiesOptions[]): Promise<number> {
  const batch: Indexed[] = articles
    .map((article) => {
      const fingerprints = fingerprintText(article.text);
      return { ...article, fingerprints, hashes: new Set(fingerprints.map((fingerprint) => fingerprint.hash)) };
    })
    .filter((article) => article.fingerprints.length > 0);
  if (batch.length === 0) return 0;

  const stored = await storedArticlesByHash(tx, batch);
  // Earlier articles of the batch are candidates too: they join the hash index as they are ranked.
  const inBatch = new Map<number, string[]>();
  const candidatesOf = batch.map((article) => {
    const ranked = rankCandidates(article, [stored, inBatch]);
    for (const hash of article.hashes) {
      const list = inBatch.get(hash);
      if (list) list.push(article.articleId);
      else inBatch.set(hash, [article.articleId]);
    }
    return ranked;
  });
  const batchIds = new Set(batch.map((article) => article.articleId));
  const storedIds = [...new Set(candidatesOf.flat().filter((id) => !batchIds.has(id)))];
  const texts = new Map<string, CopyCandidate>();
  if (storedIds.length > 0) {
    const rows = await tx.article.findMany({ where: { id: { in: storedIds } }, select: { id: true, text: true } });
    for (const row of rows) texts.set(row.id, { text: row.text, fingerprints: fingerprintText(row.text) });
  }
  for (const article of batch) texts.set(article.articleId, { text: article.text, fingerprints: article.fingerprints });

  const rows: Record<string, BulkValue>[] = [];
  let found = 0;
  batch.forEach((article, index) => {
    const candidates = new Map<string, CopyCandidate>();
    for (const id of candidatesOf[index]!) {
      const candidate = texts.get(id);
      if (candidate) candidates.set(id, candidate);
    }
    if (candidates.size === 0) return;
    const copies = findCopiedPassages({ text: article.text, fingerprints: article.fingerprints, candidates });
    found += copies.length;
    for (const copy of copies) {
      rows.push(
        { id: randomUUID(), articleId: article.articleId, start: copy.start, end: copy.end, sourceArticleId: copy.sourceArticleId, sourceStart: copy.sourceStart, sourceEnd: copy.sourceEnd, kind: "cross", similarity: copy.similarity },
        { id: randomUUID(), articleId: copy.sourceArticleId, start: copy.sourceStart, end: copy.sourceEnd, sourceArticleId: article.articleId, sourceStart: copy.start, sourceEnd: copy.end, kind: "cross", similarity: copy.similarity },
      );
    }
  });

  await insertFingerprints(tx, batch);
  await bulkInsert(tx, "copied_passages", rows);
  return found;
}

/** For every hash of the batch, the stored articles holding it (one statement: hashes as one JSON parameter). */
async function storedArticlesByHash(tx: Prisma.TransactionClient, batch: Indexed[]): Promise<Map<number, string[]>> {
  const hashes = [...new Set(batch.flatMap((article) => [...article.hashes]))];
  const byHash = new Map<number, string[]>();
  for (const row of await articlesWithHashes(tx, hashes)) {
    const list = byHash.get(row.hash);
    if (list) list.push(row.articleId);
    else byHash.set(row.hash, [row.articleId]);
  }
  return byHash;
}

/** Articles holding at least MIN_SHARED_HASHES of this article's hashes in any of the indexes, most shared first. */
function rankCandidates(article: Indexed, indexes: Map<number, string[]>[]): string[] {
  const shared = new Map<string, number>();
  for (const hash of article.hashes) {
    for (const index of indexes) {
      for (const id of index.get(hash) ?? []) if (id !== article.articleId) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
  }
  return [...shared]
    .filter(([, count]) => count >= MIN_SHARED_HASHES)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
}

/**
 * One statement whatever the count (lib/db/fingerprint-statements.ts). Measured (bench:ingest):
 * sorted 256-article batches with a 64 MB page cache cut the insert from ~0.8 to ~0.3 ms per article.
 */
async function insertFingerprints(tx: Prisma.TransactionClient, batch: Indexed[]): Promise<void> {
  const rows = batch.flatMap((article) => article.fingerprints.map((fingerprint) => [fingerprint.hash, article.articleId, fingerprint.offset] as const));
  // In hash order the index B-tree is walked once per batch instead of hopping between pages.
  rows.sort((a, b) => a[0] - b[0]);
  await insertFingerprintRows(tx, rows);
}
