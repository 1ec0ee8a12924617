import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import jsonld from "jsonld";
import { Marked } from "marked";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../tests/setup/test-db.ts";
import { REPO_ROOT } from "../../db/migrate.ts";
import { groupNewArticles } from "../../events/group-articles.ts";
import { importInputs } from "../../ingest/import-inputs.ts";
import type { Actor } from "../../review/authorize.ts";
import { saveVerdict } from "../../review/save-verdict.ts";
import { createUser } from "../../review/users.ts";
import { RATING_SCALE, VERDICT_RATINGS, type VerdictRating } from "../../review/verdict-scale.ts";
import { buildEventReport } from "./event-report-model.ts";
import { exportEventReport, exportOutletReport } from "./export-report.ts";
import type { OutletSummary } from "./outlet-report-model.ts";
import { CSV_COLUMNS } from "./render-csv.ts";
import { closeSharedPdfRenderer, launchChromium } from "./render-pdf.ts";

// Every export of the sample event of data/demo (four outlets, French and English, written by us),
// with a verdict of every rating on the scale, one outlet's own verdict, an edited version, and
// reviewer notes carrying script vectors: each format is read back by a real reader of that format.
const SCHEMA = "https://schema.org/";
const NOW = new Date("2026-12-01T10:00:00Z");
const VECTORS = `Checked against the **ministry** release.\n\n<script>window.__xss = 1</script>\n\n<img src=x onerror="window.__xss = 2">\n\n[click](javascript:window.__xss=3) · ![pixel](https://tracker.example/p.png)`;
const RATED: [string, VerdictRating, string][] = [
  ["place", "true", "Every outlet places the meeting in Damascus, as the joint statement does."],
  ["date", "false", "The meeting took place on Tuesday 10 March, not Monday 9 March as AFP reported."],
  ["countries", "unverifiable", "Whether an Iranian minister or a deputy attended cannot be confirmed."],
  ["leadership", "mostly-true", "Fayez al-Hamwi chaired; the Iraqi minister co-signed the statement."],
  ["number:truck", "misleading", "Presenting 3,000 trucks a day as fact is misleading: the ministry estimates about 2,000."],
  ["quote:1", "mixed", "The quote is accurate in French; the English rendering drops “three countries”."],
];

let testDb: TestDb;
let eventId: string;
let reuters: string;
let browser: Browser;
const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-report-"));

beforeAll(async () => {
  testDb = await createTestDb();
  const summary = await importInputs(testDb.db, [{ kind: "path", path: path.join(REPO_ROOT, "data", "demo") }], { origin: "cli" });
  const ids = summary.items.flatMap((item) => (item.articleId ? [item.articleId] : []));
  eventId = (await groupNewArticles(testDb.db, { articleIds: ids })).assignments.get(ids[0]!)!;
  reuters = (await testDb.db.article.findFirstOrThrow({ where: { outlet: { slug: "reuters" } }, select: { id: true } })).id;
  const actor = async (email: string, name: string): Promise<Actor> => {
    const user = await createUser(testDb.db, { email, name, role: "reviewer", password: "a long test password" }, null);
    return { id: user.id, name: user.name, email: user.email, role: "reviewer" };
  };
  const amira = await actor("amira@example.org", "Amira Haddad");
  const ben = await actor("ben@example.org", "Ben Okafor");
  for (const [rowId, rating, summaryText] of RATED) {
    const evidence = rowId === "number:truck" ? [{ kind: "url" as const, url: "https://example.org/border-statistics", quote: "About 2,000 trucks a day." }, { kind: "quote" as const, quote: "Around two thousand lorries daily." }] : [];
    await saveVerdict(testDb.db, { eventId, rowId, rating, summary: summaryText, notes: rowId === "number:truck" ? VECTORS : "", evidence, expectedVersion: null }, amira);
  }
  await saveVerdict(testDb.db, { eventId, rowId: "date", rating: "false", summary: RATED[1]![2], notes: "Agenda of the ministry, 10 March.", evidence: [{ kind: "url", url: "https://example.org/agenda" }], expectedVersion: 1 }, ben);
  await saveVerdict(testDb.db, { eventId, rowId: "leadership", articleId: reuters, rating: "true", summary: "Reuters names the chair correctly.", evidence: [], expectedVersion: null }, ben);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await closeSharedPdfRenderer();
  await testDb?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const text = async (format: "html" | "md" | "csv" | "claimreview") => String((await exportEventReport(testDb.db, { eventId, format, now: NOW })).body);

describe("event report model", () => {
  it("holds the table, the verdicts in table order, the reviewers and the diffs that matter", async () => {
    const report = await buildEventReport(testDb.db, { eventId, now: NOW });
    expect(report.columns.map((column) => column.outlet)).toEqual(["Press TV", "Reuters", "AFP", "Xinhua"]);
    expect(report.verdicts).toHaveLength(7);
    expect(report.verdicts.map((verdict) => verdict.rowId).slice(0, 2)).toEqual(["place", "date"]);
    expect(report.reviewers.names).toEqual(["Amira Haddad", "Ben Okafor"]);
    expect(report.diffs.map((diff) => diff.rowId)).toContain("quote:1");
    expect(report.diffs[0]!.rowId).toBe("quote:1"); // reviewed first
    const xinhua = report.outlets.find((outlet) => outlet.outlet === "Xinhua")!;
    expect(xinhua.marks.omitted).toBeGreaterThan(0);
    // Xinhua reports neither who led nor the quote: those verdicts are not about its claims
    expect(xinhua.verdicts.reduce((sum, entry) => sum + entry.count, 0)).toBe(4);
  });
});

describe("CSV", () => {
  it("parses with csv-parse into one record per claim × outlet with value, mark, verdict and evidence", async () => {
    const report = await buildEventReport(testDb.db, { eventId, now: NOW });
    const records = parse(await text("csv"), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(report.rows.length * report.columns.length);
    const truck = records.filter((record) => record.claim_id === "number:truck");
    expect(truck.map((record) => record.outlet)).toEqual(["Press TV", "Reuters", "AFP", "Xinhua"]);
    expect(truck.find((record) => record.outlet === "Reuters")).toMatchObject({ value: "about 2,000 trucks", mark: "conflict", verdict: "misleading", rating_value: "2", verdict_scope: "claim", evidence_urls: "https://example.org/border-statistics" });
    const leadership = records.filter((record) => record.claim_id === "leadership");
    expect(leadership.find((record) => record.outlet === "Reuters")).toMatchObject({ verdict: "true", rating_value: "5", verdict_scope: "outlet", reviewed_by: "Ben Okafor" });
    expect(leadership.find((record) => record.outlet === "Xinhua")).toMatchObject({ mark: "omitted", value: "", verdict: "mostly-true" });
    expect(records.find((record) => record.claim_id === "countries")).toMatchObject({ verdict: "unverifiable", rating_value: "" });
    expect(records.find((record) => record.claim_id === "date")!.reviewed_by).toBe("Amira Haddad; Ben Okafor");
  });
});

describe("ClaimReview JSON-LD", () => {
  const context = JSON.parse(readFileSync(path.join(REPO_ROOT, "data", "jsonld", "schema-org-context.jsonld"), "utf8")) as object;
  // no network: schema.org's context comes from data/jsonld, and any other URL is refused
  const documentLoader = async (url: string) => {
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network in tests: ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };
  type Node = Record<string, { "@value"?: unknown; "@id"?: string; "@type"?: string[] }[] | string[] | undefined>;
  const value = (node: Node, property: string) => (node[`${SCHEMA}${property}`] as { "@value"?: unknown }[] | undefined)?.[0]?.["@value"];
  const child = (node: Node, property: string) => (node[`${SCHEMA}${property}`] as unknown as Node[] | undefined)?.[0];
  const children = (node: Node, property: string) => (node[`${SCHEMA}${property}`] as unknown as Node[] | undefined) ?? [];
  const types = (node: Node | undefined) => (node?.["@type"] as string[] | undefined) ?? [];

  it("expands with a JSON-LD processor into one ClaimReview per verdict with every required property and the right rating", async () => {
    const document = JSON.parse(await text("claimreview")) as object;
    const expanded = (await jsonld.expand(document, { documentLoader: documentLoader as never })) as Node[];
    const reviews = expanded.filter((node) => types(node).includes(`${SCHEMA}ClaimReview`));
    expect(reviews).toHaveLength(7);
    const seen = new Set<VerdictRating>();
    for (const review of reviews) {
      expect(value(review, "claimReviewed")).toMatch(/\S/);
      expect(value(review, "url")).toMatch(new RegExp(`^http://localhost:3000/events/${eventId}/claims/`));
      expect(value(review, "datePublished")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const author = child(review, "author")!;
      expect(types(author)).toEqual([`${SCHEMA}Organization`]);
      expect(value(author, "name")).toBe("Parallax fact-check desk");
      const rating = child(review, "reviewRating")!;
      expect(types(rating)).toEqual([`${SCHEMA}Rating`]);
      const name = value(rating, "alternateName") as string;
      const [key, definition] = Object.entries(RATING_SCALE).find(([, entry]) => entry.label === name)!;
      seen.add(key as VerdictRating);
      if (definition.ratingValue === null) {
        expect(rating[`${SCHEMA}ratingValue`]).toBeUndefined();
      } else {
        expect([value(rating, "ratingValue"), value(rating, "bestRating"), value(rating, "worstRating")]).toEqual([definition.ratingValue, 5, 1]);
      }
      const claim = child(review, "itemReviewed")!;
      expect(types(claim)).toEqual([`${SCHEMA}Claim`]);
      expect(value(child(claim, "author")!, "name")).toMatch(/Press TV|Reuters|AFP|Xinhua/);
      expect(value(claim, "datePublished")).toMatch(/^2026-03-10T/);
      const first = child(claim, "firstAppearance")!;
      expect(types(first)).toEqual([`${SCHEMA}CreativeWork`]);
      expect(value(first, "datePublished")).toBe(value(claim, "datePublished"));
      for (const appearance of children(claim, "appearance")) expect(value(child(appearance, "author")!, "name")).toMatch(/\S/);
      expect(children(claim, "appearance").length).toBeGreaterThanOrEqual(1);
    }
    expect([...seen].sort()).toEqual([...VERDICT_RATINGS].sort());
    // the Reuters cell verdict is about Reuters's words only
    const cell = reviews.find((review) => String(value(review, "url")).includes(`?article=${reuters}`))!;
    expect(children(child(cell, "itemReviewed")!, "appearance").map((appearance) => value(child(appearance, "author")!, "name"))).toEqual(["Reuters"]);
  });
});

describe("HTML", () => {
  it("opens in Chromium with zero network requests, no console errors, and inert reviewer text", async () => {
    const html = await text("html");
    expect(html).not.toMatch(/<script|<img|<iframe|<link|@import|url\(/i);
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setContent(html, { waitUntil: "load" });
    await page.waitForTimeout(200);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator("h1").innerText()).toMatch(/^\[Sample\] L'Iran/);
    expect(await page.locator("article.verdict").count()).toBe(7);
    expect(await page.locator("table.compare tbody tr").count()).toBeGreaterThan(10);
    expect(await page.locator(".byline").innerText()).toMatch(/Reviewed by Amira Haddad and Ben Okafor/);
    const hostile = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      scripts: document.scripts.length,
      unsafeLinks: [...document.querySelectorAll("a")].filter((link) => !/^(https?:|mailto:)/.test(link.getAttribute("href") ?? "")).length,
      notes: [...document.querySelectorAll(".notes")].map((notes) => notes.textContent).join("\n"),
    }));
    expect(hostile).toMatchObject({ xss: null, scripts: 0, unsafeLinks: 0 });
    expect(hostile.notes).toContain("<script>window.__xss = 1</script>");
    await context.close();
  });
});

describe("Markdown", () => {
  it("has the headline, the verdicts and one table line per claim, with raw HTML escaped", async () => {
    const markdown = await text("md");
    const report = await buildEventReport(testDb.db, { eventId, now: NOW });
    expect(markdown).toMatch(/^# \\\[Sample\\\] L'Iran/);
    expect(markdown).toContain("**MISLEADING** (2/5)");
    expect(markdown).toContain("**UNVERIFIABLE** (not on the true–false scale)");
    const html = new Marked().parse(markdown, { async: false });
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(markdown).toContain("> Checked against the ministry release.");
    const tables = new Marked().lexer(markdown).filter((token) => token.type === "table") as unknown as { rows: unknown[] }[];
    expect(tables[0]!.rows).toHaveLength(report.rows.length);
  });
});

describe("PDF", () => {
  it("prints A4 pages whose text holds the headline, the verdicts, the outlets and page numbers", async () => {
    const pdf = await exportEventReport(testDb.db, { eventId, format: "pdf", now: NOW });
    expect(pdf.contentType).toBe("application/pdf");
    expect(pdf.fileName).toBe("fact-check-sample-l-iran-l-irak-et-la-syrie-discutent-a-damas-de-la-2026-12-01.pdf");
    const file = path.join(dir, "report.pdf");
    writeFileSync(file, pdf.body);
    const pdftotext = (page?: number) => {
      try {
        return execFileSync("pdftotext", [...(page ? ["-f", String(page), "-l", String(page)] : []), "-layout", file, "-"], { encoding: "utf8" });
      } catch (error) {
        throw new Error("pdftotext (Debian's poppler-utils) is needed: run `bash scripts/ensure-chromium.sh`, which installs it.", { cause: error });
      }
    };
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const first = pdftotext(1);
    expect(first).toContain("FACT-CHECK REPORT");
    expect(first).toMatch(/\[Sample\] L'Iran, l'Irak et la Syrie/);
    expect(first).toMatch(/Reviewed by Amira Haddad and Ben Okafor/);
    for (let page = 1; page <= pages; page++) expect(pdftotext(page)).toContain(`Page ${page} of ${pages}`);
    const all = pdftotext().replace(/\s+/g, " ");
    expect(all).toContain("Presenting 3,000 trucks a day as fact is misleading");
    for (const outlet of ["Press TV", "Reuters", "AFP", "Xinhua"]) expect(all).toContain(outlet);
    expect(pdftotext(pages)).toMatch(/How this report was made|made with Parallax/);
  });
});

describe("outlet report", () => {
  const summary = (slug: string): OutletSummary => ({
    outlet: { id: "x", slug, name: "Xinhua", country: "CN", ownership: "state-owned" },
    articles: 1,
    undatedArticles: 0,
    events: 1,
    multiOutletEvents: 1,
    tooLargeEvents: 0,
    timeline: [{ month: "2026-03", articles: 1, events: 1 }],
    verdicts: [{ rating: "misleading", count: 1 }],
    reviewedClaims: 4,
    conflictShare: { count: 2, total: 8, rate: 0.25, low: 0.07, high: 0.59 },
    agreeShare: { count: 4, total: 8, rate: 0.5, low: 0.22, high: 0.78 },
    omissionRate: { count: 3, total: 11, rate: 3 / 11, low: 0.1, high: 0.57 },
    copiedShare: { count: 0, total: 300, rate: 0, low: 0, high: 0.0127 },
    copiedFrom: [],
    topSources: [{ source: "SANA", kind: "agency", count: 1 }],
    grades: [{ criterion: "sourcing", grade: 3, reason: "Cites the state agency only." }],
    notes: 0,
    computedAt: NOW.toISOString(),
  });

  it("lists the verdicts on claims the outlet reports, with its own words, and its figures when given", async () => {
    const html = String((await exportOutletReport(testDb.db, { outlet: "Xinhua", format: "html", summarize: async (_db, slug) => summary(slug), now: NOW })).body);
    expect(html).toContain("25% (2 of 8; 95% CI 7–59%)");
    expect(html).toContain("Cites the state agency only.");
    expect(html.match(/<article class="verdict/g)).toHaveLength(4);
    expect(html).toContain("3,000 trucks");
    const csv = parse(String((await exportOutletReport(testDb.db, { outlet: "xinhua", format: "csv", now: NOW })).body), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv.map((record) => record.claim_id).sort()).toEqual(["countries", "date", "number:truck", "place"]);
    expect(new Set(csv.map((record) => record.outlet))).toEqual(new Set(["Xinhua"]));
    const reutersReviews = JSON.parse(String((await exportOutletReport(testDb.db, { outlet: "Reuters", format: "claimreview", now: NOW })).body)) as { "@graph": unknown[] };
    expect(reutersReviews["@graph"]).toHaveLength(7);
    await expect(exportOutletReport(testDb.db, { outlet: "No Such Outlet", format: "md" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
