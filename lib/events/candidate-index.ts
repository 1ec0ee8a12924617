// The inverted index that finds candidate groups for a new article: feature (entity id, named
// day, key term) -> the groups whose members carry it. A new article is scored in full only
// against the groups sharing the most (idf-weighted) features with it, never against every group.
// At archive scale (bench:events, 100,000 articles) a common word is carried by tens of thousands
// of groups, so postings are kept per week of the member's date window: a dated article looks only
// at the weeks within `maxGapDays` of its own window (the grouper drops farther groups anyway),
// plus the undated groups, which any date may match. A feature thus counts for a group when a
// member carrying it lies within reach: what a member said months earlier does not make a candidate.

import { FeaturePostings, listSize, type GroupList } from "./feature-postings.ts";
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
export const DEFAULT_MAX_POSTINGS = 2_000;

const dayNumber = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);

/** the week buckets a member with this window is posted under; null for an undated member (the undated list) */
export function postingWeeks(window: DateWindow | null): { first: number; last: number; firstDay: number; lastDay: number } | null {
  if (!window) return null;
  const [firstDay, lastDay] = [dayNumber(window.from), dayNumber(window.to)];
  return { first: Math.floor(firstDay / BUCKET_DAYS), last: Math.floor(lastDay / BUCKET_DAYS), firstDay, lastDay };
}

/** the week buckets a lookup with this window reads besides the undated list; null: every week */
export function lookupWeeks(window: DateWindow | null, maxGapDays: number): { first: number; last: number } | null {
  if (!window || !Number.isFinite(maxGapDays)) return null;
  return { first: Math.floor((dayNumber(window.from) - maxGapDays) / BUCKET_DAYS), last: Math.floor((dayNumber(window.to) + maxGapDays) / BUCKET_DAYS) };
}

/** what the index knows of a group besides its postings: the days its dated members span, and whether one is undated */
export interface GroupExtent {
  firstDay: number | null;
  lastDay: number | null;
  undated: boolean;
}

export class CandidateIndex {
  /** feature -> groups with a member carrying it, by week of that member's window; groups are numbered in the order first seen */
  private readonly postings = new Map<string, FeaturePostings>();
  private readonly numbers = new Map<string, number>();
  private readonly groupIds: string[] = [];
  /** the days each group's dated members span, and whether some member is undated */
  private readonly firstDays: number[] = [];
  private readonly lastDays: number[] = [];
  private readonly undated: boolean[] = [];
  private readonly maxGapDays: number;
  private readonly maxPostings: number;
  /** per group: the summed weight of one lookup, and the feature it was last counted for */
  private overlap = new Float64Array(1024);
  private countedFor = new Int32Array(1024);
  /** one stamp per feature read; those of the current lookup are above `lookupStart` */
  private stamp = 0;
  private lookupStart = 0;

  constructor(options: CandidateIndexOptions = {}) {
    this.maxGapDays = options.maxGapDays ?? Infinity;
    this.maxPostings = options.maxPostings ?? DEFAULT_MAX_POSTINGS;
  }

  add(groupId: string, features: string[], window: DateWindow | null): void {
    const span = window && { first: dayNumber(window.from), last: dayNumber(window.to) };
    const group = this.groupNumber(groupId);
    if (span) {
      this.firstDays[group] = Math.min(this.firstDays[group]!, span.first);
      this.lastDays[group] = Math.max(this.lastDays[group]!, span.last);
    } else {
      this.undated[group] = true;
    }

    for (const feature of features) {
      let postings = this.postings.get(feature);
      if (!postings) {
        postings = new FeaturePostings();
        this.postings.set(feature, postings);
      }
      if (!span) {
        postings.addUndated(group);
        continue;
      }
      for (let week = Math.floor(span.first / BUCKET_DAYS); week <= Math.floor(span.last / BUCKET_DAYS); week++) postings.addDated(week, group);
    }
  }

  /**
   * A list read back from a store (the stored grouping path): the groups of `feature` in `week`
   * (`null`: its undated list), in the order the index met them. Groups the list holds already and
   * the store does not (added since the store was read) stay after them.
   */
  loadList(feature: string, week: number | null, groupIds: string[]): void {
    let postings = this.postings.get(feature);
    if (!postings) {
      postings = new FeaturePostings();
      this.postings.set(feature, postings);
    }
    const stored = groupIds.map((id) => this.groupNumber(id));
    const known = new Set(stored);
    postings.replace(week, [...stored, ...postings.groupsOf(week).filter((group) => !known.has(group))]);
  }

  /** the weeks of `feature` in the order the index met them (what a lookup without dates reads them in) */
  orderWeeks(feature: string, weeks: number[]): void {
    this.postings.get(feature)?.orderWeeks(weeks);
  }

  /** what a store knows of a group's extent, merged with what the index saw since */
  mergeExtent(groupId: string, extent: GroupExtent): void {
    const group = this.groupNumber(groupId);
    if (extent.firstDay !== null) this.firstDays[group] = Math.min(this.firstDays[group]!, extent.firstDay);
    if (extent.lastDay !== null) this.lastDays[group] = Math.max(this.lastDays[group]!, extent.lastDay);
    if (extent.undated) this.undated[group] = true;
  }

  /** group ids within reach of the article's dates, most overlapping first (ties in the order first met), at most `limit` */
  lookup({ features, window, weight, limit }: CandidateLookup): string[] {
    const reach = window && Number.isFinite(this.maxGapDays) ? { first: dayNumber(window.from) - this.maxGapDays, last: dayNumber(window.to) + this.maxGapDays } : null;
    const met: number[] = [];
    for (const feature of features) {
      const lists = this.listsInReach(feature, reach);
      if (lists.reduce((total, groups) => total + listSize(groups), 0) > this.maxPostings) continue;
      const value = weight(feature);
      // a group with members in several weeks is met once per week; it counts once per feature
      const stamp = ++this.stamp;
      for (const groups of lists) {
        for (const group of groups) {
          const counted = this.countedFor[group]!;
          if (counted === stamp) continue;
          // a stamp from before this lookup: the group is met for the first time
          if (counted <= this.lookupStart) {
            this.overlap[group] = 0;
            met.push(group);
          }
          this.countedFor[group] = stamp;
          this.overlap[group]! += value;
        }
      }
    }
    this.lookupStart = this.stamp;
    return this.best(met.filter((group) => this.inReach(group, reach)), limit).map((group) => this.groupIds[group]!);
  }

  /** the `limit` groups of highest overlap, as a stable sort would order them, without sorting them all */
  private best(groups: number[], limit: number): number[] {
    const top: number[] = [];
    for (const group of groups) {
      const value = this.overlap[group]!;
      if (top.length === limit && value <= this.overlap[top[top.length - 1]!]!) continue;
      let at = top.length;
      while (at > 0 && this.overlap[top[at - 1]!]! < value) at--;
      top.splice(at, 0, group);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  private groupNumber(groupId: string): number {
    let group = this.numbers.get(groupId);
    if (group === undefined) {
      group = this.groupIds.length;
      this.numbers.set(groupId, group);
      this.groupIds.push(groupId);
      this.firstDays.push(Infinity);
      this.lastDays.push(-Infinity);
      this.undated.push(false);
      if (group >= this.overlap.length) {
        const overlap = new Float64Array(this.overlap.length * 2);
        overlap.set(this.overlap);
        this.overlap = overlap;
        const countedFor = new Int32Array(this.countedFor.length * 2);
        countedFor.set(this.countedFor);
        this.countedFor = countedFor;
      }
    }
    return group;
  }

  /** the posting sets of `feature` a lookup reads: the weeks in reach (all when undated) and the undated groups */
  private listsInReach(feature: string, reach: { first: number; last: number } | null): GroupList[] {
    const postings = this.postings.get(feature);
    if (!postings) return [];
    const lists = postings.undated ? [postings.undated] : [];
    if (!reach) return [...lists, ...postings.allWeeks()];
    for (let week = Math.floor(reach.first / BUCKET_DAYS); week <= Math.floor(reach.last / BUCKET_DAYS); week++) {
      const groups = postings.week(week);
      if (groups) lists.push(groups);
    }
    return lists;
  }

  /** a week bucket overshoots the reach by up to six days: the group's own extent decides */
  private inReach(group: number, reach: { first: number; last: number } | null): boolean {
    if (!reach) return true;
    return this.undated[group]! || (this.lastDays[group]! >= reach.first && this.firstDays[group]! <= reach.last);
  }
}
