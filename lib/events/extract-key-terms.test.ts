import { describe, expect, it } from "vitest";
import { extractKeyTerms } from "./extract-key-terms.ts";

describe("extractKeyTerms", () => {
  it("stems French words, drops stop words and elided articles, and weighs the headline", () => {
    const { terms, labels } = extractKeyTerms({
      text: "L’opération de libération des otages a permis d’arrêter les deux principaux responsables des Farc chargés de surveiller les otages.",
      headline: "Libération d'Ingrid Betancourt",
      language: "fr",
      headlineWeight: 2,
    });
    expect(terms.has("de")).toBe(false);
    expect(terms.has("les")).toBe(false);
    expect(labels.get("otag")).toBe("otages");
    // "libération" twice: once in the headline (counted twice) and once in the text
    expect(terms.get("liber")).toBeCloseTo(1 + Math.log(3));
    expect(terms.get("betancourt")).toBeCloseTo(1 + Math.log(2));
  });

  it("meets English inflections on one stem", () => {
    const { terms } = extractKeyTerms({ text: "The Supreme Court ruled on Monday; the rulings overturned lower court decisions.", headline: null, language: "en", headlineWeight: 2 });
    expect(terms.get("court")).toBeCloseTo(1 + Math.log(2));
    expect(terms.get("rule")).toBeCloseTo(1 + Math.log(2));
    expect(terms.has("the")).toBe(false);
  });

  it("cuts words of a language without a stemmer to their first letters, so Polish inflections meet", () => {
    const { terms } = extractKeyTerms({ text: "Prezydent spotkał się z premierem. Premiera pytano o prezydenta.", headline: null, language: "pl", headlineWeight: 2 });
    expect(terms.get("prezy")).toBeCloseTo(1 + Math.log(2));
    expect(terms.get("premi")).toBeCloseTo(1 + Math.log(2));
  });

  it("counts the words of the lead more than those further down", () => {
    const text = "Floods hit Valencia on Tuesday. Later paragraphs talk about the weather and about Valencia again.";
    const { terms } = extractKeyTerms({ text, headline: null, language: "en", headlineWeight: 2, leadWeight: 2, leadLength: 31 });
    // "Valencia" once in the lead (counted twice) and once further down
    expect(terms.get("valencia")).toBeCloseTo(1 + Math.log(3));
    expect(terms.get("weather")).toBeCloseTo(1);
  });
});
