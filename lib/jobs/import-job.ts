// An import as a background job (docs/decisions/015-background-jobs.md):
//  1. startImport reads the inputs (files, JSONL lines, the paste, the URL) in the caller's process,
//     writes them to `import_chunks` a few hundred items at a time and queues one job per chunk;
//  2. an "import.chunk" job ingests and stores its chunk. Each article is committed together with
//     its item row, and a retried chunk skips the items already written, so a worker killed in the
//     middle leaves no half-written article, and the retry neither loses nor repeats one;
//  3. when the last chunk is done, an "import.finish" job puts the new articles into events and
//     updates the outlet figures, then marks the run done.
// Everything a progress page shows is in `import_runs`, never in a process.

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { bulkInsert } from "../db/bulk-insert.ts";
import type { Db, DbTransaction } from "../db/client.ts";
import { withLockRetries } from "../db/with-lock-retries.ts";
import { AppError, toAppError, type ErrorCode } from "../errors.ts";
import { groupNewArticles } from "../events/group-articles.ts";
import { ingestArticle } from "../ingest/ingest-article.ts";
import { OutletRecords } from "../ingest/outlet-records.ts";
import { loadGazetteer, type OutletGazetteer } from "../ingest/outlets/gazetteer.ts";
import { readSource, type InputSource, type ReadOptions, type SourceItem } from "../ingest/read/read-source.ts";
import { storeArticles, type StoreResult } from "../ingest/store-article.ts";
import type { CleanArticle, RawInput } from "../ingest/types.ts";
import { ensureEventStats } from "../report/outlets/event-stats.ts";
import { createTimeSlicer, yieldToEventLoop } from "../yield-to-event-loop.ts";
import { enqueue, retryFailedJobs, type Job } from "./queue.ts";
import type { JobHandler, JobHandlers } from "./worker.ts";

export const IMPORT_CHUNK_QUEUE = "import.chunk";
export const IMPORT_FINISH_QUEUE = "import.finish";

export type ImportRunStatus = "reading" | "running" | "grouping" | "done" | "failed";
export const FINISHED_STATUSES: readonly ImportRunStatus[] = ["done", "failed"];

/** Items per chunk, and a cap on a chunk's text: one chunk is one job and one transaction. */
const CHUNK_ITEMS = 200;
const CHUNK_BYTES = 8 * 1024 * 1024;
/** Articles per write transaction within a chunk (each with its item rows). */
const STORE_BATCH = 25;

const ZRunOptions = z.object({ outletHint: z.string().optional(), group: z.boolean().default(false) });
export type ImportRunOptions = z.infer<typeof ZRunOptions>;

/** One item of a chunk as read: the input, or why it could not be read. */
const ZChunkEntry = z.object({
  position: z.number().int(),
  label: z.string(),
  input: z.custom<RawInput>((value) => typeof value === "object" && value !== null && typeof (value as RawInput).text === "string").optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
type ChunkEntry = z.infer<typeof ZChunkEntry>;

const ZChunkPayload = z.object({ runId: z.string(), seq: z.number().int() });
const ZFinishPayload = z.object({ runId: z.string() });

export interface StartImportOptions extends ReadOptions {
  origin: "cli" | "web" | "bench";
  /** applies to every input that does not name its own outlet */
  outletHint?: string;
  /** put the new articles into events when the run finishes */
  group?: boolean;
  /** the signed-in user, or "cli" */
  createdBy?: string;
  /** called after each chunk is written, with the number of items read so far */
  onRead?: (read: number) => void;
  /** items per chunk (tests use small chunks to have many) */
  chunkItems?: number;
}

/**
 * Reads every source and queues the run's chunks. Reading happens here, in the caller's process
 * (an upload exists only in the request that carried it); storing happens in the jobs. Returns the
 * run id at once: the run page and `parallax import` follow its progress.
 */
export async function startImport(db: Db, sources: InputSource[], options: StartImportOptions): Promise<string> {
  const runOptions: ImportRunOptions = { ...(options.outletHint ? { outletHint: options.outletHint } : {}), group: options.group ?? false };
  const run = await db.importRun.create({
    data: { origin: options.origin, label: describeSources(sources), status: "reading", options: runOptions, createdBy: options.createdBy ?? null },
    select: { id: true },
  });
  let seq = 0;
  let position = 0;
  let entries: ChunkEntry[] = [];
  let bytes = 0;
  // Reading runs in the request that carried the upload, in the process that answers everyone
  // else: give the event loop a turn every few milliseconds (issue 15: a 200,000-line feed held
  // it for 15 s), between items and between chunk transactions, never inside one.
  const slice = createTimeSlicer();
  const flush = async () => {
    if (entries.length === 0) return;
    const chunk = { id: randomUUID(), runId: run.id, seq, firstItem: entries[0]!.position, size: entries.length, inputs: entries };
    seq += 1;
    entries = [];
    bytes = 0;
    await withLockRetries(() =>
      db.$transaction(async (tx) => {
        // raw, not importChunk.create: Prisma's query compiler works through a chunk's JSON (200
        // items) at ~20 ms a chunk on 2 cores, against 5-10 ms for this insert
        await bulkInsert(tx, "import_chunks", [chunk]);
        await enqueue(tx, IMPORT_CHUNK_QUEUE, { runId: run.id, seq: chunk.seq }, { scope: run.id, dedupeKey: `${IMPORT_CHUNK_QUEUE}:${run.id}:${chunk.seq}` });
        await tx.importRun.updateMany({ where: { id: run.id }, data: { total: position, chunkCount: seq } });
      }),
    );
    options.onRead?.(position);
  };
  try {
    for (const source of sources) {
      const withHint = options.outletHint && !source.outletHint ? { ...source, outletHint: options.outletHint } : source;
      for await (const read of readSource(withHint, options)) {
        const entry = chunkEntry(position, read);
        position += 1;
        entries.push(entry);
        bytes += read.ok ? read.input.text.length : 0;
        if (entries.length >= (options.chunkItems ?? CHUNK_ITEMS) || bytes >= CHUNK_BYTES) await flush();
        await slice();
      }
    }
    await flush();
  } catch (error) {
    // only a broken configuration gets here (readSource reports bad inputs as items)
    await db.importRun.update({ where: { id: run.id }, data: { status: "failed", error: toAppError(error).message, finishedAt: new Date() } });
    throw error;
  }
  await withLockRetries(() =>
    db.$transaction(async (tx) => {
      await tx.importRun.updateMany({ where: { id: run.id }, data: { total: position, chunkCount: seq, status: "running" } });
      await settleRun(tx, run.id);
    }),
  );
  return run.id;
}

/** The job handlers of imports, for a worker (lib/jobs/start-worker.ts, `parallax worker`, the CLI's own run). */
export function importJobHandlers(options: { gazetteer?: OutletGazetteer } = {}): JobHandlers {
  let gazetteer = options.gazetteer;
  const chunk: JobHandler<unknown> = {
    run: async (job, { db, signal }) => {
      gazetteer ??= loadGazetteer();
      await runImportChunk(db, ZChunkPayload.parse(job.payload), gazetteer, signal);
    },
    failed: async (job, error, { db }) => markFailed(db, ZChunkPayload.parse(job.payload).runId, job, error),
  };
  const finish: JobHandler<unknown> = {
    run: async (job, { db }) => finishImport(db, ZFinishPayload.parse(job.payload).runId),
    failed: async (job, error, { db }) => markFailed(db, ZFinishPayload.parse(job.payload).runId, job, error),
  };
  return { [IMPORT_CHUNK_QUEUE]: chunk, [IMPORT_FINISH_QUEUE]: finish };
}

interface ItemRow {
  position: number;
  label: string;
  status: "imported" | "duplicate" | "rejected";
  errorCode: ErrorCode | null;
  message: string | null;
  articleId: string | null;
  duplicateOfId: string | null;
}

async function runImportChunk(db: Db, { runId, seq }: { runId: string; seq: number }, gazetteer: OutletGazetteer, signal: AbortSignal): Promise<void> {
  const chunk = await db.importChunk.findUnique({ where: { runId_seq: { runId, seq } }, include: { run: { select: { options: true } } } });
  if (!chunk) throw new AppError("NOT_FOUND", `import run ${runId} has no chunk ${seq}`);
  if (chunk.status === "done") {
    await withLockRetries(() => db.$transaction((tx) => settleRun(tx, runId)));
    return;
  }
  const entries = z.array(ZChunkEntry).parse(chunk.inputs);
  const runOptions = ZRunOptions.parse(chunk.run.options);
  // a retried chunk: the items an earlier attempt committed stay as they are
  const written = new Set(
    (await db.importItem.findMany({ where: { runId, position: { gte: chunk.firstItem, lt: chunk.firstItem + chunk.size } }, select: { position: true } })).map((row) => row.position),
  );
  const rejected: ItemRow[] = [];
  const articles: CleanArticle[] = [];
  const positionOf = new Map<CleanArticle, ChunkEntry>();
  for (const entry of entries) {
    // ingest is synchronous work of ~10-50 ms an article: let the app instance this worker may
    // share a process with answer its requests in between
    await yieldToEventLoop();
    if (written.has(entry.position)) continue;
    if (entry.error || !entry.input) {
      rejected.push(rejectedRow(entry, entry.error ?? { code: "INTERNAL", message: `${entry.label}: nothing was read.` }));
      continue;
    }
    try {
      const input = runOptions.outletHint && !entry.input.outletHint ? { ...entry.input, outletHint: runOptions.outletHint } : entry.input;
      const article = ingestArticle({ input, gazetteer });
      articles.push(article);
      positionOf.set(article, entry);
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") console.error(`import of ${entry.label} failed:`, appError.cause ?? appError);
      rejected.push(rejectedRow(entry, appError));
    }
  }
  signal.throwIfAborted();

  const outlets = new OutletRecords(gazetteer);
  const settledInTransaction = new Set<CleanArticle>();
  const results: StoreResult[] = [];
  // short write transactions: on SQLite a verdict save waits for the write lock meanwhile
  for (let start = 0; start < articles.length; start += STORE_BATCH) {
    signal.throwIfAborted();
    // on SQLite a run of transactions is one chain of microtasks: requests get a turn between them
    await yieldToEventLoop();
    results.push(
      ...(await storeArticles(db, articles.slice(start, start + STORE_BATCH), {
        outlets,
        importRunId: runId,
        afterBatch: async (tx, batch, batchResults) => {
          await writeItems(tx, runId, batch.map((article, index) => storedRow(positionOf.get(article)!, article, batchResults[index]!)));
          for (const article of batch) settledInTransaction.add(article);
        },
      })),
    );
  }
  // stored outside a transaction of its own: duplicates found after a race, articles that failed
  const rest = articles.flatMap((article, index) => (settledInTransaction.has(article) ? [] : [storedRow(positionOf.get(article)!, article, results[index]!)]));
  await yieldToEventLoop();
  await withLockRetries(() =>
    db.$transaction(async (tx) => {
      await writeItems(tx, runId, [...rejected, ...rest]);
      await tx.importChunk.update({ where: { id: chunk.id }, data: { status: "done", inputs: [], doneAt: new Date() } });
      await settleRun(tx, runId);
    }),
  );
}

/** Groups the run's new articles (if asked), updates the outlet figures, and marks the run done. */
async function finishImport(db: Db, runId: string): Promise<void> {
  const run = await db.importRun.findUnique({ where: { id: runId }, select: { status: true, options: true, grouping: true } });
  if (!run) throw new AppError("NOT_FOUND", `no import run ${runId}`);
  if (run.status === "done") return;
  const { group } = ZRunOptions.parse(run.options);
  let grouping: object | null = null;
  if (group) {
    const articleIds = (await db.importItem.findMany({ where: { runId, status: "imported" }, orderBy: { position: "asc" }, select: { articleId: true } })).flatMap((row) => (row.articleId ? [row.articleId] : []));
    if (articleIds.length > 0) {
      const result = await groupNewArticles(db, { articleIds });
      // a retried finish finds the articles grouped by the attempt before: keep that attempt's counts
      grouping = result.grouped > 0 || !run.grouping ? { grouped: result.grouped, joined: result.joined, created: result.created } : (run.grouping as object);
      const memberships = await db.eventMembership.findMany({ where: { articleId: { in: articleIds } }, select: { eventId: true } });
      await ensureEventStats(db, [...new Set(memberships.map((row) => row.eventId))]);
    }
  }
  await db.importRun.update({ where: { id: runId }, data: { status: "done", finishedAt: new Date(), ...(grouping ? { grouping } : {}) } });
}

/** Takes the run's row lock first, so concurrent chunk completions count one after the other. */
async function lockRun(tx: DbTransaction, runId: string): Promise<void> {
  await tx.importRun.updateMany({ where: { id: runId }, data: { updatedAt: new Date() } });
}

/**
 * Recounts the run from its rows (idempotent: a retried chunk cannot count twice) and, once every
 * chunk is done and reading has ended, queues the finishing job (deduplicated: at most one).
 */
async function settleRun(tx: DbTransaction, runId: string): Promise<void> {
  await lockRun(tx, runId);
  // one after the other: a transaction is one connection, and pg wants one query at a time on it
  const run = await tx.importRun.findUniqueOrThrow({ where: { id: runId }, select: { status: true, chunkCount: true } });
  const counts = await tx.importItem.groupBy({ by: ["status"], where: { runId }, _count: { _all: true } });
  const chunksDone = await tx.importChunk.count({ where: { runId, status: "done" } });
  const count = (status: string) => counts.find((row) => row.status === status)?._count._all ?? 0;
  const imported = count("imported");
  const duplicates = count("duplicate");
  const rejected = count("rejected");
  const allDone = run.status === "running" && chunksDone === run.chunkCount;
  await tx.importRun.update({
    where: { id: runId },
    data: { imported, duplicates, rejected, settled: imported + duplicates + rejected, chunksDone, ...(allDone ? { status: "grouping" } : {}) },
  });
  if (allDone) await enqueue(tx, IMPORT_FINISH_QUEUE, { runId }, { scope: runId, dedupeKey: `${IMPORT_FINISH_QUEUE}:${runId}` });
}

/**
 * Queues a failed run's failed jobs again (the Retry button, `parallax runs RUN --retry`); the items
 * already stored stay. Returns how many jobs were queued: 0 leaves the run as it was.
 */
export async function retryImportRun(db: Db, runId: string): Promise<number> {
  return withLockRetries(() =>
    db.$transaction(async (tx) => {
      const retried = await retryFailedJobs(tx, runId);
      if (retried > 0) await tx.importRun.update({ where: { id: runId }, data: { status: "running", error: null, finishedAt: null } });
      return retried;
    }),
  );
}

async function markFailed(db: Db, runId: string, job: Job<unknown>, error: unknown): Promise<void> {
  const what = job.queue === IMPORT_CHUNK_QUEUE ? `items of chunk ${ZChunkPayload.parse(job.payload).seq + 1}` : "grouping the new articles";
  await db.importRun.update({
    where: { id: runId },
    data: { status: "failed", finishedAt: new Date(), error: `${what} failed ${job.attempts} times: ${toAppError(error).message}` },
  });
}

async function writeItems(tx: DbTransaction, runId: string, rows: ItemRow[]): Promise<void> {
  const createdAt = new Date();
  await bulkInsert(tx, "import_items", rows.map((row) => ({ id: randomUUID(), runId, ...row, createdAt })));
}

function rejectedRow(entry: ChunkEntry, error: { code: string; message: string }): ItemRow {
  return { position: entry.position, label: entry.label, status: "rejected", errorCode: error.code as ErrorCode, message: error.message, articleId: null, duplicateOfId: null };
}

function storedRow(entry: ChunkEntry, article: CleanArticle, stored: StoreResult): ItemRow {
  if (stored.status === "failed") {
    const error = toAppError(stored.error);
    if (error.code === "INTERNAL") console.error(`import of ${entry.label} failed:`, error.cause ?? error);
    return rejectedRow(entry, error);
  }
  if (stored.status === "duplicate") {
    return {
      position: entry.position,
      label: entry.label,
      status: "duplicate",
      errorCode: "DUPLICATE",
      message: `${article.input.label}: the same text is already stored (article ${stored.duplicateOfId}).`,
      articleId: null,
      duplicateOfId: stored.duplicateOfId,
    };
  }
  return { position: entry.position, label: entry.label, status: "imported", errorCode: null, message: null, articleId: stored.articleId, duplicateOfId: null };
}

/**
 * What a chunk keeps of one read item. PostgreSQL cannot store a NUL character or half a surrogate
 * pair, in JSON or in text, so an input carrying either is refused here with a clear reason rather
 * than failing its whole chunk later (SQLite would store it, and the two must agree).
 */
function chunkEntry(position: number, read: SourceItem): ChunkEntry {
  if (!read.ok) return { position, label: clean(read.label), error: { code: read.error.code, message: clean(read.error.message) } };
  const { input } = read;
  const strings = [input.text, input.label, input.url, input.outletHint, input.publishedHint, input.titleHint, input.languageHint];
  if (strings.some((value) => value?.includes("\u0000"))) {
    return { position, label: clean(input.label), error: { code: "BINARY_INPUT", message: `${clean(input.label)} contains binary data (NUL characters), not text.` } };
  }
  const fixed = Object.fromEntries(Object.entries(input).map(([key, value]) => [key, typeof value === "string" ? clean(value) : value])) as unknown as RawInput;
  return { position, label: fixed.label, input: fixed };
}

/** NUL removed and unpaired surrogates replaced by U+FFFD, as a UTF-8 encoder would. */
function clean(text: string): string {
  return text.replaceAll("\u0000", "").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

function describeSources(sources: InputSource[]): string {
  const names = sources.map((source) => {
    switch (source.kind) {
      case "paste":
        return source.label ?? "pasted text";
      case "bytes":
        return source.name;
      case "path":
        return source.path.split(/[\\/]/).filter(Boolean).at(-1) ?? source.path;
      case "url":
        return source.url;
    }
  });
  if (names.length <= 2) return names.join(" and ").slice(0, 300);
  return `${names.slice(0, 2).join(", ")} and ${names.length - 2} more`.slice(0, 300);
}
