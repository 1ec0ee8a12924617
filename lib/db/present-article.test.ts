import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { importInputs } from "../ingest/import-inputs.ts";
import { getArticleDetail } from "./article-queries.ts";
import { REPO_ROOT } from "./migrate.ts";
import { formatPublished, presentArticle, type ArticleView } from "./present-article.ts";
import { segmentText } from "./segment-text.ts";

const XINHUA_FILE = path.join(REPO_ROOT, "data", "samples", "004_f195220d0e5b627c.txt");

describe("formatPublished", () => {
  it("never shows more precision than the source gave", () => {
    expect(formatPublished("2019", "year")).toBe("2019");
    expect(formatPublished("2019-06", "month")).toBe("June 2019");
    expect(formatPublished("2017-10-18", "day")).toBe("18 Oct 2017");
    expect(formatPublished("2017-10-18T22:55", "minute")).toBe("18 Oct 2017 22:55");
  });
});

describe("segmentText", () => {
  const text = "DAMAS, 18 octobre (Xinhua) -- Le chef.\n\nLors de leur rencontre à Damas, a rapporté SANA.";
  const sana = text.indexOf("SANA");
  const paragraphs = segmentText(
    text,
    [
      { id: "ev-outlet-0", start: 19, end: 25 },
      { id: "cs-0", start: sana, end: sana + 4 },
    ],
    [{ id: "copy1", start: text.indexOf("Lors"), end: text.length }],
  );

  it("keeps every character of every paragraph, in order", () => {
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.map((paragraph) => paragraph.segments.map((segment) => segment.text).join("")).join("\n\n")).toBe(text);
  });

  it("cuts at range edges and says which ranges cover each piece", () => {
    const outlet = paragraphs[0]?.segments.find((segment) => segment.rangeIds.includes("ev-outlet-0"));
    expect(outlet?.text).toBe("Xinhua");
    const second = paragraphs[1]?.segments ?? [];
    expect(second.every((segment) => segment.copyIds.includes("copy1"))).toBe(true);
    expect(second[0]?.copyStarts).toEqual(["copy1"]);
    expect(second.at(-1)?.copyEnds).toEqual(["copy1"]);
    expect(second.find((segment) => segment.rangeIds.includes("cs-0"))?.text).toBe("SANA");
  });
});

describe("presentArticle", () => {
  let testDb: TestDb;
  let view: ArticleView;

  beforeAll(async () => {
    testDb = await createTestDb();
    const summary = await importInputs(testDb.db, [{ kind: "path", path: XINHUA_FILE }], { origin: "cli" });
    const articleId = summary.items[0]?.articleId;
    if (!articleId) throw new Error(`import failed: ${JSON.stringify(summary.items)}`);
    const record = await getArticleDetail(testDb.db, articleId);
    if (!record) throw new Error("article not found after import");
    view = presentArticle(record);
  });

  afterAll(async () => {
    await testDb?.cleanup();
  });

  it("gives each metadata value with its evidence, text evidence pointing at the real words", () => {
    const outlet = view.fields.find((field) => field.key === "outlet");
    expect(outlet?.value).toMatch(/xinhua/i);
    expect(outlet?.evidence.length).toBeGreaterThan(0);
    const text = view.paragraphs.flatMap((paragraph) => paragraph.segments).filter((segment) => segment.rangeIds.includes("ev-outlet"));
    for (const segment of text) expect(segment.text.length).toBeGreaterThan(0);
    expect(view.published?.label).toBe("18 Oct 2017 22:55");
  });

  it("links each cited source to its span in the text", () => {
    const sana = view.citedSources.find((source) => source.name === "SANA");
    expect(sana?.rangeId).toBeTruthy();
    const covered = view.paragraphs
      .flatMap((paragraph) => paragraph.segments)
      .filter((segment) => sana?.rangeId && segment.rangeIds.includes(sana.rangeId))
      .map((segment) => segment.text)
      .join("");
    expect(covered).toContain("SANA");
  });

  it("groups removed pieces by reason and keeps the raw input as received", () => {
    const removed = view.removedGroups.flatMap((group) => group.pieces.map((piece) => piece.text));
    expect(removed).toContain("Taille du Texte");
    expect(view.paragraphs.flatMap((paragraph) => paragraph.segments).map((segment) => segment.text).join("")).not.toContain("Taille du Texte");
    expect(view.raw.text).toBe(readFileSync(XINHUA_FILE, "utf8").replace(/^\uFEFF/, ""));
  });

  it("sends only a short content hash and nothing internal", () => {
    expect(view.contentHashShort).toHaveLength(12);
    const json = JSON.stringify(view);
    expect(json).not.toMatch(/importRunId|fingerprint|contentHash"/);
  });
});
