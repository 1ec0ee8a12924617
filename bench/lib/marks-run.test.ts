import { describe, expect, it } from "vitest";
import type { CellValue, ClaimComparison, CompareRow, RowKind, RowMark } from "../../lib/claims/align/types.ts";
import { buildArticle, scorePair } from "./marks-run.ts";
import { perturb, seededRandom, type Perturbation } from "./marks-perturb.ts";

// A hand-made comparison of an original ("o") and its copy ("c"): the rows alignClaims would give,
// written out so each scoring rule is seen on its own. Text written for this test.
const TEXT = "On Thursday, President Dana Hollis met Tomas Varga in Vienna. About 2,000 people marched. “We stay,” Varga said.";

function value(label: string, start: number, end: number): CellValue {
  return { canonical: label.toLowerCase(), label, span: { start, end, text: "" }, inferred: false, confidence: 1 };
}

function row(kind: RowKind, mark: RowMark, label: string, original: CellValue[], copy: CellValue[]): CompareRow {
  return { id: label, kind, label, mark, explanation: "", cells: [{ articleId: "o", mark: "agree", values: original }, { articleId: "c", mark: "agree", values: copy }] };
}

function comparison(rows: CompareRow[]): ClaimComparison {
  const column = (articleId: string) => ({ key: articleId, articleId, outlet: articleId, outletSlug: articleId, headline: "", language: "en", published: null, alternatives: [] });
  return { columns: [column("o"), column("c")], rows, omissions: {}, citedSources: [], counts: { agree: 0, conflict: 0, partial: 0, single: 0 } };
}

function score(perturbation: Perturbation, rows: CompareRow[]) {
  const copy = buildArticle({ id: "c", outlet: "Copy", title: null, text: perturbation.text, published: "2026-03-12" });
  const ranges = new Map<string, [number, number][]>([
    ["o", perturbation.edits.map((edit) => [edit.start, edit.end])],
    ["c", [[perturbation.edits[0]!.start, perturbation.edits[0]!.start + perturbation.replacement.length]]],
  ]);
  return scorePair({ corpus: "test", sourceId: "t", perturbation, comparison: comparison(rows), ranges, copy: { ...copy, article: { ...copy.article, id: "c" } } });
}

describe("scoring a planted change", () => {
  const weekday = perturb(TEXT, "en", "weekday", seededRandom(1))!;
  const [start, end] = [weekday.edits[0]!.start, weekday.edits[0]!.end];

  it("finds the changed fact's row by its span and wants it marked conflict", () => {
    const when = (mark: RowMark) => row("date", mark, "When", [value("Thursday", start, end)], [value(weekday.replacement, start, start + weekday.replacement.length)]);
    expect(score(weekday, [when("conflict")])).toMatchObject({ found: true, missing: false, cause: null });
    expect(score(weekday, [when("partial")])).toMatchObject({ found: false, cause: "wrong-mark" });
  });

  it("tells a fact in separate one-outlet rows from a fact no row holds", () => {
    const split = [row("date", "single", "When", [value("Thursday", start, end)], []), row("date", "single", "When ", [], [value(weekday.replacement, start, start + 6)])];
    expect(score(weekday, split).cause).toBe("rows-split");
    expect(score(weekday, []).missing).toBe(true);
  });

  it("counts a conflict on a row the change does not touch as false, statements aside", () => {
    const people = row("number", "conflict", "Figure: people", [value("2,000 people", 67, 79)], [value("2,500 people", 67, 79)]);
    const statement = row("statement", "partial", "Statement", [value("sentence", 0, 60)], [value("sentence", 0, 60)]);
    const outcome = score(weekday, [people, statement]);
    expect(outcome.falseConflicts.map((each) => each.label)).toEqual(["Figure: people"]);
    expect(outcome.unchangedRows).toBe(1);
    expect(outcome.visible).toBe(true);
  });

  it("finds a rank change in the person's labels, whatever the span", () => {
    const rank = perturb(TEXT, "en", "rank", seededRandom(1))!;
    expect(rank.original).toBe("President");
    const hollis = row("person", "agree", "Named: Dana Hollis", [value("Dana Hollis (President)", 200, 211)], [value(`Dana Hollis (${rank.replacement})`, 200, 211)]);
    expect(score(rank, [hollis])).toMatchObject({ found: false, missing: false, cause: "wrong-mark" });
  });

  it("scores a quote given to another name on that quote's row only", () => {
    const speaker = perturb(TEXT, "en", "quote-speaker", seededRandom(1))!;
    const quoteStart = TEXT.indexOf("“We stay");
    const quoteEnd = TEXT.indexOf("”") + 1;
    expect(speaker.quoteEnd).toBe(quoteEnd - 1);
    const ownQuote = row("quote", "single", "Quote · Varga", [value("Varga: «We stay»", quoteStart, quoteEnd)], []);
    const otherQuote = row("quote", "agree", "Quote · Varga ", [value("Varga: «Another»", 0, 10)], [value("Varga: «Another»", 0, 10)]);
    const outcome = score(speaker, [ownQuote, otherQuote]);
    expect(outcome.factRows.map((each) => each.label)).toEqual(["Quote · Varga"]);
    expect(outcome.cause).toBe("rows-split");
  });
});
