import { dbProvider, type DbTransaction } from "./client.ts";

export type BulkValue = string | number | boolean | null | Date | object;

/**
 * The tables a bulk import writes, and those the benches fill with 100,000 grouped articles
 * (bench/lib/stored-stream.ts), nothing else: table names never come from input.
 */
export type BulkTable = "articles" | "removed_pieces" | "copied_passages" | "import_chunks" | "import_items" | "article_signatures" | "events" | "event_memberships" | "event_links";

/**
 * Inserts many rows in one statement, the rows travelling as one bound JSON parameter unpacked by
 * the database (SQLite's json_each, PostgreSQL's jsonb_populate_recordset). Why not Prisma's
 * createMany: on a 2,179-article import it spent ~1 ms per article row and ~0.7 ms per import-item
 * row in the query compiler and driver adapter, against ~0.15 ms for SQLite itself (FTS trigger
 * included) — the difference between 100 and 500 articles/s.
 *
 * Values are written the way Prisma writes them, so Prisma reads them back unchanged: Date as
 * ISO 8601 with "+00:00", booleans as 0/1 on SQLite, Json columns as their JSON text on SQLite
 * and as JSON values on PostgreSQL.
 */
export async function bulkInsert(tx: DbTransaction, table: BulkTable, rows: Record<string, BulkValue>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  for (const column of columns) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column)) throw new Error(`bulkInsert: bad column name ${column}`);
  const columnList = columns.map((column) => `"${column}"`).join(", ");
  if (dbProvider(tx) === "postgresql") {
    // The table's own row type gives every JSON field its column type (timestamp, jsonb, boolean…).
    const payload = JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((column) => [column, toPostgresJsonValue(row[column])]))));
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columnList}) SELECT ${columnList} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`, payload);
    return;
  }
  const payload = JSON.stringify(rows.map((row) => columns.map((column) => toSqliteJsonValue(row[column]))));
  const selectList = columns.map((_, index) => `"value" ->> ${index}`).join(", ");
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columnList}) SELECT ${selectList} FROM json_each(?)`, payload);
}

/** A DateTime as Prisma writes it on SQLite (timestampFormat iso8601), so Prisma reads it back unchanged. */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace(/Z$/, "+00:00");
}

function toSqliteJsonValue(value: BulkValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return sqliteTimestamp(value);
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

function toPostgresJsonValue(value: BulkValue | undefined): BulkValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}
