import { describe, expect, it } from "vitest";
import { englishContentStems, englishTerms, frenchTermsInEnglish, numberTerms } from "./cross-language-terms.ts";

describe("numberTerms", () => {
  it("writes French and English figures the same way", () => {
    expect(numberTerms("3 000 soldats et 3\u202f000 civils, soit 2,5 % de plus", "fr")).toEqual(["#3000", "#3000", "#2.5"]);
    expect(numberTerms("3,000 soldiers and 3000 civilians, or 2.5% more", "en")).toEqual(["#3000", "#3000", "#2.5"]);
  });

  it("keeps a year beside a count apart", () => {
    expect(numberTerms("en 2013, 300 morts", "fr")).toEqual(["#2013", "#300"]);
  });
});

describe("englishContentStems", () => {
  it("drops stop words and digits and stems what is left", () => {
    expect(englishContentStems("The ministers were meeting in Damascus on 18 October")).toEqual(["minist", "meet", "damascus", "octob"]);
  });
});

describe("frenchTermsInEnglish", () => {
  it("gives a French sentence the stems and numbers of its English translation", () => {
    const [french] = frenchTermsInEnglish(["Les inondations ont fait 1 200 morts jeudi dans le sud du pays."])!;
    const english = new Set(englishTerms("The floods killed 1,200 people on Thursday in the south of the country."));
    const shared = french!.filter((term) => english.has(term));
    expect(shared).toEqual(expect.arrayContaining(["flood", "#1200", "thursday", "south", "countri"]));
  });

  it("answers null when Apertium is missing", () => {
    expect(frenchTermsInEnglish(["Un texte jamais rendu ailleurs dans ces tests."], { apertium: "/nonexistent/apertium" })).toBeNull();
  });
});
