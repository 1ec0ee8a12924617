import type { Db, DbTransaction } from "../db/client.ts";
import { randomUUID } from "node:crypto";
import { bulkInsert, type BulkValue } from "../db/bulk-insert.ts";
import { isUniqueViolation } from "../db/is-unique-violation.ts";
import { withLockRetries } from "../db/with-lock-retries.ts";
import { indexAndLinkCopiesBatch } from "./copies/store-copies.ts";
import type { OutletRecords } from "./outlet-records.ts";
import type { CleanArticle } from "./types.ts";

export type StoreResult =
  | { status: "imported"; articleId: string }
  | { status: "duplicate"; duplicateOfId: string }
  | { status: "failed"; error: unknown };

export interface StoreArticlesOptions {
  outlets: OutletRecords;
  importRunId?: string;
  /**
   * Runs inside each transaction that stores articles, after them: an import writes its item rows
   * here, so an article and the record of its import are committed together or not at all.
   */
  afterBatch?: (tx: DbTransaction, articles: CleanArticle[], results: StoreResult[]) => Promise<void>;
}

/**
 * Writes articles with their removed pieces, internal repeats, fingerprints and cross-article
 * copies. A batch shares one transaction and a few multi-row statements (per-statement and
 * per-commit costs, not the rows, are what limit a bulk import); if anything in the batch fails,
 * the batch is rolled back and every article is retried in a transaction of its own, so each
 * article is stored whole or not at all and one bad article never takes others down with it.
 * The same content (by hash) is reported as a duplicate of the stored article.
 */
export async function storeArticles(db: Db, articles: CleanArticle[], options: StoreArticlesOptions): Promise<StoreResult[]> {
  if (articles.length === 0) return [];
  try {
    return await withLockRetries(() => db.$transaction((tx) => writeBatch(tx, articles, options), { maxWait: 30_000, timeout: 300_000 }));
  } catch (error) {
    options.outlets.forgetAll();
    if (articles.length > 1) {
      const results: StoreResult[] = [];
      for (const article of articles) results.push(...(await storeArticles(db, [article], options)));
      return results;
    }
    // Two imports racing on the same content: the unique hash decides, the loser is a duplicate.
    const winner = isUniqueViolation(error) ? await findByHash(db, articles[0]!.contentHash) : null;
    return [winner ? { status: "duplicate", duplicateOfId: winner } : { status: "failed", error }];
  }
}

async function writeBatch(tx: DbTransaction, articles: CleanArticle[], options: StoreArticlesOptions): Promise<StoreResult[]> {
  const results = await writeArticles(tx, articles, options);
  await options.afterBatch?.(tx, articles, results);
  return results;
}

async function writeArticles(tx: DbTransaction, articles: CleanArticle[], { outlets, importRunId }: StoreArticlesOptions): Promise<StoreResult[]> {
  const stored = await tx.article.findMany({
    where: { contentHash: { in: [...new Set(articles.map((article) => article.contentHash))] } },
    select: { id: true, contentHash: true },
  });
  const idByHash = new Map(stored.map((row) => [row.contentHash, row.id]));
  const results: StoreResult[] = [];
  const created: { id: string; article: CleanArticle }[] = [];
  for (const article of articles) {
    const duplicateOfId = idByHash.get(article.contentHash);
    if (duplicateOfId) {
      results.push({ status: "duplicate", duplicateOfId });
      continue;
    }
    const id = randomUUID();
    idByHash.set(article.contentHash, id);
    created.push({ id, article });
    results.push({ status: "imported", articleId: id });
  }
  if (created.length === 0) return results;

  const outletIds = new Map<CleanArticle, string | null>();
  for (const { article } of created) {
    const ref = article.metadata.outlet.value;
    outletIds.set(article, ref ? await outlets.resolve(tx, ref) : null);
  }
  const now = new Date();
  await bulkInsert(tx, "articles", created.map(({ id, article }) => articleRow(id, article, outletIds.get(article) ?? null, importRunId, now)));
  const removed = created.flatMap(({ id, article }) =>
    article.blocks.flatMap((block, position) =>
      block.kept
        ? []
        : [{ id: randomUUID(), articleId: id, position, text: block.text, reason: block.reason ?? "html-boilerplate", detail: block.detail ?? null, restored: false }],
    ),
  );
  await bulkInsert(tx, "removed_pieces", removed);
  const repeats = created.flatMap(({ id, article }) =>
    article.internalCopies.map((copy) => ({
      id: randomUUID(),
      articleId: id,
      sourceArticleId: id,
      kind: "internal",
      removedPosition: copy.position,
      start: 0,
      end: article.blocks[copy.position]?.text.length ?? 0,
      sourceStart: copy.sourceStart,
      sourceEnd: copy.sourceEnd,
      similarity: copy.similarity,
    })),
  );
  await bulkInsert(tx, "copied_passages", repeats);
  await indexAndLinkCopiesBatch(tx, created.map(({ id, article }) => ({ articleId: id, text: article.text })));
  return results;
}

async function findByHash(db: Db | DbTransaction, contentHash: string): Promise<string | null> {
  const row = await db.article.findUnique({ where: { contentHash }, select: { id: true } });
  return row?.id ?? null;
}

/** One `articles` row, every column named (bulkInsert bypasses Prisma's defaults). */
function articleRow(id: string, article: CleanArticle, outletId: string | null, importRunId: string | undefined, now: Date): Record<string, BulkValue> {
  const { metadata, input } = article;
  const published = metadata.published.value;
  return {
    id,
    contentHash: article.contentHash,
    headline: metadata.headline.value ?? "",
    headlineDerived: metadata.headline.inferred,
    text: article.text,
    language: metadata.language.value,
    publishedAt: published?.iso ?? null,
    publishedPrecision: published?.precision ?? null,
    publishedSort: published ? sortableDate(published.iso) : null,
    dateline: metadata.dateline.value,
    url: input.url ?? null,
    outletId,
    outletUnknown: metadata.outlet.value ? !metadata.outlet.value.known : false,
    wordCount: article.wordCount,
    metadata,
    citedSources: article.citedSources,
    credits: article.credits,
    flags: article.flags,
    rawInput: input.text,
    rawFormat: input.format,
    rawEncoding: input.encoding ?? null,
    sourceKind: input.sourceKind,
    sourceName: input.label,
    importRunId: importRunId ?? null,
    createdAt: now,
    updatedAt: now,
  };
}

/** "2019-06" sorts as 1 June 2019; an unparsable value sorts nowhere rather than failing the import. */
function sortableDate(iso: string): Date | null {
  const padded = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
  const hasZone = /(?:Z|[+-]\d\d:?\d\d)$/i.test(padded);
  const date = new Date(padded.length === 10 ? `${padded}T00:00:00Z` : hasZone ? padded : `${padded}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
