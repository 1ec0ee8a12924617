// Event signatures of the evaluation articles, built once per run: building them (lib/nlp +
// lib/claims) costs far more than grouping, and tuning regroups the same articles many times.

import { buildEventSignature } from "../../lib/events/build-event-signature.ts";
import { renderFrenchArticles } from "../../lib/events/render-french.ts";
import type { EventSignature } from "../../lib/events/types.ts";
import type { EvalArticle } from "./events-data.ts";

export function articleSignatures(articles: EvalArticle[]): Map<string, EventSignature> {
  // French articles get their English rendering as the stored path gives them (one Apertium run for all)
  const renderings = renderFrenchArticles(articles);
  return new Map(
    articles.map((article, index) => [
      article.id,
      buildEventSignature({ id: article.id, text: article.text, headline: article.headline, language: article.language, published: article.published, english: renderings[index] }),
    ]),
  );
}
