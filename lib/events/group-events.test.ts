import { describe, expect, it } from "vitest";
import { buildEventSignature } from "./build-event-signature.ts";
import { createEventGrouper } from "./group-events.ts";
import { seedSignatures, seedTexts } from "./seed-signatures.fixture.ts";

describe("createEventGrouper on the seeds", () => {
  const seeds = seedSignatures();

  it("keeps the five seed events apart and links the two Baghdad meetings (000, 002) as related", () => {
    const grouper = createEventGrouper();
    const results = seeds.map((signature) => grouper.add(signature));
    expect(new Set(results.map((result) => result.groupId)).size).toBe(5);
    const groupOf = (id: string) => results[seeds.findIndex((signature) => signature.id === id)]!.groupId;
    const baghdad = grouper.groups().find((group) => group.id === groupOf("000"))!;
    expect(baghdad.related).toContain(groupOf("002"));
    const second = results[seeds.findIndex((signature) => signature.id === "002")]!;
    expect(second.joined).toBe(false);
    expect(second.explanation.closestArticleId).toBe("000");
    expect(second.explanation.sharedPlaces).toContain("Baghdad");
  });

  it("obeys a reviewer's pin over the scores", () => {
    const grouper = createEventGrouper({ pinned: new Map([["000", "baghdad-meetings"], ["002", "baghdad-meetings"]]) });
    const results = seeds.map((signature) => grouper.add(signature));
    expect(results[0]!.groupId).toBe("baghdad-meetings");
    expect(results[2]).toMatchObject({ groupId: "baghdad-meetings", joined: true, explanation: { decidedBy: "pinned" } });
    expect(grouper.groups()).toHaveLength(4);
  });
});

describe("createEventGrouper on two passages of one dispatch", () => {
  // the Xinhua seed (004) cut in two: both halves tell the Damascus meeting of 18 October 2017
  const xinhua = seedTexts().find((seed) => seed.id === "004")!;
  const paragraphs = xinhua.text.split(/\n\n+/);
  const middle = Math.ceil(paragraphs.length / 2);
  const halves = [paragraphs.slice(0, middle), paragraphs.slice(middle)].map((part, index) =>
    buildEventSignature({ ...xinhua, id: `004-${index + 1}`, text: part.join("\n\n"), headline: null }),
  );

  it("puts them together and says why", () => {
    const grouper = createEventGrouper();
    const [first, second] = halves.map((signature) => grouper.add(signature));
    expect(second!.groupId).toBe(first!.groupId);
    expect(second!.joined).toBe(true);
    expect(second!.explanation.decidedBy).toBe("score");
    expect(second!.explanation.dateGapDays).toBe(0);
    expect(second!.explanation.sharedPlaces.length + second!.explanation.sharedParticipants.length).toBeGreaterThan(0);
    expect(second!.explanation.sharedTerms.length).toBeGreaterThan(0);
  });

  it("never joins a pair a reviewer split apart", () => {
    const grouper = createEventGrouper({ forbidden: new Set(["004-2|004-1"]) });
    const [first, second] = halves.map((signature) => grouper.add(signature));
    expect(second!.groupId).not.toBe(first!.groupId);
    expect(second!.related).toContain(first!.groupId);
  });
});
