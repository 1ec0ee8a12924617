// Event signatures of the evaluation articles, built once per run: building them (lib/nlp +
// lib/claims) costs far more than grouping, and tuning regroups the same articles many times.

import { buildEventSignature } from "../../lib/events/build-event-signature.ts";
import type { EventSignature } from "../../lib/events/types.ts";
import type { EvalArticle } from "./events-data.ts";

export function articleSignatures(articles: EvalArticle[]): Map<string, EventSignature> {
  return new Map(
    articles.map((article) => [
      article.id,
      buildEventSignature({ id: article.id, text: article.text, headline: article.headline, language: article.language, published: article.published }),
    ]),
  );
}
