// Event signatures of the evaluation articles, built once per run: building them (lib/nlp +
// lib/claims) costs far more than grouping, and tuning regroups the same articles many times.

import { buildEventSignatures } from "../../lib/events/build-event-signature.ts";
import type { EventSignature } from "../../lib/events/types.ts";
import type { EvalArticle } from "./events-data.ts";

export function articleSignatures(articles: EvalArticle[]): Map<string, EventSignature> {
  // French articles get their English rendering as the stored path gives them (one Apertium run for all)
  const signatures = buildEventSignatures(articles.map(({ id, text, headline, language, published }) => ({ id, text, headline, language, published })));
  return new Map(signatures.map((signature) => [signature.id, signature]));
}
