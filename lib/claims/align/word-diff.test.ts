import { describe, expect, it } from "vitest";
import { similarity, wordDiff } from "./word-diff.ts";

describe("wordDiff", () => {
  it("marks the changed words of two versions of a quote and rebuilds both texts from the segments", () => {
    const from = "« La coopération entre l’Iran, la Russie, l’Irak et la Syrie a donné de bons résultats »";
    const to = "« La coopération entre l’Iran, la Russie, l’Irak et la Syrie a donné d'excellents résultats »";
    const { segments, similarity: alike } = wordDiff(from, to);
    expect(segments.filter((segment) => !segment.added).map((segment) => segment.value).join("")).toBe(from);
    expect(segments.filter((segment) => !segment.removed).map((segment) => segment.value).join("")).toBe(to);
    const changed = (kind: "added" | "removed") => segments.filter((segment) => segment[kind]).flatMap((segment) => segment.value.split(/\s+/).filter(Boolean));
    expect(changed("removed")).toEqual(["de", "bons"]);
    expect(changed("added")).toEqual(["d'excellents"]);
    expect(alike).toBeGreaterThan(0.8);
    expect(alike).toBeLessThan(1);
  });

  it("ignores case, accents and typographic quotes, and scores unrelated sentences low", () => {
    expect(similarity("« Téhéran »  a PROPOSÉ", "\"teheran\" a propose")).toBe(1);
    expect(similarity("The meeting was held in Baghdad on Thursday.", "Rockets hit a village near Idlib overnight.")).toBeLessThan(0.2);
    expect(similarity("", "anything")).toBe(0);
  });
});
