import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, renderCsv, type CsvClaimCell } from "./render-csv.ts";

const cell = (value: string): CsvClaimCell => ({
  eventId: "e1",
  eventTitle: 'Talks in "Damascus", day 2',
  claimId: "number:truck",
  claim: "Figure: truck",
  kind: "number",
  claimMark: "conflict",
  outlet: "Press TV",
  articleId: "a1",
  articleUrl: "https://example.org/a?x=1,2",
  published: "2026-03-10T09:40",
  value,
  mark: "conflict",
  verdict: null,
  claimUrl: "http://localhost:3000/events/e1/claims/number%3Atruck",
});

describe("renderCsv", () => {
  it("quotes commas, quotes and newlines, and keeps a spreadsheet from running article text as a formula", () => {
    const csv = renderCsv([cell("about 3,000\ncamions"), cell('=HYPERLINK("https://evil.example","x")'), cell("-3"), cell("@SUM(A1)")]);
    const records = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([...CSV_COLUMNS]);
    expect(records.map((record) => record.value)).toEqual(["about 3,000\ncamions", `'=HYPERLINK("https://evil.example","x")`, "-3", "'@SUM(A1)"]);
    expect(records[0]).toMatchObject({ event_title: 'Talks in "Damascus", day 2', article_url: "https://example.org/a?x=1,2", verdict: "" });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
  });
});
