// node --import tsx bench/rerun-events-call.ts SNAPSHOT.db [--save]
// One timed call of bench:events --database again, on a database it kept
// (PARALLAX_BENCH_SNAPSHOT_DIR=dir npm run bench:events -- --database sqlite keeps
// dir/stored-<count>.db and .json before each call): minutes instead of growing the stream again,
// e.g. to profile one call (`node --cpu-prof --import tsx …`: the call's process inherits the flag)
// or to compare code before and after a change. The copy is migrated and its grouping state
// brought up to date first, untimed and kept beside it per state fingerprint (a state of another
// format is rebuilt once: minutes at 99,000 stored). `--save` keeps the call's decisions as the
// reference (run it with the code the bench checked against its replay); without it, the
// decisions are compared with that reference, new events named by their first article.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { applyConnectionPragmas, createDb } from "../lib/db/client.ts";
import { ensureMigrated } from "../lib/db/migrate.ts";
import { openGroupingState, stateFingerprint } from "../lib/events/grouping-state.ts";
import { groupBatchInProcess } from "./lib/group-batch-process.ts";

const snapshot = process.argv[2];
if (!snapshot || !snapshot.endsWith(".db") || !fs.existsSync(snapshot)) {
  console.error("usage: node --import tsx bench/rerun-events-call.ts SNAPSHOT.db [--save] (a stored-<count>.db kept by bench:events with PARALLAX_BENCH_SNAPSHOT_DIR)");
  process.exit(2);
}
const save = process.argv.includes("--save");
const ids = JSON.parse(fs.readFileSync(snapshot.replace(/\.db$/, ".json"), "utf8")) as string[];
const removeDatabase = (file: string) => {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
};

const prepared = snapshot.replace(/\.db$/, `.${stateFingerprint().replace(/[^a-z0-9]+/gi, "-")}.db`);
if (!fs.existsSync(prepared)) {
  const scratch = `${prepared}.${process.pid}.tmp`;
  fs.copyFileSync(snapshot, scratch);
  await ensureMigrated(`file:${scratch}`);
  const db = createDb(`file:${scratch}`);
  await applyConnectionPragmas(db);
  const started = performance.now();
  await openGroupingState(db);
  console.log(`grouping state brought up to date in ${((performance.now() - started) / 1000).toFixed(1)} s (untimed, once)`);
  await db.$executeRawUnsafe(`VACUUM INTO '${prepared.replaceAll("'", "''")}'`);
  await db.$disconnect();
  removeDatabase(scratch);
}

const work = `${prepared}.${process.pid}.run`;
fs.copyFileSync(prepared, work);
const reader = new Database(work, { readonly: true });
const existing = new Set((reader.prepare(`SELECT "id" FROM "events"`).all() as { id: string }[]).map((row) => row.id));
reader.close();
const outcome = await groupBatchInProcess({ url: `file:${work}`, ids, postmaster: null, sqlite: true }, process.env.NODE_OPTIONS ?? "");
removeDatabase(work);
if (!outcome.ok) throw new Error(outcome.message);
const { ms, cpuMs, maxRss, assignments } = outcome.result;

// new events get random ids: each is named by its first article, as bench/lib/events-database.ts compares them
const eventOf = new Map(assignments);
const firstMember = new Map<string, string>();
const decisions: Record<string, string> = {};
for (const id of ids) {
  const event = eventOf.get(id);
  if (event === undefined) throw new Error(`article ${id} was not grouped`);
  if (existing.has(event)) decisions[id] = event;
  else {
    if (!firstMember.has(event)) firstMember.set(event, id);
    decisions[id] = `new:${firstMember.get(event)}`;
  }
}
const referenceFile = snapshot.replace(/\.db$/, ".reference.json");
let comparison = "decisions kept as the reference";
if (save) fs.writeFileSync(referenceFile, JSON.stringify(decisions));
else if (!fs.existsSync(referenceFile)) comparison = "no reference to compare with (run once with --save)";
else {
  const reference = JSON.parse(fs.readFileSync(referenceFile, "utf8")) as Record<string, string>;
  comparison = `${ids.filter((id) => reference[id] === decisions[id]).length}/${ids.length} decisions as the reference`;
}
console.log(`${path.basename(snapshot)}: ${(ms / 1000).toFixed(2)} s wall, ${((cpuMs ?? 0) / 1000).toFixed(2)} s CPU, ${(maxRss / 1024 ** 2).toFixed(0)} MB peak RSS; ${comparison}`);
