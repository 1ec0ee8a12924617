// Online, incremental grouping of articles into real-world events (issue 5). Each new article is
// compared only with the groups an inverted index finds through a shared entity, place, named day
// or key term and whose dates are not too far off; it joins the best group scoring at least
// `joinThreshold`, or starts a new one. Other groups scoring at least `relatedThreshold` are linked
// as related: the same story thread, a different event. A group's score mixes the mean and the
// best of its members' scores: the mean keeps one loose member from pulling in a neighbour
// event (chaining), the best lets a short dispatch join a group of long ones.
// Reviewer decisions win over scores: a pinned article goes to its group, and a forbidden pair
// ("a|b") never shares one.

import { CandidateIndex, type CandidateLookup } from "./candidate-index.ts";
import { compactSignature, DAY_PREFIX, entityFeatures, NAME_KEY_PREFIX, shareFact, type CompactSignature, type SparseVector } from "./compact-signature.ts";
import { DocumentFrequencies } from "./document-frequencies.ts";
import { loadEventsConfig, type EventsConfig } from "./events-config.ts";
import { compareCompact, type Comparison } from "./score-similarity.ts";
import { isoWindow } from "./date-window.ts";
import type { EventSignature, GroupingExplanation, GroupingResult } from "./types.ts";

export interface EventGrouperOptions {
  config?: EventsConfig;
  /** article id -> the group a reviewer put it in */
  pinned?: Map<string, string>;
  /** "a|b": two articles a reviewer split apart, in either order */
  forbidden?: Set<string>;
  /** ids for new groups (the database's, when grouping stored articles); `event-N` otherwise */
  newGroupId?: () => string;
  /** where the grouper keeps what it knows; a fresh, empty state in memory when absent */
  state?: GrouperState;
}

/**
 * What the grouper knows of the articles it saw, and all it reads to decide: document
 * frequencies, the candidate index, and each group's members. The stored grouping path
 * (stored-grouping.ts) hands in a state it fills from the database with the part the next
 * article needs (the groups its candidate lookup finds, with their latest members), before each
 * article: a grouper deciding from it decides as one that saw every article.
 */
export interface GrouperState {
  frequencies: DocumentFrequencies;
  index: CandidateFinder;
  /** groups by id; one the index names must be here, with at least its latest MAX_MEMBERS_COMPARED members */
  groups: Map<string, GroupState>;
}

export interface CandidateFinder {
  add(groupId: string, features: string[], window: EventSignature["window"]): void;
  lookup(lookup: CandidateLookup): string[];
}

export interface EventGroup {
  id: string;
  articleIds: string[];
  related: string[];
}

export interface EventGrouper {
  /** decide where a new article goes, and why */
  add(signature: EventSignature): GroupingResult;
  /** put back an article where an earlier run (or a reviewer) placed it, deciding nothing */
  restore(signature: EventSignature, groupId: string): void;
  /** the features a new article would be looked up and indexed under, deciding and changing nothing */
  indexFeatures(signature: EventSignature): string[];
  /** the candidate groups `add` would score, deciding and changing nothing */
  candidates(signature: EventSignature): string[];
  /** put back a related link between two groups */
  link(groupA: string, groupB: string): void;
  groups(): EventGroup[];
}

export interface GroupState {
  id: string;
  /** compact, not the signatures: their Maps of strings would hold gigabytes at 100,000 articles */
  members: CompactSignature[];
  related: Set<string>;
}

interface Candidate {
  group: GroupState;
  score: number;
  /** false when the article or the members compared lack a date and none of them shares a distinctive fact with it: it may be related, never joined */
  evidenced: boolean;
  closest: CompactSignature;
  comparison: Comparison;
}

/** groups further apart than this many decay lengths past the grace period score under 0.3% */
const DATE_CUTOFF_DECAYS = 6;
const EXPLAINED_TERMS = 8;
/**
 * A group's score is the mean over its latest members, at most this many: an event reported by
 * dozens of articles (or an undated story that keeps drawing articles) would otherwise make each
 * new article cost as many comparisons as the group has members. Chosen on the dev split with
 * bench:events: 5 instead of 20 halves the grouping time at 10,000 articles (5.5 -> 2.5 ms) for
 * -0.008 mixed-stream F1 on dev (0.891 -> 0.883), BASIL, RPM2 and AllSides unchanged.
 */
export const MAX_MEMBERS_COMPARED = 5;

/** days past which a group's dated members no longer make it a candidate: scoring would drop it anyway */
export function candidateReachDays(config: EventsConfig): number {
  return config.dateGraceDays + DATE_CUTOFF_DECAYS * config.dateDecayDays;
}

export function createEventGrouper(options: EventGrouperOptions = {}): EventGrouper {
  const config = options.config ?? loadEventsConfig();
  const pinned = options.pinned ?? new Map<string, string>();
  const forbidden = options.forbidden ?? new Set<string>();
  const reservedIds = new Set(pinned.values());
  const { frequencies, groups, index } = options.state ?? { frequencies: new DocumentFrequencies(), groups: new Map<string, GroupState>(), index: new CandidateIndex({ maxGapDays: candidateReachDays(config) }) };
  let nextNumber = 1;

  const newGroupId =
    options.newGroupId ??
    (() => {
      let id = `event-${nextNumber++}`;
      while (groups.has(id) || reservedIds.has(id)) id = `event-${nextNumber++}`;
      return id;
    });
  const groupState = (id: string): GroupState => {
    let group = groups.get(id);
    if (!group) {
      group = { id, members: [], related: new Set() };
      groups.set(id, group);
    }
    return group;
  };
  const isForbidden = (a: string, b: string) => forbidden.has(`${a}|${b}`) || forbidden.has(`${b}|${a}`);

  /** the stored path asks for an article's features and candidates before adding it: it is made compact once */
  let compacted: { signature: EventSignature; compact: CompactSignature } | null = null;
  function compactOf(signature: EventSignature): CompactSignature {
    if (compacted?.signature !== signature) compacted = { signature, compact: compactSignature(signature, frequencies.vocabulary, config) };
    return compacted.compact;
  }

  /** the article's entities, named days and heaviest key terms: what the candidate index is keyed on */
  function lookupFeatures(signature: EventSignature, compact: CompactSignature): string[] {
    // a French article with an English rendering is looked up by its English-facing terms too (its own stems are among them)
    const terms = compact.englishTerms.ids.length > 0 ? compact.englishTerms : compact.terms;
    // heaviest first, ties in the signature's own order
    const heaviest = Array.from(terms.ids, (id, index) => ({ id, value: terms.weights[index]! * frequencies.idfOf(id), rank: terms.ranks[index]! }))
      .sort((a, b) => b.value - a.value || a.rank - b.rank)
      .slice(0, config.candidateTerms * (terms === compact.terms ? 1 : 2))
      .map(({ id }) => frequencies.vocabulary.name(id));
    return [...entityFeatures(signature, config).keys(), ...signature.days.map((day) => `${DAY_PREFIX}${day}`), ...heaviest];
  }

  /** the new article as the grouper keeps it, its features counted in the document frequencies */
  function admit(signature: EventSignature): { compact: CompactSignature; features: string[] } {
    const compact = compactOf(signature);
    // the index features take the idf values from before the article is counted
    const features = lookupFeatures(signature, compact);
    frequencies.addIds(...countedIds(compact));
    return { compact, features };
  }

  /** the features an article counts for in the document frequencies (named days and facts do not) */
  function countedIds(compact: CompactSignature): ArrayLike<number>[] {
    // an English word of a French article's rendering counts as the English articles' words do (its own stems are among them)
    return [compact.englishTerms.ids.length > 0 ? compact.englishTerms.ids : compact.terms.ids, compact.entities.ids];
  }

  function scoreGroup(signature: CompactSignature, group: GroupState): Candidate | null {
    let best: { member: CompactSignature; comparison: Comparison } | null = null;
    let sum = 0;
    let evidenced = false;
    const compared = recentMembers(group);
    for (const member of compared) {
      const comparison = compareCompact(signature, member, { frequencies, config, explain: false });
      sum += comparison.score;
      if (!best || comparison.score > best.comparison.score) best = { member, comparison };
      // dated on both sides, the dates vouch; else a shared figure, name or day must (issue 16: undated is not "any date")
      if (!evidenced) evidenced = (signature.window !== null && member.window !== null) || !config.undatedNeedsFact || shareFact(signature, member);
    }
    if (!best) return null;
    if (best.comparison.dateGapDays !== null && best.comparison.dateGapDays > candidateReachDays(config)) return null;
    const mean = sum / compared.length;
    const score = (1 - config.linkageMaxShare) * mean + config.linkageMaxShare * best.comparison.score;
    return { group, score, evidenced, closest: best.member, comparison: best.comparison };
  }

  /** groups sharing the rarest features first; only the best few are scored in full */
  function findCandidates(signature: EventSignature, features: string[]): string[] {
    return index.lookup({ features, window: signature.window, weight: (feature) => frequencies.idf(feature), limit: config.maxCandidates });
  }

  function indexFeatures(signature: EventSignature): string[] {
    return lookupFeatures(signature, compactOf(signature));
  }

  /** findCandidates as `add` calls it: with the article counted in the document frequencies */
  function previewCandidates(signature: EventSignature): string[] {
    const compact = compactOf(signature);
    const features = lookupFeatures(signature, compact);
    return frequencies.whileCounting(countedIds(compact), () => findCandidates(signature, features));
  }

  function add(signature: EventSignature): GroupingResult {
    const { compact, features } = admit(signature);
    const candidateIds = findCandidates(signature, features);
    const { signature: scored, cast } = withoutStandingCast(compact, candidateIds.map((id) => groups.get(id)!), compact.window ? 0 : config.castDiscount, config.castMinMembers);
    const candidates = candidateIds
      .map((id) => scoreGroup(scored, groups.get(id)!))
      .filter((candidate): candidate is Candidate => candidate !== null)
      .sort((a, b) => b.score - a.score);
    const joinable = (candidate: Candidate) => !candidate.group.members.some((member) => isForbidden(signature.id, member.id));

    const pinnedId = pinned.get(signature.id);
    let chosen: Candidate | null = null;
    let decidedBy: GroupingExplanation["decidedBy"];
    if (pinnedId !== undefined) {
      chosen = candidates.find((candidate) => candidate.group.id === pinnedId) ?? null;
      decidedBy = "pinned";
    } else {
      chosen = candidates.find((candidate) => candidate.score >= config.joinThreshold && candidate.evidenced && joinable(candidate)) ?? null;
      decidedBy = chosen ? "score" : "new-group";
    }

    const existing = chosen?.group ?? (pinnedId !== undefined ? groups.get(pinnedId) : undefined);
    const joined = existing !== undefined;
    const group = existing ?? groupState(pinnedId ?? newGroupId());
    group.members.push(compact);
    index.add(group.id, features, signature.window);

    const related = candidates.filter((candidate) => candidate.group !== group && candidate.score >= config.relatedThreshold).map((candidate) => candidate.group.id);
    for (const id of related) {
      group.related.add(id);
      groups.get(id)!.related.add(group.id);
    }

    // a pinned article is explained by its own group only: another group's evidence would mislead
    const explained = pinnedId !== undefined ? chosen : (chosen ?? candidates[0] ?? null);
    return {
      groupId: group.id,
      score: chosen?.score ?? 0,
      joined,
      related,
      // scoring skipped the lists of shared features; the one comparison explained gets them
      explanation: explain(signature, compact, explained && { ...explained, comparison: compareCompact(scored, explained.closest, { frequencies, config }) }, decidedBy, (feature) => cast.has(frequencies.vocabulary.id(feature))),
    };
  }

  function restore(signature: EventSignature, groupId: string): void {
    const { compact, features } = admit(signature);
    groupState(groupId).members.push(compact);
    index.add(groupId, features, signature.window);
  }

  function link(groupA: string, groupB: string): void {
    if (groupA === groupB) return;
    groupState(groupA).related.add(groupB);
    groupState(groupB).related.add(groupA);
  }

  return {
    add,
    indexFeatures,
    candidates: previewCandidates,
    restore,
    link,
    groups: () => [...groups.values()].map((group) => ({ id: group.id, articleIds: group.members.map((member) => member.id), related: [...group.related] })),
  };
}

/** the members a group is scored on: its latest MAX_MEMBERS_COMPARED */
function recentMembers(group: GroupState): CompactSignature[] {
  return group.members.length > MAX_MEMBERS_COMPARED ? group.members.slice(-MAX_MEMBERS_COMPARED) : group.members;
}

/**
 * The new article as it is compared with its candidate groups: each term and entity weighed down
 * by how many of those groups carry it. What every group of a long-running story names (the
 * countries, the body that meets, its seat) tells none of them apart; what only one group shares
 * with the article (who is new, the figures, the chair) decides. Learnt from the groups at hand,
 * not from a list. Only established groups (castMinMembers or more) count as other events.
 */
function withoutStandingCast(signature: CompactSignature, groups: GroupState[], discount: number, minMembers: number): { signature: CompactSignature; cast: Set<number> } {
  const cast = new Set<number>();
  // a group of one or two may be a stray piece of the article's own event, not another event of its story
  groups = groups.filter((group) => group.members.length >= minMembers);
  if (discount <= 0 || groups.length < 2) return { signature, cast };
  const recent = groups.map(recentMembers);
  const reweigh = (vector: SparseVector, part: (member: CompactSignature) => SparseVector): SparseVector => {
    if (vector.ids.length === 0) return vector;
    const carriers = new Uint16Array(vector.ids.length);
    for (const members of recent) {
      const seen = new Uint8Array(vector.ids.length);
      for (const member of members) markShared(vector.ids, part(member).ids, seen);
      for (let index = 0; index < seen.length; index++) carriers[index]! += seen[index]!;
    }
    for (let index = 0; index < carriers.length; index++) if (carriers[index]! > 1) cast.add(vector.ids[index]!);
    const weights = Float64Array.from(vector.weights, (weight, index) => (carriers[index]! > 1 ? weight / (1 + discount * (carriers[index]! - 1)) : weight));
    return { ...vector, weights, norm: 0, normFrequencies: null, normEpoch: -1 };
  };
  return { signature: { ...signature, terms: reweigh(signature.terms, (member) => member.terms), entities: reweigh(signature.entities, (member) => member.entities) }, cast };
}

/** sets seen[i] for each id of `ids` that `other` (sorted too) holds */
function markShared(ids: Int32Array, other: Int32Array, seen: Uint8Array): void {
  let i = 0;
  let j = 0;
  while (i < ids.length && j < other.length) {
    if (ids[i]! < other[j]!) i++;
    else if (ids[i]! > other[j]!) j++;
    else {
      seen[i] = 1;
      i++;
      j++;
    }
  }
}

/** readable names of what the two closest articles share and what tells them apart; for a new group, of its nearest candidate */
function explain(
  signature: EventSignature,
  compact: CompactSignature,
  candidate: Candidate | null,
  decidedBy: GroupingExplanation["decidedBy"],
  inStandingCast: (feature: string) => boolean,
): GroupingExplanation {
  if (!candidate) {
    return {
      score: 0,
      parts: { terms: 0, entities: 0, days: 0, date: 1, conflict: 1 },
      closestArticleId: null,
      sharedParticipants: [],
      sharedPlaces: [],
      sharedCountries: [],
      sharedDays: [],
      sharedTerms: [],
      dateGapDays: null,
      decidedBy,
    };
  }
  const { comparison, closest } = candidate;
  const label = (id: string) => signature.labels.get(id) ?? closest.labels.get(id) ?? id;
  const named = (prefix: string) => comparison.sharedEntities.filter((feature) => feature.startsWith(prefix)).map((feature) => label(feature.slice(prefix.length)));
  const places: [string, string] | null = compact.eventPlace && closest.eventPlace && compact.eventPlace !== closest.eventPlace ? [label(compact.eventPlace), label(closest.eventPlace)] : null;
  const weekdays: [number, number] | null = compact.eventWeekday !== null && closest.eventWeekday !== null && compact.eventWeekday !== closest.eventWeekday ? [compact.eventWeekday, closest.eventWeekday] : null;
  const standingCast = comparison.sharedEntities
    .filter(inStandingCast)
    .map((feature) => label(feature.slice(feature.indexOf(":") + 1)));
  return {
    score: candidate.score,
    parts: comparison.parts,
    closestArticleId: closest.id,
    sharedParticipants: named("participant:"),
    sharedPlaces: named("place:"),
    sharedCountries: named("country:"),
    sharedDays: comparison.sharedDays,
    sharedTerms: comparison.sharedTerms
      .filter((term) => !term.startsWith(NAME_KEY_PREFIX))
      .slice(0, EXPLAINED_TERMS)
      .map((term) => signature.termLabels.get(term) ?? term),
    sharedNames: comparison.sharedTerms.filter((term) => term.startsWith(NAME_KEY_PREFIX)).map((term) => signature.termLabels.get(term) ?? term.slice(NAME_KEY_PREFIX.length)),
    dateGapDays: comparison.dateGapDays,
    decidedBy,
    contrast: { article: signature.window, closest: closest.window && isoWindow(closest.window), places, weekdays, standingCast, evidenced: candidate.evidenced },
  };
}
