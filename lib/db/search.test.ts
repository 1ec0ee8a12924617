import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { REPO_ROOT } from "./migrate.ts";
import { parseSnippet, searchArticles } from "./search.ts";
import { toFtsQuery } from "./search-sqlite.ts";

// The five seed articles, stored as rows directly: this tests the index and the query builder,
// not the ingest pipeline, so the headline is simply the first line.
const SAMPLES_DIR = path.join(REPO_ROOT, "data", "samples");
const seeds = readdirSync(SAMPLES_DIR)
  .filter((name) => /^\d{3}_.*\.txt$/.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(SAMPLES_DIR, name), "utf8").trim() }));

let testDb: TestDb;
const ids = new Map<string, string>();

beforeAll(async () => {
  testDb = await createTestDb();
  const { db } = testDb;
  const xinhua = await db.outlet.create({ data: { slug: "xinhua", name: "Xinhua" }, select: { id: true } });
  for (const [index, seed] of seeds.entries()) {
    const created = await db.article.create({
      data: {
        contentHash: `hash-${seed.name}`,
        headline: seed.text.split("\n")[0] ?? seed.name,
        text: seed.text,
        language: "fr",
        wordCount: seed.text.split(/\s+/).length,
        metadata: {},
        rawInput: seed.text,
        rawFormat: "text",
        sourceKind: "file",
        sourceName: seed.name,
        outletId: index === 4 ? xinhua.id : null,
      },
      select: { id: true },
    });
    ids.set(seed.name, created.id);
  }
  await db.article.create({
    data: {
      contentHash: "hash-english",
      headline: "Iraq hosts Iranian, Russian and Syrian military chiefs",
      text: "Senior military commanders from Russia, Iran, Syria and Iraq met in Baghdad on Saturday.",
      language: "en",
      wordCount: 15,
      metadata: {},
      rawInput: "",
      rawFormat: "text",
      sourceKind: "paste",
    },
  });
});

afterAll(async () => {
  await testDb?.cleanup();
});

const idOf = (name: string) => ids.get(name) ?? "";

describe("toFtsQuery", () => {
  it("quotes every term and makes the last bare word a prefix", () => {
    expect(toFtsQuery("Bagdad coopéra")).toBe('"Bagdad" "coopéra"*');
  });

  it("keeps quoted phrases exact", () => {
    expect(toFtsQuery('"Saad Mozher" Allaq')).toBe('"Saad Mozher" "Allaq"*');
    expect(toFtsQuery('Allaq "Saad Mozher"')).toBe('"Allaq" "Saad Mozher"');
  });

  it("turns FTS operators and punctuation into plain text or drops them", () => {
    expect(toFtsQuery("AND(")).toBe('"AND("*');
    expect(toFtsQuery('" * ^ ( ) -')).toBeNull();
    expect(toFtsQuery("   ")).toBeNull();
    expect(toFtsQuery("Iran NEAR Syrie")).toBe('"Iran" "NEAR" "Syrie"*');
  });
});

describe("parseSnippet", () => {
  it("splits marked matches into segments and collapses white space", () => {
    expect(parseSnippet("…se sont réunis\n\nà \u0002Bagdad\u0003 pour…")).toEqual([
      { text: "…se sont réunis à ", match: false },
      { text: "Bagdad", match: true },
      { text: " pour…", match: false },
    ]);
  });
});

describe("searchArticles", () => {
  it("finds the seeds that mention Baghdad, with the match marked in the snippet", async () => {
    const { total, hits } = await searchArticles(testDb.db, { query: "Bagdad", limit: 10, offset: 0 });
    const found = hits.map((hit) => hit.articleId);
    expect(found).toContain(idOf("000_a7392bfecf3fe0bd.txt"));
    expect(found).toContain(idOf("002_2e248bc0dc966fa8.txt"));
    expect(total).toBe(hits.length);
    for (const hit of hits) {
      const matched = hit.snippet.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase());
      expect(matched).toContain("bagdad");
    }
    const ranks = hits.map((hit) => hit.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it("ignores accents and matches the last word as a prefix", async () => {
    const accentless = await searchArticles(testDb.db, { query: "echange d informations quadripart", limit: 10, offset: 0 });
    expect(accentless.hits.map((hit) => hit.articleId)).toContain(idOf("000_a7392bfecf3fe0bd.txt"));
  });

  it("filters by outlet slug and by language", async () => {
    const xinhua = await searchArticles(testDb.db, { query: "Syrie", outlet: "xinhua", limit: 10, offset: 0 });
    expect(xinhua.hits.map((hit) => hit.articleId)).toEqual([idOf("004_f195220d0e5b627c.txt")]);
    // "Baghdad" alone would also find "al-Baghdadi" in the French seeds, by prefix.
    const english = await searchArticles(testDb.db, { query: "Baghdad Saturday", language: "en", limit: 10, offset: 0 });
    expect(english.total).toBe(1);
    const anyLanguage = await searchArticles(testDb.db, { query: "Baghdad", limit: 10, offset: 0 });
    const french = await searchArticles(testDb.db, { query: "Baghdad", language: "fr", limit: 10, offset: 0 });
    expect(french.total).toBe(anyLanguage.total - 1);
  });

  it("pages through results while reporting the full total", async () => {
    const all = await searchArticles(testDb.db, { query: "Iran", limit: 50, offset: 0 });
    expect(all.total).toBeGreaterThan(2);
    const second = await searchArticles(testDb.db, { query: "Iran", limit: 2, offset: 2 });
    expect(second.total).toBe(all.total);
    expect(second.hits.map((hit) => hit.articleId)).toEqual(all.hits.slice(2, 4).map((hit) => hit.articleId));
  });

  it("returns nothing, without error, for input with nothing to search", async () => {
    await expect(searchArticles(testDb.db, { query: '"*"', limit: 10, offset: 0 })).resolves.toEqual({ total: 0, hits: [] });
  });

  it("never turns any typed string into an FTS syntax error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(..."aéZ09 \"'*^():-+{}[]\\.,;ANDORNEAR\u0002\u0000"), maxLength: 40 }), async (query) => {
        await searchArticles(testDb.db, { query, limit: 5, offset: 0 });
      }),
      { numRuns: 300 },
    );
  });
});
