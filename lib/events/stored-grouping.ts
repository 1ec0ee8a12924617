// The grouper's state kept in the database (issue 16, "scale of the stored path"): an import no
// longer replays every stored article, it loads what its new articles need. Before each article
// the grouper is handed (GrouperState, group-events.ts) the document frequencies of that article's
// features, the postings of its index features within reach of its dates, and the groups its
// candidate lookup finds with their latest members; it then decides as a grouper that saw every
// stored article in the order they were grouped would (stored-grouping.test.ts checks it decision
// by decision). What the articles add (counts, new features, postings, extents) is written with
// the import's events, in one transaction.
//
// What makes "as a grouper that saw every article" hold:
// - features keep one number each (grouping_features), given in the order first met, so sums
//   over features run in the same order and give the same last bits;
// - idf values depend on the counts alone (document-frequencies.ts);
// - postings are read back in the order they were made (their sequence), which breaks ties;
// - the index features of a stored article were chosen with the idf values of its moment and are
//   kept (grouping_articles.features): a reviewer's move only re-files them under another event.

import type { Db, DbTransaction } from "../db/client.ts";
import { CandidateIndex, DEFAULT_MAX_POSTINGS, lookupWeeks, postingWeeks, type CandidateLookup, type GroupExtent } from "./candidate-index.ts";
import { compactSignature } from "./compact-signature.ts";
import { DocumentFrequencies } from "./document-frequencies.ts";
import type { EventsConfig } from "./events-config.ts";
import { FeatureVocabulary } from "./feature-vocabulary.ts";
import { candidateReachDays, MAX_MEMBERS_COMPARED, type CandidateFinder, type GrouperState, type GroupState } from "./group-events.ts";
import { GroupingConflict } from "./grouping-generation.ts";
import {
  countPostingsByWeek,
  insertGroupingArticles,
  insertPostings,
  selectExtents,
  selectFeatures,
  selectLatestMembers,
  selectPostingLists,
  UNDATED_WEEK,
  upsertExtents,
  upsertFeatures,
  type GroupingArticleRow,
  type PostingRow,
} from "./grouping-state-statements.ts";
import { signatureFromJson } from "./signature-json.ts";
import type { EventSignature } from "./types.ts";

/** the state row as read: what the next write must find unchanged (epoch) and where numbering goes on */
export interface StoredStateRow {
  epoch: number;
  documents: number;
  nextFeatureId: number;
  nextSequence: number;
}

/** The stored state raised or contradicted itself (a member with an unknown feature): rebuild it. */
export class StaleGroupingState extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StaleGroupingState";
  }
}

const mergeExtents = (a: GroupExtent | undefined, b: GroupExtent | undefined): GroupExtent | undefined => {
  if (!a || !b) return a ?? b;
  const pick = (x: number | null, y: number | null, choose: (p: number, q: number) => number) => (x === null ? y : y === null ? x : choose(x, y));
  return { firstDay: pick(a.firstDay, b.firstDay, Math.min), lastDay: pick(a.lastDay, b.lastDay, Math.max), undated: a.undated || b.undated };
};

export class StoredGrouping implements CandidateFinder {
  readonly state: GrouperState;
  private readonly vocabulary: FeatureVocabulary;
  private readonly frequencies: DocumentFrequencies;
  private readonly maxGapDays: number;
  /** feature number -> its count as read from the database */
  private readonly seeded = new Map<number, number>();
  /** names looked up and not stored: new features, numbered when first compacted */
  private readonly unstored = new Set<string>();
  private nextSequence: number;
  private sequence = -1;
  private articleId: string | null = null;
  /** the part of the candidate index read so far, and the postings this call made */
  private readonly index: CandidateIndex;
  /** per stored feature, its postings per week in the database (UNDATED_WEEK for the undated list) */
  private readonly histograms = new Map<number, Map<number, number>>();
  /** the weeks of a feature whose stored postings are in `index` */
  private readonly loadedWeeks = new Map<number, Set<number>>();
  /** the sequence of the first posting of a feature in a week: the order a lookup without dates reads weeks in */
  private readonly weekFirstSequence = new Map<number, Map<number, number>>();
  /** features the prepared lookup skips: more postings within reach than the index reads */
  private skipped: Set<string> | null = null;
  /** postings this call made, by feature number, and their keys */
  private readonly pending = new Map<number, PostingRow[]>();
  private readonly pendingKeys = new Set<string>();
  private readonly storedExtents = new Map<string, GroupExtent>();
  /** what this call's articles added to each group's extent */
  private readonly addedExtents = new Map<string, GroupExtent>();
  private readonly admitted: GroupingArticleRow[] = [];

  constructor(
    private readonly row: StoredStateRow,
    private readonly config: EventsConfig,
  ) {
    this.vocabulary = new FeatureVocabulary(row.nextFeatureId);
    this.frequencies = new DocumentFrequencies(this.vocabulary, row.documents);
    this.maxGapDays = candidateReachDays(config);
    this.index = new CandidateIndex({ maxGapDays: this.maxGapDays });
    this.nextSequence = row.nextSequence;
    this.state = { frequencies: this.frequencies, index: this, groups: new Map() };
  }

  /** the features compactSignature gives these signatures, numbered from a scratch vocabulary: whatever parts it makes */
  featureNames(signatures: EventSignature[]): string[] {
    const scratch = new FeatureVocabulary();
    for (const signature of signatures) compactSignature(signature, scratch, this.config);
    return Array.from({ length: scratch.size }, (_, id) => scratch.name(id));
  }

  /** numbers and counts of these features, read from the database unless known */
  async loadFeatures(db: Db, names: string[]): Promise<void> {
    const unknown = names.filter((name) => !this.vocabulary.has(name) && !this.unstored.has(name));
    for (let start = 0; start < unknown.length; start += 20_000) {
      const slice = unknown.slice(start, start + 20_000);
      const found = await selectFeatures(db, slice);
      for (const { id, name, documents } of found) {
        this.vocabulary.assign(name, id);
        this.frequencies.seed(id, documents);
        this.seeded.set(id, documents);
      }
      const stored = new Set(found.map(({ name }) => name));
      for (const name of slice) if (!stored.has(name)) this.unstored.add(name);
    }
  }

  /** the next article to be added or restored: its postings and row carry its sequence */
  begin(articleId: string): void {
    this.articleId = articleId;
    this.sequence = this.nextSequence++;
    this.skipped = null;
  }

  /**
   * Reads what a lookup for these index features and this window reads that is not read yet: the
   * stored postings of each feature in the weeks within reach, unless there are more than the
   * index reads (the lookup skips that feature, whatever this call adds to it). The database does
   * not change under a call (its writes wait for the commit), so what is read once stays true.
   */
  async loadPostings(db: Db, features: string[], window: EventSignature["window"]): Promise<void> {
    const weeks = lookupWeeks(window, this.maxGapDays);
    const named = new Map(features.map((feature) => [this.vocabulary.id(feature), feature]));
    const storedIds = [...named.keys()].filter((id) => id < this.row.nextFeatureId);
    const unknown = storedIds.filter((id) => !this.histograms.has(id));
    for (const id of unknown) this.histograms.set(id, new Map());
    for (const { featureId, week, postings } of await countPostingsByWeek(db, unknown)) this.histograms.get(featureId)!.set(week, postings);

    const inReach = (week: number) => week === UNDATED_WEEK || !weeks || (week >= weeks.first && week <= weeks.last);
    const skipped = new Set<string>();
    const toRead: { featureId: number; week: number }[] = [];
    for (const id of storedIds) {
      let postings = 0;
      const missing: number[] = [];
      for (const [week, count] of this.histograms.get(id)!) {
        if (!inReach(week)) continue;
        postings += count;
        if (!this.loadedWeeks.get(id)?.has(week)) missing.push(week);
      }
      if (postings > DEFAULT_MAX_POSTINGS) skipped.add(named.get(id)!);
      else for (const week of missing) toRead.push({ featureId: id, week });
    }
    this.skipped = skipped;

    const lists = new Map<string, PostingRow[]>();
    for (const row of await selectPostingLists(db, toRead)) {
      if (!this.storedExtents.has(row.eventId)) this.storedExtents.set(row.eventId, row.extent);
      const key = `${row.featureId}|${row.week}`;
      const list = lists.get(key) ?? [];
      list.push(row);
      lists.set(key, list);
    }
    for (const list of lists.values()) {
      list.sort((a, b) => a.sequence - b.sequence);
      const { featureId, week } = list[0]!;
      for (const row of list) this.index.mergeExtent(row.eventId, this.storedExtents.get(row.eventId)!);
      this.index.loadList(this.vocabulary.name(featureId), week === UNDATED_WEEK ? null : week, list.map((row) => row.eventId));
      let loaded = this.loadedWeeks.get(featureId);
      if (!loaded) this.loadedWeeks.set(featureId, (loaded = new Set()));
      loaded.add(week);
      this.noteWeek(featureId, week, list[0]!.sequence);
    }
    if (weeks) return;
    // without dates a lookup reads every week of a feature, in the order the index met them
    for (const [id, feature] of named) {
      if (skipped.has(feature)) continue;
      const order = [...(this.weekFirstSequence.get(id) ?? [])].filter(([week]) => week !== UNDATED_WEEK).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
      this.index.orderWeeks(feature, order.map(([week]) => week));
    }
  }

  private noteWeek(featureId: number, week: number, sequence: number): void {
    let firsts = this.weekFirstSequence.get(featureId);
    if (!firsts) this.weekFirstSequence.set(featureId, (firsts = new Map()));
    firsts.set(week, Math.min(firsts.get(week) ?? Infinity, sequence));
  }

  /** Reads the groups not known yet, each with its latest members (all that scoring reads). */
  async loadGroups(db: Db, groupIds: string[]): Promise<void> {
    const missing = groupIds.filter((id) => !this.state.groups.has(id));
    if (missing.length === 0) return;
    const members = (await selectLatestMembers(db, missing, MAX_MEMBERS_COMPARED)).map((row) => ({ ...row, signature: signatureFromJson(row.signature, row.articleId) }));
    const names = this.featureNames(members.map((member) => member.signature));
    await this.loadFeatures(db, names);
    // every feature of a stored member was counted when it was admitted: one numbered only now was not
    const strangers = names.filter((name) => !this.vocabulary.has(name) || this.vocabulary.id(name) >= this.row.nextFeatureId);
    if (strangers.length > 0) throw new StaleGroupingState(`stored members carry ${strangers.length} features the state never counted (${strangers.slice(0, 3).join(", ")})`);
    for (const id of missing) this.state.groups.set(id, { id, members: [], related: new Set() } satisfies GroupState);
    for (const member of members) this.state.groups.get(member.eventId)!.members.push(compactSignature(member.signature, this.vocabulary, this.config));
  }

  // CandidateFinder: what the grouper calls

  add(groupId: string, features: string[], window: EventSignature["window"]): void {
    if (this.articleId === null) throw new Error("StoredGrouping.add before begin()");
    this.index.add(groupId, features, window);
    const weeks = postingWeeks(window);
    const ids = features.map((feature) => this.vocabulary.id(feature));
    for (const featureId of ids) {
      const postingWeekList = weeks ? Array.from({ length: weeks.last - weeks.first + 1 }, (_, offset) => weeks.first + offset) : [UNDATED_WEEK];
      for (const week of postingWeekList) {
        const key = `${featureId}|${week}|${groupId}`;
        if (this.pendingKeys.has(key)) continue;
        this.pendingKeys.add(key);
        const list = this.pending.get(featureId) ?? [];
        list.push({ featureId, week, eventId: groupId, sequence: this.sequence });
        this.pending.set(featureId, list);
        this.noteWeek(featureId, week, this.sequence);
      }
    }
    const extent: GroupExtent = weeks ? { firstDay: weeks.firstDay, lastDay: weeks.lastDay, undated: false } : { firstDay: null, lastDay: null, undated: true };
    this.addedExtents.set(groupId, mergeExtents(this.addedExtents.get(groupId), extent)!);
    this.admitted.push({ articleId: this.articleId, sequence: this.sequence, features: ids, firstDay: weeks?.firstDay ?? null, lastDay: weeks?.lastDay ?? null });
    this.articleId = null;
  }

  lookup(lookup: CandidateLookup): string[] {
    const skipped = this.skipped;
    if (!skipped) throw new Error("StoredGrouping.lookup before loadPostings()");
    // a skipped feature adds nothing to any group: leaving it out is the lookup that skips it
    return this.index.lookup({ ...lookup, features: lookup.features.filter((feature) => !skipped.has(feature)) });
  }

  private extentOf(eventId: string): GroupExtent | undefined {
    return mergeExtents(this.storedExtents.get(eventId), this.addedExtents.get(eventId));
  }

  /** Writes what this call's articles added, if the state is still the one read (else a GroupingConflict). */
  async write(tx: DbTransaction): Promise<void> {
    const { count } = await tx.groupingState.updateMany({
      where: { id: 1, epoch: this.row.epoch },
      data: { epoch: { increment: 1 }, documents: this.frequencies.documents, nextFeatureId: this.vocabulary.size, nextSequence: this.nextSequence },
    });
    if (count !== 1) throw new GroupingConflict();
    const features: { id: number; name: string; documents: number }[] = [];
    for (let id = this.row.nextFeatureId; id < this.vocabulary.size; id++) features.push({ id, name: this.vocabulary.name(id), documents: this.frequencies.countOf(id) });
    for (const [id, documents] of this.seeded) if (this.frequencies.countOf(id) !== documents) features.push({ id, name: this.vocabulary.name(id), documents: this.frequencies.countOf(id) });
    await upsertFeatures(tx, features);
    await insertGroupingArticles(tx, this.admitted);
    await insertPostings(tx, [...this.pending.values()].flat());
    const unread = [...this.addedExtents.keys()].filter((id) => !this.storedExtents.has(id));
    for (const [id, extent] of await selectExtents(tx, unread)) this.storedExtents.set(id, extent);
    await upsertExtents(tx, [...this.addedExtents.keys()].map((eventId) => ({ eventId, ...this.extentOf(eventId)! })));
  }
}
