import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldTokens } from "./fold-tokens.ts";
import { fingerprintText, SHINGLE_WORDS, WINDOW } from "./winnow.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../../../shared/seeds");
const seed = (name: string) => readFileSync(path.join(SEEDS, name), "utf8");
const seed002 = seed("002_2e248bc0dc966fa8.txt");
const paragraphs002 = seed002.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
const firstParagraph = paragraphs002.find((paragraph) => paragraph.startsWith("De hauts commandants")) as string;
const truncatedRepeat = paragraphs002[paragraphs002.length - 1] as string;
const allSeedWords = () =>
  ["000_a7392bfecf3fe0bd.txt", "001_f28c37849755220d.txt", "003_b719beed4ea8af72.txt", "004_f195220d0e5b627c.txt"].flatMap((name) => seed(name).split(/\s+/).filter(Boolean));

describe("foldTokens", () => {
  it("folds case and accents, drops punctuation and keeps offsets into the original text", () => {
    const text = "EI : l'Irak reçoit des chefs d’ÉTAT-MAJOR à Téhéran (2.000)";
    const tokens = foldTokens(text);
    expect(tokens.map((token) => token.folded)).toEqual(["ei", "l", "irak", "recoit", "des", "chefs", "d", "etat", "major", "a", "teheran", "2", "000"]);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(["EI", "l", "Irak", "reçoit", "des", "chefs", "d", "ÉTAT", "MAJOR", "à", "Téhéran", "2", "000"]);
  });

  it("treats decomposed accents like composed ones", () => {
    expect(foldTokens("Te\u0301he\u0301ran").map((token) => token.folded)).toEqual(["teheran"]);
  });
});

describe("fingerprintText", () => {
  it("gives nothing for a text shorter than one shingle", () => {
    expect(fingerprintText("Bagdad, samedi : réunion des chefs militaires.")).toEqual([]);
  });

  it("keeps signed 32-bit hashes with offsets at word starts, about 2/(w+1) of the shingles", () => {
    const fingerprints = fingerprintText(seed002);
    const words = foldTokens(seed002).length;
    expect(fingerprints.every((fingerprint) => Number.isInteger(fingerprint.hash) && fingerprint.hash >= -(2 ** 31) && fingerprint.hash < 2 ** 31)).toBe(true);
    expect(fingerprints.some((fingerprint) => fingerprint.hash < 0)).toBe(true);
    for (const fingerprint of fingerprints) {
      expect(foldTokens(seed002)[fingerprint.tokenIndex]?.start).toBe(fingerprint.offset);
      expect(seed002.slice(fingerprint.offset - 1, fingerprint.offset)).toMatch(/^[^\p{L}\p{N}]?$/u);
    }
    const density = fingerprints.length / (words - SHINGLE_WORDS + 1);
    expect(Math.abs(density - 2 / (WINDOW + 1))).toBeLessThan(0.1);
    // The winnowing guarantee: no window of WINDOW consecutive shingles is left without a fingerprint.
    const picked = fingerprints.map((fingerprint) => fingerprint.tokenIndex);
    for (let index = 1; index < picked.length; index++) expect((picked[index] as number) - (picked[index - 1] as number)).toBeLessThanOrEqual(WINDOW);
  });

  it("gives any 25-word verbatim copy at least three common fingerprints, whatever surrounds it", () => {
    const words = allSeedWords();
    fc.assert(
      fc.property(fc.nat(words.length - 25), fc.nat(words.length - 30), fc.nat(words.length - 30), (at, before, after) => {
        const copied = words.slice(at, at + 25).join(" ");
        const here = `${words.slice(before, before + 30).join(" ")} ${copied}. Zèbre quartz.`;
        const there = `Xylophone wagon. ${copied} ${words.slice(after, after + 30).join(" ")}`;
        const hashes = new Set(fingerprintText(there).map((fingerprint) => fingerprint.hash));
        return new Set(fingerprintText(here).filter((fingerprint) => hashes.has(fingerprint.hash)).map((fingerprint) => fingerprint.hash)).size >= 3;
      }),
      { numRuns: 300 },
    );
  });

  it("is blind to case, accents and punctuation", () => {
    const hashes = (text: string) => fingerprintText(text).map((fingerprint) => fingerprint.hash);
    expect(hashes(firstParagraph.toUpperCase())).toEqual(hashes(firstParagraph));
    expect(hashes(firstParagraph.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[,.()"]/g, " "))).toEqual(hashes(firstParagraph));
  });

  it("finds seed 002's truncated repeat inside its first paragraph", () => {
    expect(truncatedRepeat.endsWith("...")).toBe(true);
    const original = new Set(fingerprintText(firstParagraph).map((fingerprint) => fingerprint.hash));
    const repeat = fingerprintText(truncatedRepeat);
    const shared = repeat.filter((fingerprint) => original.has(fingerprint.hash));
    expect(repeat.length).toBeGreaterThan(10);
    // The repeat is a word-for-word prefix: every shingle window inside it picks the same minimum.
    expect(shared.length / repeat.length).toBeGreaterThan(0.9);
    const unrelated = new Set(fingerprintText(seed("000_a7392bfecf3fe0bd.txt")).map((fingerprint) => fingerprint.hash));
    expect(repeat.filter((fingerprint) => unrelated.has(fingerprint.hash))).toEqual([]);
  });
});
