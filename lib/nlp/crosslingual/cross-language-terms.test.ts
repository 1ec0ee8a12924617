import { describe, expect, it } from "vitest";
import { frenchTermsInEnglish } from "./cross-language-terms.ts";
import { englishTerms } from "./english-stems.ts";

const FRENCH = "Les inondations ont fait 1 200 morts jeudi dans le sud du pays.";
const ENGLISH = new Set(englishTerms("The floods killed 1,200 people on Thursday in the south of the country."));
const shared = (terms: string[]) => [...new Set(terms.filter((term) => ENGLISH.has(term)))];

describe("frenchTermsInEnglish", () => {
  it("gives a French sentence the stems and numbers of its English translation, from both resources", () => {
    const result = frenchTermsInEnglish([FRENCH])!;
    expect(result.method).toBe("apertium+freedict");
    expect(shared(result.terms[0]!)).toEqual(expect.arrayContaining(["flood", "#1200", "thursday", "south", "countri"]));
  });

  it("uses the resource that is there when the other is missing", () => {
    // a text no other test renders: a cached rendering would need no Apertium run
    const withoutApertium = frenchTermsInEnglish([`Selon la police, ${FRENCH}`], { apertium: "/nonexistent/apertium" })!;
    expect(withoutApertium.method).toBe("freedict");
    expect(shared(withoutApertium.terms[0]!)).toEqual(expect.arrayContaining(["#1200", "thursday", "south"]));
    const withoutFreedict = frenchTermsInEnglish([FRENCH], { dictdDirectory: "/nonexistent/dictd" })!;
    expect(withoutFreedict.method).toBe("apertium");
    expect(shared(withoutFreedict.terms[0]!)).toEqual(expect.arrayContaining(["flood", "#1200", "thursday"]));
  });

  it("answers null when neither Apertium nor FreeDict is installed", () => {
    expect(frenchTermsInEnglish(["Un texte jamais rendu ailleurs dans ces tests."], { apertium: "/nonexistent/apertium", dictdDirectory: "/nonexistent/dictd" })).toBeNull();
  });
});
