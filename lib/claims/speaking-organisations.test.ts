import { describe, expect, it } from "vitest";
import { analyseArticle } from "../nlp/analyse-article.ts";
import { speakingOrganisations } from "./speaking-organisations.ts";

// Short sentences written for these tests, in the shapes wire copy uses.
function sources(text: string, language: "en" | "fr"): string[][] {
  const analysis = analyseArticle({ text, language, published: null });
  return speakingOrganisations(text, analysis).map((source) => [source.name, source.quote]);
}

describe("organisations that speak as sources", () => {
  it("cites a group named by its kind when it says something", () => {
    expect(sources("Air strikes hit Kafr Nabl on Monday. The Blue Shield rescue group said 14 people were pulled from the rubble.", "en")).toEqual([
      ["Blue Shield", "Blue Shield rescue group said"],
    ]);
    expect(sources("Des frappes ont visé Kafr Nabl lundi. Selon le groupe Jaich al-Izza, 14 combattants ont été tués.", "fr")).toEqual([
      ["Jaich al-Izza", "Selon le groupe Jaich al-Izza"],
    ]);
  });

  it("leaves to ingest the institutions it cites by their head noun, and a group that only acts", () => {
    expect(sources("Les forces armées syriennes ont affirmé avoir repoussé l'attaque.", "fr")).toEqual([]);
    expect(sources("Jaish al-Izza rebels shelled the village on Monday.", "en")).toEqual([]);
  });
});
