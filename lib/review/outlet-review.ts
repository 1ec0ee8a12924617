// Outlet reliability work: grades per criterion with a reason, notes, and the profile admins edit.
// Each save names the version it started from (optimistic concurrency, as verdicts do) and writes
// its revision in the same transaction.

import { withLockRetries } from "../db/with-lock-retries.ts";
import { z } from "zod";
import type { Db, DbTransaction } from "../db/client.ts";
import { isUniqueViolation } from "../db/is-unique-violation.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "./authorize.ts";
import { OUTLET_CRITERIA, type Grade, type OutletCriterion } from "./outlet-criteria.ts";
import { appendRevision, type RevisionAction, type RevisionEntity } from "./revisions.ts";

const ZId = z.string().trim().min(1).max(64);
const ZExpected = z.number().int().positive().nullable();

export const ZOutletGradeInputSchema = z.object({
  outletId: ZId,
  criterion: z.enum(OUTLET_CRITERIA, { message: `The criterion must be one of ${OUTLET_CRITERIA.join(", ")}.` }),
  grade: z.coerce.number().int().min(1, "Grades run from 1 (poor) to 5 (strong).").max(5, "Grades run from 1 (poor) to 5 (strong)."),
  reason: z.string().trim().min(1, "Give the reason for this grade.").max(5000),
  expectedVersion: ZExpected,
});
export const ZOutletNoteInputSchema = z.object({
  outletId: ZId,
  noteId: ZId.nullable(),
  body: z.string().trim().min(1, "The note is empty.").max(20_000, "Notes are limited to 20,000 characters."),
  expectedVersion: ZExpected,
});
const ZList = z.array(z.string().trim().min(1).max(200)).max(50);
export const ZOutletProfileInputSchema = z.object({
  outletId: ZId,
  name: z.string().trim().min(1, "The outlet needs a name.").max(200),
  country: z.string().trim().max(100).nullable(),
  ownership: z.string().trim().max(2000).nullable(),
  aliases: ZList,
  domains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "Domains look like presstv.ir (no http://, no path).")).max(50),
  expectedVersion: z.number().int().positive(),
});

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_ARGUMENT", parsed.error.issues[0]?.message ?? "Invalid input.");
  return parsed.data;
}

function versionConflict(what: string, current: unknown): AppError {
  return new AppError("VERSION_CONFLICT", `Someone saved this ${what} after you opened it. Your change was not saved; reload to see theirs.`, { details: { current } });
}

async function record(tx: DbTransaction, entityType: RevisionEntity, entityId: string, version: number, action: RevisionAction, actor: Actor, before: unknown, after: unknown) {
  await appendRevision(tx, { entityType, entityId, version, action, actor, before, after });
}

export interface OutletGradeState {
  criterion: OutletCriterion;
  grade: Grade;
  reason: string;
}

export async function saveOutletGrade(db: Db, input: z.input<typeof ZOutletGradeInputSchema>, actor: Actor): Promise<{ id: string; version: number }> {
  const parsed = parse(ZOutletGradeInputSchema, input);
  try {
    return await writeOutletGrade(db, parsed, actor);
  } catch (error) {
    // Two first grades at once: SQLite runs the transactions one after the other, so the second
    // sees the first; PostgreSQL runs them side by side, both see no grade and the unique key decides.
    if (parsed.expectedVersion !== null || !isUniqueViolation(error)) throw error;
    const { outletId, criterion } = parsed;
    const stored = await db.outletGrade.findUnique({ where: { outletId_criterion: { outletId, criterion } }, select: { version: true, grade: true, reason: true } });
    throw versionConflict("grade", stored ? { criterion, grade: stored.grade, reason: stored.reason, version: stored.version } : null);
  }
}

async function writeOutletGrade(db: Db, parsed: z.output<typeof ZOutletGradeInputSchema>, actor: Actor): Promise<{ id: string; version: number }> {
  const { outletId, criterion, grade, reason, expectedVersion } = parsed;
  const after = { criterion, grade, reason };
  return withLockRetries(() => db.$transaction(async (tx) => {
    if (!(await tx.outlet.findUnique({ where: { id: outletId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "No such outlet.");
    const existing = await tx.outletGrade.findUnique({ where: { outletId_criterion: { outletId, criterion } }, select: { id: true, version: true, grade: true, reason: true } });
    if (!existing) {
      if (expectedVersion !== null) throw new AppError("NOT_FOUND", "This grade no longer exists.");
      const created = await tx.outletGrade.create({ data: { outletId, criterion, grade, reason, updatedById: actor.id }, select: { id: true } });
      await record(tx, "outlet-grade", created.id, 1, "create", actor, null, after);
      return { id: created.id, version: 1 };
    }
    if (expectedVersion !== existing.version) throw versionConflict("grade", { criterion, grade: existing.grade, reason: existing.reason, version: existing.version });
    const { count } = await tx.outletGrade.updateMany({ where: { id: existing.id, version: expectedVersion }, data: { grade, reason, version: expectedVersion + 1, updatedById: actor.id } });
    if (count !== 1) throw versionConflict("grade", null);
    await record(tx, "outlet-grade", existing.id, expectedVersion + 1, "update", actor, { criterion, grade: existing.grade, reason: existing.reason }, after);
    return { id: existing.id, version: expectedVersion + 1 };
  }));
}

export async function saveOutletNote(db: Db, input: z.input<typeof ZOutletNoteInputSchema>, actor: Actor): Promise<{ id: string; version: number }> {
  const { outletId, noteId, body, expectedVersion } = parse(ZOutletNoteInputSchema, input);
  return withLockRetries(() => db.$transaction(async (tx) => {
    if (!(await tx.outlet.findUnique({ where: { id: outletId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "No such outlet.");
    if (noteId === null) {
      const created = await tx.outletNote.create({ data: { outletId, body, createdById: actor.id, updatedById: actor.id }, select: { id: true } });
      await record(tx, "outlet-note", created.id, 1, "create", actor, null, { body });
      return { id: created.id, version: 1 };
    }
    const existing = await tx.outletNote.findFirst({ where: { id: noteId, outletId, removedAt: null }, select: { id: true, version: true, body: true } });
    if (!existing) throw new AppError("NOT_FOUND", "This note no longer exists.");
    if (expectedVersion !== existing.version) throw versionConflict("note", { body: existing.body, version: existing.version });
    const { count } = await tx.outletNote.updateMany({ where: { id: noteId, version: expectedVersion }, data: { body, version: expectedVersion + 1, updatedById: actor.id } });
    if (count !== 1) throw versionConflict("note", null);
    await record(tx, "outlet-note", noteId, expectedVersion + 1, "update", actor, { body: existing.body }, { body });
    return { id: noteId, version: expectedVersion + 1 };
  }));
}

/** A removed note is hidden, not deleted: its history stays. */
export async function removeOutletNote(db: Db, options: { outletId: string; noteId: string; expectedVersion: number; actor: Actor }): Promise<void> {
  await withLockRetries(() => db.$transaction(async (tx) => {
    const existing = await tx.outletNote.findFirst({ where: { id: options.noteId, outletId: options.outletId, removedAt: null }, select: { id: true, version: true, body: true } });
    if (!existing) throw new AppError("NOT_FOUND", "This note no longer exists.");
    const { count } = await tx.outletNote.updateMany({
      where: { id: existing.id, version: options.expectedVersion },
      data: { removedAt: new Date(), version: options.expectedVersion + 1, updatedById: options.actor.id },
    });
    if (count !== 1) throw versionConflict("note", { body: existing.body, version: existing.version });
    await record(tx, "outlet-note", existing.id, options.expectedVersion + 1, "remove", options.actor, { body: existing.body }, { body: existing.body, removed: true });
  }));
}

export async function updateOutletProfile(db: Db, input: z.input<typeof ZOutletProfileInputSchema>, actor: Actor): Promise<{ version: number }> {
  const { outletId, expectedVersion, ...profile } = parse(ZOutletProfileInputSchema, input);
  const select = { name: true, country: true, ownership: true, aliases: true, domains: true, version: true } as const;
  return withLockRetries(() => db.$transaction(async (tx) => {
    const existing = await tx.outlet.findUnique({ where: { id: outletId }, select });
    if (!existing) throw new AppError("NOT_FOUND", "No such outlet.");
    const { version, ...before } = existing;
    if (version !== expectedVersion) throw versionConflict("profile", existing);
    const { count } = await tx.outlet.updateMany({ where: { id: outletId, version: expectedVersion }, data: { ...profile, version: expectedVersion + 1 } });
    if (count !== 1) throw versionConflict("profile", null);
    await record(tx, "outlet-profile", outletId, expectedVersion + 1, "update", actor, before, profile);
    return { version: expectedVersion + 1 };
  }));
}
