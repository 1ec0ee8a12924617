// The SQL of the stored grouping state (grouping_* tables, stored-grouping.ts), on both databases.
// Raw statements rather than Prisma's query builder: an import reads a few thousand rows per new
// article by lists of ids (feature numbers, event ids), which Prisma would send as one bound
// parameter per id (SQLite refuses more than 999) and convert row by row through its compiler.
// Each list travels as one JSON parameter, unpacked by SQLite's json_each or PostgreSQL's jsonb
// functions, as lib/db/bulk-insert.ts does for inserts.

import Database from "better-sqlite3";
import { dbProvider, type Db, type DbTransaction } from "../db/client.ts";
import type { GroupExtent } from "./candidate-index.ts";

type Client = Db | DbTransaction;

/** the week of an undated member's postings (a real week number is never this low) */
export const UNDATED_WEEK = -1_000_000;
/** rows per written statement: one JSON parameter each, well under either database's limits */
const ROWS_PER_STATEMENT = 5_000;

export interface PostingRow {
  featureId: number;
  week: number;
  eventId: string;
  sequence: number;
}

export interface GroupingArticleRow {
  articleId: string;
  sequence: number;
  features: number[];
  firstDay: number | null;
  lastDay: number | null;
}

/** a row as admitted: with the member the grouper compares (stored-grouping-member.ts) */
export interface AdmittedArticleRow extends GroupingArticleRow {
  member: string;
}

interface Dialect {
  /** the n-th bound parameter (from 1) */
  parameter: (n: number) => string;
  /** a subquery listing the text values of a JSON array parameter */
  texts: (n: number) => string;
  /** the same, for whole numbers */
  numbers: (n: number) => string;
  /** `INSERT … SELECT` of the rows of a JSON array of objects parameter, these columns and types */
  rows: (n: number, columns: [string, "int" | "text" | "jsonb" | "boolean"][]) => string;
}

const SQLITE: Dialect = {
  parameter: () => "?",
  texts: () => "(SELECT value FROM json_each(?))",
  numbers: () => "(SELECT value FROM json_each(?))",
  // `WHERE true`: SQLite needs it to tell an upsert's ON CONFLICT from a join's ON
  rows: (_, columns) => `SELECT ${columns.map(([name]) => `value ->> '$.${name}' AS "${name}"`).join(", ")} FROM json_each(?) WHERE true`,
};

const POSTGRES: Dialect = {
  parameter: (n) => `$${n}`,
  texts: (n) => `(SELECT jsonb_array_elements_text($${n}::jsonb))`,
  numbers: (n) => `(SELECT (jsonb_array_elements_text($${n}::jsonb))::int)`,
  rows: (n, columns) => `SELECT ${columns.map(([name]) => `"${name}"`).join(", ")} FROM jsonb_to_recordset($${n}::jsonb) AS x(${columns.map(([name, type]) => `"${name}" ${type}`).join(", ")})`,
};

const dialect = (db: Client): Dialect => (dbProvider(db) === "postgresql" ? POSTGRES : SQLITE);

/**
 * On SQLite, the reads an import makes per new article (a few per article, thousands per import)
 * go through a read-only better-sqlite3 connection of the same file rather than Prisma: Prisma's
 * adapter spent ~0.65 ms on each raw query and ~2 µs on each row here, which was most of the
 * import's time beside 99,000 stored articles. WAL lets it read beside the writer; what it reads
 * is checked at commit like every snapshot the grouping decides from (grouping generation, state
 * epoch). Reads inside a transaction stay on the transaction (they must see its writes).
 */
const readers = new WeakMap<Db, { connection: Database.Database; statements: Map<string, Database.Statement> }>();

async function readRows<T>(db: Client, query: string, ...values: unknown[]): Promise<T[]> {
  if (dbProvider(db) === "postgresql" || !("$connect" in db)) return db.$queryRawUnsafe<T[]>(query, ...values);
  let reader = readers.get(db);
  if (!reader) {
    const main = (await db.$queryRawUnsafe<{ name: string; file: string }[]>("PRAGMA database_list")).find((entry) => entry.name === "main");
    // an in-memory database has no file another connection could open
    if (!main?.file) return db.$queryRawUnsafe<T[]>(query, ...values);
    const connection = new Database(main.file, { readonly: true, fileMustExist: true });
    connection.pragma("busy_timeout = 5000");
    reader = { connection, statements: new Map() };
    readers.set(db, reader);
  }
  let statement = reader.statements.get(query);
  if (!statement) {
    statement = reader.connection.prepare(query);
    reader.statements.set(query, statement);
  }
  return statement.all(...values) as T[];
}
/** COUNT(*) is a BigInt on PostgreSQL, booleans are 0/1 on SQLite, JSON is text on SQLite */
const toNumber = (value: unknown) => Number(value);
const toJson = <T>(value: unknown): T => (typeof value === "string" ? (JSON.parse(value) as T) : (value as T));

export async function selectFeatures(db: Client, names: string[]): Promise<{ id: number; name: string; documents: number }[]> {
  if (names.length === 0) return [];
  const sql = dialect(db);
  const rows = await readRows<{ id: unknown; name: string; documents: unknown }>(db, `SELECT "id", "name", "documents" FROM "grouping_features" WHERE "name" IN ${sql.texts(1)}`, JSON.stringify(names));
  return rows.map((row) => ({ id: toNumber(row.id), name: row.name, documents: toNumber(row.documents) }));
}

/** per feature and week (UNDATED_WEEK: the undated list), the postings stored */
export async function countPostingsByWeek(db: Client, featureIds: number[]): Promise<{ featureId: number; week: number; postings: number }[]> {
  if (featureIds.length === 0) return [];
  const sql = dialect(db);
  const rows = await readRows<{ featureId: unknown; week: unknown; postings: unknown }>(db,
    `SELECT "featureId", "week", COUNT(*) AS "postings" FROM "grouping_postings" WHERE "featureId" IN ${sql.numbers(1)} GROUP BY "featureId", "week"`,
    JSON.stringify(featureIds),
  );
  return rows.map((row) => ({ featureId: toNumber(row.featureId), week: toNumber(row.week), postings: toNumber(row.postings) }));
}

/** a feature's weeks from `first` to `last`, both included */
export interface RangeRow {
  featureId: number;
  first: number;
  last: number;
}

/** per feature and week within these ranges, the postings stored (weeks without any are left out) */
export async function countPostingsInWeeks(db: Client, ranges: RangeRow[]): Promise<{ featureId: number; week: number; postings: number }[]> {
  if (ranges.length === 0) return [];
  const sql = dialect(db);
  // a range on the key's second column: the index is read from the range's first week to its last, no further
  const rows = await readRows<{ featureId: unknown; week: unknown; postings: unknown }>(db,
    `SELECT p."featureId", p."week", COUNT(*) AS "postings" FROM (${sql.rows(1, [["featureId", "int"], ["first", "int"], ["last", "int"]])}) l ` +
      `JOIN "grouping_postings" p ON p."featureId" = l."featureId" AND p."week" >= l."first" AND p."week" <= l."last" GROUP BY p."featureId", p."week"`,
    JSON.stringify(ranges),
  );
  return rows.map((row) => ({ featureId: toNumber(row.featureId), week: toNumber(row.week), postings: toNumber(row.postings) }));
}

/** the postings of these (feature, week) lists */
export async function selectPostingLists(db: Client, lists: { featureId: number; week: number }[]): Promise<PostingRow[]> {
  if (lists.length === 0) return [];
  const sql = dialect(db);
  const rows = await readRows<{ featureId: unknown; week: unknown; eventId: string; sequence: unknown }>(db,
    `SELECT p."featureId", p."week", p."eventId", p."sequence" ` +
      `FROM (${sql.rows(1, [["featureId", "int"], ["week", "int"]])}) l ` +
      `JOIN "grouping_postings" p ON p."featureId" = l."featureId" AND p."week" = l."week"`,
    JSON.stringify(lists),
  );
  return rows.map((row) => ({ featureId: toNumber(row.featureId), week: toNumber(row.week), eventId: row.eventId, sequence: toNumber(row.sequence) }));
}

/** these events' extents (read through the per-call reader outside a transaction, like the postings that name them) */
export async function selectExtents(db: Client, eventIds: string[]): Promise<Map<string, GroupExtent>> {
  if (eventIds.length === 0) return new Map();
  const sql = dialect(db);
  const rows = await readRows<{ eventId: string; firstDay: unknown; lastDay: unknown; undated: unknown }>(db,
    `SELECT "eventId", "firstDay", "lastDay", "undated" FROM "grouping_events" WHERE "eventId" IN ${sql.texts(1)}`,
    JSON.stringify(eventIds),
  );
  return new Map(rows.map((row) => [row.eventId, { firstDay: row.firstDay === null ? null : toNumber(row.firstDay), lastDay: row.lastDay === null ? null : toNumber(row.lastDay), undated: Boolean(row.undated) }]));
}

/**
 * each event's latest `limit` members in the grouper's order, oldest first, as admitted
 * (grouping_articles.member; null in a row of an older state format, which is rebuilt before use)
 */
export async function selectLatestMembers(db: Client, eventIds: string[], limit: number): Promise<{ eventId: string; articleId: string; sequence: number; member: string | null }[]> {
  if (eventIds.length === 0) return [];
  const sql = dialect(db);
  const rows = await readRows<{ eventId: string; articleId: string; sequence: unknown; member: string | null }>(db,
    `SELECT r."eventId", r."articleId", r."sequence", r."member" FROM (` +
      `SELECT m."eventId", g."articleId", g."sequence", g."member", ROW_NUMBER() OVER (PARTITION BY m."eventId" ORDER BY g."sequence" DESC) AS "latest" ` +
      `FROM "event_memberships" m JOIN "grouping_articles" g ON g."articleId" = m."articleId" WHERE m."eventId" IN ${sql.texts(1)}` +
      `) r WHERE r."latest" <= ${sql.parameter(2)} ORDER BY r."sequence"`,
    JSON.stringify(eventIds),
    limit,
  );
  return rows.map((row) => ({ eventId: row.eventId, articleId: row.articleId, sequence: toNumber(row.sequence), member: row.member }));
}

/** the document counts of these feature numbers; a number the table lacks is left out */
export async function selectFeatureCounts(db: Client, ids: number[]): Promise<{ id: number; documents: number }[]> {
  if (ids.length === 0) return [];
  const sql = dialect(db);
  const rows = await readRows<{ id: unknown; documents: unknown }>(db, `SELECT "id", "documents" FROM "grouping_features" WHERE "id" IN ${sql.numbers(1)}`, JSON.stringify(ids));
  return rows.map((row) => ({ id: toNumber(row.id), documents: toNumber(row.documents) }));
}

/** the admitted members of these events, in the grouper's order; members with no row are left out */
export async function selectEventMembers(db: Client, eventIds: string[]): Promise<(GroupingArticleRow & { eventId: string })[]> {
  if (eventIds.length === 0) return [];
  const sql = dialect(db);
  const rows = await db.$queryRawUnsafe<{ eventId: string; articleId: string; sequence: unknown; features: unknown; firstDay: unknown; lastDay: unknown }[]>(
    `SELECT m."eventId", g."articleId", g."sequence", g."features", g."firstDay", g."lastDay" FROM "event_memberships" m JOIN "grouping_articles" g ON g."articleId" = m."articleId" ` +
      `WHERE m."eventId" IN ${sql.texts(1)} ORDER BY g."sequence"`,
    JSON.stringify(eventIds),
  );
  return rows.map((row) => ({
    eventId: row.eventId,
    articleId: row.articleId,
    sequence: toNumber(row.sequence),
    features: toJson<number[]>(row.features),
    firstDay: row.firstDay === null ? null : toNumber(row.firstDay),
    lastDay: row.lastDay === null ? null : toNumber(row.lastDay),
  }));
}

async function insertRows(tx: DbTransaction, table: string, columns: [string, "int" | "text" | "jsonb" | "boolean"][], conflict: string, rows: object[]): Promise<void> {
  const sql = dialect(tx);
  const columnList = columns.map(([name]) => `"${name}"`).join(", ");
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columnList}) ${sql.rows(1, columns)} ${conflict}`, JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT)));
  }
}

export async function upsertFeatures(tx: DbTransaction, rows: { id: number; name: string; documents: number }[]): Promise<void> {
  await insertRows(tx, "grouping_features", [["id", "int"], ["name", "text"], ["documents", "int"]], `ON CONFLICT ("id") DO UPDATE SET "documents" = excluded."documents"`, rows);
}

export async function insertGroupingArticles(tx: DbTransaction, rows: AdmittedArticleRow[]): Promise<void> {
  const columns: [string, "int" | "text" | "jsonb"][] = [["articleId", "text"], ["sequence", "int"], ["features", "jsonb"], ["firstDay", "int"], ["lastDay", "int"], ["member", "text"]];
  await insertRows(tx, "grouping_articles", columns, "", rows);
}

/** a posting already there keeps its (earlier) sequence */
export async function insertPostings(tx: DbTransaction, rows: PostingRow[]): Promise<void> {
  await insertRows(tx, "grouping_postings", [["featureId", "int"], ["week", "int"], ["eventId", "text"], ["sequence", "int"]], `ON CONFLICT ("featureId", "week", "eventId") DO NOTHING`, rows);
}

export async function upsertExtents(tx: DbTransaction, rows: (GroupExtent & { eventId: string })[]): Promise<void> {
  await insertRows(
    tx,
    "grouping_events",
    [["eventId", "text"], ["firstDay", "int"], ["lastDay", "int"], ["undated", "boolean"]],
    `ON CONFLICT ("eventId") DO UPDATE SET "firstDay" = excluded."firstDay", "lastDay" = excluded."lastDay", "undated" = excluded."undated"`,
    rows,
  );
}

export async function deleteEventPostings(tx: DbTransaction, eventIds: string[]): Promise<void> {
  if (eventIds.length === 0) return;
  const sql = dialect(tx);
  await tx.$executeRawUnsafe(`DELETE FROM "grouping_postings" WHERE "eventId" IN ${sql.texts(1)}`, JSON.stringify(eventIds));
  await tx.$executeRawUnsafe(`DELETE FROM "grouping_events" WHERE "eventId" IN ${sql.texts(1)}`, JSON.stringify(eventIds));
}
