import { describe, expect, it } from "vitest";
import { buildEventSignature } from "./build-event-signature.ts";
import { loadEventsConfig } from "./events-config.ts";
import { createEventGrouper } from "./group-events.ts";
import type { EventSignature } from "./types.ts";

// Meetings of one standing body, written for this test in the manner of wire copy: every report
// names the same cast (the commission, Geneva, the three member states, water, the basin), and
// what tells one meeting from the next is its chair, its figures and its decisions. The archive's
// reports carry their dates; the article pasted last has none, as a paste has none.
const CAST =
  "The Joint Water Commission of Egypt, Sudan and Ethiopia met in Geneva to discuss the sharing of the Nile basin water and the filling of the reservoir, the commission said in a statement.";

const MEETINGS = [
  {
    published: "2019-03-04",
    chair: "Amina Tadesse",
    facts: "chaired by Amina Tadesse, agreed a flood warning protocol for the Blue Nile and a budget of 42 million dollars for gauging stations at Roseires",
  },
  {
    published: "2020-06-10",
    chair: "Karim Abdelrahman",
    facts: "chaired by Karim Abdelrahman, rejected the Khartoum draft on drought years and ordered an audit of 17 irrigation canals near Wad Madani",
  },
  {
    published: "2021-11-22",
    chair: "Lidia Moretti",
    facts: "chaired by Lidia Moretti, an Italian hydrologist, heard the World Bank offer of 300 million dollars for the Aswan sluices and postponed a vote on silt dredging",
  },
];

function report(id: string, meeting: (typeof MEETINGS)[number], variant: number, dated = true): EventSignature {
  const openings = [
    `The commission, ${meeting.facts}.`,
    `Delegates said the session, ${meeting.facts}, ended late.`,
    `In a statement, officials said the session ${meeting.facts}.`,
  ];
  const text = `${openings[variant % openings.length]} ${CAST} ${meeting.chair} told reporters the talks had been frank.`;
  return buildEventSignature({ id, text, headline: null, language: "en", published: dated ? meeting.published : null });
}

function streamOfThree(grouper: ReturnType<typeof createEventGrouper>): string[] {
  const groups: string[] = [];
  MEETINGS.forEach((meeting, index) => {
    for (let variant = 0; variant < 3; variant++) groups.push(grouper.add(report(`m${index}-${variant}`, meeting, variant)).groupId);
  });
  return groups;
}

function fourthMeeting(): EventSignature {
  return buildEventSignature({
    id: "m3",
    text: `The commission, chaired by Yusuf Bekele, approved a joint study of evaporation at Lake Tana and named 9 observers. ${CAST}`,
    headline: null,
    language: "en",
    published: null,
  });
}

describe("an undated article beside the dated reports of one standing body's meetings", () => {
  it("the three meetings' dated reports form three groups", () => {
    const groups = streamOfThree(createEventGrouper());
    expect(new Set(groups).size).toBe(3);
    expect(new Set(groups.slice(0, 3)).size).toBe(1);
  });

  it("a report of a fourth meeting, sharing only the standing cast, starts its own event linked as related", () => {
    const grouper = createEventGrouper();
    const earlier = new Set(streamOfThree(grouper));
    const fourth = grouper.add(fourthMeeting());
    expect(earlier.has(fourth.groupId)).toBe(false);
    expect(fourth.joined).toBe(false);
    expect(fourth.related.length).toBeGreaterThan(0);
    expect(fourth.related.every((id) => earlier.has(id))).toBe(true);
  });

  it("without the standing-cast rule the cast alone would have joined the fourth meeting to an earlier one", () => {
    const grouper = createEventGrouper({ config: loadEventsConfig({ castDiscount: 0 }) });
    const earlier = new Set(streamOfThree(grouper));
    expect(earlier.has(grouper.add(fourthMeeting()).groupId)).toBe(true);
  });

  it("a report of the second meeting with its own facts joins that meeting's group", () => {
    const grouper = createEventGrouper();
    const groups = streamOfThree(grouper);
    const late = grouper.add(report("m1-late", MEETINGS[1]!, 4, false));
    expect(late.groupId).toBe(groups[3]);
    expect(late.joined).toBe(true);
  });
});

describe("an undated article joins only on a shared distinctive fact", () => {
  const body = (facts: string) =>
    `The Joint Water Commission of Egypt, Sudan and Ethiopia met to discuss the sharing of the Nile basin water and the filling of the reservoir. ${facts} The commission said the talks on the water sharing agreement would go on.`;
  const first = () => buildEventSignature({ id: "w1", text: body("Delegates approved a budget of 42 million dollars."), headline: null, language: "en", published: null });

  it("topic overlap alone starts its own event, linked as related", () => {
    const grouper = createEventGrouper();
    const a = grouper.add(first());
    const b = grouper.add(buildEventSignature({ id: "w2", text: body("Delegates approved a new protocol on flood warnings."), headline: null, language: "en", published: null }));
    expect(b.groupId).not.toBe(a.groupId);
    expect(b.related).toContain(a.groupId);
    expect(b.explanation.score).toBeGreaterThanOrEqual(loadEventsConfig().joinThreshold);
    expect(b.explanation.contrast?.evidenced).toBe(false);
  });

  it("the same overlap with a shared figure joins", () => {
    const grouper = createEventGrouper();
    const a = grouper.add(first());
    const b = grouper.add(buildEventSignature({ id: "w3", text: body("The budget of 42 million dollars was approved by delegates."), headline: null, language: "en", published: null }));
    expect(b.groupId).toBe(a.groupId);
  });

  it("without the rule, topic overlap alone would have joined", () => {
    const grouper = createEventGrouper({ config: loadEventsConfig({ undatedNeedsFact: false }) });
    const a = grouper.add(first());
    const b = grouper.add(buildEventSignature({ id: "w2", text: body("Delegates approved a new protocol on flood warnings."), headline: null, language: "en", published: null }));
    expect(b.groupId).toBe(a.groupId);
  });
});
