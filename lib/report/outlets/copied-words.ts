// How much of an outlet's text is reused from other outlets or wires: the words of its articles
// that lie inside a cross-article copied passage (lib/ingest/copies) whose source article belongs
// to another outlet or to no known outlet. An outlet reusing its own earlier story is not copying.
// Overlapping passages are merged first, so no word counts twice.

import type { Db } from "../../db/client.ts";
import { countWords } from "../../ingest/ingest-article.ts";

export interface CopiedWords {
  copied: number;
  words: number;
  /** outlet names (or "unknown outlet") the copied words come from, most words first */
  sources: { outlet: string; words: number }[];
}

export async function copiedWords(db: Db, outletId: string, articles: { id: string; wordCount: number }[]): Promise<CopiedWords> {
  const words = articles.reduce((sum, article) => sum + article.wordCount, 0);
  const ids = articles.map((article) => article.id);
  const passages =
    ids.length === 0
      ? []
      : await db.copiedPassage.findMany({
          // removedPosition: offsets of a removed block, not of the text: not part of its words
          where: { kind: "cross", removedPosition: null, articleId: { in: ids } },
          select: { articleId: true, start: true, end: true, sourceArticle: { select: { outletId: true, outlet: { select: { name: true } } } } },
        });
  const foreign = passages.filter((passage) => passage.sourceArticle.outletId !== outletId);
  if (foreign.length === 0) return { copied: 0, words, sources: [] };
  const texts = new Map(
    (await db.article.findMany({ where: { id: { in: [...new Set(foreign.map((passage) => passage.articleId))] } }, select: { id: true, text: true } })).map((row) => [row.id, row.text]),
  );
  let copied = 0;
  const bySource = new Map<string, number>();
  for (const [articleId, text] of texts) {
    const spans = foreign.filter((passage) => passage.articleId === articleId).sort((a, b) => a.start - b.start);
    let end = -1;
    for (const span of spans) {
      const start = Math.max(span.start, end);
      if (span.end <= start) continue;
      const count = countWords(text.slice(start, span.end));
      copied += count;
      const source = span.sourceArticle.outlet?.name ?? "unknown outlet";
      bySource.set(source, (bySource.get(source) ?? 0) + count);
      end = span.end;
    }
  }
  const sources = [...bySource].map(([outlet, count]) => ({ outlet, words: count })).sort((a, b) => b.words - a.words || a.outlet.localeCompare(b.outlet));
  // a passage cut mid-word can count one word more than the article has
  return { copied: Math.min(copied, words), words, sources };
}
