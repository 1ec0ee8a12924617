// One column per outlet. An outlet with several articles in the event shows one of them (the
// reviewer's pick, else its earliest, else its longest) and offers the others; articles with no
// known outlet each get a column of their own, since nothing says they share a source.

import type { CompareArticle, CompareColumn } from "./types.ts";

export interface ChosenColumns {
  columns: CompareColumn[];
  articles: CompareArticle[];
}

/** "outlet:press-tv"; with a scope (the event, when related events are compared side by side) "<scope>/outlet:press-tv" */
export function outletKey(article: CompareArticle, scope?: string): string {
  const key = article.outlet ? `outlet:${article.outlet.slug}` : `article:${article.id}`;
  return scope ? `${scope}/${key}` : key;
}

export function chooseColumns(articles: CompareArticle[], picks: Record<string, string> = {}, scopes: Record<string, string> = {}): ChosenColumns {
  const byOutlet = new Map<string, CompareArticle[]>();
  for (const article of articles) {
    const key = outletKey(article, scopes[article.id]);
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), article]);
  }
  const chosen: { column: CompareColumn; article: CompareArticle }[] = [];
  for (const [key, group] of byOutlet) {
    group.sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || b.text.length - a.text.length || a.id.localeCompare(b.id));
    const pick = group.find((article) => article.id === picks[key]) ?? group[0]!;
    chosen.push({
      article: pick,
      column: {
        key,
        articleId: pick.id,
        outlet: pick.outlet?.name ?? "Unknown outlet",
        outletSlug: pick.outlet?.slug ?? null,
        headline: pick.headline,
        language: pick.language,
        published: pick.published,
        alternatives: group.filter((article) => article !== pick).map((article) => ({ articleId: article.id, headline: article.headline, published: article.published })),
      },
    });
  }
  // earliest first: the first column is usually the first report, which the others are read against
  chosen.sort((a, b) => (a.article.published ?? "9999").localeCompare(b.article.published ?? "9999") || a.column.outlet.localeCompare(b.column.outlet));
  return { columns: chosen.map((entry) => entry.column), articles: chosen.map((entry) => entry.article) };
}
