// prisma/schema.prisma (SQLite) is the one schema; prisma/postgresql/schema.prisma is derived from
// it because Prisma 6 allows one provider per datasource (docs/decisions/012-postgresql.md).
//   node scripts/derive-postgres-schema.mjs           rewrite the derived schema
//   node scripts/derive-postgres-schema.mjs --check   exit 1 when it is stale
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = path.join(ROOT, "prisma", "schema.prisma");
const TARGET = path.join(ROOT, "prisma", "postgresql", "schema.prisma");
const HEADER = "// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.mjs: edit that file, then run this script.\n";

function rewrite(text, pattern, replacement, what) {
  if (!pattern.test(text)) throw new Error(`derive-postgres-schema: ${what} not found in prisma/schema.prisma`);
  return text.replace(pattern, replacement);
}

export function derivePostgresSchema(source) {
  let out = source;
  out = rewrite(out, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', "the sqlite provider");
  out = rewrite(out, /url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost/ignored"', "the datasource url");
  out = rewrite(out, /output(\s*)=\s*"\.\.\/generated\/prisma"/, 'output$1= "../../generated/prisma-postgresql"', "the client output");
  // The tsvector column of search-postgres.ts is created in SQL (migrations-postgresql/*_article_search);
  // declared here so `migrate diff` sees no drift. Unsupported fields stay out of the client's types.
  out = rewrite(
    out,
    /(\n  @@index\(\[publishedSort\]\)\n)/,
    '$1  search             Unsupported("tsvector")? @default(dbgenerated())\n  @@index([search], type: Gin, map: "articles_search_idx")\n',
    "the articles index on publishedSort",
  );
  return HEADER + out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const derived = derivePostgresSchema(readFileSync(SOURCE, "utf8"));
  if (process.argv.includes("--check")) {
    let current = "";
    try { current = readFileSync(TARGET, "utf8"); } catch { /* missing counts as stale */ }
    if (current !== derived) {
      console.error("prisma/postgresql/schema.prisma is stale: run `node scripts/derive-postgres-schema.mjs`");
      process.exit(1);
    }
  } else {
    writeFileSync(TARGET, derived);
  }
}
