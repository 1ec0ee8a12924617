// English renderings of French articles for their event signatures (issue 16, "French ↔
// English"): one Apertium run for a whole batch of articles (lib/nlp/crosslingual), the headline
// and the opening of the text only. Rendering costs ~30k characters/s and a second to start, so it
// happens once per article, when its signature is built and stored, never while grouping.

import { renderEnglish } from "../nlp/crosslingual/render-english.ts";

/**
 * The opening rendered: what tells one event from another is in the headline and the first
 * paragraphs; on the WMT FR+EN stream the first 1,200 characters group as well as the whole text
 * (dev 0.976, test 0.985 against 0.978 / 0.988; eval:crosslang --grouping).
 */
export const RENDERED_LENGTH = 1200;

export interface RenderedArticle {
  headline: string | null;
  text: string;
}

export interface ArticleToRender {
  language: string | null;
  headline: string | null;
  text: string;
}

/** per article, its English rendering when it is French and Apertium answered; null otherwise (callers keep the lexical path) */
export function renderFrenchArticles(articles: ArticleToRender[]): (RenderedArticle | null)[] {
  const french = articles.flatMap((article, index) => (article.language === "fr" ? [index] : []));
  if (french.length === 0) return articles.map(() => null);
  const texts = french.flatMap((index) => [articles[index]!.headline ?? "", opening(articles[index]!.text)]);
  const rendered = renderEnglish(texts, "fr");
  const result: (RenderedArticle | null)[] = articles.map(() => null);
  if (!rendered) return result;
  french.forEach((index, position) => {
    result[index] = { headline: articles[index]!.headline ? rendered[2 * position]! : null, text: rendered[2 * position + 1]! };
  });
  return result;
}

function opening(text: string): string {
  if (text.length <= RENDERED_LENGTH) return text;
  const cut = text.lastIndexOf(" ", RENDERED_LENGTH);
  return text.slice(0, cut > RENDERED_LENGTH / 2 ? cut : RENDERED_LENGTH);
}
