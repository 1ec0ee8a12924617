// Running document frequencies for TF-IDF: the grouper sees articles one at a time, so a term's
// rarity is measured against the articles seen so far, not a fixed background corpus. Terms and
// entity ids share one table (entity ids carry a prefix, so they never collide with a stem).
// Features are numbered by a FeatureVocabulary and counted in typed arrays: at 100,000 articles
// (bench:events) Maps keyed by millions of strings were a fifth of the grouping time and much of
// its memory.

import { FeatureVocabulary } from "./feature-vocabulary.ts";

/** the growth of the corpus after which idf values are read afresh */
const REFRESH_SHARE = 0.01;

export class DocumentFrequencies {
  readonly vocabulary: FeatureVocabulary;
  private counts = new Int32Array(1024);
  private total = 0;
  /**
   * idf values read since the last refresh, and the generation each was read in. Refreshing on
   * every article made the logarithms most of the grouping time at 10,000 articles; a feature's
   * idf moves by under 1% while the corpus grows by 1%, so the values are refreshed when it has
   * grown by that much (after every article while it is under a hundred, where one article does
   * move the values). A value is read lazily, from the counts at its first use in a generation.
   */
  private idfValues = new Float64Array(1024);
  private idfGenerations = new Int32Array(1024);
  /** the last document each feature was counted for: a feature counts once per document */
  private countedIn = new Int32Array(1024);
  private refreshAt = 0;
  /** from 1: a slot never read holds generation 0 */
  private generation = 1;

  constructor(vocabulary: FeatureVocabulary = new FeatureVocabulary()) {
    this.vocabulary = vocabulary;
  }

  /** count one document's features once each */
  add(features: Iterable<string>): void {
    const ids: number[] = [];
    for (const feature of features) ids.push(this.vocabulary.id(feature));
    this.addIds(ids);
  }

  /** the same, for features already numbered by `vocabulary` */
  addIds(...lists: ArrayLike<number>[]): void {
    this.total += 1;
    if (this.total >= this.refreshAt) {
      this.generation += 1;
      this.refreshAt = Math.max(this.total + 1, Math.ceil(this.total * (1 + REFRESH_SHARE)));
    }
    for (const ids of lists) {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        this.reserve(id);
        if (this.countedIn[id] === this.total) continue;
        this.countedIn[id] = this.total;
        this.counts[id]! += 1;
      }
    }
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
    return this.idfOf(this.vocabulary.id(feature));
  }

  /** the same, for a feature numbered by `vocabulary` */
  idfOf(id: number): number {
    this.reserve(id);
    if (this.idfGenerations[id] === this.generation) return this.idfValues[id]!;
    const value = Math.log((this.total + 1) / (this.counts[id]! + 1)) + 1;
    this.idfValues[id] = value;
    this.idfGenerations[id] = this.generation;
    return value;
  }

  /** room for feature `id` in every table; a new slot has no count and no idf value read */
  private reserve(id: number): void {
    if (id < this.counts.length) return;
    let size = this.counts.length;
    while (size <= id) size *= 2;
    const grow = <T extends Int32Array | Float64Array>(array: T, make: (size: number) => T): T => {
      const larger = make(size);
      larger.set(array);
      return larger;
    };
    this.counts = grow(this.counts, (n) => new Int32Array(n));
    this.idfValues = grow(this.idfValues, (n) => new Float64Array(n));
    this.idfGenerations = grow(this.idfGenerations, (n) => new Int32Array(n));
    this.countedIn = grow(this.countedIn, (n) => new Int32Array(n));
  }
}
