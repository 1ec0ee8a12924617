import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NumberMention } from "../types.ts";
import { findNumbers } from "./find-numbers.ts";

const seed = (name: string) => readFileSync(new URL(`../../../data/samples/${name}`, import.meta.url), "utf8");
const brief = (numbers: NumberMention[]) => numbers.map((number) => [number.text, number.value, number.hedge, number.kind, number.counts]);

describe("findNumbers on the seeds", () => {
  it("000: a year, four countries, four years", () => {
    expect(brief(findNumbers({ text: seed("000_a7392bfecf3fe0bd.txt"), language: "fr", published: null }))).toEqual([
      ["2015", 2015, "exact", "year", null],
      ["quatre", 4, "exact", "quantity", "pays"],
      ["quatre", 4, "exact", "quantity", "années"],
    ]);
  });

  it("002: French thousands with a dot, a rough hundred, a hedge 'plus de'", () => {
    const numbers = brief(findNumbers({ text: seed("002_2e248bc0dc966fa8.txt"), language: "fr", published: null }));
    expect(numbers).toContainEqual(["2.000", 2000, "about", "quantity", "jihadistes"]);
    expect(numbers).toContainEqual(["une centaine", 100, "about", "quantity", "étrangers"]);
    expect(numbers).toContainEqual(["quatre", 4, "exact", "quantity", "régions"]);
    expect(numbers).toContainEqual(["250", 250, "more-than", "quantity", "morts"]);
  });

  it("003 and 004: model names, bases, dates and times are not quantities", () => {
    const present = findNumbers({ text: seed("003_b719beed4ea8af72.txt"), language: "fr", published: null });
    expect(present.filter((number) => /\d/.test(number.text))).toEqual([]);
    const xinhua = findNumbers({ text: seed("004_f195220d0e5b627c.txt"), language: "fr", published: null });
    expect(xinhua.filter((number) => /\d/.test(number.text))).toEqual([]);
  });
});

describe("findNumbers on wire copy (written for these tests)", () => {
  it("reads English formats, hedges and kinds, and skips designators", () => {
    const text =
      "About 2,000 Islamic State fighters remain and more than 250 people died. At least 30 soldiers and dozens of " +
      "civilians were hurt in four countries. Su-35 and S-300 systems, F-16 jets, H.R. 1 and Resolution 2254 were " +
      "discussed at the G20 at 22:55 on Oct. 18, 2017. Turnout was 2.5 percent, costing $3 billion. Nearly 1,200 troops " +
      "left in 2015. It was the 2nd time.";
    expect(brief(findNumbers({ text, language: "en", published: null }))).toEqual([
      ["2,000", 2000, "about", "quantity", "fighters"],
      ["250", 250, "more-than", "quantity", "people"],
      ["30", 30, "at-least", "quantity", "soldiers"],
      ["dozens", 24, "at-least", "quantity", "civilians"],
      ["four", 4, "exact", "quantity", "countries"],
      ["2.5 percent", 2.5, "exact", "percentage", null],
      ["3 billion", 3e9, "exact", "money", null],
      ["1,200", 1200, "about", "quantity", "troops"],
      ["2015", 2015, "exact", "year", null],
      ["2nd", 2, "exact", "ordinal", null],
    ]);
  });

  it("reads French spaces (NBSP, narrow NBSP), decimal commas, elided hedges and money", () => {
    const text =
      "Environ 2\u00A0000 soldats et 1\u202F500 civils, soit 2,5 % de la population, plus d'une centaine d'étrangers et " +
      "des dizaines de morts ; 3 milliards de dollars ; le 1er janvier 2019, à 10 heures, au moins vingt-cinq personnes.";
    expect(brief(findNumbers({ text, language: "fr", published: null }))).toEqual([
      ["2\u00A0000", 2000, "about", "quantity", "soldats"],
      ["1\u202F500", 1500, "exact", "quantity", "civils"],
      ["2,5 %", 2.5, "exact", "percentage", null],
      ["une centaine", 100, "more-than", "quantity", "étrangers"],
      ["des dizaines", 20, "at-least", "quantity", "morts"],
      ["3 milliards de dollars", 3e9, "exact", "money", null],
      ["vingt-cinq", 25, "at-least", "quantity", "personnes"],
    ]);
  });

  it("counts the noun after 'N of them' and 'dont N', not the pronoun", () => {
    const english = "Police detained 450 protesters, 120 of them students, and freed 60 of them.";
    expect(brief(findNumbers({ text: english, language: "en", published: null }))).toEqual([
      ["450", 450, "exact", "quantity", "protesters"],
      ["120", 120, "exact", "quantity", "students"],
      ["60", 60, "exact", "quantity", null],
    ]);
    const french = "La police a interpellé 450 manifestants, dont 120 étudiants ; 60 d'entre eux mineurs ont été relâchés.";
    expect(brief(findNumbers({ text: french, language: "fr", published: null }))).toEqual([
      ["450", 450, "exact", "quantity", "manifestants"],
      ["120", 120, "exact", "quantity", "étudiants"],
      ["60", 60, "exact", "quantity", "mineurs"],
    ]);
  });
});
