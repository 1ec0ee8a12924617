// What an import run looks like from outside: its progress (for the run page, polled) and its
// summary (the CLI's --json, the import form's result panel). Read from the database only, so any
// process can answer for any run.

import type { ImportRun } from "../../generated/prisma/client.ts";
import type { Db } from "../db/client.ts";
import type { ErrorCode } from "../errors.ts";
import type { ImportItemResult, ImportSummary } from "../ingest/import-inputs.ts";
import type { JobState } from "./queue.ts";
import { FINISHED_STATUSES, type ImportRunStatus } from "./import-job.ts";

export interface ImportRunProgress {
  id: string;
  label: string;
  origin: string;
  status: ImportRunStatus;
  /** the run was reading its inputs for longer than a request could: its process died */
  interrupted: boolean;
  total: number;
  settled: number;
  imported: number;
  duplicates: number;
  rejected: number;
  chunkCount: number;
  chunksDone: number;
  jobs: Record<JobState, number>;
  error: string | null;
  grouping: { grouped: number; joined: number; created: number } | null;
  createdBy: string | null;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** Reading an upload happens in its request; a run still "reading" after this long lost its process. */
const READING_STALLED_MS = 10 * 60_000;

export function isFinished(status: string): boolean {
  return (FINISHED_STATUSES as readonly string[]).includes(status);
}

export async function readImportRun(db: Db, runId: string): Promise<ImportRunProgress | null> {
  const run = await db.importRun.findUnique({ where: { id: runId } });
  return run ? presentRun(run, await countJobs(db, [runId])) : null;
}

export async function listImportRuns(db: Db, options: { take?: number } = {}): Promise<ImportRunProgress[]> {
  const runs = await db.importRun.findMany({ orderBy: { startedAt: "desc" }, take: options.take ?? 20 });
  const jobs = await countJobs(db, runs.map((run) => run.id));
  return runs.map((run) => presentRun(run, jobs));
}

/** jobs by run and state, for every run of `runIds` in one query */
async function countJobs(db: Db, runIds: string[]): Promise<Map<string, Record<JobState, number>>> {
  const rows = await db.job.groupBy({ by: ["scope", "state"], where: { scope: { in: runIds } }, _count: { _all: true } });
  const counts = new Map(runIds.map((id) => [id, { queued: 0, active: 0, done: 0, failed: 0 } as Record<JobState, number>]));
  for (const row of rows) {
    const entry = row.scope ? counts.get(row.scope) : undefined;
    if (entry) entry[row.state as JobState] = row._count._all;
  }
  return counts;
}

function presentRun(run: ImportRun, jobCounts: Map<string, Record<JobState, number>>): ImportRunProgress {
  const jobs = jobCounts.get(run.id) ?? { queued: 0, active: 0, done: 0, failed: 0 };
  const grouping = run.grouping as { grouped?: number; joined?: number; created?: number } | null;
  return {
    id: run.id,
    label: run.label,
    origin: run.origin,
    status: run.status as ImportRunStatus,
    interrupted: run.status === "reading" && Date.now() - run.updatedAt.getTime() > READING_STALLED_MS,
    total: run.total,
    settled: run.settled,
    imported: run.imported,
    duplicates: run.duplicates,
    rejected: run.rejected,
    chunkCount: run.chunkCount,
    chunksDone: run.chunksDone,
    jobs,
    error: run.error,
    grouping: grouping ? { grouped: grouping.grouped ?? 0, joined: grouping.joined ?? 0, created: grouping.created ?? 0 } : null,
    createdBy: run.createdBy,
    startedAt: run.startedAt.toISOString(),
    updatedAt: run.updatedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

/** Every item of a run in reading order, with the headline, outlet and language of its article. */
export async function readImportSummary(db: Db, runId: string, options: { statuses?: string[]; take?: number; skip?: number } = {}): Promise<ImportSummary> {
  const run = await db.importRun.findUniqueOrThrow({ where: { id: runId }, select: { id: true, imported: true, duplicates: true, rejected: true } });
  const items = await db.importItem.findMany({
    where: { runId, ...(options.statuses ? { status: { in: options.statuses } } : {}) },
    orderBy: { position: "asc" },
    take: options.take,
    skip: options.skip,
  });
  const articleIds = [...new Set(items.flatMap((item) => [item.articleId, item.duplicateOfId].filter((id): id is string => Boolean(id))))];
  const articles = new Map(
    (await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, headline: true, language: true, outlet: { select: { name: true } } } })).map((article) => [article.id, article]),
  );
  return {
    runId: run.id,
    imported: run.imported,
    duplicates: run.duplicates,
    rejected: run.rejected,
    items: items.map((item): ImportItemResult => {
      const article = articles.get(item.articleId ?? item.duplicateOfId ?? "");
      return {
        label: item.label,
        status: item.status as ImportItemResult["status"],
        ...(item.articleId ? { articleId: item.articleId } : {}),
        ...(item.duplicateOfId ? { duplicateOfId: item.duplicateOfId } : {}),
        ...(item.errorCode ? { errorCode: item.errorCode as ErrorCode } : {}),
        ...(item.message ? { message: item.message } : {}),
        ...(article && item.status !== "rejected" ? { headline: article.headline, outlet: article.outlet?.name ?? null, language: article.language } : {}),
      };
    }),
  };
}

/**
 * article id -> its event for the articles a run imported (what grouping gave them, or a reviewer
 * since), and whether that event also holds articles from before the run (the article "joined" it).
 */
export async function readRunEvents(db: Db, runId: string): Promise<Map<string, { eventId: string; joined: boolean }>> {
  const rows = await db.eventMembership.findMany({ where: { article: { importRunId: runId } }, select: { articleId: true, eventId: true } });
  const eventIds = [...new Set(rows.map((row) => row.eventId))];
  const older = new Set(
    (
      await db.eventMembership.findMany({
        where: { eventId: { in: eventIds }, article: { OR: [{ importRunId: null }, { importRunId: { not: runId } }] } },
        select: { eventId: true },
        distinct: ["eventId"],
      })
    ).map((row) => row.eventId),
  );
  return new Map(rows.map((row) => [row.articleId, { eventId: row.eventId, joined: older.has(row.eventId) }]));
}
