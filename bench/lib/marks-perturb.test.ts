import { describe, expect, it } from "vitest";
import { copyRanges, perturb, seededRandom, type Perturbation, type PerturbationType } from "./marks-perturb.ts";

// Sentences written for this test in the style of wire copy (no text of ../shared/data).
const ENGLISH =
  "BRUSSELS — Foreign ministers met on Thursday, March 12, 2015, in Brussels, where Prime Minister Anna Keller met with Tomas Varga for two hours. " +
  "About 2,000 fighters and 14 civilians were counted, officials said. The fund grew to $4.5 billion, up 12 percent. " +
  "The talks, chaired by Henrik Solberg, ended late. “We will keep the border open for every family that needs it,” said Anna Keller. " +
  "General Marco Ruiz led the delegation. Mr. Varga later left Brussels.";
const FRENCH =
  "Les ministres se sont réunis jeudi 12 mars 2015 à Bruxelles, sous la présidence de Henrik Solberg. " +
  "Quelque 2 000 combattants et 14 civils ont été recensés. Le fonds atteint 300 millions de dollars, soit 12 % de plus. " +
  "« Nous garderons la frontière ouverte pour chaque famille », a déclaré Anna Keller. Le général Marco Ruiz menait la délégation.";

function changed(text: string, language: string, type: PerturbationType, seed = 1): Perturbation {
  const perturbation = perturb(text, language, type, seededRandom(seed));
  if (!perturbation) throw new Error(`no ${type} found`);
  return perturbation;
}

/** the copy equals the text outside the edits, and holds each replacement where copyRanges says */
function expectOnlyEdits(text: string, perturbation: Perturbation): void {
  const ranges = copyRanges(perturbation);
  perturbation.edits.forEach((edit, index) => {
    expect(text.slice(edit.start, edit.end)).toBe(edit.original);
    expect(perturbation.text.slice(...ranges[index]!)).toBe(edit.replacement);
    expect(edit.replacement).not.toBe(edit.original);
  });
  let rebuilt = "";
  let at = 0;
  perturbation.edits.forEach((edit, index) => {
    rebuilt += perturbation.text.slice(at, ranges[index]![0]) + edit.original;
    at = ranges[index]![1];
  });
  expect(rebuilt + perturbation.text.slice(at)).toBe(text);
}

describe("planting one changed fact", () => {
  it.each([
    ["weekday", "Thursday"],
    ["date", "12"],
    ["month", "March"],
    ["year", "2015"],
    ["count", "2,000"],
    ["amount", "4.5"],
    ["percentage", "12"],
    ["chair-host", "Henrik Solberg"],
    ["quote-speaker", "Anna Keller"],
    ["rank", "Prime Minister"],
  ] as const)("finds the first %s in English text (%s) and changes only it", (type, original) => {
    const perturbation = changed(ENGLISH, "en", type);
    expect(perturbation.original).toBe(original);
    expect(perturbation.gold).toBe("conflict");
    expectOnlyEdits(ENGLISH, perturbation);
  });

  it.each([
    ["weekday", "jeudi"],
    ["date", "12"],
    ["month", "mars"],
    ["count-within", "2 000"],
    ["amount", "300"],
    ["percentage", "12"],
    ["chair-host", "Henrik Solberg"],
    ["quote-speaker", "Anna Keller"],
    ["rank", "général"],
  ] as const)("finds the first %s in French text (%s)", (type, original) => {
    const perturbation = changed(FRENCH, "fr", type);
    expect(perturbation.original).toBe(original);
    expectOnlyEdits(FRENCH, perturbation);
  });

  it("moves a figure far outside the ±10% a hedge allows, keeping the thousands separator", () => {
    const perturbation = changed(ENGLISH, "en", "count");
    const value = Number(perturbation.replacement.replace(/,/g, ""));
    expect(Math.abs(value - 2000) / 2000).toBeGreaterThanOrEqual(0.5);
    expect(perturbation.replacement).toMatch(/^\d{1,3}(,\d{3})*$/);
  });

  it("changes a hedged figure within its hedge and wants the row partial", () => {
    const perturbation = changed(ENGLISH, "en", "count-within");
    expect(perturbation.original).toBe("2,000");
    expect(perturbation.gold).toBe("partial");
    const value = Number(perturbation.replacement.replace(/,/g, ""));
    expect(value).not.toBe(2000);
    expect(Math.abs(value - 2000) / 2000).toBeLessThanOrEqual(0.1);
  });

  it("renames a place at every mention, the dateline's capitals aside", () => {
    const perturbation = changed(ENGLISH, "en", "place");
    expect(perturbation.original).toBe("Brussels");
    expect(perturbation.edits).toHaveLength(2);
    expect(perturbation.text).not.toMatch(/\bin Brussels|left Brussels/);
    expectOnlyEdits(ENGLISH, perturbation);
  });

  it("renames a participant at every mention: the full name and the surname alone", () => {
    const perturbation = changed(ENGLISH, "en", "participant");
    expect(perturbation.original).toBe("Tomas Varga");
    expect(perturbation.edits.map((edit) => edit.original)).toEqual(["Tomas Varga", "Varga"]);
    const [full, surname] = perturbation.edits.map((edit) => edit.replacement);
    expect(full!.endsWith(` ${surname}`)).toBe(true);
    expect(perturbation.text).not.toContain("Varga");
    expectOnlyEdits(ENGLISH, perturbation);
  });

  it("swaps one word inside a quote for a word the article uses elsewhere", () => {
    const perturbation = changed(ENGLISH, "en", "quote-wording");
    const quote = "We will keep the border open for every family that needs it";
    const start = ENGLISH.indexOf(quote);
    expect(perturbation.edits[0]!.start).toBeGreaterThanOrEqual(start);
    expect(perturbation.edits[0]!.end).toBeLessThanOrEqual(start + quote.length);
    expect(quote).not.toContain(perturbation.replacement);
    expect(ENGLISH).toContain(perturbation.replacement);
  });

  it("is the same change for the same seed, and skips a text without the fact", () => {
    expect(changed(ENGLISH, "en", "weekday", 7)).toEqual(changed(ENGLISH, "en", "weekday", 7));
    expect(perturb("Nothing here names a day, a sum or anyone at all.", "en", "weekday", seededRandom(1))).toBeNull();
    expect(perturb("Nothing here names a day, a sum or anyone at all.", "en", "amount", seededRandom(1))).toBeNull();
  });

  it("keeps where the quote whose speaker changed ends, to find its row", () => {
    const perturbation = changed(ENGLISH, "en", "quote-speaker");
    expect(ENGLISH.slice(perturbation.quoteEnd! - 8, perturbation.quoteEnd! + 1)).toBe("eeds it,”");
    expect(perturbation.text.slice(0, perturbation.quoteEnd)).toBe(ENGLISH.slice(0, perturbation.quoteEnd));
  });

  it("takes no place name that begins a longer name", () => {
    const text = "“The buildings are close together,” explained France Dumont, the spokesperson. The talks moved to Vienna.";
    expect(changed(text, "en", "place").original).toBe("Vienna");
  });

  it("takes neither a title nor a news organisation for a speaker", () => {
    const text = "“The border stays open for now,” said Prime Minister Anna Keller. “It is calm,” according to the Times.";
    expect(changed(text, "en", "quote-speaker").original).toBe("Anna Keller");
    expect(perturb("« La frontière reste ouverte », selon Le Monde.", "fr", "quote-speaker", seededRandom(1))).toBeNull();
  });
});
