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
  countPostings,
  insertGroupingArticles,
  insertPostings,
  selectExtents,
  selectFeatures,
  selectLatestMembers,
  selectPostings,
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
  /** the candidate index of the article being decided: the postings its lookup reads */
  private prepared: CandidateIndex | null = null;
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
    this.prepared = null;
  }

  /** Reads the postings a lookup for these index features and this window will read. */
  async loadPostings(db: Db, features: string[], window: EventSignature["window"]): Promise<void> {
    const weeks = lookupWeeks(window, this.maxGapDays);
    const ids = features.map((feature) => this.vocabulary.id(feature));
    const storedIds = [...new Set(ids.filter((id) => id < this.row.nextFeatureId))];
    const counts = await countPostings(db, storedIds, weeks);
    // past the cap the index skips the feature whatever this call adds: its rows are not needed
    const read = storedIds.filter((id) => (counts.get(id) ?? 0) > 0 && counts.get(id)! <= DEFAULT_MAX_POSTINGS);
    const rows: PostingRow[] = [];
    const seen = new Set<string>();
    for (const row of await selectPostings(db, read, weeks)) {
      if (!this.storedExtents.has(row.eventId)) this.storedExtents.set(row.eventId, row.extent);
      rows.push(row);
      seen.add(`${row.featureId}|${row.week}|${row.eventId}`);
    }
    const inReach = (week: number) => week === UNDATED_WEEK || !weeks || (week >= weeks.first && week <= weeks.last);
    for (const id of new Set(ids)) {
      // a feature past the cap is skipped by the lookup: its few postings of this call must not stand in for it
      if ((counts.get(id) ?? 0) > DEFAULT_MAX_POSTINGS) continue;
      for (const row of this.pending.get(id) ?? []) if (inReach(row.week) && !seen.has(`${row.featureId}|${row.week}|${row.eventId}`)) rows.push(row);
    }
    // the order the postings were made in: by article, and an article's weeks in ascending order
    rows.sort((a, b) => a.sequence - b.sequence || a.week - b.week);
    const index = new CandidateIndex({ maxGapDays: this.maxGapDays });
    for (const row of rows) index.addPosting(row.eventId, this.vocabulary.name(row.featureId), row.week === UNDATED_WEEK ? null : row.week);
    for (const eventId of new Set(rows.map((row) => row.eventId))) index.setExtent(eventId, this.extentOf(eventId)!);
    this.prepared = index;
  }

  /** Reads the groups not known yet, each with its latest members (all that scoring reads). */
  async loadGroups(db: Db, groupIds: string[]): Promise<void> {
    const missing = groupIds.filter((id) => !this.state.groups.has(id));
    if (missing.length === 0) return;
    const members = (await selectLatestMembers(db, missing, MAX_MEMBERS_COMPARED)).map((row) => ({ ...row, signature: signatureFromJson(row.signature, row.articleId) }));
    const names = this.featureNames(members.map((member) => member.signature));
    await this.loadFeatures(db, names);
    const strangers = names.filter((name) => !this.vocabulary.has(name));
    if (strangers.length > 0) throw new StaleGroupingState(`stored members carry ${strangers.length} features the state never counted (${strangers.slice(0, 3).join(", ")})`);
    for (const id of missing) this.state.groups.set(id, { id, members: [], related: new Set() } satisfies GroupState);
    for (const member of members) this.state.groups.get(member.eventId)!.members.push(compactSignature(member.signature, this.vocabulary, this.config));
  }

  // CandidateFinder: what the grouper calls

  add(groupId: string, features: string[], window: EventSignature["window"]): void {
    if (this.articleId === null) throw new Error("StoredGrouping.add before begin()");
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
      }
    }
    const extent: GroupExtent = weeks ? { firstDay: weeks.firstDay, lastDay: weeks.lastDay, undated: false } : { firstDay: null, lastDay: null, undated: true };
    this.addedExtents.set(groupId, mergeExtents(this.addedExtents.get(groupId), extent)!);
    this.admitted.push({ articleId: this.articleId, sequence: this.sequence, features: ids, firstDay: weeks?.firstDay ?? null, lastDay: weeks?.lastDay ?? null });
    this.articleId = null;
  }

  lookup(lookup: CandidateLookup): string[] {
    if (!this.prepared) throw new Error("StoredGrouping.lookup before loadPostings()");
    return this.prepared.lookup(lookup);
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
