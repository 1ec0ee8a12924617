// Writes articles of the grown stream (bench/lib/events-grow.ts) straight into a database, with
// their stored signatures and, for those already grouped, their events, memberships and links,
// as the app would hold them after grouping. Rows go through lib/db/bulk-insert.ts, not the ingest
// pipeline: importing 100,000 articles (cleaning, NLP, copied passages) would take hours on this
// machine, and what the database benches time (grouping new articles, comparing one event) reads
// only these tables. The text is the real article's, repeated in every repetition; the content
// hash is made from the stream id, so no copy is taken for a duplicate of another.
import { createHash } from "node:crypto";
import type { Db, DbTransaction } from "../../lib/db/client.ts";
import { bulkInsert, type BulkValue } from "../../lib/db/bulk-insert.ts";
import { createEventGrouper } from "../../lib/events/group-events.ts";
import { signatureToJson, SIGNATURE_VERSION } from "../../lib/events/signature-json.ts";
import type { EventSignature, GroupingExplanation, GroupingResult } from "../../lib/events/types.ts";
import type { EvalArticle } from "./events-data.ts";
import type { StreamItem } from "./events-grow.ts";

export interface StreamArticle {
  /** the stream item's id, kept as the article id so decisions can be compared by id */
  id: string;
  headline: string | null;
  text: string;
  language: string;
  signature: EventSignature;
  /** the article's place in the stream: its creation time, so articles published the same day load in arrival order */
  position: number;
}

export interface StreamMembership {
  articleId: string;
  eventId: string;
  score: number;
  explanation: GroupingExplanation;
  decidedBy: string;
}

/** rows per INSERT: one bound JSON parameter each, well under either database's limits */
const ROWS_PER_STATEMENT = 500;
/** every stored row is dated from here, so the grouper's own writes are told apart by their time */
export const STORED_EPOCH = Date.UTC(2000, 0, 1);

async function insertRows(db: Db, table: Parameters<typeof bulkInsert>[1], rows: Record<string, BulkValue>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT * 8) {
    const slice = rows.slice(start, start + ROWS_PER_STATEMENT * 8);
    await db.$transaction(
      async (tx: DbTransaction) => {
        for (let at = 0; at < slice.length; at += ROWS_PER_STATEMENT) await bulkInsert(tx, table, slice.slice(at, at + ROWS_PER_STATEMENT));
      },
      { timeout: 600_000 },
    );
  }
}

/** "2019-06-02" -> that day at midnight UTC; null for an undated article, as ingest stores it */
function sortableDay(published: string | null): Date | null {
  return published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? new Date(`${published}T00:00:00Z`) : null;
}

/** The articles and their current signatures, ungrouped. */
export async function insertStreamArticles(db: Db, articles: StreamArticle[]): Promise<void> {
  const rows = articles.map((article): Record<string, BulkValue> => {
    const created = new Date(STORED_EPOCH + article.position);
    const published = article.signature.published;
    const field = <T>(value: T | null) => ({ value, evidence: [], confidence: value === null ? 0 : 1, inferred: false, method: "bench" });
    return {
      id: article.id,
      contentHash: createHash("sha256").update(`bench:${article.id}`).digest("hex"),
      headline: article.headline ?? "",
      headlineDerived: article.headline === null,
      text: article.text,
      language: article.language,
      publishedAt: published,
      publishedPrecision: published ? "day" : null,
      publishedSort: sortableDay(published),
      dateline: null,
      url: null,
      outletId: null,
      outletUnknown: false,
      wordCount: article.text.split(/\s+/).filter(Boolean).length,
      metadata: { headline: field(article.headline), outlet: field(null), published: field(published && { iso: published, precision: "day" }), dateline: field(null), language: field(article.language) },
      citedSources: [],
      credits: [],
      flags: [],
      rawInput: article.text,
      rawFormat: "text",
      rawEncoding: null,
      sourceKind: "bench",
      sourceName: "bench/lib/stored-stream.ts",
      importRunId: null,
      createdAt: created,
      updatedAt: created,
    };
  });
  await insertRows(db, "articles", rows);
  await insertRows(
    db,
    "article_signatures",
    articles.map((article) => ({ articleId: article.id, version: SIGNATURE_VERSION, signature: signatureToJson(article.signature) as object, createdAt: new Date(STORED_EPOCH + article.position) })),
  );
}

/**
 * Memberships of stored articles, the events among them not stored yet (`newEvents`, titled by
 * their first member's headline) and related links, stored once per pair as the grouper does.
 */
export async function insertGrouping(db: Db, grouping: { memberships: StreamMembership[]; newEvents: { id: string; title: string }[]; links: [string, string][] }): Promise<void> {
  const at = new Date(STORED_EPOCH);
  await insertRows(db, "events", grouping.newEvents.map(({ id, title }) => ({ id, title, reviewerTitle: null, origin: "grouper", articleCount: 0, outlets: [], languages: [], createdAt: at, updatedAt: at })));
  await insertRows(
    db,
    "event_memberships",
    grouping.memberships.map((membership) => ({ ...membership, explanation: membership.explanation as object, pinned: false, updatedAt: at })),
  );
  await insertRows(db, "event_links", grouping.links.map(([eventId, relatedId]) => ({ eventId, relatedId, createdAt: at })));
}

/** Each event's article count from its memberships, as refreshEvents would leave it (one statement, the same on both databases). */
export async function countEventMembers(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`UPDATE "events" SET "articleCount" = (SELECT COUNT(*) FROM "event_memberships" WHERE "event_memberships"."eventId" = "events"."id")`);
}

export interface StreamDecision {
  groupId: string;
  result: GroupingResult;
}

/** a grown stream, the in-memory grouper's decision for each of its articles, and the real article behind each */
export interface GroupedStream {
  stream: StreamItem[];
  decisions: StreamDecision[];
  /** each item's publication day (signature.published), read once: cloning a signature to read it costs */
  published: (string | null)[];
  /** by the real article's id */
  realArticles: Map<string, EvalArticle>;
}

/** the events and links stored so far, each written once */
export interface StoredGroups {
  groups: Set<string>;
  links: Set<string>;
}

/** The in-memory grouper (lib/events/group-events.ts) on the whole stream, in stream order. */
export function groupInMemory(stream: StreamItem[], realArticles: Map<string, EvalArticle>): GroupedStream {
  const grouper = createEventGrouper();
  const decisions: StreamDecision[] = [];
  const published: (string | null)[] = [];
  for (const item of stream) {
    const signature = item.signature();
    published.push(signature.published);
    const result = grouper.add(signature);
    decisions.push({ groupId: result.groupId, result });
  }
  return { stream, decisions, published, realArticles };
}

export const realArticleId = (item: StreamItem) => (item.repetition === 0 ? item.id : item.id.slice(0, item.id.length - `#${item.repetition}`.length));

/** stream[from, to) as rows to store */
export function streamArticles(grouped: GroupedStream, from: number, to: number): StreamArticle[] {
  return grouped.stream.slice(from, to).map((item, offset) => {
    const real = grouped.realArticles.get(realArticleId(item))!;
    return { id: item.id, headline: real.headline, text: real.text, language: real.language, signature: item.signature(), position: from + offset };
  });
}

/** the events, memberships and links the in-memory grouper made for stream[from, to), those already stored left out */
export function streamGrouping(grouped: GroupedStream, from: number, to: number, stored: StoredGroups) {
  const newEvents: { id: string; title: string }[] = [];
  const links: [string, string][] = [];
  const memberships: StreamMembership[] = [];
  for (let index = from; index < to; index++) {
    const item = grouped.stream[index]!;
    const { groupId, result } = grouped.decisions[index]!;
    if (!stored.groups.has(groupId)) {
      stored.groups.add(groupId);
      newEvents.push({ id: groupId, title: grouped.realArticles.get(realArticleId(item))!.headline ?? "" });
    }
    memberships.push({ articleId: item.id, eventId: groupId, score: result.score, explanation: result.explanation, decidedBy: result.explanation.decidedBy });
    for (const related of result.related) {
      const [a, b] = [groupId, related].sort() as [string, string];
      if (a !== b && !stored.links.has(`${a}|${b}`)) {
        stored.links.add(`${a}|${b}`);
        links.push([a, b]);
      }
    }
  }
  return { newEvents, links, memberships };
}

/** stream[from, to) stored and grouped as the in-memory grouper grouped them, 5,000 articles at a time */
export async function storeGroupedRange(db: Db, grouped: GroupedStream, from: number, to: number, stored: StoredGroups): Promise<void> {
  for (let start = from; start < to; start += 5_000) {
    const end = Math.min(to, start + 5_000);
    await insertStreamArticles(db, streamArticles(grouped, start, end));
    await insertGrouping(db, streamGrouping(grouped, start, end, stored));
  }
}
