// The two statements of copy detection that Prisma's query builder makes too slow (one bound
// parameter per row costs more in the driver adapter than in the database): the rows travel as
// one JSON parameter, unpacked by SQLite's json_each or PostgreSQL's jsonb_array_elements.
import { dbProvider, type DbTransaction } from "./client.ts";

/** [hash, articleId, offset] */
export type FingerprintRow = readonly [number, string, number];

export async function insertFingerprintRows(tx: DbTransaction, rows: FingerprintRow[]): Promise<void> {
  if (rows.length === 0) return;
  const payload = JSON.stringify(rows);
  if (dbProvider(tx) === "postgresql") {
    await tx.$executeRawUnsafe(
      `INSERT INTO "text_fingerprints" ("hash", "articleId", "offset")
       SELECT ("value" ->> 0)::integer, "value" ->> 1, ("value" ->> 2)::integer FROM jsonb_array_elements($1::jsonb) AS "value"`,
      payload,
    );
    return;
  }
  await tx.$executeRawUnsafe(
    `INSERT INTO "text_fingerprints" ("hash", "articleId", "offset")
     SELECT "value" ->> 0, "value" ->> 1, "value" ->> 2 FROM json_each(?)`,
    payload,
  );
}

/** Every stored (hash, articleId) pair whose hash is one of `hashes`, without repeats. */
export async function articlesWithHashes(tx: DbTransaction, hashes: number[]): Promise<{ hash: number; articleId: string }[]> {
  if (hashes.length === 0) return [];
  const payload = JSON.stringify(hashes);
  const rows = dbProvider(tx) === "postgresql"
    ? await tx.$queryRawUnsafe<{ hash: number | bigint; articleId: string }[]>(
        `SELECT DISTINCT "hash", "articleId" FROM "text_fingerprints"
         WHERE "hash" IN (SELECT ("value" #>> '{}')::integer FROM jsonb_array_elements($1::jsonb) AS "value")`,
        payload,
      )
    : await tx.$queryRawUnsafe<{ hash: number | bigint; articleId: string }[]>(
        `SELECT DISTINCT "hash", "articleId" FROM "text_fingerprints" WHERE "hash" IN (SELECT "value" FROM json_each(?))`,
        payload,
      );
  return rows.map((row) => ({ hash: Number(row.hash), articleId: row.articleId }));
}
