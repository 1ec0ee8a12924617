// Saving a verdict with optimistic concurrency: the reviewer names the version they started from.
// If someone saved in between, nothing is overwritten: the save is refused with a conflict that
// carries both versions, so the second reviewer can merge by hand. The change and its revision
// row are one transaction; the version check is part of the UPDATE itself, so it holds under any
// number of concurrent writers.

import { withLockRetries } from "../db/with-lock-retries.ts";
import type { Db, DbTransaction, Prisma } from "../db/client.ts";
import { isUniqueViolation } from "../db/is-unique-violation.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "./authorize.ts";
import { describeClaim } from "./claim-snapshot.ts";
import { appendRevision, type RevisionAction } from "./revisions.ts";
import { getVerdict, presentVerdicts, VERDICT_SELECT, verdictState } from "./verdict-queries.ts";
import { ZVerdictInputSchema, type EvidenceItem, type TEvidenceItemInput, type TVerdictInput, type Verdict, type VerdictState } from "./verdict-types.ts";

/** The details of a VERSION_CONFLICT: what is stored now, and what the refused save held. */
export interface VerdictConflict {
  current: Verdict | null;
  yours: VerdictState;
}

async function conflict(db: Db, id: string, yours: VerdictState): Promise<AppError> {
  const current = await getVerdict(db, id);
  return new AppError("VERSION_CONFLICT", `${current?.updatedBy.name ?? "Another reviewer"} saved this verdict (version ${current?.version}) after you opened it. Your version was not saved; compare both and save again.`, {
    details: { current, yours } satisfies { current: Verdict | null; yours: VerdictState },
  });
}

/** File evidence is checked against the stored files and keeps their name, type, size and hash. */
async function resolveEvidence(db: Db, items: TEvidenceItemInput[]): Promise<EvidenceItem[]> {
  const fileIds = items.flatMap((item) => (item.kind === "file" ? [item.fileId] : []));
  const files = await db.evidenceFile.findMany({ where: { id: { in: fileIds } }, select: { id: true, fileName: true, mimeType: true, byteSize: true, sha256: true } });
  const byId = new Map(files.map((file) => [file.id, file]));
  return items.map((item): EvidenceItem => {
    const note = item.note ?? "";
    if (item.kind === "url") return { kind: "url", url: item.url, quote: item.quote ?? "", note };
    if (item.kind === "quote") return { kind: "quote", quote: item.quote, note };
    const file = byId.get(item.fileId);
    if (!file) throw new AppError("INVALID_ARGUMENT", "An attached file was not found; upload it again.");
    return { kind: "file", fileId: file.id, fileName: file.fileName, mimeType: file.mimeType, byteSize: file.byteSize, sha256: file.sha256, note };
  });
}

async function writeUpdate(tx: DbTransaction, id: string, expectedVersion: number, state: VerdictState, actor: Actor, action: RevisionAction): Promise<boolean> {
  const before = await tx.verdict.findUnique({ where: { id }, select: VERDICT_SELECT });
  if (!before || before.version !== expectedVersion) return false;
  const data = { ...state, evidence: state.evidence as unknown as Prisma.InputJsonValue, version: expectedVersion + 1, updatedById: actor.id };
  const { count } = await tx.verdict.updateMany({ where: { id, version: expectedVersion }, data });
  if (count !== 1) return false;
  await appendRevision(tx, {
    entityType: "verdict",
    entityId: id,
    version: expectedVersion + 1,
    action,
    actor,
    before: { ...verdictState(before), version: before.version },
    after: { ...state, version: expectedVersion + 1 },
  });
  return true;
}

export async function saveVerdict(db: Db, input: TVerdictInput, actor: Actor): Promise<Verdict> {
  const parsed = ZVerdictInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_ARGUMENT", parsed.error.issues[0]?.message ?? "Invalid verdict.");
  const { eventId, rowId, articleId, rating, summary, notes, expectedVersion } = parsed.data;
  const state: VerdictState = { rating, summary, notes, evidence: await resolveEvidence(db, parsed.data.evidence) };
  const target = { eventId, rowId, articleId };
  const existing = await db.verdict.findUnique({ where: { eventId_rowId_articleId: target }, select: { id: true, version: true } });

  if (expectedVersion === null) {
    if (existing) throw await conflict(db, existing.id, state);
    const claim = await describeClaim(db, target);
    try {
      const created = await withLockRetries(() => db.$transaction(async (tx) => {
        const row = await tx.verdict.create({
          data: { ...target, claimLabel: claim.label, claimText: claim.text, ...state, evidence: state.evidence as unknown as Prisma.InputJsonValue, createdById: actor.id, updatedById: actor.id },
          select: VERDICT_SELECT,
        });
        await appendRevision(tx, { entityType: "verdict", entityId: row.id, version: 1, action: "create", actor, before: null, after: { ...state, version: 1 } });
        return row;
      }));
      return (await presentVerdicts(db, [created]))[0]!;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // another reviewer created the same verdict a moment earlier
      const winner = await db.verdict.findUniqueOrThrow({ where: { eventId_rowId_articleId: target }, select: { id: true } });
      throw await conflict(db, winner.id, state);
    }
  }

  if (!existing) throw new AppError("NOT_FOUND", "This verdict no longer exists.");
  const saved = await withLockRetries(() => db.$transaction((tx) => writeUpdate(tx, existing.id, expectedVersion, state, actor, "update")));
  if (!saved) throw await conflict(db, existing.id, state);
  return (await getVerdict(db, existing.id))!;
}

/** Restoring an old version is a new change on top of the current one, never a rewrite. */
export async function restoreVerdict(db: Db, options: { verdictId: string; revisionVersion: number; expectedVersion: number; actor: Actor }): Promise<Verdict> {
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: "verdict", entityId: options.verdictId, version: options.revisionVersion } },
    select: { after: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", `This verdict has no version ${options.revisionVersion}.`);
  const state = verdictState(revision.after as unknown as VerdictState);
  const saved = await withLockRetries(() => db.$transaction((tx) => writeUpdate(tx, options.verdictId, options.expectedVersion, state, options.actor, "restore")));
  if (!saved) throw await conflict(db, options.verdictId, state);
  return (await getVerdict(db, options.verdictId))!;
}
