// The Prisma CLI with the config that matches DATABASE_URL (docs/decisions/012-postgresql.md):
// `file:` → prisma.config.ts (SQLite), `postgres://` or `postgresql://` → prisma.postgresql.config.ts.
//   node scripts/prisma.mjs migrate deploy
// The same rule as databaseProvider() in lib/db/client.ts, repeated because this runs under plain node.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const url = process.env.DATABASE_URL ?? "file:./data/parallax.db";

let config;
if (url.startsWith("file:")) config = "prisma.config.ts";
else if (/^postgres(ql)?:\/\//.test(url)) config = "prisma.postgresql.config.ts";
else {
  console.error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not "${url.split(":")[0]}:"`);
  process.exit(2);
}

const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "prisma"), [...process.argv.slice(2), "--config", config], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
