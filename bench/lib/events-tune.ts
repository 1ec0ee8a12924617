// Grid search of the grouping thresholds and weights on the dev split. The objective is the mean
// B-cubed F1 of BASIL, RPM2 and AllSides (each set alone, so the largest does not decide for the
// others; the mixed stream is checked for the winner only, as it is mostly their union). The
// related threshold is picked afterwards, for the F1 of RPM2 topic linking (a topic's two events
// linked) against the precision of the related links (both groups on one topic).

import type { EventsConfig } from "../../lib/events/events-config.ts";
import type { EventSignature } from "../../lib/events/types.ts";
import type { EvalArticle, EvalPair } from "./events-data.ts";
import { runGrouping } from "./events-run.ts";
import { semevalCorrelation } from "./events-semeval.ts";

interface NamedSet {
  name: string;
  articles: EvalArticle[];
}

const range = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, index) => Number((from + index * step).toFixed(3)));

const WEIGHTS: EventsConfig["weights"][] = [
  { terms: 1, entities: 0, days: 0 },
  { terms: 0.8, entities: 0.2, days: 0 },
  { terms: 0.7, entities: 0.2, days: 0.1 },
  { terms: 0.6, entities: 0.3, days: 0.1 },
  { terms: 0.5, entities: 0.3, days: 0.2 },
  { terms: 0.5, entities: 0.5, days: 0 },
  { terms: 0.4, entities: 0.4, days: 0.2 },
];

export function tuneOnDev(sets: NamedSet[], signatures: Map<string, EventSignature>, pairs: EvalPair[], pairSignatures: [EventSignature, EventSignature][], base: EventsConfig): void {
  const tuned = sets.filter((set) => set.name !== "mixed");
  const objective = (config: EventsConfig) => {
    const scores = tuned.map((set) => runGrouping(set.articles, signatures, config).bCubed.f1);
    return { mean: scores.reduce((sum, score) => sum + score, 0) / scores.length, scores };
  };
  let best = { config: base, ...objective(base) };
  const consider = (config: EventsConfig) => {
    const result = objective(config);
    if (result.mean > best.mean) {
      best = { config, ...result };
      console.log(`  ${result.mean.toFixed(4)} [${result.scores.map((score) => score.toFixed(3)).join(", ")}] ${describe(config)}`);
    }
  };

  console.log("weights × linkage × join threshold:");
  for (const weights of WEIGHTS) {
    for (const linkageMaxShare of [0, 0.5, 1]) {
      for (const joinThreshold of range(0.2, 0.68, 0.03)) consider({ ...base, weights, linkageMaxShare, joinThreshold });
    }
  }
  console.log("entity weights, dates, finer threshold:");
  for (const entityWeights of [best.config.entityWeights, { participant: 1, place: 1, country: 0.25 }, { participant: 1, place: 0.5, country: 0.5 }, { participant: 1, place: 1, country: 1 }]) {
    for (const dateDecayDays of [3, 7, 14]) {
      for (const dateGraceDays of [1, 3]) {
        for (const joinThreshold of range(best.config.joinThreshold - 0.03, best.config.joinThreshold + 0.03, 0.01)) consider({ ...best.config, entityWeights, dateDecayDays, dateGraceDays, joinThreshold });
      }
    }
  }
  for (const linkageMaxShare of range(0, 1, 0.25)) consider({ ...best.config, linkageMaxShare });

  console.log("related threshold (RPM2 topics linked, related links within one topic):");
  const rpm2 = sets.find((set) => set.name === "rpm2")!;
  let bestRelated = { threshold: best.config.relatedThreshold, f1: -1 };
  for (const relatedThreshold of range(0.02, best.config.joinThreshold, 0.01)) {
    const { linked, pairs: threadPairs, linkPrecision } = runGrouping(rpm2.articles, signatures, { ...best.config, relatedThreshold }).threads;
    const recall = linked / threadPairs;
    const f1 = recall + linkPrecision > 0 ? (2 * recall * linkPrecision) / (recall + linkPrecision) : 0;
    console.log(`  ${relatedThreshold.toFixed(2)}: linked ${(100 * recall).toFixed(1)}%, within one topic ${(100 * linkPrecision).toFixed(1)}%`);
    if (f1 > bestRelated.f1) bestRelated = { threshold: relatedThreshold, f1 };
  }
  const final = { ...best.config, relatedThreshold: bestRelated.threshold };
  const mixed = sets.find((set) => set.name === "mixed");
  if (mixed) console.log(`\nmixed dev stream with the best: F1 ${runGrouping(mixed.articles, signatures, final).bCubed.f1.toFixed(3)}`);
  console.log(`SemEval dev Pearson with the best: ${semevalCorrelation(pairs, pairSignatures, final).toFixed(3)}`);
  console.log(`\nbest on dev (mean F1 ${best.mean.toFixed(4)}):\n${JSON.stringify(final, null, 2)}`);
}

function describe(config: EventsConfig): string {
  const { weights, entityWeights } = config;
  return `join ${config.joinThreshold} link ${config.linkageMaxShare} w ${weights.terms}/${weights.entities}/${weights.days} ent ${entityWeights.participant}/${entityWeights.place}/${entityWeights.country} date ${config.dateGraceDays}+${config.dateDecayDays}`;
}
