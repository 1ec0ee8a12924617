// SemEval-2022 Task 8: does our same-event score follow the human "overall" rating (1 = very
// similar … 4 = very dissimilar)? The document frequencies come from every text of the pairs
// scored, as the grouper's running frequencies would after reading them.

import { buildEventSignature } from "../../lib/events/build-event-signature.ts";
import { DocumentFrequencies } from "../../lib/events/document-frequencies.ts";
import type { EventsConfig } from "../../lib/events/events-config.ts";
import { entityFeatures } from "../../lib/events/compact-signature.ts";
import { scoreSimilarity } from "../../lib/events/score-similarity.ts";
import type { EventSignature } from "../../lib/events/types.ts";
import type { EvalPair } from "./events-data.ts";
import { pearson } from "./events-metrics.ts";

export function semevalSignatures(pairs: EvalPair[]): [EventSignature, EventSignature][] {
  return pairs.map((pair) => [0, 1].map((side) => buildEventSignature({ id: `${pair.id}:${side}`, text: pair.texts[side]!, headline: null, language: pair.language[side]!, published: null })) as [EventSignature, EventSignature]);
}

/** our same-event score of every pair, with document frequencies over all the texts */
export function semevalScores(signatures: [EventSignature, EventSignature][], config: EventsConfig): number[] {
  const frequencies = new DocumentFrequencies();
  for (const signature of signatures.flat()) frequencies.add([...signature.terms.keys(), ...entityFeatures(signature, config).keys()]);
  return signatures.map(([a, b]) => scoreSimilarity(a, b, { frequencies, config }));
}

/** Pearson of the score with the negated rating, so that a positive figure means agreement; `only` picks some pairs */
export function semevalCorrelation(pairs: EvalPair[], signatures: [EventSignature, EventSignature][], config: EventsConfig, only?: number[]): number {
  const scores = semevalScores(signatures, config);
  const indexes = only ?? pairs.map((_, index) => index);
  return pearson(indexes.map((index) => scores[index]!), indexes.map((index) => -pairs[index]!.overall));
}
