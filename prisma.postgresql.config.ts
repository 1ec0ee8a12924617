import path from "node:path";
import pg from "pg";
import { parse } from "pg-connection-string";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The Prisma CLI's config for PostgreSQL (scripts/prisma.mjs picks it from DATABASE_URL; the app's
// client is built in lib/db/client.ts). See docs/decisions/012-postgresql.md.
//
// prisma/orm#27403: Prisma 6.19.3's wasm schema engine reads pg_catalog columns of types `name`
// (oid 19) and "char" (oid 18), which @prisma/adapter-pg 6.19.3 refuses ("Column type 'name' could
// not be deserialized from the database"). pg already decodes both as strings, so they are described
// as text (oid 25) for every connection of this CLI process, shadow database included. Drop this
// when a fixed 6.x ships.
const CATALOG_OIDS = new Set([18, 19]);
const TEXT_OID = 25;
type RowDescription = { fields: { dataTypeID: number }[] };
type QueryPrototype = { handleRowDescription(this: unknown, message: RowDescription): void };
const queryPrototype = (pg as unknown as { Query: { prototype: QueryPrototype } }).Query.prototype;
const handleRowDescription = queryPrototype.handleRowDescription;
queryPrototype.handleRowDescription = function (message) {
  for (const field of message.fields) if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  return handleRowDescription.call(this, message);
};

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations-postgresql") },
  async adapter() {
    return new PrismaPg({
      // fields, not connectionString: the shadow database overrides `database`, and a
      // connectionString would win over it (the "shadow" would be the real database: P3006)
      ...(parse(process.env.DATABASE_URL ?? "") as pg.PoolConfig),
      // the CLI waits for idle pool connections to close (pg's default is 10 s)
      idleTimeoutMillis: 200,
    });
  },
});
