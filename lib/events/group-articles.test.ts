import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { applyConnectionPragmas, createDb } from "../db/client.ts";
import { REPO_ROOT } from "../db/migrate.ts";
import { importInputs } from "../ingest/import-inputs.ts";
import { getEventDetail, listEvents } from "./event-queries.ts";
import { groupNewArticles } from "./group-articles.ts";

// The grouping of stored articles on a real database: the five seeds imported and grouped, then
// a new article that tells one of their events arrives and joins it, online.
let testDb: TestDb;
const samples = path.join(REPO_ROOT, "data", "samples");
const idsByFile = new Map<string, string>();

beforeAll(async () => {
  testDb = await createTestDb();
  const summary = await importInputs(testDb.db, [{ kind: "path", path: samples }], { origin: "cli" });
  for (const item of summary.items) if (item.articleId) idsByFile.set(item.label, item.articleId);
});

afterAll(async () => {
  await testDb?.cleanup();
});

const seedId = (prefix: string) => [...idsByFile].find(([label]) => path.basename(label).startsWith(prefix))![1];

describe("groupNewArticles", () => {
  it("gives each seed its own event and links the two Baghdad meetings (000, 002) as related", async () => {
    const result = await groupNewArticles(testDb.db);
    expect(result.grouped).toBe(5);
    expect(result.created).toBe(5);
    const { events, total } = await listEvents(testDb.db, { page: 1, pageSize: 50 });
    expect(total).toBe(5);
    const eventOf = (prefix: string) => result.assignments.get(seedId(prefix))!;
    const baghdad = events.find((event) => event.id === eventOf("000"))!;
    expect(baghdad.related.map((event) => event.id)).toContain(eventOf("002"));
    expect(baghdad.articleCount).toBe(1);
    expect(baghdad.languages).toEqual(["fr"]);
  });

  it("does nothing when every article already has an event", async () => {
    expect((await groupNewArticles(testDb.db)).grouped).toBe(0);
  });

  it("puts a later article on the same event into the stored event, and says why", async () => {
    // the second half of the Xinhua seed (004), as if another outlet had carried that part
    const xinhua = readFileSync(path.join(samples, "004_f195220d0e5b627c.txt"), "utf8");
    const paragraphs = xinhua.split(/\n\s*\n/).filter((paragraph) => paragraph.trim().length > 80);
    const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-events-"));
    try {
      writeFileSync(path.join(dir, "xinhua-part.txt"), paragraphs.slice(Math.floor(paragraphs.length / 3)).join("\n\n"));
      const summary = await importInputs(testDb.db, [{ kind: "path", path: dir }], { origin: "cli" });
      const articleId = summary.items[0]!.articleId!;
      const result = await groupNewArticles(testDb.db, { articleIds: [articleId] });
      const xinhuaEvent = (await testDb.db.eventMembership.findUnique({ where: { articleId: seedId("004") } }))!.eventId;
      expect(result.assignments.get(articleId)).toBe(xinhuaEvent);
      expect(result.joined).toBe(1);
      const detail = (await getEventDetail(testDb.db, xinhuaEvent))!;
      expect(detail.articleCount).toBe(2);
      const joined = detail.members.find((member) => member.articleId === articleId)!;
      expect(joined.decidedBy).toBe("score");
      expect(joined.closestHeadline).not.toBeNull();
      expect(joined.explanation!.sharedTerms.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("groupNewArticles from two processes at once", () => {
  it("groups every article exactly once when two clients of one file group together", async () => {
    const fresh = await createTestDb();
    try {
      await importInputs(fresh.db, [{ kind: "path", path: samples }], { origin: "cli" });
      const other = createDb(fresh.url);
      await applyConnectionPragmas(other);
      try {
        const results = await Promise.all([groupNewArticles(fresh.db), groupNewArticles(other)]);
        expect(results[0]!.grouped + results[1]!.grouped).toBe(5);
        const memberships = await fresh.db.eventMembership.findMany({ select: { articleId: true, eventId: true } });
        expect(memberships).toHaveLength(5);
        expect(new Set(memberships.map((row) => row.eventId)).size).toBe(5);
        expect(await fresh.db.event.count()).toBe(5);
      } finally {
        await other.$disconnect();
      }
    } finally {
      await fresh.cleanup();
    }
  });
});
