import { describe, expect, it } from "vitest";
import { buildEventSignature } from "./build-event-signature.ts";
import type { EventMember } from "./event-queries.ts";
import { createEventGrouper } from "./group-events.ts";
import type { GroupingResult } from "./types.ts";
import { describeGrouping } from "./describe-grouping.ts";

function member(result: GroupingResult, closestHeadline: string | null = "Nearest report"): EventMember {
  return {
    articleId: "a",
    headline: "An article",
    outlet: null,
    publishedAt: null,
    language: "en",
    url: null,
    score: result.score,
    decidedBy: result.explanation.decidedBy,
    pinned: false,
    explanation: result.explanation,
    closestHeadline,
    closestEventId: result.joined ? null : "other-event",
  };
}

const article = (id: string, text: string, published: string | null) => buildEventSignature({ id, text, headline: null, language: "en", published });

describe("describeGrouping says in words why an article is where it is", () => {
  it("a joined article: the same names, place and dates, and no score or stems in the sentence", () => {
    const grouper = createEventGrouper();
    grouper.add(article("a1", "General Abdul Rahim Ayoub and General Mohammad Bagheri met in Damascus on Wednesday to discuss the fight against terrorism in Syria.", "2017-10-18"));
    const joined = grouper.add(article("a2", "Syrian army chief Abdul Rahim Ayoub received Iran's chief of staff Mohammad Bagheri in Damascus, where both vowed to keep fighting terrorism.", "2017-10-18"));
    expect(joined.joined).toBe(true);
    const reason = describeGrouping(member(joined));
    expect(reason.sentence).toMatch(/^Same event as the closest article: /);
    expect(reason.sentence).toContain("Damascus");
    expect(reason.sentence).toMatch(/Ayoub/);
    expect(reason.sentence).toContain("same dates");
    expect(reason.sentence).not.toMatch(/\d\.\d\d|score/);
  });

  it("an article kept apart by its date: both dates named, in months a reviewer reads", () => {
    const grouper = createEventGrouper();
    const text = "The Joint Water Commission of Egypt, Sudan and Ethiopia met in Geneva to discuss the sharing of the Nile basin water.";
    grouper.add(article("b1", text, "2019-06-12"));
    const later = grouper.add(article("b2", text, "2019-07-10"));
    expect(later.joined).toBe(false);
    const reason = describeGrouping(member(later));
    expect(reason.sentence).toContain("Started its own event. Kept apart from the nearest article: different dates (10 Jul 2019 vs 12 Jun 2019)");
    expect(reason.closest).toEqual({ articleId: "b1", headline: "Nearest report", eventId: "other-event" });
  });

  it("an article with no neighbour at all started its event", () => {
    const grouper = createEventGrouper();
    expect(describeGrouping(member(grouper.add(article("c1", "A quiet day in the markets.", null)))).sentence).toBe("Started this event: no earlier article shared enough with it.");
  });
});

describe("describeGrouping on an undated report of a standing body's next meeting", () => {
  it("says it was kept apart because what it shares is the story's standing cast", () => {
    const cast = "The Joint Water Commission of Egypt, Sudan and Ethiopia met in Geneva to discuss the sharing of the Nile basin water, the commission said.";
    const meetings = [
      ["2019-03-04", "chaired by Amina Tadesse, agreed a flood warning protocol and a budget of 42 million dollars for gauging stations at Roseires"],
      ["2020-06-10", "chaired by Karim Abdelrahman, rejected the Khartoum draft and ordered an audit of 17 irrigation canals near Wad Madani"],
      ["2021-11-22", "chaired by Lidia Moretti, heard the World Bank offer of 300 million dollars for the Aswan sluices"],
    ] as const;
    const grouper = createEventGrouper();
    meetings.forEach(([published, facts], index) => {
      for (const variant of [`The commission, ${facts}.`, `Delegates said the session, ${facts}, ended late.`, `Officials said the session ${facts}.`]) {
        grouper.add(article(`m${index}-${variant.length}`, `${variant} ${cast}`, published));
      }
    });
    const fourth = grouper.add(article("m3", `The commission, chaired by Yusuf Bekele, approved a study of evaporation at Lake Tana. ${cast}`, null));
    expect(fourth.joined).toBe(false);
    const { sentence } = describeGrouping(member(fourth));
    expect(sentence).toMatch(/^Started its own event\. Kept apart from the nearest article: no date to compare, and what they share \(.*Geneva.*\) is named by other events of this story too/);
  });
});
