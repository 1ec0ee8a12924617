import type { Db } from "../lib/db/client.ts";

/**
 * The `articles` array of `parallax import --json`: a stable shape documented in README.md.
 * Article text is left out (it can be large); `parallax` later commands give it by id.
 */
export async function presentImportedArticles(db: Db, ids: string[]) {
  const rows = await db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      headline: true,
      headlineDerived: true,
      language: true,
      publishedAt: true,
      publishedPrecision: true,
      dateline: true,
      url: true,
      wordCount: true,
      contentHash: true,
      sourceKind: true,
      sourceName: true,
      flags: true,
      citedSources: true,
      credits: true,
      metadata: true,
      outletUnknown: true,
      outlet: { select: { slug: true, name: true, country: true, ownership: true } },
      _count: { select: { removedPieces: true, copiedPassages: true } },
    },
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return rows.map(({ _count, outlet, outletUnknown, publishedAt, publishedPrecision, ...row }) => ({
    ...row,
    outlet: outlet ? { ...outlet, known: !outletUnknown } : null,
    published: publishedAt ? { iso: publishedAt, precision: publishedPrecision } : null,
    removedPieces: _count.removedPieces,
    copiedPassages: _count.copiedPassages,
  }));
}
