// The inverted index that finds candidate groups for a new article: feature (entity id, named
// day, key term) -> the groups whose members carry it. A new article is scored in full only
// against the groups sharing the most (idf-weighted) features with it, never against every group.
// At archive scale (bench:events, 100,000 articles) a common word is carried by tens of thousands
// of groups, so postings are kept per week of the member's date window: a dated article looks only
// at the weeks within `maxGapDays` of its own window (the grouper drops farther groups anyway),
// plus the undated groups, which any date may match. A feature thus counts for a group when a
// member carrying it lies within reach: what a member said months earlier does not make a candidate.

import type { DateWindow } from "./types.ts";

export interface CandidateLookup {
  features: string[];
  window: DateWindow | null;
  /** weight of one shared feature: rarer features say more */
  weight: (feature: string) => number;
  limit: number;
}

export interface CandidateIndexOptions {
  /** groups all of whose dated members lie further than this many days from the article are no candidates; no limit when absent */
  maxGapDays?: number;
  /** a feature carried by more groups than this within reach of one lookup is skipped */
  maxPostings?: number;
}

const DAY_MS = 86_400_000;
/** a week: a dated lookup reads at most a few dozen buckets per feature, and a bucket rarely holds groups far outside the reach */
const BUCKET_DAYS = 7;
/**
 * A feature shared with thousands of groups weighs almost nothing (idf near its floor of 1, next to
 * 5–10 for a name) and adds the same little to every one of them, so it cannot reorder the best
 * few; reading its postings would cost more than scoring the candidates. No posting list of the
 * evaluation sets (≤ 1,100 articles) comes near it.
 */
const DEFAULT_MAX_POSTINGS = 2_000;

interface Postings {
  /** week number -> groups with a member whose window touches that week */
  byWeek: Map<number, Set<string>>;
  undated: Set<string>;
}

/** the days a group's dated members span, and whether some member is undated */
interface Extent {
  first: number;
  last: number;
  undated: boolean;
}

const dayNumber = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);

export class CandidateIndex {
  private readonly postings = new Map<string, Postings>();
  private readonly extents = new Map<string, Extent>();
  private readonly maxGapDays: number;
  private readonly maxPostings: number;

  constructor(options: CandidateIndexOptions = {}) {
    this.maxGapDays = options.maxGapDays ?? Infinity;
    this.maxPostings = options.maxPostings ?? DEFAULT_MAX_POSTINGS;
  }

  add(groupId: string, features: string[], window: DateWindow | null): void {
    const span = window && { first: dayNumber(window.from), last: dayNumber(window.to) };
    const extent = this.extents.get(groupId) ?? { first: Infinity, last: -Infinity, undated: false };
    if (span) {
      extent.first = Math.min(extent.first, span.first);
      extent.last = Math.max(extent.last, span.last);
    } else {
      extent.undated = true;
    }
    this.extents.set(groupId, extent);

    for (const feature of features) {
      let postings = this.postings.get(feature);
      if (!postings) {
        postings = { byWeek: new Map(), undated: new Set() };
        this.postings.set(feature, postings);
      }
      if (!span) {
        postings.undated.add(groupId);
        continue;
      }
      for (let week = Math.floor(span.first / BUCKET_DAYS); week <= Math.floor(span.last / BUCKET_DAYS); week++) {
        let ids = postings.byWeek.get(week);
        if (!ids) {
          ids = new Set();
          postings.byWeek.set(week, ids);
        }
        ids.add(groupId);
      }
    }
  }

  /** group ids within reach of the article's dates, most overlapping first, at most `limit` */
  lookup({ features, window, weight, limit }: CandidateLookup): string[] {
    const reach = window && Number.isFinite(this.maxGapDays) ? { first: dayNumber(window.from) - this.maxGapDays, last: dayNumber(window.to) + this.maxGapDays } : null;
    const overlap = new Map<string, number>();
    // a group with members in several weeks is met once per week; it counts once per feature
    const countedFor = new Map<string, number>();
    features.forEach((feature, featureIndex) => {
      const lists = this.listsInReach(feature, reach);
      if (lists.reduce((total, ids) => total + ids.size, 0) > this.maxPostings) return;
      const value = weight(feature);
      for (const ids of lists) {
        for (const id of ids) {
          if (countedFor.get(id) === featureIndex) continue;
          countedFor.set(id, featureIndex);
          overlap.set(id, (overlap.get(id) ?? 0) + value);
        }
      }
    });
    const candidates = [...overlap].filter(([id]) => this.inReach(id, reach));
    return candidates.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
  }

  /** the posting sets of `feature` a lookup reads: the weeks in reach (all when undated) and the undated groups */
  private listsInReach(feature: string, reach: { first: number; last: number } | null): Set<string>[] {
    const postings = this.postings.get(feature);
    if (!postings) return [];
    const lists = [postings.undated];
    if (!reach) return [...lists, ...postings.byWeek.values()];
    for (let week = Math.floor(reach.first / BUCKET_DAYS); week <= Math.floor(reach.last / BUCKET_DAYS); week++) {
      const ids = postings.byWeek.get(week);
      if (ids) lists.push(ids);
    }
    return lists;
  }

  /** a week bucket overshoots the reach by up to six days: the group's own extent decides */
  private inReach(groupId: string, reach: { first: number; last: number } | null): boolean {
    if (!reach) return true;
    const extent = this.extents.get(groupId)!;
    return extent.undated || (extent.last >= reach.first && extent.first <= reach.last);
  }
}
