// Reading verdicts: presenters decide which fields leave the server (the outline habit).

import type { Db, Prisma } from "../db/client.ts";
import { listRevisions, type RevisionRecord } from "./revisions.ts";
import type { VerdictRating } from "./verdict-scale.ts";
import type { EvidenceItem, Verdict, VerdictState } from "./verdict-types.ts";

export const VERDICT_SELECT = {
  id: true,
  eventId: true,
  rowId: true,
  articleId: true,
  claimLabel: true,
  claimText: true,
  rating: true,
  summary: true,
  notes: true,
  evidence: true,
  version: true,
  createdById: true,
  updatedById: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** a verdicts row as VERDICT_SELECT reads it */
export type VerdictRow = Prisma.VerdictGetPayload<{ select: typeof VERDICT_SELECT }>;

export function verdictState(row: Pick<VerdictRow, "rating" | "summary" | "notes" | "evidence">): VerdictState {
  return { rating: row.rating as VerdictRating, summary: row.summary, notes: row.notes, evidence: row.evidence as EvidenceItem[] };
}

async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

export async function presentVerdicts(db: Db, rows: VerdictRow[]): Promise<Verdict[]> {
  const names = await userNames(db, rows.flatMap((row) => [row.createdById, row.updatedById]));
  const person = (id: string) => ({ id, name: names.get(id) ?? "removed user" });
  return rows.map((row) => ({
    id: row.id,
    eventId: row.eventId,
    rowId: row.rowId,
    articleId: row.articleId,
    claimLabel: row.claimLabel,
    claimText: row.claimText,
    ...verdictState(row),
    version: row.version,
    createdBy: person(row.createdById),
    updatedBy: person(row.updatedById),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function findVerdict(db: Db, target: { eventId: string; rowId: string; articleId: string }): Promise<Verdict | null> {
  const row = await db.verdict.findUnique({ where: { eventId_rowId_articleId: target }, select: VERDICT_SELECT });
  return row ? ((await presentVerdicts(db, [row]))[0] ?? null) : null;
}

export async function getVerdict(db: Db, id: string): Promise<Verdict | null> {
  const row = await db.verdict.findUnique({ where: { id }, select: VERDICT_SELECT });
  return row ? ((await presentVerdicts(db, [row]))[0] ?? null) : null;
}

/** Every verdict of an event, for the compare table's badges and the report. */
export async function listEventVerdicts(db: Db, eventId: string): Promise<Verdict[]> {
  const rows = await db.verdict.findMany({ where: { eventId }, orderBy: { updatedAt: "desc" }, select: VERDICT_SELECT });
  return presentVerdicts(db, rows);
}

export type VerdictRevision = RevisionRecord<VerdictState & { version: number }>;

export async function verdictHistory(db: Db, verdictId: string): Promise<VerdictRevision[]> {
  return listRevisions(db, "verdict", verdictId);
}
