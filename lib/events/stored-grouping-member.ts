// A group member as the grouper keeps it (CompactSignature), written as text in
// grouping_articles.member when the article is admitted and read back when its event becomes a
// candidate. Before this, each candidate's latest members were read as their whole stored
// signatures (term Maps with labels, a few kilobytes of JSON each), parsed into Maps and made
// compact again, feature by feature through the vocabulary: beside 99,000 stored articles, most of
// an import's time. The compact form holds feature numbers, which are permanent
// (grouping_features), so it reads back as the very arrays compactSignature made: the same
// numbers, weights and ranks, hence the same sums in the same order.
// Numbers travel as JSON: a double's shortest round-trip text reads back as the same double, and
// the column is text on both databases (jsonb would keep a number as numeric, not as written).

import type { CompactSignature, SparseVector } from "./compact-signature.ts";

/** ids, weights, ranks: one part of the member; [] for an empty part */
type StoredVector = [number[], number[], number[]] | [];

interface StoredMember {
  /** language */
  l: string | null;
  /** date window as day numbers [first, last], null when undated */
  w: [number, number] | null;
  /** main event's place and weekday */
  p: string | null;
  d: number | null;
  /** labels: canonical id -> readable name, for explanations naming what the closest member shares */
  b: [string, string][];
  t: StoredVector;
  e: StoredVector;
  y: StoredVector;
  g: StoredVector;
  /** facts' feature numbers, null when the signature predates them */
  f: number[] | null;
}

/** one empty part for every member that has nothing in it (its norm is never read: an empty part does not count) */
const EMPTY: SparseVector = Object.freeze({ ids: new Int32Array(0), weights: new Float64Array(0), ranks: new Int32Array(0), norm: 0, normFrequencies: null, normEpoch: -1 }) as SparseVector;

const vectorToStored = (vector: SparseVector): StoredVector => (vector.ids.length === 0 ? [] : [Array.from(vector.ids), Array.from(vector.weights), Array.from(vector.ranks)]);

function vectorFromStored(stored: StoredVector): SparseVector {
  if (stored.length === 0) return EMPTY;
  const [ids, weights, ranks] = stored;
  if (ids.length !== weights.length || ids.length !== ranks.length) throw new Error("a stored grouping member has a part whose arrays differ in length");
  return { ids: Int32Array.from(ids), weights: Float64Array.from(weights), ranks: Int32Array.from(ranks), norm: 0, normFrequencies: null, normEpoch: -1 };
}

export function memberToText(member: CompactSignature): string {
  const stored: StoredMember = {
    l: member.language,
    w: member.window && [member.window.first, member.window.last],
    p: member.eventPlace,
    d: member.eventWeekday,
    b: [...member.labels],
    t: vectorToStored(member.terms),
    e: vectorToStored(member.entities),
    y: vectorToStored(member.days),
    g: vectorToStored(member.englishTerms),
    f: member.facts && Array.from(member.facts),
  };
  return JSON.stringify(stored);
}

/** The member as compactSignature made it when its article was admitted; its id is the article's. */
export function memberFromText(text: string, articleId: string): CompactSignature {
  const stored = JSON.parse(text) as StoredMember;
  return {
    id: articleId,
    language: stored.l,
    window: stored.w && { first: stored.w[0], last: stored.w[1] },
    eventPlace: stored.p,
    eventWeekday: stored.d,
    labels: new Map(stored.b),
    terms: vectorFromStored(stored.t),
    entities: vectorFromStored(stored.e),
    days: vectorFromStored(stored.y),
    englishTerms: vectorFromStored(stored.g),
    facts: stored.f && Int32Array.from(stored.f),
  };
}

/** every feature number the member carries, each part in turn (repeats possible) */
export function memberFeatureIds(member: CompactSignature): number[] {
  const ids: number[] = [];
  for (const part of [member.terms, member.entities, member.days, member.englishTerms]) for (let index = 0; index < part.ids.length; index++) ids.push(part.ids[index]!);
  if (member.facts) for (let index = 0; index < member.facts.length; index++) ids.push(member.facts[index]!);
  return ids;
}
