// The part of an event signature the grouper compares, as typed arrays of feature numbers: key
// terms, entities and named days become sorted ids with their weights, dates become day numbers.
// A group keeps this for each member rather than the signature's Maps of strings: at 100,000
// articles (bench:events) those Maps, and the idf-weighted copies rebuilt from them, took most of
// the memory (5.5 GB) and a large share of the time (hashing strings, garbage collection).

import { dayWindow, type DayWindow } from "./date-window.ts";
import type { DocumentFrequencies } from "./document-frequencies.ts";
import type { EventsConfig } from "./events-config.ts";
import type { FeatureVocabulary } from "./feature-vocabulary.ts";
import type { EventSignature } from "./types.ts";

export interface SparseVector {
  /** feature numbers, ascending, so that two vectors are compared by one merge */
  ids: Int32Array;
  weights: Float64Array;
  /** each feature's position in the signature's own order: an explanation lists equal contributions in that order */
  ranks: Int32Array;
  /** the idf-weighted norm, the document frequencies and the idf epoch it was worked out with */
  norm: number;
  normFrequencies: DocumentFrequencies | null;
  normEpoch: number;
}

export interface CompactSignature {
  id: string;
  language: string | null;
  /** the date window as day numbers, null when undated */
  window: DayWindow | null;
  eventPlace: string | null;
  eventWeekday: number | null;
  /** canonical id -> readable name, the signature's own: explanations name shared entities */
  labels: Map<string, string>;
  terms: SparseVector;
  /** "participant:…", "place:…", "country:…" ids, weighted by kind */
  entities: SparseVector;
  /** "day:--07-02", each weighing 1 */
  days: SparseVector;
  /** a French article's English-facing terms (EventSignature.englishTerms), empty otherwise */
  englishTerms: SparseVector;
  /** the feature numbers of its distinctive facts (EventSignature.facts), ascending; null when the signature predates them */
  facts: Int32Array | null;
}

export const DAY_PREFIX = "day:";
export const FACT_PREFIX = "fact:";
/** key terms that are people's surname keys rather than stems ("name~hashem") */
export const NAME_KEY_PREFIX = "name~";

/** whether two articles share a distinctive fact; true when either signature predates facts (nothing to go on, no gate) */
export function shareFact(a: CompactSignature, b: CompactSignature): boolean {
  if (!a.facts || !b.facts) return true;
  let i = 0;
  let j = 0;
  while (i < a.facts.length && j < b.facts.length) {
    if (a.facts[i]! < b.facts[j]!) i++;
    else if (a.facts[i]! > b.facts[j]!) j++;
    else return true;
  }
  return false;
}

/** entity features carry their kind as a prefix: one document-frequency table serves terms and ids */
export function entityFeatures(signature: EventSignature, config: EventsConfig): Map<string, number> {
  const vector = new Map<string, number>();
  const { participant, place, country } = config.entityWeights;
  for (const id of signature.participants) vector.set(`participant:${id}`, participant);
  for (const id of signature.places) vector.set(`place:${id}`, place);
  for (const id of signature.countries) vector.set(`country:${id}`, country);
  return vector;
}

export function compactSignature(signature: EventSignature, vocabulary: FeatureVocabulary, config: EventsConfig): CompactSignature {
  return {
    id: signature.id,
    language: signature.language,
    window: signature.window && dayWindow(signature.window),
    eventPlace: signature.eventPlace,
    eventWeekday: signature.eventWeekday,
    labels: signature.labels,
    terms: sparseVector(signature.terms, vocabulary),
    entities: sparseVector(entityFeatures(signature, config), vocabulary),
    days: sparseVector(new Map(signature.days.map((day) => [`${DAY_PREFIX}${day}`, 1])), vocabulary),
    englishTerms: signature.englishTerms ? sparseVector(signature.englishTerms, vocabulary) : EMPTY,
    facts: signature.facts ? Int32Array.from(new Set(signature.facts.map((fact) => vocabulary.id(`${FACT_PREFIX}${fact}`)))).sort() : null,
  };
}

/**
 * One vector for every empty part (most articles name no day): no three empty typed arrays per
 * member. Its norm is never read, as a part counts only when both vectors have features.
 */
const EMPTY: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0), ranks: new Int32Array(0), norm: 0, normFrequencies: null, normEpoch: -1 };

/**
 * Features are sorted by number through one numeric sort of keys packing the number and the
 * position (number × RANK_SPAN + position, exact below 2^53 for numbers under 2^31): a sort with
 * a comparator was a tenth of the time spent making 100,000 signatures compact. An article has
 * far fewer than two million distinct terms.
 */
const RANK_SPAN = 2 ** 21;

function sparseVector(entries: Map<string, number>, vocabulary: FeatureVocabulary): SparseVector {
  const size = entries.size;
  if (size === 0) return EMPTY;
  const keys = new Float64Array(size);
  const weightsInOrder = new Float64Array(size);
  let position = 0;
  for (const [feature, weight] of entries) {
    keys[position] = vocabulary.id(feature) * RANK_SPAN + position;
    weightsInOrder[position] = weight;
    position++;
  }
  keys.sort();
  const ids = new Int32Array(size);
  const weights = new Float64Array(size);
  const ranks = new Int32Array(size);
  for (let index = 0; index < size; index++) {
    const rank = keys[index]! % RANK_SPAN;
    ids[index] = (keys[index]! - rank) / RANK_SPAN;
    weights[index] = weightsInOrder[rank]!;
    ranks[index] = rank;
  }
  return { ids, weights, ranks, norm: 0, normFrequencies: null, normEpoch: -1 };
}
