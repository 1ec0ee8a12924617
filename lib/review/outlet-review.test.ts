import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import type { Actor } from "./authorize.ts";
import { removeOutletNote, saveOutletGrade, saveOutletNote, updateOutletProfile } from "./outlet-review.ts";
import { createUser } from "./users.ts";
import { importInputs } from "../ingest/import-inputs.ts";

let testDb: TestDb;
let alice: Actor;
let bruno: Actor;

async function reviewer(email: string, name: string): Promise<Actor> {
  const user = await createUser(testDb.db, { email, name, role: "reviewer", password: TEST_PASSWORD }, null);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** a fresh outlet per test, so the tests do not depend on each other's grades and notes */
async function newOutlet(): Promise<string> {
  const slug = `outlet-${crypto.randomUUID().slice(0, 8)}`;
  const outlet = await testDb.db.outlet.create({
    data: { slug, name: "Press TV", country: "IR", ownership: "state-owned", aliases: ["PressTV"], domains: ["presstv.ir"] },
    select: { id: true },
  });
  return outlet.id;
}

function revisions(entityType: string, entityId: string) {
  return testDb.db.revision.findMany({
    where: { entityType, entityId },
    orderBy: { version: "asc" },
    select: { version: true, action: true, actorId: true, actorName: true, before: true, after: true },
  });
}

beforeAll(async () => {
  testDb = await createTestDb();
  alice = await reviewer("alice@example.org", "Alice");
  bruno = await reviewer("bruno@example.org", "Bruno");
});
afterAll(async () => {
  await testDb?.cleanup();
});

describe("saveOutletGrade", () => {
  it("creates a grade, then saves a new version of it, one revision per save", async () => {
    const outletId = await newOutlet();
    const created = await saveOutletGrade(testDb.db, { outletId, criterion: "accuracy", grade: 2, reason: "Two retracted stories in 2023.", expectedVersion: null }, alice);
    expect(created.version).toBe(1);
    const updated = await saveOutletGrade(testDb.db, { outletId, criterion: "accuracy", grade: 3, reason: "Corrections since.", expectedVersion: 1 }, bruno);
    expect(updated).toEqual({ id: created.id, version: 2 });

    const row = await testDb.db.outletGrade.findUniqueOrThrow({ where: { id: created.id }, select: { grade: true, reason: true, version: true, updatedById: true } });
    expect(row).toEqual({ grade: 3, reason: "Corrections since.", version: 2, updatedById: bruno.id });
    expect(await revisions("outlet-grade", created.id)).toEqual([
      { version: 1, action: "create", actorId: alice.id, actorName: "Alice", before: null, after: { criterion: "accuracy", grade: 2, reason: "Two retracted stories in 2023." } },
      {
        version: 2,
        action: "update",
        actorId: bruno.id,
        actorName: "Bruno",
        before: { criterion: "accuracy", grade: 2, reason: "Two retracted stories in 2023." },
        after: { criterion: "accuracy", grade: 3, reason: "Corrections since." },
      },
    ]);
  });

  it("refuses a save from a stale version with the stored grade, and changes nothing", async () => {
    const outletId = await newOutlet();
    const { id } = await saveOutletGrade(testDb.db, { outletId, criterion: "sourcing", grade: 4, reason: "Names its sources.", expectedVersion: null }, alice);
    await saveOutletGrade(testDb.db, { outletId, criterion: "sourcing", grade: 5, reason: "Links primary documents.", expectedVersion: 1 }, alice);

    const stale = saveOutletGrade(testDb.db, { outletId, criterion: "sourcing", grade: 1, reason: "Bruno opened the form at version 1.", expectedVersion: 1 }, bruno);
    await expect(stale).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      httpStatus: 409,
      details: { current: { criterion: "sourcing", grade: 5, reason: "Links primary documents.", version: 2 } },
    });
    const row = await testDb.db.outletGrade.findUniqueOrThrow({ where: { id }, select: { grade: true, version: true, updatedById: true } });
    expect(row).toEqual({ grade: 5, version: 2, updatedById: alice.id });
    expect(await revisions("outlet-grade", id)).toHaveLength(2);
  });

  it("treats a second first grade of the same criterion as a conflict, and a version of a missing grade as not found", async () => {
    const outletId = await newOutlet();
    await saveOutletGrade(testDb.db, { outletId, criterion: "corrections", grade: 3, reason: "Sometimes.", expectedVersion: null }, alice);
    await expect(saveOutletGrade(testDb.db, { outletId, criterion: "corrections", grade: 1, reason: "Never.", expectedVersion: null }, bruno)).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { grade: 3, reason: "Sometimes.", version: 1 } },
    });
    await expect(saveOutletGrade(testDb.db, { outletId, criterion: "accuracy", grade: 1, reason: "Never.", expectedVersion: 3 }, bruno)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.db.outletGrade.count({ where: { outletId } })).toBe(1);
  });

  it("lets exactly one of two simultaneous saves from the same version land", async () => {
    const outletId = await newOutlet();
    const { id } = await saveOutletGrade(testDb.db, { outletId, criterion: "state-independence", grade: 2, reason: "State broadcaster.", expectedVersion: null }, alice);
    const results = await Promise.allSettled([
      saveOutletGrade(testDb.db, { outletId, criterion: "state-independence", grade: 1, reason: "Alice's view.", expectedVersion: 1 }, alice),
      saveOutletGrade(testDb.db, { outletId, criterion: "state-independence", grade: 3, reason: "Bruno's view.", expectedVersion: 1 }, bruno),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "VERSION_CONFLICT" });
    expect(await revisions("outlet-grade", id)).toHaveLength(2);
    expect((await testDb.db.outletGrade.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(2);
  });

  it("lets exactly one of two simultaneous first grades of a criterion land", async () => {
    const outletId = await newOutlet();
    const results = await Promise.allSettled([
      saveOutletGrade(testDb.db, { outletId, criterion: "accuracy", grade: 2, reason: "Alice first.", expectedVersion: null }, alice),
      saveOutletGrade(testDb.db, { outletId, criterion: "accuracy", grade: 4, reason: "Bruno first.", expectedVersion: null }, bruno),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")?.reason).toMatchObject({ code: "VERSION_CONFLICT" });
    const grade = await testDb.db.outletGrade.findUniqueOrThrow({ where: { outletId_criterion: { outletId, criterion: "accuracy" } }, select: { id: true } });
    expect(await revisions("outlet-grade", grade.id)).toHaveLength(1);
  });

  it("refuses invalid grades, empty reasons, unknown criteria and unknown outlets", async () => {
    const outletId = await newOutlet();
    await expect(saveOutletGrade(testDb.db, { outletId, criterion: "accuracy", grade: 6, reason: "Too good.", expectedVersion: null }, alice)).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      message: "Grades run from 1 (poor) to 5 (strong).",
    });
    await expect(saveOutletGrade(testDb.db, { outletId, criterion: "accuracy", grade: 3, reason: "   ", expectedVersion: null }, alice)).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      message: "Give the reason for this grade.",
    });
    await expect(saveOutletGrade(testDb.db, { outletId, criterion: "tone" as never, grade: 3, reason: "Calm.", expectedVersion: null }, alice)).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    await expect(saveOutletGrade(testDb.db, { outletId: "no-such-outlet", criterion: "accuracy", grade: 3, reason: "Fine.", expectedVersion: null }, alice)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.db.outletGrade.count({ where: { outletId } })).toBe(0);
  });
});

describe("saveOutletNote and removeOutletNote", () => {
  it("creates and updates a note, refusing a stale save with the stored text", async () => {
    const outletId = await newOutlet();
    const note = await saveOutletNote(testDb.db, { outletId, noteId: null, body: "Relays **IRGC** statements verbatim.", expectedVersion: null }, alice);
    expect(note.version).toBe(1);
    expect(await saveOutletNote(testDb.db, { outletId, noteId: note.id, body: "Relays IRGC statements verbatim, unattributed.", expectedVersion: 1 }, bruno)).toEqual({ id: note.id, version: 2 });

    await expect(saveOutletNote(testDb.db, { outletId, noteId: note.id, body: "Alice's edit from version 1.", expectedVersion: 1 }, alice)).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { body: "Relays IRGC statements verbatim, unattributed.", version: 2 } },
    });
    const row = await testDb.db.outletNote.findUniqueOrThrow({ where: { id: note.id }, select: { body: true, version: true, createdById: true, updatedById: true } });
    expect(row).toEqual({ body: "Relays IRGC statements verbatim, unattributed.", version: 2, createdById: alice.id, updatedById: bruno.id });
    expect((await revisions("outlet-note", note.id)).map((revision) => [revision.version, revision.action, revision.actorName])).toEqual([
      [1, "create", "Alice"],
      [2, "update", "Bruno"],
    ]);
  });

  it("refuses an empty note and a note id of another outlet", async () => {
    const outletId = await newOutlet();
    const other = await newOutlet();
    await expect(saveOutletNote(testDb.db, { outletId, noteId: null, body: " \n ", expectedVersion: null }, alice)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", message: "The note is empty." });
    const note = await saveOutletNote(testDb.db, { outletId, noteId: null, body: "Note.", expectedVersion: null }, alice);
    await expect(saveOutletNote(testDb.db, { outletId: other, noteId: note.id, body: "Moved?", expectedVersion: 1 }, alice)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("hides a removed note but keeps its history; a stale remove changes nothing", async () => {
    const outletId = await newOutlet();
    const note = await saveOutletNote(testDb.db, { outletId, noteId: null, body: "Ownership unclear.", expectedVersion: null }, alice);
    await saveOutletNote(testDb.db, { outletId, noteId: note.id, body: "Ownership: IRIB.", expectedVersion: 1 }, alice);

    await expect(removeOutletNote(testDb.db, { outletId, noteId: note.id, expectedVersion: 1, actor: bruno })).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { body: "Ownership: IRIB.", version: 2 } },
    });
    expect((await testDb.db.outletNote.findUniqueOrThrow({ where: { id: note.id }, select: { removedAt: true } })).removedAt).toBeNull();

    await removeOutletNote(testDb.db, { outletId, noteId: note.id, expectedVersion: 2, actor: bruno });
    const row = await testDb.db.outletNote.findUniqueOrThrow({ where: { id: note.id }, select: { removedAt: true, version: true, body: true, updatedById: true } });
    expect(row.removedAt).toBeInstanceOf(Date);
    expect(row).toMatchObject({ version: 3, body: "Ownership: IRIB.", updatedById: bruno.id });
    const history = await revisions("outlet-note", note.id);
    expect(history.map((revision) => revision.action)).toEqual(["create", "update", "remove"]);
    expect(history[2]).toMatchObject({ actorName: "Bruno", before: { body: "Ownership: IRIB." }, after: { body: "Ownership: IRIB.", removed: true } });

    await expect(removeOutletNote(testDb.db, { outletId, noteId: note.id, expectedVersion: 3, actor: bruno })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveOutletNote(testDb.db, { outletId, noteId: note.id, body: "Back?", expectedVersion: 3 }, alice)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await revisions("outlet-note", note.id)).toHaveLength(3);
  });
});

describe("updateOutletProfile", () => {
  const profile = { name: "Press TV", country: "IR", ownership: "State-owned (IRIB)", aliases: ["PressTV", "Press TV en français"], domains: ["PressTV.ir", "presstv.com"] };

  it("saves the profile as a new version with its revision", async () => {
    const outletId = await newOutlet();
    expect(await updateOutletProfile(testDb.db, { outletId, ...profile, expectedVersion: 1 }, alice)).toEqual({ version: 2 });
    const row = await testDb.db.outlet.findUniqueOrThrow({ where: { id: outletId }, select: { ownership: true, aliases: true, domains: true, version: true } });
    expect(row).toEqual({ ownership: "State-owned (IRIB)", aliases: ["PressTV", "Press TV en français"], domains: ["presstv.ir", "presstv.com"], version: 2 });
    expect(await revisions("outlet-profile", outletId)).toEqual([
      {
        version: 2,
        action: "update",
        actorId: alice.id,
        actorName: "Alice",
        before: { name: "Press TV", country: "IR", ownership: "state-owned", aliases: ["PressTV"], domains: ["presstv.ir"] },
        after: { name: "Press TV", country: "IR", ownership: "State-owned (IRIB)", aliases: ["PressTV", "Press TV en français"], domains: ["presstv.ir", "presstv.com"] },
      },
    ]);
  });

  it("refuses a domain with a scheme or a path, and an empty name, without saving", async () => {
    const outletId = await newOutlet();
    await expect(updateOutletProfile(testDb.db, { outletId, ...profile, domains: ["https://presstv.ir/fr"], expectedVersion: 1 }, alice)).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      httpStatus: 422,
      message: "Domains look like presstv.ir (no http://, no path).",
    });
    await expect(updateOutletProfile(testDb.db, { outletId, ...profile, name: "  ", expectedVersion: 1 }, alice)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", message: "The outlet needs a name." });
    expect((await testDb.db.outlet.findUniqueOrThrow({ where: { id: outletId }, select: { version: true, domains: true } }))).toEqual({ version: 1, domains: ["presstv.ir"] });
    expect(await revisions("outlet-profile", outletId)).toHaveLength(0);
  });

  it("refuses a stale save with the stored profile", async () => {
    const outletId = await newOutlet();
    await updateOutletProfile(testDb.db, { outletId, ...profile, expectedVersion: 1 }, alice);
    await expect(updateOutletProfile(testDb.db, { outletId, ...profile, name: "Press TV (Bruno)", expectedVersion: 1 }, bruno)).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { name: "Press TV", ownership: "State-owned (IRIB)", domains: ["presstv.ir", "presstv.com"], version: 2 } },
    });
    expect((await testDb.db.outlet.findUniqueOrThrow({ where: { id: outletId }, select: { name: true, version: true } }))).toEqual({ name: "Press TV", version: 2 });
    expect(await revisions("outlet-profile", outletId)).toHaveLength(1);
    await expect(updateOutletProfile(testDb.db, { outletId: "no-such-outlet", ...profile, expectedVersion: 1 }, alice)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("an admin's profile edit and later imports", () => {
  it("survives the import of another article of the same outlet (the gazetteer does not overwrite it)", async () => {
    const article = (headline: string) => JSON.stringify({ headline, outlet: "Press TV", date: "2026-03-01", text: `${headline}. Tehran officials met on Sunday to discuss the border crossing and trade between the two countries, according to the ministry.` });
    await importInputs(testDb.db, [{ kind: "bytes", name: "first.jsonl", bytes: new TextEncoder().encode(article("First report on the crossing")) }], { origin: "cli" });
    const outlet = await testDb.db.outlet.findUniqueOrThrow({ where: { slug: "press-tv" }, select: { id: true, version: true } });
    await updateOutletProfile(testDb.db, { outletId: outlet.id, name: "Press TV", country: "Iran", ownership: "IRIB (state broadcaster), edited by our desk", aliases: ["PressTV"], domains: ["presstv.ir"], expectedVersion: outlet.version }, alice);
    await importInputs(testDb.db, [{ kind: "bytes", name: "second.jsonl", bytes: new TextEncoder().encode(article("Second report on the crossing")) }], { origin: "cli" });
    const after = await testDb.db.outlet.findUniqueOrThrow({ where: { slug: "press-tv" }, select: { ownership: true, _count: { select: { articles: true } } } });
    expect(after._count.articles).toBe(2);
    expect(after.ownership).toBe("IRIB (state broadcaster), edited by our desk");
  });
});
