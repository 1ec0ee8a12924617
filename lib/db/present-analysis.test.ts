import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { importInputs } from "../ingest/import-inputs.ts";
import { getArticleDetail } from "./article-queries.ts";
import { markParagraphs, presentAnalysis, type AnalysisView, type MarkedParagraph } from "./present-analysis.ts";
import { presentArticle } from "./present-article.ts";

describe("presentAnalysis on seed 000 (IRNA, French)", () => {
  let testDb: TestDb;
  let text = "";
  let analysis: AnalysisView;
  let paragraphs: MarkedParagraph[];

  beforeAll(async () => {
    testDb = await createTestDb();
    const summary = await importInputs(testDb.db, [{ kind: "path", path: "data/samples/000_a7392bfecf3fe0bd.txt" }], { origin: "cli" });
    const articleId = summary.items[0]?.articleId;
    if (!articleId) throw new Error("seed 000 was not imported");
    const record = await getArticleDetail(testDb.db, articleId);
    if (!record) throw new Error("seed 000 not found after import");
    text = record.text;
    analysis = presentAnalysis(record);
    paragraphs = markParagraphs(presentArticle(record).paragraphs, analysis);
  });

  afterAll(async () => {
    await testDb?.cleanup();
  });

  const marksOn = (words: string) => analysis.marks.filter((mark) => text.slice(mark.start, mark.end) === words);

  it("marks places, people, dates and numbers with tooltips a reviewer can check", () => {
    expect(marksOn("Bagdad")[0]).toMatchObject({ kind: "place", tooltip: expect.stringContaining("Baghdad") });
    expect(marksOn("Saad Mozher al-Allaq")[0]).toMatchObject({ kind: "person", tooltip: expect.stringMatching(/major général.*Iraq/) });
    expect(marksOn("jeudi")[0]).toMatchObject({ kind: "date", tooltip: expect.stringContaining("Thursday") });
    expect(marksOn("quatre").find((mark) => mark.kind === "number")?.tooltip).toMatch(/Number: 4 · exact · counts “pays”/);
    expect(analysis.legend.find((entry) => entry.kind === "quote")?.count).toBe(4);
  });

  it("draws a pronoun attribution as inferred, with its speaker and how it was resolved", () => {
    const quote = analysis.marks.find((mark) => mark.kind === "quote" && text.slice(mark.start, mark.start + 20).includes("La coopération"));
    expect(quote).toMatchObject({ inferred: true, tooltip: expect.stringMatching(/Saad Mozher al-Allaq · by pronoun · inferred/) });
    expect(marksOn("il").find((mark) => mark.kind === "person")?.inferred).toBe(true);
  });

  it("groups the claim slots by event: a meeting in Baghdad on Thursday, chaired by al-Allaq", () => {
    const meeting = analysis.events.find((event) => event.main);
    expect(meeting).toMatchObject({ kind: "meeting", summary: expect.stringContaining("Baghdad · Thursday") });
    const group = (type: string) => meeting?.groups.find((candidate) => candidate.type === type)?.slots ?? [];
    expect(group("place")[0]).toMatchObject({ label: "Baghdad (Bagdad)", inferred: false, spanId: `span-${text.indexOf("Bagdad")}-${text.indexOf("Bagdad") + 6}` });
    expect(group("date")[0]?.label).toBe("Thursday (jeudi)");
    expect(group("chair")[0]?.label).toContain("Saad Mozher al-Allaq");
    const allaq = group("quote").find((slot) => slot.quote?.speaker === "Saad Mozher al-Allaq");
    expect(allaq).toMatchObject({ inferred: true, confidence: 55, quote: { resolution: "by pronoun", inferred: true, unresolved: false } });
    expect(group("quote").find((slot) => slot.quote?.speaker === "Mostafa Moradian")).toMatchObject({ inferred: false, quote: { resolution: "named" } });
    expect(analysis.events.find((event) => event.kind === "visit")?.summary).toContain("Sunday");
  });

  it("keeps every character in order and puts marks, anchors and speaker notes on the right pieces", () => {
    expect(paragraphs.map((paragraph) => paragraph.segments.map((segment) => segment.text).join("")).join("")).toBe(text.replace(/\n[ \t]*\n\s*/g, ""));
    const pieces = paragraphs.flatMap((paragraph) => paragraph.segments);
    const baghdad = pieces.find((piece) => piece.text === "Bagdad" && piece.anchors.length > 0);
    expect(baghdad?.marks.map((mark) => mark.kind)).toEqual(["place"]);
    expect(baghdad?.rangeIds).toContain(baghdad?.anchors[0]);
    const notes = pieces.flatMap((piece) => piece.quoteNotes);
    expect(notes).toHaveLength(4);
    expect(notes[0]).toMatchObject({ speaker: "Saad Mozher al-Allaq", inferred: true });
    const noteAfter = pieces.find((piece) => piece.quoteNotes.length > 0);
    expect(noteAfter?.text.endsWith("»")).toBe(true);
  });
});

describe("presentAnalysis on a quote nobody is named for", () => {
  it("shows the speaker as unresolved and lists the quote apart from the claims", () => {
    const text = "La réunion s'est tenue jeudi à Damas.\n\n« Nous ne céderons jamais devant les terroristes », a déclaré un responsable.";
    const analysis = presentAnalysis({ id: "x", text, language: "fr", publishedAt: "2019-12-13", citedSources: null });
    expect(analysis.unattributedQuotes).toEqual([{ spanId: `span-${text.indexOf("«")}-${text.indexOf("»") + 1}`, excerpt: "Nous ne céderons jamais devant les terroristes" }]);
    expect(analysis.quoteNotes[0]?.note).toMatchObject({ speaker: "unresolved", unresolved: true });
    expect(analysis.marks.find((mark) => mark.kind === "date")?.tooltip).toBe("Date: 2019-12-12 · Thursday · “jeudi” counted from 2019-12-13");
  });
});
