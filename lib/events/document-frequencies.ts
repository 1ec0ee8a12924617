// Running document frequencies for TF-IDF: the grouper sees articles one at a time, so a term's
// rarity is measured against the articles seen so far, not a fixed background corpus. Terms and
// entity ids share one table (entity ids carry a prefix, so they never collide with a stem).

export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private total = 0;
  /** idf values read since the last add: one grouping step compares many articles with the same table */
  private readonly cache = new Map<string, number>();

  /** count one document's features once each */
  add(features: Iterable<string>): void {
    this.total += 1;
    this.cache.clear();
    for (const feature of new Set(features)) this.counts.set(feature, (this.counts.get(feature) ?? 0) + 1);
  }

  get documents(): number {
    return this.total;
  }

  /** smoothed inverse document frequency, as scikit-learn's: never zero, so a word every article uses still counts a little */
  idf(feature: string): number {
    let value = this.cache.get(feature);
    if (value === undefined) {
      value = Math.log((this.total + 1) / ((this.counts.get(feature) ?? 0) + 1)) + 1;
      this.cache.set(feature, value);
    }
    return value;
  }
}
