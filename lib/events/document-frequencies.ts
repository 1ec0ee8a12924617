// Running document frequencies for TF-IDF: the grouper sees articles one at a time, so a term's
// rarity is measured against the articles seen so far, not a fixed background corpus. Terms and
// entity ids share one table (entity ids carry a prefix, so they never collide with a stem).

/** the growth of the corpus after which idf values are read afresh */
const REFRESH_SHARE = 0.01;

export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private total = 0;
  /**
   * idf values read since the last refresh. Refreshing on every article made the logarithms most of
   * the grouping time at 10,000 articles; a feature's idf moves by under 1% while the corpus grows
   * by 1%, so the table is refreshed when it has grown by that much (after every article while it is
   * under a hundred, where one article does move the values).
   */
  private readonly cache = new Map<string, number>();
  private refreshAt = 0;
  private generation = 0;

  /** count one document's features once each */
  add(features: Iterable<string>): void {
    this.total += 1;
    if (this.total >= this.refreshAt) {
      this.cache.clear();
      this.generation += 1;
      this.refreshAt = Math.max(this.total + 1, Math.ceil(this.total * (1 + REFRESH_SHARE)));
    }
    for (const feature of new Set(features)) this.counts.set(feature, (this.counts.get(feature) ?? 0) + 1);
  }

  get documents(): number {
    return this.total;
  }

  /** changes whenever cached idf values were dropped: what caches built on idf values key on */
  get epoch(): number {
    return this.generation;
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
