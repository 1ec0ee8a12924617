import { describe, expect, it } from "vitest";
import { compactSignature, type CompactSignature, type SparseVector } from "./compact-signature.ts";
import { loadEventsConfig } from "./events-config.ts";
import { FeatureVocabulary } from "./feature-vocabulary.ts";
import { memberFeatureIds, memberFromText, memberToText } from "./stored-grouping-member.ts";
import { syntheticStream } from "./synthetic-signatures.fixture.ts";
import type { EventSignature } from "./types.ts";

const config = loadEventsConfig();

/** the parts of a vector that scoring reads, as plain arrays: a weight must come back as the very same double */
const plain = (vector: SparseVector) => ({ ids: Array.from(vector.ids), weights: Array.from(vector.weights, (weight) => Object.is(weight, -0) ? "-0" : weight), ranks: Array.from(vector.ranks) });
const comparable = (member: CompactSignature) => ({
  ...member,
  labels: [...member.labels],
  terms: plain(member.terms),
  entities: plain(member.entities),
  days: plain(member.days),
  englishTerms: plain(member.englishTerms),
  facts: member.facts && Array.from(member.facts),
});

describe("stored grouping member", () => {
  it("reads back exactly the compact member it was written from, awkward weights included", () => {
    const vocabulary = new FeatureVocabulary(40_000);
    const french: EventSignature = {
      ...syntheticStream(1)[0]!.signature,
      id: "article-fr",
      language: "fr",
      // doubles whose shortest text is long, or tiny, or that sums leave with their last bits set
      terms: new Map([["réunion", 0.1 + 0.2], ["sommet", 1 / 3], ["bagdad", 5e-324], ["ministr", 1.7976931348623157e308], ["accord", 2.220446049250313e-16]]),
      englishTerms: new Map([["meet", Math.log(7) + 1], ["summit", Math.sqrt(2)]]),
      days: ["--07-02", "--07-03"],
      facts: ["#10000", "name~hashem"],
      labels: new Map([["city:iq:baghdad", "Bagdad"]]),
    };
    const undated: EventSignature = { ...syntheticStream(3)[2]!.signature, id: "article-en", window: null, published: null, days: [], facts: undefined, englishTerms: undefined };
    for (const signature of [french, undated]) {
      const member = compactSignature(signature, vocabulary, config);
      const read = memberFromText(memberToText(member), member.id);
      expect(comparable(read)).toEqual(comparable(member));
      expect(memberFeatureIds(read).sort((a, b) => a - b)).toEqual(memberFeatureIds(member).sort((a, b) => a - b));
    }
  });

  it("takes the article's id, not one written in the text", () => {
    const member = compactSignature({ ...syntheticStream(1)[0]!.signature, id: "first" }, new FeatureVocabulary(), config);
    expect(memberFromText(memberToText(member), "second").id).toBe("second");
  });

  it("refuses a part whose arrays differ in length", () => {
    const member = compactSignature(syntheticStream(1)[0]!.signature, new FeatureVocabulary(), config);
    const broken = JSON.parse(memberToText(member)) as { t: number[][] };
    broken.t[1]!.pop();
    expect(() => memberFromText(JSON.stringify(broken), member.id)).toThrow(/differ in length/);
  });
});
