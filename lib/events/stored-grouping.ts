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
import { compactSignature, type CompactSignature } from "./compact-signature.ts";
import { DocumentFrequencies } from "./document-frequencies.ts";
import type { EventsConfig } from "./events-config.ts";
import { FeatureVocabulary } from "./feature-vocabulary.ts";
import { candidateReachDays, MAX_MEMBERS_COMPARED, type CandidateFinder, type GrouperState, type GroupState } from "./group-events.ts";
import { GroupingConflict } from "./grouping-generation.ts";
import {
  countPostingsByWeek,
  countPostingsInWeeks,
  insertGroupingArticles,
  insertPostings,
  selectExtents,
  selectFeatureCounts,
  selectFeatures,
  selectLatestMembers,
  selectPostingLists,
  UNDATED_WEEK,
  upsertExtents,
  upsertFeatures,
  type AdmittedArticleRow,
  type PostingRow,
  type RangeRow,
} from "./grouping-state-statements.ts";
import { memberFeatureIds, memberFromText, memberToText } from "./stored-grouping-member.ts";
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
  /** feature number -> its count as read from the database, by name */
  private readonly seeded = new Map<number, number>();
  /**
   * the same for features only stored members carry, read by number: their names are never needed
   * (an explanation names only what the new article shares), and no new article counts them (every
   * feature of the batch was read by name first)
   */
  private readonly memberOnly = new Map<number, number>();
  /** names looked up and not stored: new features, numbered when first compacted */
  private readonly unstored = new Set<string>();
  private nextSequence: number;
  private sequence = -1;
  private articleId: string | null = null;
  /** the part of the candidate index read so far, and the postings this call made */
  private readonly index: CandidateIndex;
  /** per stored feature, its postings per week in the database (UNDATED_WEEK for the undated list), for the weeks in `counted` */
  private readonly histograms = new Map<number, Map<number, number>>();
  /** the weeks whose postings are counted in `histograms`, per feature; "all" once every week is */
  private readonly counted = new Map<number, Set<number> | "all">();
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
  private readonly admitted: AdmittedArticleRow[] = [];

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
    await this.countPostings(db, storedIds, weeks);

    const inReach = (week: number) => week === UNDATED_WEEK || !weeks || (week >= weeks.first && week <= weeks.last);
    const skipped = new Set<string>();
    const toRead: { featureId: number; week: number }[] = [];
    for (const id of storedIds) {
      let postings = 0;
      const missing: number[] = [];
      for (const [week, count] of this.histograms.get(id)!) {
        if (!inReach(week) || count === 0) continue;
        postings += count;
        if (!this.loadedWeeks.get(id)?.has(week)) missing.push(week);
      }
      if (postings > DEFAULT_MAX_POSTINGS) skipped.add(named.get(id)!);
      else for (const week of missing) toRead.push({ featureId: id, week });
    }
    this.skipped = skipped;

    const lists = new Map<string, PostingRow[]>();
    const rows = await selectPostingLists(db, toRead);
    // each event's extent read once per call, not once per posting: a batch meets the same events again and again
    const unread = new Set<string>();
    for (const row of rows) if (!this.storedExtents.has(row.eventId)) unread.add(row.eventId);
    for (const [id, extent] of await selectExtents(db, [...unread])) this.storedExtents.set(id, extent);
    for (const row of rows) {
      if (!this.storedExtents.has(row.eventId)) throw new StaleGroupingState(`event ${row.eventId} has postings and no extent`);
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

  /**
   * Counts the stored postings of these features in the weeks a lookup with these weeks reads
   * (every week when null), those not counted yet. A dated lookup reaches a few weeks of a
   * feature whose postings span the whole archive: counting only those reads a few index entries
   * where counting every week read them all (tens of thousands for a common word at 99,000 stored).
   */
  private async countPostings(db: Db, ids: number[], weeks: { first: number; last: number } | null): Promise<void> {
    const everyWeek: number[] = [];
    const ranges: RangeRow[] = [];
    for (const id of ids) {
      let counted = this.counted.get(id);
      if (counted === "all") continue;
      if (!this.histograms.has(id)) this.histograms.set(id, new Map());
      if (!weeks) {
        everyWeek.push(id);
        this.counted.set(id, "all");
        continue;
      }
      if (!counted) this.counted.set(id, (counted = new Set()));
      if (!counted.has(UNDATED_WEEK)) {
        ranges.push({ featureId: id, first: UNDATED_WEEK, last: UNDATED_WEEK });
        counted.add(UNDATED_WEEK);
      }
      // the weeks not counted yet, as runs of consecutive weeks
      let start: number | null = null;
      for (let week = weeks.first; week <= weeks.last + 1; week++) {
        const missing = week <= weeks.last && !counted.has(week);
        if (missing) {
          counted.add(week);
          if (start === null) start = week;
        } else if (start !== null) {
          ranges.push({ featureId: id, first: start, last: week - 1 });
          start = null;
        }
      }
    }
    const rows = [...(await countPostingsByWeek(db, everyWeek)), ...(await countPostingsInWeeks(db, ranges))];
    for (const { featureId, week, postings } of rows) this.histograms.get(featureId)!.set(week, postings);
  }

  private noteWeek(featureId: number, week: number, sequence: number): void {
    let firsts = this.weekFirstSequence.get(featureId);
    if (!firsts) this.weekFirstSequence.set(featureId, (firsts = new Map()));
    firsts.set(week, Math.min(firsts.get(week) ?? Infinity, sequence));
  }

  /** Reads the groups not known yet, each with its latest members (all that scoring reads), as they were admitted. */
  async loadGroups(db: Db, groupIds: string[]): Promise<void> {
    const missing = groupIds.filter((id) => !this.state.groups.has(id));
    if (missing.length === 0) return;
    const rows = await selectLatestMembers(db, missing, MAX_MEMBERS_COMPARED);
    const members = rows.map((row) => {
      if (row.member === null) throw new StaleGroupingState(`stored member ${row.articleId} was admitted by an older state format`);
      return { eventId: row.eventId, compact: memberFromText(row.member, row.articleId) };
    });
    await this.loadMemberCounts(db, members.map(({ compact }) => compact));
    for (const id of missing) this.state.groups.set(id, { id, members: [], related: new Set() } satisfies GroupState);
    for (const { eventId, compact } of members) this.state.groups.get(eventId)!.members.push(compact);
  }

  /** the counts of the members' features not read yet (scoring reads the idf of every feature of both sides) */
  private async loadMemberCounts(db: Db, members: CompactSignature[]): Promise<void> {
    const unread = new Set<number>();
    for (const member of members) {
      for (const id of memberFeatureIds(member)) {
        if (this.seeded.has(id) || this.memberOnly.has(id)) continue;
        // every feature of a stored member was counted when it was admitted: one numbered since was not
        if (id >= this.row.nextFeatureId) throw new StaleGroupingState(`a stored member carries feature number ${id}, which the state never gave`);
        unread.add(id);
      }
    }
    if (unread.size === 0) return;
    const found = await selectFeatureCounts(db, [...unread]);
    if (found.length !== unread.size) {
      const stored = new Set(found.map(({ id }) => id));
      const strangers = [...unread].filter((id) => !stored.has(id));
      throw new StaleGroupingState(`stored members carry ${strangers.length} features the state never counted (numbers ${strangers.slice(0, 3).join(", ")})`);
    }
    for (const { id, documents } of found) {
      this.frequencies.seed(id, documents);
      this.memberOnly.set(id, documents);
    }
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
    // the grouper files an article in the index right after making it its group's latest member
    const member = this.state.groups.get(groupId)?.members.at(-1);
    if (member?.id !== this.articleId) throw new Error(`StoredGrouping.add: the latest member of ${groupId} is not ${this.articleId}`);
    this.admitted.push({ articleId: this.articleId, sequence: this.sequence, features: ids, firstDay: weeks?.firstDay ?? null, lastDay: weeks?.lastDay ?? null, member: memberToText(member) });
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
    for (const [id, documents] of this.memberOnly) if (this.frequencies.countOf(id) !== documents) throw new Error(`feature number ${id}, read for a stored member only, was counted again: its name was never read`);
    await upsertFeatures(tx, features);
    await insertGroupingArticles(tx, this.admitted);
    await insertPostings(tx, [...this.pending.values()].flat());
    const unread = [...this.addedExtents.keys()].filter((id) => !this.storedExtents.has(id));
    for (const [id, extent] of await selectExtents(tx, unread)) this.storedExtents.set(id, extent);
    await upsertExtents(tx, [...this.addedExtents.keys()].map((eventId) => ({ eventId, ...this.extentOf(eventId)! })));
  }
}
