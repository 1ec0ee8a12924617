import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCopiedPassages, type CopyCandidate } from "./find-copied-passages.ts";
import { fingerprintText } from "./winnow.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../../../shared/seeds");
const seed002 = readFileSync(path.join(SEEDS, "002_2e248bc0dc966fa8.txt"), "utf8");
const firstParagraph = seed002.split(/\n\s*\n/).find((paragraph) => paragraph.startsWith("De hauts commandants")) as string;

// Test fixtures written for these tests (not real articles): a wire paragraph and two reworked stories.
const WIRE =
  "Baghdad, Nov 24 (Xinhua) -- Senior military commanders from Russia, Iran, Syria and Iraq met on Saturday in Baghdad to discuss " +
  "security cooperation and intelligence sharing in the Middle East, where the defeated Islamic State group continues to carry out " +
  "attacks, the Iraqi Defence Ministry said in a statement.";
const REUSING =
  "Regional powers close ranks against IS remnants.\n\n" +
  "Officials in the region have been meeting more often this autumn. " +
  "Senior military commanders from Russia, Iran, Syria and Iraq met on Saturday in Baghdad to discuss security cooperation and " +
  "intelligence sharing in the Middle East, where the defeated Islamic State group continues to carry out attacks, the Iraqi " +
  "Defence Ministry said in a statement.\n\n" +
  "Analysts say the meeting signals a deeper alignment between Moscow and Tehran.";

function candidates(entries: Record<string, string>): Map<string, CopyCandidate> {
  return new Map(Object.entries(entries).map(([id, text]) => [id, { text, fingerprints: fingerprintText(text) }]));
}

describe("findCopiedPassages", () => {
  it("finds a wire paragraph reused in another article, with spans on both sides", () => {
    const copies = findCopiedPassages({ text: REUSING, fingerprints: fingerprintText(REUSING), candidates: candidates({ wire: WIRE }) });
    expect(copies).toHaveLength(1);
    const [copy] = copies;
    if (!copy) throw new Error("no copy");
    expect(REUSING.slice(copy.start, copy.end)).toBe(
      "Senior military commanders from Russia, Iran, Syria and Iraq met on Saturday in Baghdad to discuss security cooperation and " +
        "intelligence sharing in the Middle East, where the defeated Islamic State group continues to carry out attacks, the Iraqi " +
        "Defence Ministry said in a statement",
    );
    expect(WIRE.slice(copy.sourceStart, copy.sourceEnd)).toBe(REUSING.slice(copy.start, copy.end));
    expect(copy).toMatchObject({ sourceArticleId: "wire", similarity: 1 });
  });

  it("finds seed 002's first paragraph and its truncated repeat as two passages", () => {
    const copies = findCopiedPassages({ text: seed002, fingerprints: fingerprintText(seed002), candidates: candidates({ wire: firstParagraph }) });
    expect(copies).toHaveLength(2);
    const [original, repeat] = copies;
    if (!original || !repeat) throw new Error("missing passages");
    expect(original.start).toBe(seed002.indexOf("De hauts commandants"));
    expect(seed002.slice(original.start, original.end)).toBe(firstParagraph.replace(/\W+$/u, ""));
    expect(original.similarity).toBe(1);
    expect(repeat.start).toBe(seed002.lastIndexOf("De hauts commandants"));
    expect(seed002.slice(repeat.start, repeat.end)).toMatch(/adjoints des chefs d'état-major$/);
    expect(firstParagraph.slice(repeat.sourceStart, repeat.sourceEnd)).toBe(seed002.slice(repeat.start, repeat.end));
  });

  it("tolerates an edited word and reports it in the similarity", () => {
    const edited = REUSING.replace("met on Saturday", "gathered on Saturday");
    const [copy] = findCopiedPassages({ text: edited, fingerprints: fingerprintText(edited), candidates: candidates({ wire: WIRE }) });
    expect(copy && edited.slice(copy.start, copy.end)).toMatch(/^Senior military commanders .* said in a statement$/);
    expect(copy?.similarity).toBeGreaterThan(0.6);
    expect(copy?.similarity).toBeLessThan(1);
  });

  it("does not call a shared stock phrase a copy", () => {
    const phrase = "the Iraqi Defence Ministry said in a statement issued late on Saturday evening in Baghdad";
    const first = `Fighting resumed near Mosul, ${phrase}. Residents reported heavy shelling overnight and several families fled towards the city.`;
    const second = `Two soldiers were wounded in Anbar, ${phrase}. The army has not named the units involved in the operation yet.`;
    expect(findCopiedPassages({ text: second, fingerprints: fingerprintText(second), candidates: candidates({ other: first }) })).toEqual([]);
  });

  it("reports one passage per source when several articles carry the same paragraph", () => {
    const copies = findCopiedPassages({ text: REUSING, fingerprints: fingerprintText(REUSING), candidates: candidates({ b: WIRE, a: `Earlier: ${WIRE}` }) });
    expect(copies.map((copy) => copy.sourceArticleId)).toEqual(["a", "b"]);
    expect(new Set(copies.map((copy) => `${copy.start}-${copy.end}`)).size).toBe(1);
  });
});
