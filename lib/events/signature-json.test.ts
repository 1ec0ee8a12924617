import { describe, expect, it } from "vitest";
import { compareSignatures } from "./score-similarity.ts";
import { seedSignatures } from "./seed-signatures.fixture.ts";
import { signatureFromJson, signatureToJson, storedEventPlace } from "./signature-json.ts";

describe("signatureToJson / signatureFromJson", () => {
  const seeds = seedSignatures();

  it("round-trips a seed's signature through JSON text, Maps included", () => {
    const signature = seeds[0]!;
    const stored = JSON.parse(JSON.stringify(signatureToJson(signature)));
    const back = signatureFromJson(stored, signature.id);
    expect(back).toEqual(signature);
    expect(back.terms).toBeInstanceOf(Map);
    expect(back.terms.size).toBeGreaterThan(20);
    expect(back.labels.get("city:iq:baghdad")).toBe("Baghdad");
  });

  it("gives the same similarity after the round trip", () => {
    const [a, b] = [seeds[0]!, seeds[2]!];
    const restore = (signature: typeof a) => signatureFromJson(JSON.parse(JSON.stringify(signatureToJson(signature))), signature.id);
    expect(compareSignatures(restore(a), restore(b)).score).toBeCloseTo(compareSignatures(a, b).score, 12);
  });

  it("reads the main event's place and its name off the stored JSON", () => {
    const signature = seeds[0]!;
    const place = storedEventPlace(JSON.parse(JSON.stringify(signatureToJson(signature))));
    expect(place).toEqual({ id: signature.eventPlace, label: signature.labels.get(signature.eventPlace!) });
    expect(place?.label).toBe("Baghdad");
    expect(storedEventPlace(null)).toBeNull();
  });

  it("reads a stored signature under the article's own id", () => {
    expect(signatureFromJson(signatureToJson(seeds[1]!), "article-42").id).toBe("article-42");
  });
});
