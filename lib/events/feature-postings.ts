// The groups carrying one feature in the candidate index, per week of their members' dates and
// for their undated members. At 100,000 articles (bench:events) the index holds about a million
// features, most of them names or rare words met in one group in one week: a Map of weeks and a
// Set per week (~300 bytes empty) for each was the largest part of the grouper's memory, so the
// first week is kept inline, and a short list of groups is a plain array until it grows long.
// Lists keep the order groups were added in, which is the order the index meets candidates in.

export type GroupList = readonly number[] | Set<number>;

/** beyond this many groups a list becomes a Set: a membership test must not scan a long array */
const SHORT_LIST = 8;

export function listSize(list: GroupList): number {
  return list instanceof Set ? list.size : list.length;
}

/** the list with `group` added once; a short list is copied at its exact size (a pushed array reserves 17 slots) */
function withGroup(list: GroupList | null, group: number): GroupList {
  if (!list) return [group];
  if (list instanceof Set) return list.add(group);
  if (list.includes(group)) return list;
  return list.length < SHORT_LIST ? [...list, group] : new Set([...list, group]);
}

/** a list holding these groups in this order */
function listOf(groups: number[]): GroupList {
  return groups.length <= SHORT_LIST ? groups : new Set(groups);
}

export class FeaturePostings {
  private firstWeek = NaN;
  private firstGroups: GroupList | null = null;
  /** the weeks after the first, in the order they were met */
  private laterWeeks: Map<number, GroupList> | null = null;
  undated: GroupList | null = null;

  addDated(week: number, group: number): void {
    if (this.firstGroups === null || this.firstWeek === week) {
      this.firstWeek = week;
      this.firstGroups = withGroup(this.firstGroups, group);
      return;
    }
    this.laterWeeks ??= new Map();
    this.laterWeeks.set(week, withGroup(this.laterWeeks.get(week) ?? null, group));
  }

  addUndated(group: number): void {
    this.undated = withGroup(this.undated, group);
  }

  /** a week's list replaced whole (read back from a store), keeping its place among the weeks; `null`: the undated list */
  replace(week: number | null, groups: number[]): void {
    if (week === null) this.undated = listOf(groups);
    else if (this.firstGroups === null || this.firstWeek === week) {
      this.firstWeek = week;
      this.firstGroups = listOf(groups);
    } else {
      this.laterWeeks ??= new Map();
      this.laterWeeks.set(week, listOf(groups));
    }
  }

  /** the weeks put in this order (those known; any other keeps its place after them) */
  orderWeeks(order: number[]): void {
    const lists = new Map<number, GroupList>();
    for (const week of order) {
      const list = this.week(week);
      if (list) lists.set(week, list);
    }
    if (this.firstGroups && !lists.has(this.firstWeek)) lists.set(this.firstWeek, this.firstGroups);
    for (const [week, list] of this.laterWeeks ?? []) if (!lists.has(week)) lists.set(week, list);
    const [first, ...later] = lists;
    if (!first) return;
    [this.firstWeek, this.firstGroups] = first;
    this.laterWeeks = later.length > 0 ? new Map(later) : null;
  }

  /** the groups of a week (`null`: of the undated list) in order */
  groupsOf(week: number | null): number[] {
    const list = week === null ? this.undated : this.week(week);
    return list ? [...list] : [];
  }

  week(week: number): GroupList | null {
    if (this.firstWeek === week) return this.firstGroups;
    return this.laterWeeks?.get(week) ?? null;
  }

  /** every week's list, in the order the weeks were met */
  allWeeks(): GroupList[] {
    if (!this.firstGroups) return [];
    return this.laterWeeks ? [this.firstGroups, ...this.laterWeeks.values()] : [this.firstGroups];
  }
}
