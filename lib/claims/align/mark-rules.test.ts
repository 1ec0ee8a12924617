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

describe("facts inside one shared statement", () => {
  it("marks a figure or a day of the month changed inside one sentence both outlets print as a conflict of its kind", () => {
    const text = "The agency said the convoy of 40 trucks left the border crossing on March 12 after a long delay at the checkpoint near the river.";
    const figure = alignClaims([article("a", "One", text), article("b", "Two", text.replace("40 trucks", "60 trucks"))]);
    expect(figure.rows.find((row) => row.kind === "number" && row.mark === "conflict")?.explanation).toMatch(/40.*60/);
    const day = alignClaims([article("a", "One", text), article("b", "Two", text.replace("March 12", "March 14"))]);
    expect(day.rows.some((row) => row.kind === "date" && row.mark === "conflict")).toBe(true);
    expect(day.rows.some((row) => row.kind === "number" && row.mark === "conflict")).toBe(false);
  });

  it("leaves other wording to the statement row (partial), with no fact row", () => {
    const text = "The agency said the convoy of 40 trucks left the border crossing after a long delay at the checkpoint near the river.";
    const comparison = alignClaims([article("a", "One", text), article("b", "Two", text.replace("a long delay", "a lengthy delay"))]);
    expect(comparison.rows.filter((row) => row.mark === "conflict")).toEqual([]);
  });

  it("compares a quote whose speaker is not clear, under no name", () => {
    const text = "Opponents were not convinced. “Small shops will close before the summer is over,” one flyer read in large letters.";
    const comparison = alignClaims([article("a", "One", text), article("b", "Two", text.replace("before the summer", "before the winter"))]);
    expect(comparison.rows.find((row) => row.kind === "quote")?.mark).toBe("conflict");
  });
});

describe("French and English statements", () => {
  const french =
    "Les inondations ont fait au moins 120 morts dans le sud du pays depuis le début de la semaine, selon les autorités locales. Les secours tentent toujours d'atteindre plusieurs villages isolés par les eaux.";
  const english =
    "The floods have killed at least 120 people in the south of the country since the start of the week, according to local authorities. Rescuers are still trying to reach several villages cut off by the water.";

  it("puts a French sentence and its English version in one statement row, compared on their figures", () => {
    const same = alignClaims([article("fr", "Une", french, "fr"), article("en", "One", english)]);
    const paired = same.rows.filter((row) => row.kind === "statement" && row.cells.every((cell) => cell.text));
    expect(paired.length).toBeGreaterThanOrEqual(2);
    expect(same.rows.filter((row) => row.mark === "conflict")).toEqual([]);
    const changed = alignClaims([article("fr", "Une", french, "fr"), article("en", "One", english.replace("120 people", "210 people"))]);
    expect(changed.rows.find((row) => row.mark === "conflict")?.explanation).toMatch(/120.*210|210.*120/);
  });
});

describe("figures across languages and amounts", () => {
  it("puts a French and an English figure of one counted thing in one row (Apertium renders the noun), and an amount in its currency's row", () => {
    const french = "La commission a signé à Amman un accord pour transporter 10 000 barils de pétrole par jour. Les échanges devraient atteindre 1,5 milliard de dollars cette année.";
    const english = "The commission signed a deal in Amman to truck 12,000 barrels of oil a day. Trade is expected to reach $1.5 billion this year.";
    const comparison = alignClaims([article("fr", "Une", french, "fr"), article("en", "One", english)]);
    const barrels = comparison.rows.filter((row) => row.kind === "number" && row.cells.some((cell) => cell.values.some((value) => /bari|barrel/.test(value.label))));
    expect(barrels).toHaveLength(1);
    expect(barrels[0]!.mark).toBe("conflict");
    const amount = comparison.rows.find((row) => row.id === "number:dollar")!;
    expect(amount.mark).toBe("agree");
    expect(amount.cells.find((cell) => cell.articleId === "en")!.values[0]!.label).toBe("$1.5 billion");
  });

  it("marks a hedged figure changed within its hedge as partial, the whole figure named", () => {
    const text = "Officials said about 1,500 families had left the valley by the end of the week, most of them on foot.";
    const comparison = alignClaims([article("a", "One", text), article("b", "Two", text.replace("1,500", "1,560"))]);
    expect(comparison.rows.filter((row) => row.mark === "conflict")).toEqual([]);
    expect(comparison.rows.some((row) => row.kind === "number" && row.mark === "partial")).toBe(true);
  });
});
