import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { REPO_ROOT } from "../db/migrate.ts";
import { importInputs } from "../ingest/import-inputs.ts";
import type { Actor } from "./authorize.ts";
import { OUTLET_CRITERIA } from "./outlet-criteria.ts";
import { changedFields, getOutletReview, listOutlets, sortOutlets, type OutletSummary } from "./outlet-queries.ts";
import { removeOutletNote, saveOutletGrade, saveOutletNote, updateOutletProfile } from "./outlet-review.ts";
import { createUser } from "./users.ts";

// data/samples: one article each from IRNA, Press TV and Xinhua, two without an outlet.
let testDb: TestDb;
let alice: Actor;
let outletIds: Record<string, string>;

beforeAll(async () => {
  testDb = await createTestDb();
  await importInputs(testDb.db, [{ kind: "path", path: path.join(REPO_ROOT, "data", "samples") }], { origin: "cli" });
  const outlets = await testDb.db.outlet.findMany({ select: { id: true, slug: true } });
  outletIds = Object.fromEntries(outlets.map((outlet) => [outlet.slug, outlet.id]));
  expect(Object.keys(outletIds).sort()).toEqual(["irna", "press-tv", "xinhua"]);

  // Two events, built by hand so the counts do not depend on the grouper: IRNA and Press TV
  // report the first, Xinhua the second.
  const articles = await testDb.db.article.findMany({ where: { outletId: { not: null } }, select: { id: true, outletId: true } });
  const articleOf = (slug: string) => articles.find((article) => article.outletId === outletIds[slug])!.id;
  for (const [title, slugs] of [["Meeting in Baghdad", ["irna", "press-tv"]], ["Syria and Iran", ["xinhua"]]] as const) {
    await testDb.db.event.create({
      data: {
        title,
        articleCount: slugs.length,
        memberships: { create: slugs.map((slug) => ({ articleId: articleOf(slug), score: 1, explanation: {}, decidedBy: "reviewer" })) },
      },
    });
  }

  const user = await createUser(testDb.db, { email: "alice@example.org", name: "Alice", role: "reviewer", password: TEST_PASSWORD }, null);
  alice = { id: user.id, name: user.name, email: user.email, role: user.role };
});
afterAll(async () => {
  await testDb?.cleanup();
});

describe("listOutlets", () => {
  it("counts each outlet's articles and events and summarises its grades", async () => {
    const pressTv = outletIds["press-tv"]!;
    await saveOutletGrade(testDb.db, { outletId: pressTv, criterion: "accuracy", grade: 2, reason: "Two retractions.", expectedVersion: null }, alice);
    await saveOutletGrade(testDb.db, { outletId: pressTv, criterion: "state-independence", grade: 1, reason: "IRIB.", expectedVersion: null }, alice);

    const outlets = await listOutlets(testDb.db);
    expect(outlets.map((outlet) => [outlet.slug, outlet.articleCount, outlet.eventCount])).toEqual([
      ["irna", 1, 1],
      ["press-tv", 1, 1],
      ["xinhua", 1, 1],
    ]);
    const summary = outlets.find((outlet) => outlet.slug === "press-tv")!;
    expect(summary).toMatchObject({ name: "Press TV", country: "IR", inGazetteer: true, grades: { accuracy: 2, "state-independence": 1 }, averageGrade: 1.5 });
    expect(outlets.find((outlet) => outlet.slug === "irna")).toMatchObject({ grades: {}, averageGrade: null });
  });

  it("sorts by a column in either direction, outlets without a value last", async () => {
    expect((await listOutlets(testDb.db, { sort: "name", direction: "desc" })).map((outlet) => outlet.slug)).toEqual(["xinhua", "press-tv", "irna"]);
    const byGrade = await listOutlets(testDb.db, { sort: "grade", direction: "asc" });
    expect(byGrade[0]?.slug).toBe("press-tv");
    expect(byGrade.slice(1).every((outlet) => outlet.averageGrade === null)).toBe(true);
  });
});

describe("sortOutlets", () => {
  const outlet = (name: string, country: string | null, articleCount: number): OutletSummary => ({
    id: name,
    slug: name.toLowerCase(),
    name,
    country,
    ownership: null,
    inGazetteer: true,
    articleCount,
    eventCount: 0,
    grades: {},
    averageGrade: null,
  });
  const outlets = [outlet("Reuters", "GB", 3), outlet("AFP", "FR", 12), outlet("Le Courrier", null, 3)];

  it("orders numbers as numbers, ties by name, and keeps missing values last in both directions", () => {
    expect(sortOutlets(outlets, "articles", "desc").map((entry) => entry.name)).toEqual(["AFP", "Le Courrier", "Reuters"]);
    expect(sortOutlets(outlets, "country", "asc").map((entry) => entry.country)).toEqual(["FR", "GB", null]);
    expect(sortOutlets(outlets, "country", "desc").map((entry) => entry.country)).toEqual(["GB", "FR", null]);
  });
});

describe("getOutletReview", () => {
  it("is null for an unknown slug", async () => {
    expect(await getOutletReview(testDb.db, "no-such-outlet")).toBeNull();
  });

  it("reads the profile, the grades of every criterion, the live notes and the whole history", async () => {
    const outletId = outletIds["irna"]!;
    const grade = await saveOutletGrade(testDb.db, { outletId, criterion: "sourcing", grade: 3, reason: "Cites ministries.", expectedVersion: null }, alice);
    await saveOutletGrade(testDb.db, { outletId, criterion: "sourcing", grade: 4, reason: "Cites ministries, **by name**.", expectedVersion: grade.version }, alice);
    const kept = await saveOutletNote(testDb.db, { outletId, noteId: null, body: "State agency: read with the ministry's line in mind.", expectedVersion: null }, alice);
    const removed = await saveOutletNote(testDb.db, { outletId, noteId: null, body: "Draft note.", expectedVersion: null }, alice);
    await removeOutletNote(testDb.db, { outletId, noteId: removed.id, expectedVersion: 1, actor: alice });
    const before = await testDb.db.outlet.findUniqueOrThrow({ where: { id: outletId }, select: { country: true, aliases: true, domains: true } });
    await updateOutletProfile(
      testDb.db,
      { outletId, name: "IRNA", country: before.country, ownership: "state-owned (IRNA is run by the government)", aliases: before.aliases as string[], domains: before.domains as string[], expectedVersion: 1 },
      alice,
    );
    // a rename after the fact: current records show the new name, history the name at the time
    await testDb.db.user.update({ where: { id: alice.id }, data: { name: "Alice M." } });

    const review = (await getOutletReview(testDb.db, "irna"))!;
    expect(review.profile).toMatchObject({ id: outletId, slug: "irna", name: "IRNA", country: "IR", version: 2, inGazetteer: true, articleCount: 1, eventCount: 1 });
    expect(review.profile.domains).toEqual(["irna.ir"]);
    expect(review.profile.aliases).toContain("Islamic Republic News Agency");

    expect(review.grades.map((entry) => entry.criterion)).toEqual([...OUTLET_CRITERIA]);
    expect(review.grades.find((entry) => entry.criterion === "sourcing")?.current).toMatchObject({
      grade: 4,
      reason: "Cites ministries, **by name**.",
      version: 2,
      updatedBy: { id: alice.id, name: "Alice M." },
    });
    expect(review.grades.find((entry) => entry.criterion === "accuracy")?.current).toBeNull();

    expect(review.notes).toEqual([
      expect.objectContaining({ id: kept.id, body: "State agency: read with the ministry's line in mind.", version: 1, createdBy: { id: alice.id, name: "Alice M." } }),
    ]);

    const history = review.history.map((entry) => [entry.subject.kind, entry.action, entry.version, entry.actor.name]);
    expect(history).toEqual([
      ["profile", "update", 2, "Alice"],
      ["note", "remove", 2, "Alice"],
      ["note", "create", 1, "Alice"],
      ["note", "create", 1, "Alice"],
      ["grade", "update", 2, "Alice"],
      ["grade", "create", 1, "Alice"],
    ]);
    expect(review.historyTruncated).toBe(false);
    expect(review.history[0]?.changes).toEqual([{ field: "ownership", before: "state-owned", after: "state-owned (IRNA is run by the government)" }]);
    expect(review.history[4]).toMatchObject({
      subject: { kind: "grade", criterion: "sourcing" },
      changes: [
        { field: "grade", before: 3, after: 4 },
        { field: "reason", before: "Cites ministries.", after: "Cites ministries, **by name**." },
      ],
    });
    // the removed note keeps its history
    expect(review.history.filter((entry) => entry.subject.kind === "note" && entry.subject.noteId === removed.id).map((entry) => entry.action)).toEqual(["remove", "create"]);
  });

  it("keeps other outlets' work out of an outlet's page", async () => {
    const review = (await getOutletReview(testDb.db, "xinhua"))!;
    expect(review.notes).toEqual([]);
    expect(review.history).toEqual([]);
    expect(review.grades.every((entry) => entry.current === null)).toBe(true);
  });
});

describe("changedFields", () => {
  it("lists every field of a creation and only the differing ones of an update", () => {
    expect(changedFields(null, { criterion: "accuracy", grade: 2, reason: "Why." })).toEqual([
      { field: "grade", before: null, after: 2 },
      { field: "reason", before: null, after: "Why." },
    ]);
    expect(changedFields({ aliases: ["A"], domains: ["a.org"] }, { aliases: ["A", "B"], domains: ["a.org"] })).toEqual([{ field: "aliases", before: ["A"], after: ["A", "B"] }]);
    expect(changedFields({ body: "Gone." }, { body: "Gone.", removed: true })).toEqual([]);
  });
});
