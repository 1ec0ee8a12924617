import pg from "pg";

/** The server the PostgreSQL test run uses (scripts/start-postgres.sh prints it; scripts/test.sh passes it on). */
export function testServerUrl(): string {
  const url = process.env.PARALLAX_TEST_POSTGRES_URL;
  if (!url) throw new Error("PARALLAX_TEST_DB=postgresql needs PARALLAX_TEST_POSTGRES_URL (see scripts/start-postgres.sh)");
  return url;
}

/** The same server, another database. */
export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Statements that cannot run in a transaction (CREATE/DROP DATABASE), on a short-lived connection. */
export async function adminQuery(sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** Database names are made by the test setup, never by input; this keeps them plain identifiers. */
export function quoteDatabase(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad test database name ${name}`);
  return `"${name}"`;
}
