// Numbers for the features the grouper compares (stems, prefixed entity ids, named days), so that
// signatures are kept as typed arrays and compared by merging sorted ids instead of looking up
// strings in Maps: what lets 100,000 articles be grouped in a few hundred megabytes.
// Numbers are given in the order features are first met. The stored grouping path keeps them in
// the database (grouping_features) and hands the few it reads back to `assign`, so a feature has
// the same number in every call and in a replay: sums over features then run in the same order,
// and give the same last bits.

export class FeatureVocabulary {
  private readonly ids = new Map<string, number>();
  /** names of the features numbered here, from `base` on: a dense array (one starting at a high index would be a slow sparse one) */
  private readonly names: string[] = [];
  /** names of features numbered in another call */
  private readonly assigned = new Map<number, string>();
  private readonly base: number;
  private next: number;

  /** `next`: the number the first unseen feature gets (the count of features numbered before) */
  constructor(next = 0) {
    this.base = next;
    this.next = next;
  }

  /** the feature's number, given on first sight */
  id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(feature, id);
      this.names.push(feature);
    }
    return id;
  }

  /** a number given earlier (in another call): kept, never given again */
  assign(feature: string, id: number): void {
    if (id >= this.base) throw new Error(`feature number ${id} is not below ${this.base}: numbers are given in order`);
    this.ids.set(feature, id);
    this.assigned.set(id, feature);
  }

  has(feature: string): boolean {
    return this.ids.has(feature);
  }

  name(id: number): string {
    return id >= this.base ? this.names[id - this.base]! : this.assigned.get(id)!;
  }

  /** the number the next unseen feature gets */
  get size(): number {
    return this.next;
  }
}
