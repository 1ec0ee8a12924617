import type { Db } from "../db/client.ts";
import { indexAndLinkCopies } from "./copies/store-copies.ts";
import type { OutletRecords } from "./outlet-records.ts";
import type { CleanArticle } from "./types.ts";

export type StoreResult =
  | { status: "imported"; articleId: string; copiedPassages: number }
  | { status: "duplicate"; duplicateOfId: string };

export interface StoreArticleOptions {
  article: CleanArticle;
  outlets: OutletRecords;
  importRunId?: string;
}

/**
 * Writes one article, its removed pieces, its copied passages and its fingerprints in one
 * transaction: a failure leaves nothing half-written. The same content (by hash) is reported
 * as a duplicate of the stored article, never stored twice.
 */
export async function storeArticle(db: Db, { article, outlets, importRunId }: StoreArticleOptions): Promise<StoreResult> {
  const existing = await findByHash(db, article.contentHash);
  if (existing) return { status: "duplicate", duplicateOfId: existing };
  const outletRef = article.metadata.outlet.value;
  try {
    return await db.$transaction(async (tx) => {
      const outletId = outletRef ? await outlets.resolve(tx, outletRef) : null;
      const created = await tx.article.create({ data: articleData(article, outletId, importRunId), select: { id: true } });
      if (article.internalCopies.length > 0) {
        await tx.copiedPassage.createMany({
          data: article.internalCopies.map((copy) => {
            const block = article.blocks[copy.position];
            return {
              articleId: created.id,
              sourceArticleId: created.id,
              kind: "internal",
              removedPosition: copy.position,
              start: 0,
              end: block?.text.length ?? 0,
              sourceStart: copy.sourceStart,
              sourceEnd: copy.sourceEnd,
              similarity: copy.similarity,
            };
          }),
        });
      }
      const copiedPassages = await indexAndLinkCopies(tx, { articleId: created.id, text: article.text });
      return { status: "imported" as const, articleId: created.id, copiedPassages };
    });
  } catch (error) {
    if (outletRef) outlets.forget(outletRef.slug);
    // Two imports racing on the same content: the unique hash decides, the loser is a duplicate.
    const winner = isUniqueViolation(error) ? await findByHash(db, article.contentHash) : null;
    if (winner) return { status: "duplicate", duplicateOfId: winner };
    throw error;
  }
}

async function findByHash(db: Db, contentHash: string): Promise<string | null> {
  const row = await db.article.findUnique({ where: { contentHash }, select: { id: true } });
  return row?.id ?? null;
}

function articleData(article: CleanArticle, outletId: string | null, importRunId: string | undefined) {
  const { metadata, input } = article;
  const published = metadata.published.value;
  return {
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
    metadata: JSON.parse(JSON.stringify(metadata)),
    citedSources: JSON.parse(JSON.stringify(article.citedSources)),
    credits: JSON.parse(JSON.stringify(article.credits)),
    flags: article.flags,
    rawInput: input.text,
    rawFormat: input.format,
    rawEncoding: input.encoding ?? null,
    sourceKind: input.sourceKind,
    sourceName: input.label,
    importRunId: importRunId ?? null,
    removedPieces: {
      create: article.blocks.flatMap((block, position) =>
        block.kept ? [] : [{ position, text: block.text, reason: block.reason ?? "html-boilerplate", detail: block.detail ?? null }],
      ),
    },
  };
}

/** "2019-06" sorts as 1 June 2019; an unparsable value sorts nowhere rather than failing the import. */
function sortableDate(iso: string): Date | null {
  const padded = iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
  const hasZone = /(?:Z|[+-]\d\d:?\d\d)$/i.test(padded);
  const date = new Date(padded.length === 10 ? `${padded}T00:00:00Z` : hasZone ? padded : `${padded}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
