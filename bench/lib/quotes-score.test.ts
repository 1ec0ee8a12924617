import { describe, expect, it } from "vitest";
import { goldSpeaker, quoteScores, sameSpeaker, scoreArticleQuotes, wrongFrom, type QuoteOutcome } from "./quotes-score.ts";

// Gold source spans written for this test in PolNeAR's style (no text of ../shared/data).
describe("the gold speaker of a PolNeAR source span", () => {
  it.each([
    ["Rep. Maria Lopez, a Democrat from Ohio and a close ally", "Maria Lopez"],
    ["vice presidential candidate Tom Avery", "Tom Avery"],
    ["Ken Hale at Northbridge Capital", "Ken Hale"],
    ["panel Chairman Rep. Dan Morrow (R-Idaho)", "Dan Morrow"],
    ["Vice President Samuel T. Grant Jr.,", "Samuel T. Grant"],
    ["The Post", "Post"],
    ["Mr. Hale's", "Hale"],
  ])("%s → %s", (source, name) => {
    expect(goldSpeaker(source)).toEqual({ kind: "named", name });
  });

  it.each([
    ["he", "pronoun"],
    ["She", "pronoun"],
    ["the WKRC host", "description"],
    ["the respected Ohio daily", "description"],
    ["a spokesman", "description"],
  ])("%s is not scored (%s)", (source, kind) => {
    expect(goldSpeaker(source)).toEqual({ kind, name: null });
  });
});

describe("matching Parallax's speaker to the gold name", () => {
  it("tells a wrong speaker taken from the source's own description from another name of the article", () => {
    expect(wrongFrom("Karen Wills, president of Fair Rules", "Fair Rules")).toBe("source-description");
    expect(wrongFrom("Ben Ruiz, an adviser to Senator Hollis's campaign", "Dana Hollis")).toBe("source-description");
    expect(wrongFrom("Norman Ornstein, a scholar", "Donald Trump")).toBe("elsewhere");
  });

  it("matches on the last word of either name", () => {
    expect(sameSpeaker("Hale", "Ken Hale")).toBe(true);
    expect(sameSpeaker("Ken Hale", "Hale")).toBe(true);
    expect(sameSpeaker("Post", "The Washington Post")).toBe(true);
    expect(sameSpeaker("Ken Hale", "Maria Lopez")).toBe(false);
    expect(sameSpeaker("Ken Hale", "Northbridge Capital")).toBe(false);
  });
});

describe("scoring the quotes of one article", () => {
  it("finds each direct quote in the ingested text and reads the speaker Parallax gives", () => {
    const text =
      "Senators met on Tuesday to debate the spending bill.\n\n" +
      "“We will not vote for a bill that cuts school lunches,” said Maria Lopez, a Democrat from Ohio.\n\n" +
      "Her colleague disagreed. “This bill is the best we can do this year,” Ken Hale said after the vote.";
    const quotes = [
      { id: "a#E1", source: "Maria Lopez, a Democrat from Ohio", content: "“We will not vote for a bill that cuts school lunches,”" },
      { id: "a#E2", source: "Ken Hale", content: "“This bill is the best we can do this year,”" },
      { id: "a#E3", source: "she", content: "“We will not vote for a bill that cuts school lunches,”" },
      { id: "a#E4", source: "Ken Hale", content: "“These words are nowhere in the article at all,”" },
    ];
    const outcomes = scoreArticleQuotes({ id: "a", title: "Senate splits on the spending bill", text, published: "2016-10-04", quotes });
    expect(outcomes.map((outcome) => [outcome.outcome, outcome.goldKind])).toEqual([
      ["right", "named"],
      ["right", "named"],
      ["unscored", "pronoun"],
      ["not-found", "named"],
    ]);
    expect(outcomes[3]!.notInText).toBe(true);
    expect(quoteScores(outcomes)).toMatchObject({ named: 3, right: 2, wrong: 0, notFound: 1, precision: 1, recall: 2 / 3, unnamed: 1, unnamedAttributed: 1 });
  });

  it("counts a quote given to another named person as wrong", () => {
    const outcome = (speaker: string | null, outcome: QuoteOutcome["outcome"]): QuoteOutcome => ({ quote: { id: "x", source: "Ken Hale", content: "" }, goldName: "Ken Hale", goldKind: "named", outcome, speaker, notInText: false });
    expect(quoteScores([outcome("Ken Hale", "right"), outcome("Maria Lopez", "wrong"), outcome(null, "unresolved")])).toMatchObject({ precision: 0.5, recall: 1 / 3, unresolved: 1 });
  });
});
