// Running document frequencies for TF-IDF: the grouper sees articles one at a time, so a term's
// rarity is measured against the articles seen so far, not a fixed background corpus. Terms and
// entity ids share one table (entity ids carry a prefix, so they never collide with a stem).
// Features are numbered by a FeatureVocabulary and counted in typed arrays: at 100,000 articles
// (bench:events) Maps keyed by millions of strings were a fifth of the grouping time and much of
// its memory.
// An idf value is a function of the counts at the moment it is read, nothing else (issue 16): the
// stored grouping path reads the counts back from the database (grouping_features) and must find
// the value a grouper that saw every article would find. An earlier cache refreshed values once the
// corpus had grown by 1%, so a value depended on when it was first read: on which groups earlier
// articles had been compared with, which no stored state can tell. Speed comes instead from a table
// of logarithms of whole numbers: idf = log(N + 1) - log(df + 1) + 1, two reads and no Math.log.

import { FeatureVocabulary } from "./feature-vocabulary.ts";

export class DocumentFrequencies {
  readonly vocabulary: FeatureVocabulary;
  private counts = new Int32Array(1024);
  private total: number;
  /** the last document each feature was counted for: a feature counts once per document */
  private countedIn = new Int32Array(1024);
  /** log(n) for n below `logsKnown` */
  private logs = new Float64Array(1024);
  private logsKnown = 0;

  /** `documents`: articles counted before (the stored path's), whose counts come through `seed` */
  constructor(vocabulary: FeatureVocabulary = new FeatureVocabulary(), documents = 0) {
    this.vocabulary = vocabulary;
    this.total = documents;
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

  /**
   * What `read` returns once one more document with these features is counted, the counts left as
   * they were: the stored grouping path asks for an article's candidates (read with the counts
   * that include it) before the article is admitted.
   */
  whileCounting<T>(lists: ArrayLike<number>[], read: () => T): T {
    const ids = new Set<number>();
    for (const list of lists) for (let i = 0; i < list.length; i++) ids.add(list[i]!);
    for (const id of ids) this.reserve(id);
    this.total += 1;
    for (const id of ids) this.counts[id]! += 1;
    try {
      return read();
    } finally {
      this.total -= 1;
      for (const id of ids) this.counts[id]! -= 1;
    }
  }

  /** the count of a feature counted before this object existed (read back from the database) */
  seed(id: number, documents: number): void {
    this.reserve(id);
    this.counts[id] = documents;
  }

  countOf(id: number): number {
    return id < this.counts.length ? this.counts[id]! : 0;
  }

  get documents(): number {
    return this.total;
  }

  /** changes whenever an idf value may have: what caches built on idf values (norms) key on */
  get epoch(): number {
    return this.total;
  }

  /** smoothed inverse document frequency, as scikit-learn's: never zero, so a word every article uses still counts a little */
  idf(feature: string): number {
    return this.idfOf(this.vocabulary.id(feature));
  }

  /** the same, for a feature numbered by `vocabulary` */
  idfOf(id: number): number {
    return this.log(this.total + 1) - this.log(this.countOf(id) + 1) + 1;
  }

  private log(n: number): number {
    if (n >= this.logsKnown) {
      if (n >= this.logs.length) {
        const larger = new Float64Array(Math.max(n + 1, this.logs.length * 2));
        larger.set(this.logs);
        this.logs = larger;
      }
      for (let k = this.logsKnown; k <= n; k++) this.logs[k] = Math.log(k);
      this.logsKnown = n + 1;
    }
    return this.logs[n]!;
  }

  /** room for feature `id` in every table; a new slot has no count */
  private reserve(id: number): void {
    if (id < this.counts.length) return;
    let size = this.counts.length;
    while (size <= id) size *= 2;
    const grow = (array: Int32Array) => {
      const larger = new Int32Array(size);
      larger.set(array);
      return larger;
    };
    this.counts = grow(this.counts);
    this.countedIn = grow(this.countedIn);
  }
}
