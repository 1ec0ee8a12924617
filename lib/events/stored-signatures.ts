// Event signatures of stored articles: built once from the article's clean text and metadata,
// kept in article_signatures, and read back when the grouper needs the stored articles. A
// signature of another SIGNATURE_VERSION is rebuilt, never trusted.

import type { Db } from "../db/client.ts";
import { buildEventSignatures } from "./build-event-signature.ts";
import { signatureFromJson, signatureToJson, SIGNATURE_VERSION } from "./signature-json.ts";
import type { EventSignature } from "./types.ts";

/** articles read per query and signatures written per transaction */
const BATCH = 200;

export interface StoredArticleSignature {
  articleId: string;
  signature: EventSignature;
}

/** Builds and stores the signatures of these articles that have none of the current version. */
export async function ensureSignatures(db: Db, articleIds: string[]): Promise<void> {
  for (let start = 0; start < articleIds.length; start += BATCH) {
    const ids = articleIds.slice(start, start + BATCH);
    const articles = await db.article.findMany({
      where: { id: { in: ids }, OR: [{ signature: null }, { signature: { version: { not: SIGNATURE_VERSION } } }] },
      select: { id: true, text: true, headline: true, headlineDerived: true, language: true, publishedAt: true },
    });
    if (articles.length === 0) continue;
    // French articles' English renderings are made for the batch at once and kept inside the stored signature
    const signatures = buildEventSignatures(
      articles.map((article) => ({
        id: article.id,
        text: article.text,
        // a headline we made up from the first sentence would count that sentence twice
        headline: article.headlineDerived ? null : article.headline,
        language: article.language,
        published: article.publishedAt,
      })),
    );
    const rows = signatures.map((signature) => ({ articleId: signature.id, version: SIGNATURE_VERSION, signature: signatureToJson(signature) as object }));
    await db.$transaction([
      db.articleSignature.deleteMany({ where: { articleId: { in: rows.map((row) => row.articleId) } } }),
      db.articleSignature.createMany({ data: rows }),
    ]);
  }
}

/** Rebuilds every stored signature: after the signature code or its configuration changed. */
export async function rebuildAllSignatures(db: Db): Promise<number> {
  await db.articleSignature.deleteMany({});
  const ids = (await db.article.findMany({ select: { id: true } })).map((row) => row.id);
  await ensureSignatures(db, ids);
  return ids.length;
}

/**
 * Stored signatures in the order the grouper should see their articles: publication, then arrival.
 * Articles of one import share their arrival time, and online grouping depends on order: ties go
 * by content hash, not by the random id, so the same inputs always give the same events.
 */
export async function loadSignatures(db: Db, where: { articleIds?: string[] } = {}): Promise<StoredArticleSignature[]> {
  const ids = where.articleIds;
  if (ids && ids.length > ID_BATCH) {
    // Prisma refuses more bound parameters than SQLite's old limit of 999: read in slices, then order them as one query would
    const slices = [];
    for (let start = 0; start < ids.length; start += ID_BATCH) slices.push(await readSignatureRows(db, ids.slice(start, start + ID_BATCH)));
    return slices.flat().sort(compareRows).map(toStored);
  }
  return (await readSignatureRows(db, ids)).map(toStored);
}

/** ids per query when reading by id */
const ID_BATCH = 500;

type SignatureRow = Awaited<ReturnType<typeof readSignatureRows>>[number];

async function readSignatureRows(db: Db, articleIds: string[] | undefined) {
  return db.article.findMany({
    where: { ...(articleIds ? { id: { in: articleIds } } : {}), signature: { version: SIGNATURE_VERSION } },
    orderBy: [{ publishedSort: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { contentHash: "asc" }],
    select: { id: true, publishedSort: true, createdAt: true, contentHash: true, signature: { select: { signature: true } } },
  });
}

/** the order of readSignatureRows: publication (undated last), arrival, content hash (hexadecimal, so code-unit order is the databases') */
function compareRows(a: SignatureRow, b: SignatureRow): number {
  const published = (row: SignatureRow) => row.publishedSort?.getTime() ?? Infinity;
  return published(a) - published(b) || a.createdAt.getTime() - b.createdAt.getTime() || (a.contentHash < b.contentHash ? -1 : a.contentHash > b.contentHash ? 1 : 0);
}

function toStored(row: SignatureRow): StoredArticleSignature {
  return { articleId: row.id, signature: signatureFromJson(row.signature!.signature, row.id) };
}
