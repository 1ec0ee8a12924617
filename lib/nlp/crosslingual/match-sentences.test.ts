import { describe, expect, it } from "vitest";
import { matchSentences } from "./match-sentences.ts";
import { renderEnglishAsync } from "./render-english.ts";

// Ours, in the style of a wire story and its English version, the English in another order and
// with a sentence the French lacks.
const FRENCH = [
  "Le ministre syrien des Affaires étrangères a reçu mercredi à Damas son homologue iranien.",
  "Les deux hommes ont évoqué la reconstruction du pays et le retour des réfugiés.",
  "Selon l'agence officielle, un accord sur l'électricité a été signé pour 40 millions de dollars.",
  "La pluie est tombée toute la journée sur la côte.",
];
const ENGLISH = [
  "According to the official agency, an electricity agreement worth $40 million was signed.",
  "Syria's foreign minister received his Iranian counterpart in Damascus on Wednesday.",
  "The talks were described as friendly.",
  "The two men discussed the reconstruction of the country and the return of refugees.",
];

describe("matchSentences", () => {
  it("pairs each French sentence with the English sentence that translates it", () => {
    const result = matchSentences(FRENCH.slice(0, 3), ENGLISH);
    expect(result.method).toBe("apertium+freedict");
    expect(result.matches.map((match) => match.english)).toEqual([1, 3, 0]);
    for (const match of result.matches) expect(match.score).toBeGreaterThan(0.2);
  });

  it("leaves a sentence that shares no word with the other side unmatched rather than guess", () => {
    const result = matchSentences([FRENCH[3]!], ENGLISH.slice(0, 2));
    expect(result.matches[0]).toEqual({ english: null, score: 0 });
  });

  it("leaves a weak match unmatched under the caller's minimum score", () => {
    const weak = ["Le pays attend toujours la reconstruction."];
    const loose = matchSentences(weak, ENGLISH);
    expect(loose.matches[0]!.english).toBe(3);
    expect(loose.matches[0]!.score).toBeLessThan(0.6);
    expect(matchSentences(weak, ENGLISH, { minScore: 0.6 }).matches[0]!.english).toBeNull();
  });

  it("still pairs translations through FreeDict alone when Apertium is missing", () => {
    // texts no other test renders: a cached rendering would need no Apertium run
    const french = FRENCH.slice(0, 3).map((sentence) => `${sentence} `.replace(".", " ce jour-là."));
    const result = matchSentences(french, ENGLISH, { apertium: "/nonexistent/apertium" });
    expect(result.method).toBe("freedict");
    expect(result.matches.map((match) => match.english)).toEqual([1, 3, 0]);
  });

  it("falls back to shared tokens (names, numbers) without Apertium or FreeDict", () => {
    const result = matchSentences(
      ["Bachar al-Assad a reçu Hassan Rohani à Damas le 18 octobre.", "Le contrat porte sur 40 millions de dollars."],
      ["The contract is worth 40 million dollars.", "Bashar al-Assad received Hassan Rouhani in Damascus on October 18."],
      { apertium: "/nonexistent/apertium", dictdDirectory: "/nonexistent/dictd" },
    );
    expect(result.method).toBe("shared-tokens");
    expect(result.matches.map((match) => match.english)).toEqual([1, 0]);
  });

  it("answers an empty list for no French sentences and unmatched ones for no English", () => {
    expect(matchSentences([], ENGLISH).matches).toEqual([]);
    expect(matchSentences(FRENCH.slice(0, 1), []).matches).toEqual([{ english: null, score: 0 }]);
  });
});

describe("matchSentences after renderEnglishAsync", () => {
  it("reads the renderings the async call left in the cache, with no Apertium run of its own", async () => {
    const french = ["Le convoi humanitaire est entré samedi dans la ville assiégée."];
    const english = ["The talks ended without agreement.", "The humanitarian convoy entered the besieged city on Saturday."];
    expect(await renderEnglishAsync(french, "fr")).not.toBeNull();
    const result = matchSentences(french, english, { apertium: "/nonexistent/apertium-after-async" });
    expect(result.method).toBe("apertium+freedict");
    expect(result.matches[0]!.english).toBe(1);
  });
});
