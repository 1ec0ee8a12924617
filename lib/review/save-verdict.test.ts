import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { REPO_ROOT } from "../db/migrate.ts";
import { groupNewArticles } from "../events/group-articles.ts";
import { importInputs } from "../ingest/import-inputs.ts";
import type { Actor } from "./authorize.ts";
import { storeEvidenceFile } from "./evidence-files.ts";
import { restoreVerdict, saveVerdict, type VerdictConflict } from "./save-verdict.ts";
import { createUser } from "./users.ts";
import { verdictHistory } from "./verdict-queries.ts";

// Verdicts on the sample event of data/demo (four outlets, French and English, written by us):
// saved, edited, refused on a stale version with both versions returned, restored, and the
// history holding exactly one row per accepted save, even when saves race.
let testDb: TestDb;
let eventId: string;
let reuters: string;
let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  testDb = await createTestDb();
  const summary = await importInputs(testDb.db, [{ kind: "path", path: path.join(REPO_ROOT, "data", "demo") }], { origin: "cli" });
  const ids = summary.items.flatMap((item) => (item.articleId ? [item.articleId] : []));
  const grouping = await groupNewArticles(testDb.db, { articleIds: ids });
  eventId = grouping.assignments.get(ids[0]!)!;
  reuters = (await testDb.db.article.findFirstOrThrow({ where: { outlet: { slug: "reuters" } }, select: { id: true } })).id;
  const a = await createUser(testDb.db, { email: "alice@example.org", name: "Alice", role: "reviewer", password: "alice password 123" }, null);
  const b = await createUser(testDb.db, { email: "bob@example.org", name: "Bob", role: "reviewer", password: "bob password 12345" }, null);
  alice = { id: a.id, name: a.name, email: a.email, role: "reviewer" };
  bob = { id: b.id, name: b.name, email: b.email, role: "reviewer" };
});
afterAll(async () => {
  await testDb?.cleanup();
});

const base = () => ({ eventId, rowId: "number:truck", articleId: "", notes: "", evidence: [] as never[] });

describe("saveVerdict", () => {
  it("creates a verdict with the claim as reviewed, then edits it as version 2", async () => {
    const created = await saveVerdict(testDb.db, { ...base(), rating: "mixed", summary: "The figures differ.", expectedVersion: null }, alice);
    expect(created.version).toBe(1);
    expect(created.claimLabel).toBe("Figure: truck");
    expect(created.claimText).toMatch(/Reuters: about 2,000 trucks/);
    const edited = await saveVerdict(testDb.db, { ...base(), rating: "misleading", summary: "3,000 is an estimate.", expectedVersion: 1 }, bob);
    expect(edited).toMatchObject({ version: 2, rating: "misleading", createdBy: { name: "Alice" }, updatedBy: { name: "Bob" } });
    const history = await verdictHistory(testDb.db, edited.id);
    expect(history.map((entry) => [entry.version, entry.action, entry.actor.name])).toEqual([
      [2, "update", "Bob"],
      [1, "create", "Alice"],
    ]);
    expect(history[0]!.before).toMatchObject({ rating: "mixed", version: 1 });
  });

  it("refuses a save from a stale version, returns both versions, and changes nothing", async () => {
    const attempt = saveVerdict(testDb.db, { ...base(), rating: "true", summary: "stale", expectedVersion: 1 }, alice);
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "VERSION_CONFLICT", httpStatus: 409 });
    const details = (error as { details: VerdictConflict }).details;
    expect(details.current).toMatchObject({ version: 2, summary: "3,000 is an estimate." });
    expect(details.yours).toMatchObject({ rating: "true", summary: "stale" });
    expect(await testDb.db.revision.count({ where: { entityType: "verdict", entityId: details.current!.id } })).toBe(2);
  });

  it("refuses to create a second verdict on the same claim", async () => {
    await expect(saveVerdict(testDb.db, { ...base(), rating: "true", summary: "again", expectedVersion: null }, bob)).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
  });

  it("restores an old version as a new version on top", async () => {
    const verdict = await testDb.db.verdict.findUniqueOrThrow({ where: { eventId_rowId_articleId: { eventId, rowId: "number:truck", articleId: "" } }, select: { id: true } });
    const restored = await restoreVerdict(testDb.db, { verdictId: verdict.id, revisionVersion: 1, expectedVersion: 2, actor: alice });
    expect(restored).toMatchObject({ version: 3, rating: "mixed", summary: "The figures differ." });
    expect((await verdictHistory(testDb.db, verdict.id))[0]).toMatchObject({ version: 3, action: "restore" });
    await expect(restoreVerdict(testDb.db, { verdictId: verdict.id, revisionVersion: 1, expectedVersion: 2, actor: alice })).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
  });

  it("keeps a verdict on one outlet's cell apart from the row's, with file and link evidence", async () => {
    const file = await storeEvidenceFile(testDb.db, { fileName: "release.txt", bytes: new TextEncoder().encode("Ministry release: 2,000 trucks.") }, alice);
    const cell = await saveVerdict(
      testDb.db,
      {
        ...base(),
        articleId: reuters,
        rating: "true",
        summary: "Matches the ministry's figure.",
        evidence: [
          { kind: "url", url: "https://example.org/release", quote: "2,000 trucks" },
          { kind: "file", fileId: file.id },
        ],
        expectedVersion: null,
      },
      alice,
    );
    expect(cell.claimLabel).toBe("Figure: truck — Reuters");
    expect(cell.claimText).toBe("about 2,000 trucks");
    expect(cell.evidence[1]).toMatchObject({ kind: "file", fileName: "release.txt", mimeType: "text/plain", sha256: file.sha256 });
  });

  it("refuses unsafe or unknown evidence and claims that do not exist", async () => {
    await expect(saveVerdict(testDb.db, { ...base(), rowId: "place", rating: "true", summary: "x", evidence: [{ kind: "url", url: "javascript:alert(1)" }], expectedVersion: null }, alice)).rejects.toThrow(/http/);
    await expect(saveVerdict(testDb.db, { ...base(), rowId: "place", rating: "true", summary: "x", evidence: [{ kind: "file", fileId: "missing" }], expectedVersion: null }, alice)).rejects.toThrow(/upload it again/);
    await expect(saveVerdict(testDb.db, { ...base(), rowId: "number:camels", rating: "true", summary: "x", expectedVersion: null }, alice)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveVerdict(testDb.db, { ...base(), rowId: "place", rating: "pants-on-fire" as never, summary: "x", expectedVersion: null }, alice)).rejects.toThrow(/Choose a rating/);
  });

  it("under racing saves from one version, exactly one wins and the history has one row per win", async () => {
    const created = await saveVerdict(testDb.db, { ...base(), rowId: "place", rating: "true", summary: "start", expectedVersion: null }, alice);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, index) => saveVerdict(testDb.db, { ...base(), rowId: "place", rating: "mixed", summary: `racer ${index}`, expectedVersion: created.version }, index % 2 ? alice : bob)),
    );
    const wins = results.filter((result) => result.status === "fulfilled");
    const conflicts = results.filter((result) => result.status === "rejected" && (result.reason as { code?: string }).code === "VERSION_CONFLICT");
    expect(wins).toHaveLength(1);
    expect(conflicts).toHaveLength(11);
    const history = await verdictHistory(testDb.db, created.id);
    expect(history.map((entry) => entry.version)).toEqual([2, 1]);
    expect(history[0]!.after.summary).toBe((wins[0] as PromiseFulfilledResult<{ summary: string }>).value.summary);
  });
});
