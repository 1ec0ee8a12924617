import { describe, expect, it } from "vitest";
import { buildClaims } from "../build-claims.ts";
import { analyseArticle } from "../../nlp/analyse-article.ts";
import { alignClaims } from "./align-claims.ts";
import type { CompareArticle } from "./types.ts";

// Issue 17's mark rules on texts written for these tests in the style of wire copy: an article
// that announces no meeting or attack is still compared, figures compare as sets, a quote with a
// word put in another's place is a misquote, and one quote given to two people is a conflict.

function article(id: string, outlet: string, text: string, language = "en"): CompareArticle {
  const analysis = analyseArticle({ text, language, published: "2024-03-05" });
  const claims = buildClaims({ articleId: id, text, language, published: "2024-03-05", analysis, citedSources: [] });
  return { id, headline: id, outlet: { slug: outlet.toLowerCase(), name: outlet }, language, published: "2024-03-05", url: null, text, claims };
}

const REPORT =
  "The city council in Denver voted on Tuesday to raise the minimum wage by 12 percent. The new rate will cover 45 percent of hourly workers, officials said. " +
  "“This is the fairest wage the city has ever set for its workers,” said council member Maria Lopez. Opponents warned that small shops would close.";

describe("comparison of articles that announce no event", () => {
  it("builds the article's own account (place, date, figures) as the main event, left out of grouping", () => {
    const { claims } = article("a", "One", REPORT);
    const main = claims.events.find((event) => event.main)!;
    expect(main.fromArticle).toBe(true);
    expect(main.slots.find((slot) => slot.type === "place")?.canonical).toMatch(/denver/);
    expect(main.slots.find((slot) => slot.type === "date")?.detail?.weekday).toBe(2);
  });

  it("marks a changed weekday, and leaves the unchanged rows agreeing", () => {
    const comparison = alignClaims([article("a", "One", REPORT), article("b", "Two", REPORT.replace("on Tuesday", "on Thursday"))]);
    expect(comparison.rows.find((row) => row.kind === "date")?.mark).toBe("conflict");
    expect(comparison.rows.filter((row) => row.kind !== "date" && row.kind !== "statement").every((row) => row.mark === "agree")).toBe(true);
  });

  it("compares several figures of one kind as sets: one changed of two is a conflict", () => {
    const comparison = alignClaims([article("a", "One", REPORT), article("b", "Two", REPORT.replace("45 percent", "54 percent"))]);
    const row = comparison.rows.find((entry) => entry.kind === "number" && entry.cells.some((cell) => cell.values.length > 1))!;
    expect(row.mark).toBe("conflict");
    expect(row.explanation).toMatch(/45.*54/);
  });
});

describe("quotes", () => {
  it("marks a word put in another's place as a misquote (conflict), a shortened quote as partial", () => {
    const misquoted = alignClaims([article("a", "One", REPORT), article("b", "Two", REPORT.replace("the fairest wage", "the highest wage"))]);
    const quote = misquoted.rows.find((row) => row.kind === "quote")!;
    expect(quote.mark).toBe("conflict");
    expect(quote.explanation).toMatch(/fairest.*highest/);
    const shortened = alignClaims([article("a", "One", REPORT), article("b", "Two", REPORT.replace(" for its workers,”", ",”"))]);
    expect(shortened.rows.find((row) => row.kind === "quote")?.mark).toBe("partial");
  });

  it("puts one quote given to two named people in one row, marked conflict", () => {
    const comparison = alignClaims([article("a", "One", REPORT), article("b", "Two", REPORT.replace("council member Maria Lopez", "council member John Baker"))]);
    const quotes = comparison.rows.filter((row) => row.kind === "quote");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.mark).toBe("conflict");
    expect(quotes[0]!.explanation).toMatch(/Lopez.*Baker|Baker.*Lopez/);
  });
});
