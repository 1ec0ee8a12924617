// bench:events --database: the stored path, groupNewArticles (lib/events/group-articles.ts), timed
// on batches of new articles when the database already holds ~1k, 10k, 50k and 99k grouped
// articles of the grown stream. The articles before each batch are stored already grouped, with
// the in-memory grouper's decisions (bench/lib/stored-stream.ts): grouping 100,000 articles one
// import at a time through the database would take hours, and each call's cost depends on how
// much is stored, not on how it got there. On PostgreSQL the fill is vacuumed and analysed before
// each call (BenchDatabase.settle says why). After a timed batch its rows are replaced by the
// in-memory decisions too, and what the call added to the grouper's stored state (grouping_*
// tables) is taken back, so the stored state always is the in-memory grouper's. Each call runs
// in a process of its own (bench/lib/group-batch-process.ts), so its time, CPU and peak RSS are
// the call's alone, as in one CLI import.
import fs from "node:fs/promises";
import path from "node:path";
import type { DatabaseProvider } from "../../lib/db/client.ts";
import { loadEventsConfig } from "../../lib/events/events-config.ts";
import { createEventGrouper } from "../../lib/events/group-events.ts";
import { openGroupingState } from "../../lib/events/grouping-state.ts";
import { createBenchDatabase, type BenchDatabase } from "./bench-database.ts";
import { groupBatchInProcess, type GroupBatchResult } from "./group-batch-process.ts";
import { countEventMembers, insertGrouping, insertStreamArticles, STORED_EPOCH, storeGroupedRange, streamArticles, streamGrouping, type GroupedStream, type StoredGroups } from "./stored-stream.ts";

export interface DatabaseRunOptions {
  provider: DatabaseProvider;
  grouped: GroupedStream;
  /** articles per timed call of groupNewArticles */
  batch: number;
  /** stream positions at which a timed batch ends */
  checkpoints: number[];
}

export interface CheckpointFigures {
  stored: number;
  batch: number;
  callMs: number;
  /** CPU time of the call: the bench process's and the database server's (null when not measurable) */
  cpuMs: number | null;
  /** admitting the articles stored since the last call to the grouper's stored state (not timed in the call) */
  loadMs: number;
  rssPeak: number;
  /** the call ran out of memory with the default heap and was run again with a larger one */
  largeHeap: boolean;
  sameAsReplay: number;
  sameAsStream: number;
}

/** one group per article, named as the first article of the batch that went there when the group is new, so decisions compare across id schemes */
function canonicalGroups(order: string[], assignments: Map<string, string>, existing: Set<string>): Map<string, string> {
  const firstMember = new Map<string, string>();
  const canonical = new Map<string, string>();
  for (const id of order) {
    const group = assignments.get(id)!;
    if (existing.has(group)) canonical.set(id, group);
    else {
      if (!firstMember.has(group)) firstMember.set(group, id);
      canonical.set(id, `new:${firstMember.get(group)}`);
    }
  }
  return canonical;
}

const agreement = (a: Map<string, string>, b: Map<string, string>) => [...a].filter(([id, group]) => b.get(id) === group).length;

/**
 * The grouper fed exactly what groupNewArticles decides from, from memory: the stored articles put
 * back in the order they were grouped (the stream's: the bench stores them in that order), the
 * stored links, then the batch in its order (publication day, undated last, then the order given).
 */
function replay(grouped: GroupedStream, start: number, end: number, links: Iterable<[string, string]>): Map<string, string> {
  const { stream, decisions, published } = grouped;
  let nextGroup = 0;
  const grouper = createEventGrouper({ newGroupId: () => `replay-${nextGroup++}` });
  for (let index = 0; index < start; index++) grouper.restore(stream[index]!.signature(), decisions[index]!.groupId);
  for (const [a, b] of links) grouper.link(a, b);
  const batch = Array.from({ length: end - start }, (_, offset) => start + offset);
  batch.sort((a, b) => (published[a] ?? "9999").localeCompare(published[b] ?? "9999") || a - b);
  return new Map(batch.map((index) => [stream[index]!.id, grouper.add(stream[index]!.signature()).groupId]));
}

/** a larger heap for a call that ran out of memory with the default one */
const LARGE_HEAP = "--max-old-space-size=12288";

/**
 * The call in a process of its own (bench/lib/group-batch-process.ts). When it runs out of memory
 * before writing anything (no article of the batch has an event), once more with a larger heap.
 */
async function timedCall(bench: BenchDatabase, ids: string[]): Promise<{ result: GroupBatchResult; largeHeap: boolean }> {
  const request = { url: bench.url, ids, postmaster: bench.postmaster, sqlite: bench.provider === "sqlite" };
  const first = await groupBatchInProcess(request, process.env.NODE_OPTIONS ?? "");
  if (first.ok) return { result: first.result, largeHeap: false };
  const written = ids.length > 0 ? await bench.db.eventMembership.count({ where: { articleId: { in: ids.slice(0, 500) } } }) : 0;
  if (!first.outOfMemory || written > 0) throw new Error(`${ids.length > 0 ? "groupNewArticles" : "loadSignatures"} failed${written > 0 ? " after its writes" : ""}: ${first.message}`);
  console.log(`  ${ids.length > 0 ? "groupNewArticles" : "loadSignatures"} ran out of memory with the heap of NODE_OPTIONS="${process.env.NODE_OPTIONS ?? ""}"; again with ${LARGE_HEAP}:`);
  const second = await groupBatchInProcess(request, `${process.env.NODE_OPTIONS ?? ""} ${LARGE_HEAP}`.trim());
  if (!second.ok) throw new Error(`failed with ${LARGE_HEAP} too: ${second.message}`);
  return { result: second.result, largeHeap: true };
}

/** the grouping_* tables a call rewrites in place (the others it only adds rows to, after `nextSequence`) */
const REWRITTEN_STATE = ["grouping_state", "grouping_features", "grouping_events"];

/**
 * PARALLAX_BENCH_SNAPSHOT_DIR (SQLite): a copy of the database as the timed call finds it, and the
 * batch's ids, kept there as stored-<count>.db and .json, so one call can be run again and again
 * (e.g. profiled) without growing the stream each time.
 */
async function keepSnapshot(bench: BenchDatabase, stored: number, ids: string[]): Promise<void> {
  const directory = process.env.PARALLAX_BENCH_SNAPSHOT_DIR;
  if (!directory || bench.provider !== "sqlite") return;
  const file = path.resolve(directory, `stored-${stored}.db`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.rm(file, { force: true });
  await bench.db.$executeRawUnsafe(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
  await fs.writeFile(path.resolve(directory, `stored-${stored}.json`), JSON.stringify(ids));
}

/** A copy of the stored grouping state before a timed call, so what the call added can be taken back. */
async function saveGroupingState(bench: BenchDatabase): Promise<number> {
  for (const table of REWRITTEN_STATE) {
    await bench.db.$executeRawUnsafe(`DROP TABLE IF EXISTS "bench_${table}"`);
    await bench.db.$executeRawUnsafe(`CREATE TABLE "bench_${table}" AS SELECT * FROM "${table}"`);
  }
  return (await bench.db.groupingState.findUniqueOrThrow({ where: { id: 1 }, select: { nextSequence: true } })).nextSequence;
}

/** The state as it was before the call: the batch's articles are admitted again, with the in-memory decisions, by the next fill. */
async function restoreGroupingState(bench: BenchDatabase, nextSequence: number): Promise<void> {
  await bench.db.$transaction(
    async (tx) => {
      for (const table of REWRITTEN_STATE) {
        await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
        await tx.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM "bench_${table}"`);
        await tx.$executeRawUnsafe(`DROP TABLE "bench_${table}"`);
      }
      await tx.groupingPosting.deleteMany({ where: { sequence: { gte: nextSequence } } });
      await tx.groupingArticle.deleteMany({ where: { sequence: { gte: nextSequence } } });
    },
    { timeout: 600_000 },
  );
}

/** What the call wrote for the batch is replaced by the in-memory grouper's decisions. */
async function replaceBatchGrouping(bench: BenchDatabase, ids: string[], created: string[]): Promise<void> {
  // 500 ids per statement: Prisma refuses more bound parameters than SQLite's old limit of 999
  for (let start = 0; start < ids.length; start += 500) await bench.db.eventMembership.deleteMany({ where: { articleId: { in: ids.slice(start, start + 500) } } });
  for (let start = 0; start < created.length; start += 500) await bench.db.event.deleteMany({ where: { id: { in: created.slice(start, start + 500) } } });
  await bench.db.eventLink.deleteMany({ where: { createdAt: { gt: new Date(STORED_EPOCH) } } });
}

export async function runEventsOnDatabase({ provider, grouped, batch, checkpoints }: DatabaseRunOptions): Promise<CheckpointFigures[]> {
  const { stream, decisions } = grouped;
  const bench = await createBenchDatabase(provider, "events");
  const figures: CheckpointFigures[] = [];
  try {
    console.log(`\n${bench.label}: groupNewArticles on ${batch} new articles at a time`);
    console.log("stored    batch   call s   CPU s   ms/article   admitting s   RSS peak   same as replay   same as stream");
    const stored: StoredGroups = { groups: new Set(), links: new Set() };
    let storedCount = 0;
    const runStarted = performance.now();
    let fillMs = 0;
    for (const checkpoint of checkpoints) {
      const start = checkpoint - batch;
      let started = performance.now();
      await storeGroupedRange(bench.db, grouped, storedCount, start, stored);
      // the grouper's stored state takes the articles stored grouped, in the stream's order (what the replay restores)
      const admitStarted = performance.now();
      await openGroupingState(bench.db, loadEventsConfig(), stream.slice(0, start).map((item) => item.id));
      const loadMs = performance.now() - admitStarted;
      const ids = stream.slice(start, checkpoint).map((item) => item.id);
      await insertStreamArticles(bench.db, streamArticles(grouped, start, checkpoint));
      const savedSequence = await saveGroupingState(bench);
      await bench.settle();
      fillMs += performance.now() - started;

      const links = [...stored.links].map((key) => key.split("|") as [string, string]);
      await keepSnapshot(bench, start, ids);
      const { result, largeHeap } = await timedCall(bench, ids);
      const { ms, cpuMs, maxRss: rssPeak } = result;

      const existing = new Set(stored.groups);
      const assignments = new Map(result.assignments);
      const fromDatabase = canonicalGroups(ids, assignments, existing);
      const fromReplay = canonicalGroups(ids, replay(grouped, start, checkpoint, links), existing);
      const fromStream = canonicalGroups(ids, new Map(ids.map((id, offset) => [id, decisions[start + offset]!.groupId])), existing);
      const row: CheckpointFigures = { stored: start, batch, callMs: ms, cpuMs, loadMs, rssPeak, largeHeap, sameAsReplay: agreement(fromDatabase, fromReplay), sameAsStream: agreement(fromDatabase, fromStream) };
      figures.push(row);
      const cpu = cpuMs === null ? "–" : (cpuMs / 1000).toFixed(2);
      console.log(
        `${String(start).padStart(7)}   ${String(batch).padStart(5)}   ${(ms / 1000).toFixed(2).padStart(6)}   ${cpu.padStart(6)}   ${(ms / batch).toFixed(2).padStart(8)}     ${(loadMs / 1000).toFixed(2).padStart(10)}      ${(rssPeak / 1024 / 1024).toFixed(0).padStart(5)} MB${largeHeap ? "*" : " "}  ${`${row.sameAsReplay}/${batch}`.padStart(11)}      ${`${row.sameAsStream}/${batch}`.padStart(11)}`,
      );

      started = performance.now();
      const created = [...new Set(assignments.values())].filter((id) => !existing.has(id));
      await replaceBatchGrouping(bench, ids, created);
      await restoreGroupingState(bench, savedSequence);
      await insertGrouping(bench.db, streamGrouping(grouped, start, checkpoint, stored));
      fillMs += performance.now() - started;
      storedCount = checkpoint;
    }
    if (figures.some((row) => row.largeHeap)) console.log(`* out of memory with the default heap; the figures are those of the rerun with ${LARGE_HEAP}`);
    await countEventMembers(bench.db);
    const callsMs = figures.reduce((sum, row) => sum + row.callMs, 0);
    const callsCpuMs = figures.every((row) => row.cpuMs !== null) ? figures.reduce((sum, row) => sum + row.cpuMs!, 0) : null;
    console.log(
      `${bench.label}: ${figures.length} timed calls ${(callsMs / 1000).toFixed(1)} s (${(callsMs / (figures.length * batch)).toFixed(2)} ms per article), CPU ${callsCpuMs === null ? "–" : `${(callsCpuMs / 1000).toFixed(1)} s`}; ` +
        `storing ${storedCount} articles directly ${(fillMs / 1000).toFixed(1)} s; run ${((performance.now() - runStarted) / 1000).toFixed(1)} s with the replays and checks`,
    );
    return figures;
  } finally {
    await bench.drop();
  }
}
