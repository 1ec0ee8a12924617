import { describe, expect, it } from "vitest";
import { compactSignature } from "./compact-signature.ts";
import { loadEventsConfig } from "./events-config.ts";
import { FeatureVocabulary } from "./feature-vocabulary.ts";
import { seedSignatures } from "./seed-signatures.fixture.ts";

describe("compactSignature on the seeds", () => {
  const config = loadEventsConfig();
  const vocabulary = new FeatureVocabulary();
  const [first, second] = seedSignatures();

  it("keeps every key term with its weight, sorted by number, and where it stood in the signature", () => {
    compactSignature(second!, vocabulary, config);
    const { terms } = compactSignature(first!, vocabulary, config);
    expect([...terms.ids]).toEqual([...terms.ids].sort((a, b) => a - b));
    const inSignatureOrder = [...terms.ranks.keys()].sort((a, b) => terms.ranks[a]! - terms.ranks[b]!);
    expect(inSignatureOrder.map((index) => [vocabulary.name(terms.ids[index]!), terms.weights[index]])).toEqual([...first!.terms]);
  });

  it("prefixes entities by kind and named days, as the index and the document frequencies see them", () => {
    const { entities, days } = compactSignature(first!, vocabulary, config);
    const names = [...entities.ids].map((id) => vocabulary.name(id));
    expect(names.filter((name) => name.startsWith("place:")).length).toBe(first!.places.length);
    expect(names.filter((name) => name.startsWith("country:")).length).toBe(first!.countries.length);
    expect([...days.ids].map((id) => vocabulary.name(id)).sort()).toEqual(first!.days.map((day) => `day:${day}`).sort());
  });
});
