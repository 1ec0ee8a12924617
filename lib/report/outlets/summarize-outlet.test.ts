import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../../../tests/setup/sign-in.ts";
import { createTestDb, type TestDb } from "../../../tests/setup/test-db.ts";
import { REPO_ROOT } from "../../db/migrate.ts";
import { groupNewArticles } from "../../events/group-articles.ts";
import { importInputs } from "../../ingest/import-inputs.ts";
import type { Actor } from "../../review/authorize.ts";
import { saveVerdict } from "../../review/save-verdict.ts";
import { createUser } from "../../review/users.ts";
import { compareOutlets } from "./compare-outlets.ts";
import { ensureEventStats } from "./event-stats.ts";
import { listOutletFigures } from "./list-outlet-figures.ts";
import { makeRate } from "./rate.ts";
import { summarizeOutlet } from "./summarize-outlet.ts";

// The seeds (data/samples: five single-outlet events, one of them Press TV's, undated) and the
// demo event (data/demo: Press TV, Reuters, AFP and Xinhua on the Albu Kamal crossing, with
// deliberate conflicts). Worked out by hand from `parallax compare` of the demo event, columns
// Press TV | Reuters | AFP | Xinhua, cited-source rows left out (15 claim rows):
//   place        all four, agree                  -> Press TV shared, agree
//   date         AFP says Monday                  -> Press TV shared, conflict (with AFP)
//   countries    Press TV names only Syria        -> shared, conflict
//   leadership   AFP names al-Jubouri             -> shared, conflict
//   al-Hamwi     Press TV, Reuters, Xinhua agree  -> shared, agree
//   al-Jubouri   AFP, Xinhua                      -> Press TV omits
//   Moradi       Xinhua only                      -> Press TV omits
//   3 countries  Press TV, Reuters agree          -> shared, agree
//   trucks       3,000 / 2,000 / 2,500 / 3,000    -> shared, conflict
//   2 years      Reuters only                     -> Press TV omits
//   quote        Press TV, Reuters, AFP, partial  -> shared, partial
//   statement 1, 2 (Press TV, AFP), partial       -> shared, partial ×2
//   statement 4, 7 (Reuters, Xinhua)              -> Press TV omits ×2
// Press TV: 10 shared claims, 4 in conflict, 3 agreeing; 15 rows others report, 5 omitted.
let testDb: TestDb;
let eventId: string;
let reviewer: Actor;
const articleOf = new Map<string, string>();

async function verdict(rowId: string, outlet: string | null, rating: "true" | "mostly-true" | "mixed" | "misleading" | "false") {
  await saveVerdict(testDb.db, { eventId, rowId, articleId: outlet ? articleOf.get(outlet)! : "", rating, summary: `${rating} (${rowId})`, expectedVersion: null }, reviewer);
}

beforeAll(async () => {
  testDb = await createTestDb();
  // as `parallax import data/samples` then `parallax import data/demo` do: each import grouped
  for (const folder of ["samples", "demo"]) {
    await importInputs(testDb.db, [{ kind: "path", path: path.join(REPO_ROOT, "data", folder) }], { origin: "cli" });
    await groupNewArticles(testDb.db);
  }
  const demo = await testDb.db.article.findMany({ where: { headline: { startsWith: "[Sample]" } }, select: { id: true, outlet: { select: { slug: true } }, eventMembership: { select: { eventId: true } } } });
  for (const article of demo) articleOf.set(article.outlet!.slug, article.id);
  eventId = demo[0]!.eventMembership!.eventId;
  expect(new Set(demo.map((article) => article.eventMembership?.eventId)).size).toBe(1);
  const user = await createUser(testDb.db, { email: "rita@example.org", name: "Rita", role: "reviewer", password: TEST_PASSWORD }, null);
  reviewer = { id: user.id, name: user.name, email: user.email, role: user.role };
  await verdict("number:truck", "press-tv", "false"); // Press TV's own cell
  await verdict("place", null, "true"); // a row verdict: counts for all four, who all report it
  await verdict("date", null, "misleading"); // a row verdict ...
  await verdict("date", "press-tv", "mostly-true"); // ... which Press TV's own cell verdict overrides
  await verdict("person:reza moradi", null, "mixed"); // a row only Xinhua reports
});

afterAll(async () => {
  await testDb?.cleanup();
});

describe("summarizeOutlet", () => {
  it("adds up Press TV's figures as worked out by hand", async () => {
    const summary = (await summarizeOutlet(testDb.db, "press-tv"))!;
    expect(summary.outlet).toMatchObject({ slug: "press-tv", name: "Press TV", country: "IR" });
    expect(summary).toMatchObject({ articles: 2, events: 2, multiOutletEvents: 1, undatedArticles: 1, tooLargeEvents: 0 });
    expect(summary.timeline).toEqual([{ month: "2026-03", articles: 1, events: 1 }]);
    // its 11 shared claims: place, day, countries, chair, al-Hamwi, "3 countries", trucks, the quote, and
    // three statements its French sentences share with English ones (issue 17: paired across languages);
    // it conflicts on the day, the countries, the chair and the trucks, agrees on place, al-Hamwi and
    // "3 countries"; it leaves out al-Jubouri, Moradi and the year, 3 of the event's 14 claim rows
    expect(summary.conflictShare).toEqual(makeRate(4, 11));
    expect(summary.agreeShare).toEqual(makeRate(3, 11));
    expect(summary.omissionRate).toEqual(makeRate(3, 14));
    // no passage of the corpus is reused across articles: 0 of all its words
    const words = await testDb.db.article.aggregate({ where: { outlet: { slug: "press-tv" } }, _sum: { wordCount: true } });
    expect(summary.copiedShare).toEqual(makeRate(0, words._sum.wordCount!));
    expect(summary.topSources).toContainEqual({ source: "IRNA", kind: "agency", count: 1 });
    // truck (its cell), place (row), date (its cell, not the row's): Moradi is not its claim
    expect(summary.reviewedClaims).toBe(3);
    expect(summary.verdicts.filter((entry) => entry.count > 0)).toEqual([
      { rating: "true", count: 1 },
      { rating: "mostly-true", count: 1 },
      { rating: "false", count: 1 },
    ]);
  });

  it("counts row verdicts for the outlets that report the row", async () => {
    const reuters = (await summarizeOutlet(testDb.db, "reuters"))!;
    expect(reuters.verdicts.filter((entry) => entry.count > 0)).toEqual([
      { rating: "true", count: 1 },
      { rating: "misleading", count: 1 },
    ]);
    // a wire's own name in its dateline is not a source it cites
    expect(reuters.topSources.map((entry) => entry.source)).toEqual(["Syrian official"]);
    const xinhua = (await summarizeOutlet(testDb.db, "xinhua"))!;
    expect(xinhua.reviewedClaims).toBe(3);
    expect(xinhua.verdicts.find((entry) => entry.rating === "mixed")!.count).toBe(1);
  });

  it("returns null for an unknown outlet", async () => {
    expect(await summarizeOutlet(testDb.db, "no-such-outlet")).toBeNull();
  });
});

describe("compareOutlets", () => {
  it("compares Press TV and Reuters between themselves on the event both covered", async () => {
    const comparison = await compareOutlets(testDb.db, ["press-tv", "reuters"]);
    expect(comparison.sharedEvents).toBe(1);
    // Press TV and Reuters alone: 12 claim rows. Place, day, chair, al-Hamwi and "3 countries" agree;
    // the countries (Syria vs Iran, Iraq, Syria: one contains the other), the quote and three
    // statements (French vs English, paired across languages) are partial; the trucks (3,000 vs
    // 2,000) conflict; "closed two years" is Reuters' only.
    expect(comparison.events[0]).toMatchObject({ id: eventId, rows: 12, agree: 5, partial: 5, conflict: 1, omitted: { "press-tv": 1, reuters: 0 } });
    expect(comparison.events[0]!.articles["press-tv"]!.id).toBe(articleOf.get("press-tv"));
    const ratings = (slug: string) => comparison.totals.verdicts[slug]!.filter((entry) => entry.count > 0);
    expect(ratings("press-tv")).toEqual([
      { rating: "true", count: 1 },
      { rating: "mostly-true", count: 1 },
      { rating: "false", count: 1 },
    ]);
    expect(ratings("reuters")).toEqual([
      { rating: "true", count: 1 },
      { rating: "misleading", count: 1 },
    ]);
  });

  it("finds no shared event for outlets that never met, and refuses one outlet alone", async () => {
    expect((await compareOutlets(testDb.db, ["press-tv", "irna"])).events).toEqual([]);
    await expect(compareOutlets(testDb.db, ["press-tv"])).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    await expect(compareOutlets(testDb.db, ["press-tv", "nobody"])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listOutletFigures", () => {
  it("sorts the index by conflict share, outlets with no shared claim last", async () => {
    const index = await listOutletFigures(testDb.db, { sort: "conflict", direction: "desc" });
    // AFP contradicts on the day, the chair, the countries and the trucks: 4 of its 9 shared claims
    expect(index.map((entry) => [entry.slug, entry.conflictShare.count, entry.conflictShare.total])).toEqual([
      ["afp", 4, 9],
      ["press-tv", 4, 11],
      ["reuters", 3, 11],
      ["xinhua", 2, 8],
      ["irna", 0, 0],
    ]);
    expect(Object.fromEntries(index.map((entry) => [entry.slug, entry.reviewedClaims]))).toEqual({ afp: 2, "press-tv": 3, reuters: 2, xinhua: 3, irna: 0 });
    expect(index.find((entry) => entry.slug === "press-tv")!.omissionRate).toEqual(makeRate(3, 14));
  });
});

// last: it changes the event the tests above read
describe("the stored event stats", () => {
  it("compares each event once and again only when its members change", async () => {
    expect((await ensureEventStats(testDb.db, [eventId])).recomputed).toBe(0);
    // Xinhua's article leaves the event (as a reviewer's move would make it): the row only Xinhua
    // brought (Moradi) goes; Press TV still omits al-Jubouri (AFP) and the two years (Reuters): 2 of 13
    await testDb.db.eventMembership.delete({ where: { articleId: articleOf.get("xinhua")! } });
    const summary = (await summarizeOutlet(testDb.db, "press-tv"))!;
    expect(summary.omissionRate).toEqual(makeRate(2, 13));
    expect((await ensureEventStats(testDb.db, [eventId])).recomputed).toBe(0);
  });
});
