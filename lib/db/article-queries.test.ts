import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { importInputs } from "../ingest/import-inputs.ts";
import { getArticleDetail, listArticleFilters, listArticles } from "./article-queries.ts";
import { REPO_ROOT } from "./migrate.ts";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
  const summary = await importInputs(testDb.db, [{ kind: "path", path: path.join(REPO_ROOT, "data", "samples") }], { origin: "cli" });
  expect(summary.imported).toBeGreaterThanOrEqual(5);
});

afterAll(async () => {
  await testDb?.cleanup();
});

describe("listArticles", () => {
  it("lists dated articles newest first, undated ones last", async () => {
    const { total, entries } = await listArticles(testDb.db, { page: 1, pageSize: 50 });
    expect(entries).toHaveLength(total);
    const dates = entries.map((entry) => entry.article.publishedAt);
    const firstUndated = dates.indexOf(null);
    if (firstUndated >= 0) expect(dates.slice(firstUndated).every((date) => date === null)).toBe(true);
    const dated = dates.filter((date): date is string => date !== null);
    expect([...dated].sort().reverse()).toEqual(dated);
  });

  it("pages with a stable total", async () => {
    const all = await listArticles(testDb.db, { page: 1, pageSize: 50 });
    const second = await listArticles(testDb.db, { page: 2, pageSize: 2 });
    expect(second.total).toBe(all.total);
    expect(second.entries.map((entry) => entry.article.id)).toEqual(all.entries.slice(2, 4).map((entry) => entry.article.id));
  });

  it("searches through the full-text index and returns the snippet", async () => {
    const { entries } = await listArticles(testDb.db, { query: "Bagheri", page: 1, pageSize: 10 });
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.snippet?.some((segment) => segment.match && /bagheri/i.test(segment.text))).toBe(true);
  });

  it("filters by outlet and language with the values the filters offer", async () => {
    const filters = await listArticleFilters(testDb.db);
    expect(filters.languages.map((option) => option.value)).toContain("fr");
    const outlet = filters.outlets[0];
    expect(outlet).toBeDefined();
    if (!outlet) return;
    const { total, entries } = await listArticles(testDb.db, { outlet: outlet.value, page: 1, pageSize: 50 });
    expect(total).toBe(outlet.count);
    expect(entries.every((entry) => entry.article.outlet?.slug === outlet.value)).toBe(true);
  });
});

describe("getArticleDetail", () => {
  it("returns the article with its removed pieces in input order, and null for an unknown id", async () => {
    const [first] = (await listArticles(testDb.db, { page: 1, pageSize: 1 })).entries;
    const detail = await getArticleDetail(testDb.db, first?.article.id ?? "");
    expect(detail?.text.length).toBeGreaterThan(0);
    const positions = detail?.removedPieces.map((piece) => piece.position) ?? [];
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(await getArticleDetail(testDb.db, "no-such-article")).toBeNull();
  });
});
